// snapshot-elf: our ELF backend against capa's freeze feature dump (§7.3) of 7351f8a4….elf_
// (amd64 Linux executable, statically linked). Same comparison as snapshot-pe (its
// compareExtractors is reused): function recall, then (scope, address, feature) sets of the
// functions both found. Passes with ≥95% function recall and ≥90% feature agreement.

import { existsSync, readFileSync } from 'node:fs';
import { openExtractor } from '../../src/extractors/open.js';
import type { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { loadFreeze } from '../capabilities/freeze.js';
import { testdata } from '../helpers/testdata.js';
import { compareExtractors, type ExtractorComparison } from './snapshot-pe.js';
import type { Suite, SuiteResult } from './suite.js';

export const SNAPSHOTS_ELF = [{ name: '7351f-elf', freeze: '7351f-elf.frz', sample: '7351f8a40c5450557b24622417fc478d.elf_' }];

const pct = (a: number, b: number): string => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));

export function runSnapshotElf(): SuiteResult {
  let passed = 0;
  let failed = 0;
  const notes: string[] = [];
  const failures: string[] = [];
  for (const s of SNAPSHOTS_ELF) {
    const frz = testdata('capa-tests', 'snapshots', s.freeze);
    const sample = testdata('testfiles', s.sample);
    if (!existsSync(frz) || !existsSync(sample)) {
      notes.push(`${s.name}: skipped (snapshot or sample missing)`);
      continue;
    }
    const expected = loadFreeze(frz);
    const ours = openExtractor(new Uint8Array(readFileSync(sample)), { format: 'auto' }) as X86StaticExtractor;
    let c: ExtractorComparison;
    try {
      c = compareExtractors(expected, ours, 60);
    } finally {
      ours.dispose();
    }
    const recall = c.expectedFunctions ? c.commonFunctions / c.expectedFunctions : 1;
    const union = c.expectedFeatures + c.ourFeatures - c.commonFeatures;
    const agreement = union ? c.commonFeatures / union : 1;
    notes.push(
      `${s.name}: ${pct(c.commonFunctions, c.expectedFunctions)}% functions found (${c.commonFunctions}/${c.expectedFunctions}, ours ${c.ourFunctions}), ` +
        `${pct(c.commonFeatures, union)}% features identical (precision ${pct(c.commonFeatures, c.ourFeatures)}%, recall ${pct(c.commonFeatures, c.expectedFeatures)}%)`,
    );
    const types = [...c.byType].sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]));
    if (types.length) notes.push(`  differences by type (missing/extra): ${types.map(([t, [m, e]]) => `${t} ${m}/${e}`).join(', ')}`);
    if (recall >= 0.95 && agreement >= 0.9) passed++;
    else {
      failed++;
      failures.push(`${s.name}: function recall ${pct(c.commonFunctions, c.expectedFunctions)}%, feature agreement ${pct(c.commonFeatures, union)}%`);
    }
    for (const m of c.missingFunctions.slice(0, 40)) failures.push(`${s.name}: missing function ${m}`);
    for (const m of c.missingExamples) failures.push(`${s.name}: ${m}`);
    for (const m of c.extraExamples) failures.push(`${s.name}: ${m}`);
  }
  return { name: 'snapshot-elf', passed, failed, notes, failures };
}

export const snapshotElfSuite: Suite = {
  name: 'snapshot-elf',
  run: async () => runSnapshotElf(),
};
