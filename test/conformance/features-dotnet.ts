// features-dotnet: capa's static feature assertions (capa-tests/features/static.json, §7.1) for
// the .NET samples (cases tagged `dotnet`), run against our .NET extractor. Locations: `file`,
// `token=0x6…` (a MethodDef), or `function=OFF[,bb=OFF[,insn=OFF]]` where OFF are file offsets
// (method body header; instruction = body + header size + IL offset), as capa's fixtures resolve
// them for dnfile. Each case is evaluated like features-pe: location features ∪ nested scopes ∪
// globals, with the feature built by the rules parser.

import { existsSync, readFileSync } from 'node:fs';
import { evaluate } from '../../src/engine/evaluate.js';
import { addLocated, newFeatureSet, type FeatureSet } from '../../src/engine/featureset.js';
import { DotnetStaticExtractor, type DotnetFunction } from '../../src/extractors/dotnet/extractor.js';
import type { Instruction } from '../../src/formats/dotnet/cil.js';
import type { FunctionHandle } from '../../src/features/extractor.js';
import { testdata } from '../helpers/testdata.js';
import { caseId, fixtureFeatureNode, parseLocation, type StaticCase } from './features-pe.js';
import type { Suite, SuiteResult } from './suite.js';

interface StaticFile {
  key: string;
  path: string;
  tags?: string[];
}

function functionFeatures(x: DotnetStaticExtractor, fh: FunctionHandle, fs: FeatureSet, onlyInsnOffset?: number): void {
  if (onlyInsnOffset === undefined) addLocated(fs, x.functionFeatures(fh));
  for (const bb of x.basicBlocks(fh)) {
    if (onlyInsnOffset === undefined) addLocated(fs, x.basicBlockFeatures(fh, bb));
    for (const ih of x.instructions(fh, bb)) {
      const f = fh.inner as DotnetFunction;
      const insn = ih.inner as Instruction;
      if (onlyInsnOffset !== undefined && f.body.offset + f.body.headerSize + insn.offset !== onlyInsnOffset) continue;
      addLocated(fs, x.instructionFeatures(fh, bb, ih));
    }
  }
}

/** features of a .NET fixture location ∪ nested scopes ∪ globals; a string says why it cannot be built */
export function dotnetLocationFeatures(x: DotnetStaticExtractor, location: string): { fs: FeatureSet; scope: 'file' | 'function' | 'instruction' } | string {
  const fs = newFeatureSet();
  addLocated(fs, x.globalFeatures());
  if (location === 'file') {
    addLocated(fs, x.fileFeatures());
    return { fs, scope: 'file' };
  }
  const tm = /^token=0x([0-9a-f]+)$/i.exec(location);
  if (tm) {
    const fh = x.functionAt(Number.parseInt(tm[1]!, 16));
    if (!fh) return `no method with an IL body at ${location}`;
    functionFeatures(x, fh, fs);
    return { fs, scope: 'function' };
  }
  const loc = parseLocation(location);
  let fh: FunctionHandle | undefined;
  for (const f of x.functions()) if ((f.inner as DotnetFunction).body.offset === loc.fva) fh = f;
  if (!fh) return `no method body at file offset 0x${loc.fva!.toString(16)}`;
  if (loc.bbva !== undefined && loc.bbva !== loc.fva) return `basic block 0x${loc.bbva.toString(16)} is not the method body`;
  if (loc.kind === 'instruction') {
    functionFeatures(x, fh, fs, loc.iva);
    return { fs, scope: 'instruction' };
  }
  functionFeatures(x, fh, fs);
  return { fs, scope: 'function' };
}

export function runFeaturesDotnet(): SuiteResult {
  const doc = JSON.parse(readFileSync(testdata('capa-tests', 'features', 'static.json'), 'utf8')) as {
    files: StaticFile[];
    features: StaticCase[];
  };
  const files = new Map(doc.files.map((f) => [f.key, f]));
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  const notes: string[] = [];
  const extractors = new Map<string, DotnetStaticExtractor | string>();
  for (const c of doc.features) {
    const f = files.get(c.file);
    if (!f) continue;
    const tags = [...(f.tags ?? []), ...(c.tags ?? [])];
    if (!tags.includes('dotnet')) continue;
    const skip = (c.marks ?? []).some((m) => (m.backend === 'dnfile' || m.backend === 'dotnet') && m.mark === 'skip');
    if (skip) continue;
    let x = extractors.get(c.file);
    if (x === undefined) {
      const path = testdata('testfiles', f.path.replace(/^data\//, ''));
      if (!existsSync(path)) x = 'sample missing';
      else {
        try {
          x = new DotnetStaticExtractor(new Uint8Array(readFileSync(path)));
        } catch (e) {
          x = `cannot open: ${(e as Error).message}`;
        }
      }
      extractors.set(c.file, x);
    }
    let ok: boolean;
    let why = '';
    if (typeof x === 'string') {
      ok = false;
      why = x;
    } else {
      const r = dotnetLocationFeatures(x, c.location);
      if (typeof r === 'string') {
        ok = false;
        why = r;
      } else {
        const node = fixtureFeatureNode(c.feature, r.scope === 'instruction' ? 'instruction' : r.scope);
        const got = evaluate(node, r.fs, { shortCircuit: true }).success;
        ok = got === (c.expected ?? true);
        if (!ok) why = `got ${got}`;
      }
    }
    if (ok) passed++;
    else {
      failed++;
      failures.push(`${caseId(c)}: ${why}`);
    }
  }
  if (passed + failed === 0) notes.push('no .NET cases found (test data missing?)');
  return { name: 'features-dotnet', passed, failed, notes, failures };
}

export const featuresDotnetSuite: Suite = {
  name: 'features-dotnet',
  run: async () => runFeaturesDotnet(),
};
