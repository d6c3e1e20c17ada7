// Freeze files (capa's `capa0000` + zlib(JSON) feature dumps) through the project's own reader,
// writer and extractor:
//  * capa's snapshots load, round-trip read → write → read to capa's exact JSON text, and match
//    capa's own results for their samples;
//  * our freeze of each snapshot's sample (and of each shared sandbox report), read back, matches
//    exactly like the live analysis, FLIRT library functions included;
//  * the CLI writes one with `capa-ts freeze` and reads it with `-f freeze` and by its magic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { requireTestdata, testdata, PROJECT_ROOT } from '../helpers/testdata.js';
import { freezeJsonText, freezeToJson, readFreeze, parseFreezeJson, freezeStatic } from '../../src/formats/freeze/index.js';
import { FreezeStaticExtractor, openFreezeExtractor } from '../../src/extractors/freeze/extractor.js';
import { analyzeFreeze, freezeExtractor } from '../../src/freeze.js';
import { analyzeDetailed } from '../../src/index.js';
import { analyzeReportDetailed } from '../../src/dynamic.js';
import { openExtractor } from '../../src/extractors/open.js';
import { formatForSample } from '../../src/cli/rules-test.js';
import type { Capabilities } from '../../src/capabilities/common.js';
import { formatAddress, type Address } from '../../src/features/address.js';
import { officialRules } from '../conformance/official.js';
import { sharedSignatures } from '../helpers/signatures.js';
import { EXIT } from '../../src/cli/exit-codes.js';

const skip = requireTestdata('formats/freeze');

const SNAPSHOTS = [
  { name: 'pma01-01-dll', sample: 'Practical Malware Analysis Lab 01-01.dll_', result: 'Practical Malware Analysis Lab 01-01.dll_' },
  { name: 'pma21-01-exe', sample: 'Practical Malware Analysis Lab 21-01.exe_', result: undefined },
  { name: '7351f-elf', sample: '7351f8a40c5450557b24622417fc478d.elf_', result: '7351f8a40c5450557b24622417fc478d.elf_' },
  { name: '1c444-dotnet', sample: 'dotnet/1c444ebeba24dcba8628b7dfe5fec7c6.exe_', result: undefined },
];
const snapshot = (name: string): Uint8Array => new Uint8Array(readFileSync(testdata('capa-tests', 'snapshots', `${name}.frz`)));

/** match trees as text; locations compared as sets (a freeze lists each scope's features in address order) */
const sortedAddresses = (l: Address[]): string[] => l.map(formatAddress).sort();
const treeJson = (v: unknown): string =>
  JSON.stringify(v, (k, x: unknown) =>
    typeof x === 'bigint'
      ? x.toString()
      : k === 'locations' && Array.isArray(x)
        ? sortedAddresses(x as Address[])
        : k === 'captures' && x instanceof Map
          ? [...(x as Map<string, Address[]>)].map(([t, l]) => [t, sortedAddresses(l)]).sort()
          : x instanceof Map
            ? [...x]
            : x instanceof Uint8Array
              ? [...x]
              : x,
  );

/** every match (rule, address, full tree), library functions and per-scope feature counts */
function fingerprint(caps: Capabilities): string[] {
  // match lists as sets: a freeze enumerates processes and threads in address order, a report in its own
  const out = [...caps.matches].map(([n, ms]) => n + ' ' + ms.map(([a, r]) => formatAddress(a) + treeJson(r)).sort().join('|')).sort();
  if (caps.flavor === 'static') {
    out.push('lib ' + caps.libraryFunctions.map((l) => `${formatAddress(l.address)}=${l.name}`).join(','));
    out.push('counts ' + caps.featureCounts.file + ' ' + caps.featureCounts.functions.map((f) => `${formatAddress(f.address)}:${f.count}`).join(','));
  } else {
    out.push('counts ' + caps.featureCounts.file + ' ' + caps.featureCounts.processes.map((f) => `${formatAddress(f.address)}:${f.count}`).sort().join(','));
  }
  return out;
}

