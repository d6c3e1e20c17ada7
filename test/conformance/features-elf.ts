// features-elf: capa's static feature assertions (capa-tests/features/static.json, §7.1) for the
// ELF samples (file tag `elf`), run against our ELF backend (openExtractor → ELF loader → code
// analysis → x86 extractor). Case texts are evaluated like features-pe does (its helpers are
// reused): the location's features ∪ nested scopes ∪ globals. Cases marked skip/xfail for capa's
// vivisect backend are not counted; marks for other backends do not apply to us.

import { existsSync, readFileSync } from 'node:fs';
import { evaluate } from '../../src/engine/evaluate.js';
import type { FeatureSet } from '../../src/engine/featureset.js';
import { openExtractor } from '../../src/extractors/open.js';
import { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { detectFormat } from '../../src/formats/detect.js';
import { testdata } from '../helpers/testdata.js';
import { caseId, fixtureFeatureNode, locationFeatures, parseLocation, type StaticCase } from './features-pe.js';
import type { Suite, SuiteResult } from './suite.js';

interface StaticFile {
  key: string;
  path: string;
  tags?: string[];
}

export function runFeaturesElf(): SuiteResult {
  const doc = JSON.parse(readFileSync(testdata('capa-tests', 'features', 'static.json'), 'utf8')) as {
    files: StaticFile[];
    features: StaticCase[];
  };
  const files = new Map(doc.files.map((f) => [f.key, f]));
  const byFile = new Map<string, StaticCase[]>();
  for (const c of doc.features) {
    const f = files.get(c.file);
    if (!f || !(f.tags ?? []).includes('elf')) continue;
    const l = byFile.get(c.file) ?? [];
    l.push(c);
    byFile.set(c.file, l);
  }
  let passed = 0;
  let failed = 0;
  let xfail = 0;
  const failures: string[] = [];
  const notes: string[] = [];
  const skipped: string[] = [];
  for (const [key, cases] of byFile) {
    const path = testdata('testfiles', files.get(key)!.path.replace(/^data\//, ''));
    if (!existsSync(path)) {
      skipped.push(`${key} (${cases.length} cases): sample missing`);
      continue;
    }
    const bytes = new Uint8Array(readFileSync(path));
    if (detectFormat(bytes) !== 'elf') {
      failed += cases.length;
      failures.push(`${key}: not detected as ELF`);
      continue;
    }
    let x;
    try {
      x = openExtractor(bytes, { format: 'auto' });
    } catch (e) {
      failed += cases.length;
      failures.push(`${key}: ${(e as Error).message}`);
      continue;
    }
    if (!(x instanceof X86StaticExtractor)) throw new Error('ELF backend is expected to be the x86 extractor');
    const sets = new Map<string, FeatureSet | string>();
    try {
      for (const c of cases) {
        const marks = (c.marks ?? []).filter((m) => m.backend === 'viv');
        if (marks.some((m) => m.mark === 'skip')) continue;
        const loc = parseLocation(c.location);
        let fs = sets.get(c.location);
        if (fs === undefined) {
          fs = locationFeatures(x, loc);
          sets.set(c.location, fs);
        }
        let ok: boolean;
        let why = '';
        if (typeof fs === 'string') {
          ok = false;
          why = fs;
        } else {
          const got = evaluate(fixtureFeatureNode(c.feature, loc.kind), fs, { shortCircuit: true }).success;
          ok = got === (c.expected ?? true);
          if (!ok) why = `got ${got}`;
        }
        if (marks.some((m) => m.mark === 'xfail')) {
          xfail++;
          continue;
        }
        if (ok) passed++;
        else {
          failed++;
          failures.push(`${caseId(c)}: ${why}`);
        }
      }
    } finally {
      x.dispose();
    }
  }
  if (xfail) notes.push(`${xfail} case(s) marked xfail for viv (capa fails them too) not counted`);
  if (skipped.length) notes.push(`skipped: ${skipped.join('; ')}`);
  return { name: 'features-elf', passed, failed, notes, failures };
}

export const featuresElfSuite: Suite = {
  name: 'features-elf',
  run: async () => runFeaturesElf(),
};
