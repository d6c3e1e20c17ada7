// Restricted runs (capa's --restrict-to-functions / --restrict-to-processes): only the function
// (process) enumeration is narrowed, so
//  * function/block/instruction (process/thread/call/span) matches are exactly the full run's
//    matches inside the kept functions (processes), trees included;
//  * feature counts and the layout list only the kept ones;
//  * file-scope rules still see every file feature, plus the kept scopes' matches.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { analyzeDetailed } from '../../src/index.js';
import { analyzeReportDetailed } from '../../src/dynamic.js';
import { analyzeFreeze } from '../../src/freeze.js';
import { addrKey, formatAddress, type Address } from '../../src/features/address.js';
import type { Capabilities } from '../../src/capabilities/common.js';
import type { StaticExtractor } from '../../src/features/extractor.js';
import type { RuleSet } from '../../src/rules/ruleset.js';
import { officialRules } from '../conformance/official.js';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { parseRestriction } from '../../src/cli/analyze.js';

const skip = requireTestdata('capabilities/restrict');

const tree = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x instanceof Map ? [...x] : x instanceof Uint8Array ? [...x] : x));

/** scope-address key → the function holding it (functions, blocks and instructions) */
function functionOf(x: StaticExtractor): Map<string | number, number | string> {
  const m = new Map<string | number, number | string>();
  for (const f of x.functions()) {
    const fk = addrKey(f.address);
    m.set(fk, fk);
    for (const bb of x.basicBlocks(f)) {
      m.set(addrKey(bb.address), fk);
      for (const i of x.instructions(f, bb)) m.set(addrKey(i.address), fk);
    }
  }
  return m;
}

/** rule → its matches (address + tree) in the scopes below `file`, kept where `keep` says */
function lowerMatches(caps: Capabilities, rs: RuleSet, keep: (a: Address) => boolean): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, list] of caps.matches) {
    const scopes = rs.rules.get(name)!.meta.scopes;
    if ((caps.flavor === 'static' ? scopes.static : scopes.dynamic) === 'file') continue;
    const kept = list.filter(([a]) => keep(a)).map(([a, r]) => formatAddress(a) + tree(r));
    if (kept.length) out.set(name, kept.sort());
  }
  return out;
}

test('--restrict-to-functions: the kept functions match exactly as in the full run, nothing else below file scope', { skip }, () => {
  const rs = officialRules();
  const bytes = new Uint8Array(readFileSync(testdata('testfiles', 'Practical Malware Analysis Lab 21-01.exe_')));
  const full = analyzeDetailed(bytes, { rules: rs });
  const owner = functionOf(full.extractor);
  // two functions with matches of their own (and one not a function start at all)
  const withMatches = [...new Set([...full.capabilities.matches.values()].flat().map(([a]) => owner.get(addrKey(a))).filter((f): f is number => typeof f === 'number'))];
  assert.ok(withMatches.length >= 3);
  const kept = withMatches.slice(0, 2);
  const restricted = analyzeDetailed(bytes, { rules: rs, restrictToFunctions: [...kept, 0x1] });
  assert.ok(restricted.capabilities.flavor === 'static' && full.capabilities.flavor === 'static');
  assert.deepEqual(restricted.capabilities.featureCounts.functions.map((f) => formatAddress(f.address)).sort(), kept.map((k) => formatAddress({ type: 'absolute', value: k })).sort());
  assert.deepEqual(restricted.capabilities.layout.functions.map((f) => formatAddress(f.address)).sort(), kept.map((k) => formatAddress({ type: 'absolute', value: k })).sort());
  const keep = new Set<number | string>(kept);
  const expected = lowerMatches(full.capabilities, rs, (a) => keep.has(owner.get(addrKey(a))!));
  assert.ok(expected.size > 0);
  assert.deepEqual(lowerMatches(restricted.capabilities, rs, () => true), expected);
  // the file feature count (file features plus the lower scopes' match features, as capa counts
  // it) loses only the omitted functions' matches
  assert.ok(restricted.capabilities.featureCounts.file < full.capabilities.featureCounts.file);
  assert.ok(restricted.capabilities.featureCounts.file > full.capabilities.featureCounts.file - full.capabilities.matches.size);
  // and a file-scope rule that needs only file features still matches
  const fileOnly = [...full.capabilities.matches.keys()].filter((n) => rs.rules.get(n)!.meta.scopes.static === 'file' && !rs.rules.get(n)!.meta.isSubscopeRule);
  const stillThere = fileOnly.filter((n) => restricted.capabilities.matches.has(n));
  assert.ok(stillThere.length > 0 && stillThere.length <= fileOnly.length);
  // the rules of the omitted functions are gone
  assert.ok(restricted.capabilities.matches.size < full.capabilities.matches.size);
});

