// The tool belt with FLIRT on (-s): a freeze written with signatures carries the library functions
// and matches like the live run (and like capa 9.4 with FLIRT on, capa-results-flirt/), SARIF of a
// FLIRT run validates and reports no match inside library code, and a restricted run keeps capa's
// semantics for library functions (listed, never matched).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { assertValidSarif } from '../helpers/sarif-schema.js';
import { EXIT } from '../../src/cli/exit-codes.js';

const skip = requireTestdata('cli/toolbelt-flirt');

const SAMPLE = '7d333c9b11b06ef0982b61bfc062631bb6cf9d12d0d4f2cf1b807a25ddf62fbc.exe_';
const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');

interface Addr {
  type: string;
  value?: number;
}
interface Doc {
  meta: {
    analysis: {
      library_functions: Array<{ address: Addr; name: string }>;
      feature_counts: { functions: Array<{ address: Addr }> };
      extractor: string;
    };
  };
  rules: Record<string, { matches: Array<[Addr, unknown]> }>;
}
interface Sarif {
  runs: Array<{ results: Array<{ ruleId: string; locations: Array<{ physicalLocation?: { address?: { absoluteAddress?: number } } }> }> }>;
}

/** capa's address strings (`absolute:0x…`, `global`) */
const addr = (a: Addr): string => (a.type === 'no address' ? 'global' : `${a.type}:0x${a.value!.toString(16)}`);
const libs = (d: Doc): string[] => d.meta.analysis.library_functions.map((l) => `${addr(l.address)}=${l.name}`).sort();
const matches = (d: Doc): string[] => Object.entries(d.rules).map(([n, r]) => `${n}: ${r.matches.map(([a]) => addr(a)).sort().join(',')}`).sort();

function setup() {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-tbflirt-'));
  const env: NodeJS.ProcessEnv = { ...process.env, CAPA_TS_CACHE_DIR: join(tmp, 'cache') };
  delete env.CAPA_SIGNATURES;
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT, env, maxBuffer: 256 * 1024 * 1024 });
  return { tmp, run };
}

