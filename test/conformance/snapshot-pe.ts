// snapshot-pe: our PE x86/x64 extractor against capa's freeze feature dumps (§7.3) of
// PMA 01-01 (i386 DLL) and PMA 21-01 (amd64 EXE). Per sample: function recall/precision, then for
// the functions both found, every (scope, address, feature) of function, basic-block and
// instruction scope compared as sets. A sample passes with ≥95% function recall and ≥90% feature
// agreement (|both| / |union|). The analysis loads the signature files capa's tests load, as far
// as they are available (test patterns + 3_flare_common_libs.sig); api features capa derived from
// library functions we cannot identify without capa's MSVC/ATL .sig files are counted apart.

import { existsSync, readFileSync } from 'node:fs';
import { addrKey, formatAddress } from '../../src/features/address.js';
import type { Located, StaticExtractor } from '../../src/features/extractor.js';
import { formatFeature } from '../../src/features/feature.js';
import { openPeExtractor } from '../../src/extractors/pe/extractor.js';
import { loadFreeze } from '../capabilities/freeze.js';
import { testdata } from '../helpers/testdata.js';
import { CAPA_TEST_SIGNATURES, sharedSignatures } from '../helpers/signatures.js';
import { FlirtMatcher } from '../../src/analysis/flirt.js';
import type { Suite, SuiteResult } from './suite.js';

export const SNAPSHOTS_PE = [
  { name: 'pma01-01-dll', freeze: 'pma01-01-dll.frz', sample: 'Practical Malware Analysis Lab 01-01.dll_' },
  { name: 'pma21-01-exe', freeze: 'pma21-01-exe.frz', sample: 'Practical Malware Analysis Lab 21-01.exe_' },
];

export interface ExtractorComparison {
  expectedFunctions: number;
  ourFunctions: number;
  commonFunctions: number;
  expectedFeatures: number;
  ourFeatures: number;
  commonFeatures: number;
  /** per feature type: [missing, extra] */
  byType: Map<string, [number, number]>;
  missingExamples: string[];
  extraExamples: string[];
  missingFunctions: string[];
  /** expected `api` features named after FLIRT library functions that we lack (signatures not available) */
  flirtApiSkipped: number;
  /** expected FLIRT-derived `api` features we produce too */
  flirtApiFound: number;
}

/** (scope, address, feature) keys of one function across its scopes, with display text */
function functionFeatureSet(x: StaticExtractor, fh: ReturnType<StaticExtractor['functions']> extends Iterable<infer H> ? H : never): Map<string, string> {
  const out = new Map<string, string>();
  const fa = formatAddress(fh.address);
  for (const l of x.functionFeatures(fh)) out.set(`f|${addrKey(l.address)}|${l.feature.key}`, `${fa} function ${formatAddress(l.address)} ${formatFeature(l.feature)}`);
  for (const bb of x.basicBlocks(fh)) {
    for (const l of x.basicBlockFeatures(fh, bb)) out.set(`b|${addrKey(l.address)}|${l.feature.key}`, `${fa} bb ${formatAddress(l.address)} ${formatFeature(l.feature)}`);
    for (const ih of x.instructions(fh, bb)) {
      for (const l of x.instructionFeatures(fh, bb, ih)) out.set(`i|${addrKey(l.address)}|${l.feature.key}`, `${fa} insn ${formatAddress(l.address)} ${formatFeature(l.feature)}`);
    }
  }
  return out;
}