/** capa-results' `rule: sorted addresses` lines (capa writes `absolute:0x…`, `global`) */
function capaResultLines(result: string): string[] {
  const doc = JSON.parse(readFileSync(testdata('capa-results', `${result}.json`), 'utf8')) as { rules: Record<string, { matches: string[] }> };
  const norm = (a: string): string => {
    const m = /^absolute:0x([0-9a-f]+)$/i.exec(a);
    return m ? '0x' + m[1]!.toUpperCase() : a;
  };
  return Object.entries(doc.rules).map(([n, r]) => `${n}: ${r.matches.map(norm).sort().join(', ')}`).sort();
}

for (const s of SNAPSHOTS) {
  test(`freeze ${s.name}: read → write gives capa's JSON text back, and reads again to the same model`, { skip }, () => {
    const bytes = snapshot(s.name);
    const fz = readFreeze(bytes);
    const text = freezeJsonText(bytes);
    const again = freezeToJson(fz);
    assert.equal(again.length, text.length);
    assert.ok(again === text, 'JSON text differs after a round trip');
    assert.equal(freezeToJson(parseFreezeJson(again)), text);
    // and through the compressed file form
    assert.equal(freezeJsonText(freezeExtractor(openFreezeExtractor(bytes), { reproducible: true })), text);
  });

  if (s.result) {
    test(`freeze ${s.name}: capa's snapshot matches capa's own results for ${s.sample}`, { skip }, () => {
      const rs = officialRules();
      const { capabilities } = analyzeFreeze(snapshot(s.name), { rules: rs });
      const got = [...capabilities.matches]
        .filter(([n]) => !rs.rules.get(n)!.meta.isSubscopeRule)
        .map(([n, ms]) => `${n}: ${ms.map(([a]) => formatAddress(a)).sort().join(', ')}`)
        .sort();
      assert.deepEqual(got, capaResultLines(s.result!));
    });
  }

  test(`freeze ${s.name}: our freeze of the sample, read back, matches like the live analysis`, { skip }, () => {
    const path = testdata('testfiles', s.sample);
    if (!existsSync(path)) assert.fail(`${s.sample} missing from the shared test data`);
    const rs = officialRules();
    const bytes = new Uint8Array(readFileSync(path));
    const live = analyzeDetailed(bytes, { rules: rs, format: formatForSample(path) });
    const frz = freezeExtractor(live.extractor);
    const back = analyzeFreeze(frz, { rules: rs });
    assert.deepEqual(fingerprint(back.capabilities), fingerprint(live.capabilities));
    assert.equal(back.document.meta.sample.sha256, live.document.meta.sample.sha256);
    assert.deepEqual(back.document.meta.analysis.format, live.document.meta.analysis.format);
    assert.equal(back.document.meta.analysis.extractor, 'NullStaticFeatureExtractor');
    assert.equal(readFreeze(frz).extractor.name, live.extractor.name);
  });
}