test('--restrict-to-functions on .NET takes method tokens, and on a freeze the same functions', { skip }, () => {
  const rs = officialRules();
  const bytes = new Uint8Array(readFileSync(testdata('testfiles', 'dotnet', '1c444ebeba24dcba8628b7dfe5fec7c6.exe_')));
  const full = analyzeDetailed(bytes, { rules: rs });
  const tokens = full.capabilities.flavor === 'static' ? full.capabilities.featureCounts.functions.slice(0, 5).map((f) => (f.address.type === 'dn token' ? f.address.value : -1)) : [];
  assert.ok(tokens.every((t) => t >= 0x06000000));
  const r = analyzeDetailed(bytes, { rules: rs, restrictToFunctions: tokens });
  assert.ok(r.capabilities.flavor === 'static');
  assert.equal(r.capabilities.featureCounts.functions.length, tokens.length);
  // a capa freeze of the same sample, restricted the same way
  const frz = new Uint8Array(readFileSync(testdata('capa-tests', 'snapshots', '1c444-dotnet.frz')));
  const f = analyzeFreeze(frz, { rules: rs, restrictToFunctions: tokens });
  assert.ok(f.capabilities.flavor === 'static');
  assert.deepEqual(f.capabilities.featureCounts.functions.map((x) => formatAddress(x.address)), r.capabilities.featureCounts.functions.map((x) => formatAddress(x.address)));
  assert.throws(() => analyzeFreeze(frz, { rules: rs, restrictToProcesses: [1] }), /no processes/);
});

test('--restrict-to-processes: the kept process matches exactly as in the full run', { skip }, () => {
  const rs = officialRules();
  const path = testdata('testfiles', 'dynamic', 'drakvuf', '93b2d1840566f45fab674ebc79a9d19c88993bcb645e0357f3cb584d16e7c795.log.gz');
  const bytes = new Uint8Array(readFileSync(path));
  const full = analyzeReportDetailed(bytes, { rules: rs, path });
  assert.ok(full.capabilities.flavor === 'dynamic');
  const pids = full.capabilities.featureCounts.processes.map((p) => (p.address.type === 'process' ? p.address.value[1] : -1));
  assert.ok(pids.length >= 3);
  const pidOf = (a: Address): number => (a.type === 'process' || a.type === 'thread' || a.type === 'call' ? a.value[1] : -1);
  // the process with the most matches
  const count = new Map<number, number>();
  for (const list of full.capabilities.matches.values()) for (const [a] of list) count.set(pidOf(a), (count.get(pidOf(a)) ?? 0) + 1);
  const pid = [...count].filter(([p]) => p >= 0).sort((a, b) => b[1] - a[1])[0]![0];
  const r = analyzeReportDetailed(bytes, { rules: rs, path, restrictToProcesses: [pid] });
  assert.ok(r.capabilities.flavor === 'dynamic');
  assert.deepEqual(r.capabilities.featureCounts.processes.map((p) => pidOf(p.address)), [pid]);
  assert.deepEqual(lowerMatches(r.capabilities, rs, () => true), lowerMatches(full.capabilities, rs, (a) => pidOf(a) === pid));
  assert.ok(r.capabilities.featureCounts.file <= full.capabilities.featureCounts.file);
  if (r.document.meta.flavor === 'dynamic') assert.deepEqual(r.document.meta.analysis.layout.processes.map((p) => pidOf(p.address)), [pid]);
});

test('restriction lists parse like capa (int(x, 0), spaces ignored), and refuse anything else', () => {
  assert.deepEqual(parseRestriction('x', '0x401000, 0X10,42,0o17,0b101,1_000'), [0x401000, 16, 42, 15, 5, 1000]);
  assert.deepEqual(parseRestriction('x', undefined), []);
  for (const bad of ['', 'abc', '0x', '012', '1,,2', '-1', '0x1g', '99999999999999999999']) {
    assert.throws(() => parseRestriction('x', bad), /not an integer/, bad);
  }
});

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT, env: { ...process.env, CAPA_TS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'capa-ts-cache-')) } });

test('restricted runs on the command line: flavour mismatches are usage errors, unknown addresses a warning', { skip }, () => {
  const pe = testdata('testfiles', 'Practical Malware Analysis Lab 01-01.dll_');
  const report = testdata('testfiles', 'dynamic', 'drakvuf', '93b2d1840566f45fab674ebc79a9d19c88993bcb645e0357f3cb584d16e7c795.log.gz');
  const a = run(['-r', 'rules', '-s', 'none', '--restrict-to-processes', '1', pe]);
  assert.equal(a.status, EXIT.USAGE);
  assert.match(a.stderr, /cannot restrict processes in static analysis/);
  const b = run(['-r', 'rules', '--restrict-to-functions', '0x401000', report]);
  assert.equal(b.status, EXIT.USAGE);
  assert.match(b.stderr, /cannot restrict functions in dynamic analysis/);
  assert.equal(run(['-r', 'rules', '--restrict-to-functions', 'main', pe]).status, EXIT.USAGE);
  const c = run(['-j', '-r', testdata('capa-rules'), '-s', 'none', '--restrict-to-functions', '0x10001010,0x10001234', pe]);
  assert.equal(c.status, EXIT.OK, c.stderr);
  const doc = JSON.parse(c.stdout) as { meta: { analysis: { feature_counts: { functions: Array<{ address: { value: number } }> } } } };
  assert.deepEqual(doc.meta.analysis.feature_counts.functions.map((f) => f.address.value), [0x10001010]);
  assert.match(c.stderr, /no function starts at 0x10001234/);
});