export function compareExtractors(expected: StaticExtractor, ours: StaticExtractor, maxExamples = 40): ExtractorComparison {
  const exp = new Map<string, Parameters<StaticExtractor['functionFeatures']>[0]>();
  for (const f of expected.functions()) exp.set(String(addrKey(f.address)), f);
  const our = new Map<string, Parameters<StaticExtractor['functionFeatures']>[0]>();
  for (const f of ours.functions()) our.set(String(addrKey(f.address)), f);
  const r: ExtractorComparison = {
    expectedFunctions: exp.size, ourFunctions: our.size, commonFunctions: 0,
    expectedFeatures: 0, ourFeatures: 0, commonFeatures: 0,
    byType: new Map(), missingExamples: [], extraExamples: [], missingFunctions: [], flirtApiSkipped: 0, flirtApiFound: 0,
  };
  // capa names calls to FLIRT-recognised library functions (`api: memset`); those names are the
  // snapshot's file-scope `function name` features
  const flirtNames = new Set<string>();
  for (const l of expected.fileFeatures()) {
    if (l.feature.type !== 'function name') continue;
    const n = l.feature.value as string;
    flirtNames.add(n);
    if (n.startsWith('_')) flirtNames.add(n.slice(1));
  }
  const isFlirtApi = (key: string): boolean => {
    const fk = key.split('|')[2]!;
    const [t, v] = fk.split('\u0000');
    return t === 'api' && v !== undefined && flirtNames.has(v);
  };
  const bump = (k: string, i: 0 | 1): void => {
    const t = k.split('|')[2]!.split('\u0000')[0]!;
    const v = r.byType.get(t) ?? [0, 0];
    v[i]++;
    r.byType.set(t, v);
  };
  for (const [k, ef] of exp) {
    const of = our.get(k);
    if (!of) {
      r.missingFunctions.push(formatAddress(ef.address));
      continue;
    }
    r.commonFunctions++;
    const es = functionFeatureSet(expected, ef);
    const os = functionFeatureSet(ours, of);
    for (const key of [...es.keys()]) {
      if (!isFlirtApi(key)) continue;
      if (os.has(key)) r.flirtApiFound++;
      else {
        es.delete(key);
        r.flirtApiSkipped++;
      }
    }
    r.expectedFeatures += es.size;
    r.ourFeatures += os.size;
    for (const [key, text] of es) {
      if (os.has(key)) r.commonFeatures++;
      else {
        bump(key, 0);
        if (r.missingExamples.length < maxExamples) r.missingExamples.push(`missing ${text}`);
      }
    }
    for (const [key, text] of os) {
      if (!es.has(key)) {
        bump(key, 1);
        if (r.extraExamples.length < maxExamples) r.extraExamples.push(`extra ${text}`);
      }
    }
  }
  return r;
}

const pct = (a: number, b: number): string => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));

/** file and global features of both extractors as (address, feature) sets */
function compareFileAndGlobal(name: string, expected: StaticExtractor, ours: StaticExtractor, failures: string[]): { common: number; expected: number; ours: number } {
  const keyed = (ls: Iterable<Located>): Map<string, string> => {
    const m = new Map<string, string>();
    for (const l of ls) m.set(`${addrKey(l.address)}|${l.feature.key}`, `${formatAddress(l.address)} ${formatFeature(l.feature)}`);
    return m;
  };
  const r = { common: 0, expected: 0, ours: 0 };
  for (const [e, o] of [[expected.fileFeatures(), ours.fileFeatures()], [expected.globalFeatures(), ours.globalFeatures()]] as const) {
    const em = keyed(e);
    const om = keyed(o);
    r.expected += em.size;
    r.ours += om.size;
    for (const [k, t] of em) {
      if (om.has(k)) r.common++;
      else if (failures.length < 200) failures.push(`${name}: missing file/global ${t}`);
    }
    for (const [k, t] of om) if (!em.has(k) && failures.length < 200) failures.push(`${name}: extra file/global ${t}`);
  }
  return r;
}

export interface SnapshotSpec {
  readonly name: string;
  readonly freeze: string;
  readonly sample: string;
}

/**
 * Runs our extractor (`open`) against capa's freeze dumps: per snapshot, function recall and
 * (scope, address, feature) agreement; a snapshot passes with ≥95% recall and ≥90% agreement.
 */