test('freeze with FLIRT: library functions and their names survive, so the freeze matches like the live run', { skip }, () => {
  const rs = officialRules();
  const signatures = sharedSignatures(['3_flare_common_libs.sig']);
  for (const sample of ['7d333c9b11b06ef0982b61bfc062631bb6cf9d12d0d4f2cf1b807a25ddf62fbc.exe_', 'cc870a35c6840987dcb8c2dd46bc230a.exe_']) {
    const bytes = new Uint8Array(readFileSync(testdata('testfiles', sample)));
    const live = analyzeDetailed(bytes, { rules: rs, signatures });
    assert.ok(live.capabilities.flavor === 'static' && live.capabilities.libraryFunctions.length > 0, `${sample}: FLIRT found no library function`);
    const fz = readFreeze(freezeExtractor(live.extractor));
    assert.ok(fz.flavor === 'static');
    assert.deepEqual(
      fz.libraryFunctions.map((l) => `${formatAddress(l.address)}=${l.name}`),
      live.capabilities.libraryFunctions.map((l) => `${formatAddress(l.address)}=${l.name}`).sort(),
    );
    // capa's viv extractor names library functions at file scope: function-name (and without a leading _)
    for (const l of fz.libraryFunctions) {
      assert.ok(fz.file.some((f) => f.feature.type === 'function name' && f.feature.value === l.name && formatAddress(f.address) === formatAddress(l.address)));
    }
    const back = analyzeFreeze(freezeExtractor(live.extractor), { rules: rs });
    assert.deepEqual(fingerprint(back.capabilities), fingerprint(live.capabilities));
    assert.deepEqual(JSON.stringify(back.document.meta.analysis), JSON.stringify({ ...live.document.meta.analysis, extractor: 'NullStaticFeatureExtractor' }));
  }
});

test('freeze without library information (as capa writes them): every function is matched', { skip }, () => {
  const rs = officialRules();
  const bytes = new Uint8Array(readFileSync(testdata('testfiles', 'cc870a35c6840987dcb8c2dd46bc230a.exe_')));
  const live = analyzeDetailed(bytes, { rules: rs, signatures: sharedSignatures(['3_flare_common_libs.sig']) });
  const fz = readFreeze(freezeExtractor(live.extractor));
  assert.ok(fz.flavor === 'static');
  const stripped = { ...fz, libraryFunctions: [] };
  const x = new FreezeStaticExtractor(stripped);
  assert.equal([...x.functions()].filter((f) => x.isLibraryFunction(f.address)).length, 0);
  const caps = analyzeFreeze(freezeExtractor(x), { rules: rs }).capabilities;
  assert.ok(caps.flavor === 'static');
  assert.equal(caps.libraryFunctions.length, 0);
  assert.equal(caps.featureCounts.functions.length, [...x.functions()].length);
});

const REPORTS = [
  'dynamic/cape/v2.2/0000a65749f5902c4d82ffa701198038f0b4870b00a27cfca109f8f933476d82.json.gz',
  'dynamic/drakvuf/93b2d1840566f45fab674ebc79a9d19c88993bcb645e0357f3cb584d16e7c795.log.gz',
  'dynamic/vmray/86d8257ae56e5d8220a4e3f8396d944b5e9e41732b58ad7472276d78aea232fa_min_archive.zip',
];

for (const report of REPORTS) {
  test(`dynamic freeze of ${report.split('/')[1]}: read back matches like the report, and round-trips`, { skip }, () => {
    const path = testdata('testfiles', report);
    if (!existsSync(path)) assert.fail(`${report} missing from the shared test data`);
    const rs = officialRules();
    const bytes = new Uint8Array(readFileSync(path));
    const live = analyzeReportDetailed(bytes, { rules: rs, path });
    const frz = freezeExtractor(live.extractor);
    const fz = readFreeze(frz);
    assert.equal(fz.flavor, 'dynamic');
    assert.equal(fz.extractor.name, live.extractor.name);
    const back = analyzeFreeze(frz, { rules: rs });
    assert.equal(back.flavor, 'dynamic');
    assert.deepEqual(fingerprint(back.capabilities), fingerprint(live.capabilities));
    const layout = (d: typeof live.document): string[] =>
      d.meta.flavor === 'dynamic' ? d.meta.analysis.layout.processes.map((p) => JSON.stringify({ ...p, matched_threads: [...p.matched_threads].sort((a, b) => formatAddress(a.address).localeCompare(formatAddress(b.address))) })).sort() : [];
    assert.deepEqual(layout(back.document), layout(live.document));
    assert.equal(freezeToJson(readFreeze(freezeExtractor(openFreezeExtractor(frz)))), freezeJsonText(frz));
    // capa's get_base_address: CAPE/VMRay give the image base, DRAKVUF has none
    assert.equal(fz.baseAddress.type, live.extractor.baseAddress?.() === undefined ? 'no address' : 'absolute');
  });
}

