// snapshot-dotnet: our .NET extractor against capa's freeze feature dump (§7.3) of the 1c444
// assembly (dnfile backend). Function recall, then every (scope, address, feature) of function,
// basic-block and instruction scope compared as sets (compareExtractors from snapshot-pe), plus
// file and global features. Passes with ≥95% function recall and ≥90% feature agreement.

import { existsSync, readFileSync } from 'node:fs';
import { addrKey, formatAddress } from '../../src/features/address.js';
import type { Located } from '../../src/features/extractor.js';
import { formatFeature } from '../../src/features/feature.js';
import { openDotnetExtractor } from '../../src/extractors/dotnet/extractor.js';
import { loadFreeze } from '../capabilities/freeze.js';
import { testdata } from '../helpers/testdata.js';
import { compareExtractors } from './snapshot-pe.js';
import type { Suite, SuiteResult } from './suite.js';

const SNAPSHOTS = [{ name: '1c444-dotnet', freeze: '1c444-dotnet.frz', sample: 'dotnet/1c444ebeba24dcba8628b7dfe5fec7c6.exe_' }];

const pct = (a: number, b: number): string => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));

function keyed(ls: Iterable<Located>): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of ls) m.set(`${addrKey(l.address)}|${l.feature.key}`, `${formatAddress(l.address)} ${formatFeature(l.feature)}`);
  return m;
}

export function runSnapshotDotnet(): SuiteResult {
  let passed = 0;
  let failed = 0;
  const notes: string[] = [];
  const failures: string[] = [];
  for (const s of SNAPSHOTS) {
    const frz = testdata('capa-tests', 'snapshots', s.freeze);
    const sample = testdata('testfiles', s.sample);
    if (!existsSync(frz) || !existsSync(sample)) {
      notes.push(`${s.name}: skipped (snapshot or sample missing)`);
      continue;
    }
    const expected = loadFreeze(frz);
    const ours = openDotnetExtractor(new Uint8Array(readFileSync(sample)));
    const c = compareExtractors(expected, ours);
    // file + global scope, compared the same way
    let fileCommon = 0;
    let fileExp = 0;
    let fileOurs = 0;
    for (const [e, o] of [[expected.fileFeatures(), ours.fileFeatures()], [expected.globalFeatures(), ours.globalFeatures()]] as const) {
      const em = keyed(e);
      const om = keyed(o);
      fileExp += em.size;
      fileOurs += om.size;
      for (const [k, t] of em) {
        if (om.has(k)) fileCommon++;
        else if (failures.length < 200) failures.push(`${s.name}: missing file/global ${t}`);
      }
      for (const [k, t] of om) if (!em.has(k) && failures.length < 200) failures.push(`${s.name}: extra file/global ${t}`);
    }
    const recall = c.expectedFunctions ? c.commonFunctions / c.expectedFunctions : 1;
    const common = c.commonFeatures + fileCommon;
    const union = c.expectedFeatures + c.ourFeatures - c.commonFeatures + fileExp + fileOurs - fileCommon;
    const agreement = union ? common / union : 1;
    notes.push(
      `${s.name}: ${pct(c.commonFunctions, c.expectedFunctions)}% functions found (${c.commonFunctions}/${c.expectedFunctions}, ours ${c.ourFunctions}), ` +
        `${pct(common, union)}% features identical (code ${c.commonFeatures}/${c.expectedFeatures + c.ourFeatures - c.commonFeatures}, file+global ${fileCommon}/${fileExp + fileOurs - fileCommon})`,
    );
    const types = [...c.byType].sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]));
    if (types.length) notes.push(`  code differences by type (missing/extra): ${types.map(([t, [m, e]]) => `${t} ${m}/${e}`).join(', ')}`);
    if (recall >= 0.95 && agreement >= 0.9) passed++;
    else {
      failed++;
      failures.push(`${s.name}: function recall ${pct(c.commonFunctions, c.expectedFunctions)}%, feature agreement ${pct(common, union)}%`);
    }
    for (const m of c.missingFunctions.slice(0, 20)) failures.push(`${s.name}: missing function ${m}`);
    for (const m of c.missingExamples) failures.push(`${s.name}: ${m}`);
    for (const m of c.extraExamples) failures.push(`${s.name}: ${m}`);
  }
  return { name: 'snapshot-dotnet', passed, failed, notes, failures };
}

export const snapshotDotnetSuite: Suite = {
  name: 'snapshot-dotnet',
  run: async () => runSnapshotDotnet(),
};