test('freeze -s: the library functions travel in the file; -j on it equals the live -j -s and capa with FLIRT on', { skip }, () => {
  const { tmp, run } = setup();
  try {
    const sample = testdata('testfiles', SAMPLE);
    const sig = testdata('capa-sigs', '3_flare_common_libs.sig');
    const rules = testdata('capa-rules');
    const frz = join(tmp, 'flirt.frz');
    const w = run(['freeze', '-q', '-s', sig, sample, '-o', frz]);
    assert.equal(w.status, EXIT.OK, w.stderr);
    const live = run(['-j', '-r', rules, '-s', sig, sample]);
    assert.equal(live.status, EXIT.OK, live.stderr);
    const liveDoc = JSON.parse(live.stdout) as Doc;
    // -s is irrelevant when reading a freeze: the file decides
    const back = run(['-j', '-r', rules, '-s', 'none', frz]);
    assert.equal(back.status, EXIT.OK, back.stderr);
    const backDoc = JSON.parse(back.stdout) as Doc;
    const capa = JSON.parse(readFileSync(testdata('capa-results-flirt', `${SAMPLE}.json`), 'utf8')) as {
      library_functions: Array<{ address: string; name: string }>;
      rules: Record<string, unknown>;
    };
    assert.ok(capa.library_functions.length >= 5);
    assert.deepEqual(libs(backDoc), capa.library_functions.map((l) => `${l.address}=${l.name}`).sort());
    assert.deepEqual(libs(backDoc), libs(liveDoc));
    assert.deepEqual(matches(backDoc), matches(liveDoc));
    assert.deepEqual(Object.keys(backDoc.rules).sort(), Object.keys(capa.rules).sort());
    assert.equal(backDoc.meta.analysis.extractor, 'NullStaticFeatureExtractor');
    // scan (and so queue workers) reads the freeze file like the main command
    const docs = join(tmp, 'docs');
    const sc = run(['scan', '-q', '-j', '1', '-r', rules, '--documents', docs, frz]);
    assert.equal(sc.status, EXIT.OK, sc.stderr);
    const line = JSON.parse(sc.stdout.trim()) as { sha256: string; error?: unknown };
    assert.equal(line.error, undefined, sc.stdout);
    const scanned = JSON.parse(readFileSync(join(docs, `${line.sha256}.json`), 'utf8')) as Doc;
    assert.deepEqual(libs(scanned), libs(backDoc));
    assert.deepEqual(matches(scanned), matches(backDoc));
    // without -s the same sample has no library functions, and matches more
    const noFlirt = run(['freeze', '-q', '-s', 'none', sample, '-o', join(tmp, 'plain.frz')]);
    assert.equal(noFlirt.status, EXIT.OK, noFlirt.stderr);
    const plain = JSON.parse(run(['-j', '-r', rules, join(tmp, 'plain.frz')]).stdout) as Doc;
    assert.deepEqual(plain.meta.analysis.library_functions, []);
    assert.ok(plain.meta.analysis.feature_counts.functions.length > backDoc.meta.analysis.feature_counts.functions.length);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('--sarif -s: a valid log, the same results as `capa-ts sarif` on the -j -s document, none inside library code', { skip }, () => {
  const { tmp, run } = setup();
  try {
    const sample = testdata('testfiles', SAMPLE);
    const sig = testdata('capa-sigs', '3_flare_common_libs.sig');
    const rules = testdata('capa-rules');
    const s = run(['--sarif', '-r', rules, '-s', sig, sample]);
    assert.equal(s.status, EXIT.OK, s.stderr);
    const log = JSON.parse(s.stdout) as Sarif;
    assertValidSarif(log, '--sarif -s');
    const j = run(['-j', '-r', rules, '-s', sig, sample]);
    const doc = JSON.parse(j.stdout) as Doc;
    writeFileSync(join(tmp, 'doc.json'), j.stdout);
    const c = run(['sarif', join(tmp, 'doc.json')]);
    assert.equal(c.status, EXIT.OK, c.stderr);
    assert.deepEqual((JSON.parse(c.stdout) as Sarif).runs[0]!.results, log.runs[0]!.results);
    const libraryStarts = new Set(doc.meta.analysis.library_functions.map((l) => l.address.value));
    assert.ok(libraryStarts.size > 0);
    const located = log.runs[0]!.results.map((r) => r.locations[0]?.physicalLocation?.address?.absoluteAddress).filter((a) => a !== undefined);
    assert.ok(located.length > 0);
    for (const a of located) assert.ok(!libraryStarts.has(a), `a result at library function 0x${a.toString(16)}`);
    // the freeze of the same run gives the same SARIF results
    const frz = join(tmp, 'x.frz');
    assert.equal(run(['freeze', '-q', '-s', sig, sample, '-o', frz]).status, EXIT.OK);
    const fs = run(['--sarif', '-r', rules, frz]);
    assert.equal(fs.status, EXIT.OK, fs.stderr);
    assertValidSarif(JSON.parse(fs.stdout), '--sarif on a freeze');
    assert.deepEqual(
      (JSON.parse(fs.stdout) as Sarif).runs[0]!.results.map((r) => r.ruleId).sort(),
      log.runs[0]!.results.map((r) => r.ruleId).sort(),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('--restrict-to-functions -s: a kept library function is listed as library code, never matched; the other as in the full run', { skip }, () => {
  const { tmp, run } = setup();
  try {
    const sample = testdata('testfiles', SAMPLE);
    const sig = testdata('capa-sigs', '3_flare_common_libs.sig');
    const rules = testdata('capa-rules');
    const full = JSON.parse(run(['-j', '-r', rules, '-s', sig, sample]).stdout) as Doc;
    const lib = full.meta.analysis.library_functions.find((l) => l.name === 'mbedtls_des_setkey_enc')!;
    assert.ok(lib, 'FLIRT names mbedtls_des_setkey_enc');
    const other = 0x140001520; // PEB access / access PEB ldr_data in capa's results
    const r = run(['-j', '-r', rules, '-s', sig, '--restrict-to-functions', `0x${lib.address.value!.toString(16)},0x${other.toString(16)}`, sample]);
    assert.equal(r.status, EXIT.OK, r.stderr);
    assert.doesNotMatch(r.stderr, /no function starts at/);
    const d = JSON.parse(r.stdout) as Doc;
    assert.deepEqual(libs(d), [`${addr(lib.address)}=${lib.name}`]);
    assert.deepEqual(d.meta.analysis.feature_counts.functions.map((f) => f.address.value), [other]);
    // every match below file scope is in the kept function, and is one of the full run's
    const fullMatches = new Set(matches(full).flatMap((l) => l.split(': ')[1]!.split(',').map((a) => `${l.split(': ')[0]}@${a}`)));
    for (const [name, rule] of Object.entries(d.rules)) {
      for (const [a] of rule.matches) {
        if (a.type === 'no address') continue;
        assert.ok(fullMatches.has(`${name}@${addr(a)}`), `${name} at ${addr(a)} is not in the full run`);
      }
    }
    assert.ok(d.rules['access PEB ldr_data'], 'the kept function matches as in the full run');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