export function runSnapshots(
  suite: string,
  snapshots: readonly SnapshotSpec[],
  open: (bytes: Uint8Array) => StaticExtractor & { dispose?(): void },
  opts: { maxExamples?: number; maxMissingFunctions?: number; fileAndGlobal?: boolean; flirt?: boolean } = {},
): SuiteResult {
  let passed = 0;
  let failed = 0;
  const notes: string[] = [];
  const failures: string[] = [];
  for (const s of snapshots) {
    const frz = testdata('capa-tests', 'snapshots', s.freeze);
    const sample = testdata('testfiles', s.sample);
    if (!existsSync(frz) || !existsSync(sample)) {
      notes.push(`${s.name}: skipped (snapshot or sample missing)`);
      continue;
    }
    const expected = loadFreeze(frz);
    const ours = open(new Uint8Array(readFileSync(sample)));
    let c: ExtractorComparison;
    try {
      c = compareExtractors(expected, ours, opts.maxExamples);
    } finally {
      ours.dispose?.();
    }
    // file and global scope too (the .NET suite): compared the same way, counted with the code
    const fg = opts.fileAndGlobal ? compareFileAndGlobal(s.name, expected, ours, failures) : { common: 0, expected: 0, ours: 0 };
    const recall = c.expectedFunctions ? c.commonFunctions / c.expectedFunctions : 1;
    const codeUnion = c.expectedFeatures + c.ourFeatures - c.commonFeatures;
    const fgUnion = fg.expected + fg.ours - fg.common;
    const union = codeUnion + fgUnion;
    const common = c.commonFeatures + fg.common;
    const agreement = union ? common / union : 1;
    notes.push(
      `${s.name}: ${pct(c.commonFunctions, c.expectedFunctions)}% functions found (${c.commonFunctions}/${c.expectedFunctions}, ours ${c.ourFunctions}), ` +
        (opts.fileAndGlobal
          ? `${pct(common, union)}% features identical (code ${c.commonFeatures}/${codeUnion}, file+global ${fg.common}/${fgUnion})`
          : `${pct(c.commonFeatures, union)}% features identical (precision ${pct(c.commonFeatures, c.ourFeatures)}%, recall ${pct(c.commonFeatures, c.expectedFeatures)}%)`),
    );
    const types = [...c.byType].sort((a, b) => b[1][0] + b[1][1] - (a[1][0] + a[1][1]));
    if ((opts.flirt ?? true) && (c.flirtApiSkipped || c.flirtApiFound)) {
      notes.push(
        `  FLIRT-derived api features: ${c.flirtApiFound} reproduced, ${c.flirtApiSkipped} not compared (their library functions need capa's MSVC/ATL .sig files, not available here)`,
      );
    }
    if (types.length) notes.push(`  differences by type (missing/extra): ${types.map(([t, [m, e]]) => `${t} ${m}/${e}`).join(', ')}`);
    if (recall >= 0.95 && agreement >= 0.9) passed++;
    else {
      failed++;
      failures.push(`${s.name}: function recall ${pct(c.commonFunctions, c.expectedFunctions)}%, feature agreement ${pct(common, union)}%`);
    }
    for (const m of c.missingFunctions.slice(0, opts.maxMissingFunctions ?? 20)) failures.push(`${s.name}: missing function ${m}`);
    for (const m of c.missingExamples) failures.push(`${s.name}: ${m}`);
    for (const m of c.extraExamples) failures.push(`${s.name}: ${m}`);
  }
  return { name: suite, passed, failed, notes, failures };
}

export function runSnapshotPe(): SuiteResult {
  const signatures = sharedSignatures(CAPA_TEST_SIGNATURES).map((s) => new FlirtMatcher(s));
  return runSnapshots('snapshot-pe', SNAPSHOTS_PE, (bytes) => openPeExtractor(bytes, { analysis: { signatures } }));
}

export const snapshotPeSuite: Suite = {
  name: 'snapshot-pe',
  run: async () => runSnapshotPe(),
};