test('freeze of an ELF keeps function-scope names, globals and the base address', { skip }, () => {
  const bytes = new Uint8Array(readFileSync(testdata('testfiles', '7351f8a40c5450557b24622417fc478d.elf_')));
  const x = openExtractor(bytes, { format: 'auto' });
  const fz = freezeStatic(x, { version: 'test' });
  const capa = readFreeze(snapshot('7351f-elf'));
  assert.deepEqual(fz.baseAddress, capa.baseAddress);
  assert.deepEqual(fz.global.map((g) => g.key), capa.global.map((g) => g.key));
  assert.deepEqual(fz.sampleHashes, capa.sampleHashes);
  assert.equal(fz.extractor.version, 'test');
});

// ------------------------------------------------------------------ command line

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT, env: { ...process.env, CAPA_TS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'capa-ts-cache-')) } });

test('capa-ts freeze writes a file that -f freeze and the auto-detected magic read back like the sample', { skip }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-frz-'));
  try {
    const sample = testdata('testfiles', 'Practical Malware Analysis Lab 01-01.dll_');
    const out = join(tmp, 'pma.frz');
    const w = run(['freeze', '-s', 'none', sample, '-o', out]);
    assert.equal(w.status, EXIT.OK, w.stderr);
    assert.match(w.stderr, /wrote .*pma\.frz \(static features/);
    const rules = testdata('capa-rules');
    const live = JSON.parse(run(['-j', '-s', 'none', '-r', rules, sample]).stdout) as { rules: Record<string, unknown> };
    for (const args of [['-f', 'freeze'], []]) {
      const r = run(['-j', '-r', rules, ...args, out]);
      assert.equal(r.status, EXIT.OK, r.stderr);
      const doc = JSON.parse(r.stdout) as { meta: { analysis: { format: string; extractor: string } }; rules: Record<string, unknown> };
      assert.deepEqual(Object.keys(doc.rules).sort(), Object.keys(live.rules).sort());
      assert.equal(doc.meta.analysis.format, 'pe');
      assert.equal(doc.meta.analysis.extractor, 'NullStaticFeatureExtractor');
    }
    // capa's snapshot of the same sample gives the same rules
    const snap = run(['-j', '-r', rules, testdata('capa-tests', 'snapshots', 'pma01-01-dll.frz')]);
    assert.deepEqual(Object.keys((JSON.parse(snap.stdout) as { rules: object }).rules).sort(), Object.keys(live.rules).sort());
    // a freeze of a sandbox report is dynamic
    const dyn = join(tmp, 'drakvuf.frz');
    assert.equal(run(['freeze', '-q', testdata('testfiles', REPORTS[1]!), '-o', dyn]).status, EXIT.OK);
    const d = run(['-j', '-r', rules, dyn]);
    assert.equal((JSON.parse(d.stdout) as { meta: { flavor: string } }).meta.flavor, 'dynamic');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('capa-ts freeze: usage errors and bad inputs are one-line errors with their exit codes', { skip }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-frz-'));
  try {
    const sample = testdata('testfiles', 'Practical Malware Analysis Lab 01-01.dll_');
    assert.equal(run(['freeze', sample]).status, EXIT.USAGE);
    assert.equal(run(['freeze', join(tmp, 'missing'), '-o', join(tmp, 'x.frz')]).status, EXIT.MISSING_FILE);
    assert.equal(run(['freeze', '-s', 'none', sample, '-o', join(tmp, 'no', 'such', 'dir.frz')]).status, EXIT.MISSING_FILE);
    // -f freeze on something that is not a freeze file
    const r = run(['-f', 'freeze', '-r', 'rules', sample]);
    assert.equal(r.status, EXIT.UNSUPPORTED_FORMAT);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
