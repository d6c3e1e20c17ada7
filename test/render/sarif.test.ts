// SARIF 2.1.0 output (`--sarif`, `capa-ts sarif`): every log validates against the official
// schemas (OASIS SARIF 2.1.0 Errata 01, draft-04, and the 2.1.0 schema as published, draft-07;
// vendored in test/fixtures/sarif) with ajv, and carries one result per rule match with the rule's
// namespace, ATT&CK/MBC ids and the match location.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { spawnSync } from 'node:child_process';
import { analyzeDetailed } from '../../src/index.js';
import { analyzeReportDetailed } from '../../src/dynamic.js';
import { analyzeFreeze } from '../../src/freeze.js';
import { parseResultDocument } from '../../src/render/json.js';
import { pathToUri, renderSarif, toSarif } from '../../src/render/sarif.js';
import type { ResultDocument } from '../../src/render/rdoc.js';
import { officialRules } from '../conformance/official.js';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { assertValidSarif, sarifValidators } from '../helpers/sarif-schema.js';
import { sharedSignatures } from '../helpers/signatures.js';
import { formatAddress } from '../../src/features/address.js';

const skip = requireTestdata('render/sarif');

const validators = sarifValidators();
const assertValid = assertValidSarif;

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  kind: string;
  level: string;
  locations: Array<{ physicalLocation?: { address?: { absoluteAddress?: number }; region?: { byteOffset?: number } }; logicalLocations?: Array<{ name: string; kind: string }> }>;
  relatedLocations?: Array<{ id: number }>;
}
interface SarifLog {
  runs: Array<{ tool: { driver: { rules: Array<{ id: string; properties: { namespace?: string; tags: string[] } }> } }; results: SarifResult[]; artifacts: Array<{ hashes: Record<string, string> }>; invocations: Array<{ endTimeUtc?: string }> }>;
}

/** the log says exactly what the document says: one result per (rule, match), ids and tags from meta */
function checkAgainstDocument(doc: ResultDocument, log: SarifLog): void {
  const run = log.runs[0]!;
  const rules = Object.values(doc.rules).filter((r) => !r.meta.is_subscope_rule);
  assert.deepEqual(run.tool.driver.rules.map((r) => r.id), rules.map((r) => r.meta.name));
  assert.equal(run.results.length, rules.reduce((n, r) => n + r.matches.length, 0));
  for (const res of run.results) {
    const r = rules[res.ruleIndex]!;
    assert.equal(res.ruleId, r.meta.name);
    assert.equal(res.kind, 'informational');
    assert.equal(res.level, 'none');
    const ids = new Set((res.relatedLocations ?? []).map((l) => l.id));
    assert.equal(ids.size, (res.relatedLocations ?? []).length, 'related location ids are unique');
  }
  for (const [i, d] of run.tool.driver.rules.entries()) {
    const m = rules[i]!.meta;
    assert.equal(d.properties.namespace, m.namespace);
    for (const a of m.attack) assert.ok(d.properties.tags.includes(`attack/${a.id}`));
    for (const x of m.mbc) assert.ok(d.properties.tags.includes(`mbc/${x.id}`));
  }
  // each match address is the result's location
  let k = 0;
  for (const r of rules) {
    for (const [addr] of r.matches) {
      const loc = run.results[k++]!.locations[0]!;
      if (addr.type === 'absolute') assert.equal(loc.physicalLocation?.address?.absoluteAddress, addr.value);
      else if (addr.type === 'file') assert.equal(loc.physicalLocation?.region?.byteOffset, addr.value);
      else if (addr.type !== 'no address') assert.ok(loc.logicalLocations?.length, `${addr.type} has a logical location`);
    }
  }
  assert.equal(run.artifacts[0]!.hashes['sha-256'], doc.meta.sample.sha256);
}

const STATIC_SAMPLES = [
  'Practical Malware Analysis Lab 01-01.dll_',
  'Practical Malware Analysis Lab 21-01.exe_',
  '7351f8a40c5450557b24622417fc478d.elf_',
  'dotnet/1c444ebeba24dcba8628b7dfe5fec7c6.exe_',
];

for (const sample of STATIC_SAMPLES) {
  test(`SARIF of ${sample} validates and mirrors the result document`, { skip }, () => {
    const path = testdata('testfiles', sample);
    const { document } = analyzeDetailed(new Uint8Array(readFileSync(path)), { rules: officialRules(), path, argv: ['--sarif', path] });
    const log = JSON.parse(renderSarif(document, { toolVersion: '0.1.0' })) as SarifLog;
    assertValid(log, sample);
    checkAgainstDocument(document, log);
    assert.ok(log.runs[0]!.results.length > 0);
  });
}

test('SARIF of a sandbox report (process/thread/call locations) and of a freeze validate', { skip }, () => {
  const rs = officialRules();
  const report = testdata('testfiles', 'dynamic', 'drakvuf', '93b2d1840566f45fab674ebc79a9d19c88993bcb645e0357f3cb584d16e7c795.log.gz');
  const dyn = analyzeReportDetailed(new Uint8Array(readFileSync(report)), { rules: rs, path: report });
  const dlog = toSarif(dyn.document) as unknown as SarifLog;
  assertValid(dlog, 'drakvuf');
  checkAgainstDocument(dyn.document, dlog);
  assert.ok(dlog.runs[0]!.results.some((r) => r.locations[0]!.logicalLocations?.[0]?.kind === 'call'));
  const frz = analyzeFreeze(new Uint8Array(readFileSync(testdata('capa-tests', 'snapshots', 'pma01-01-dll.frz'))), { rules: rs, path: '/tmp/a b/pma.frz' });
  const flog = toSarif(frz.document) as unknown as SarifLog;
  assertValid(flog, 'freeze');
  checkAgainstDocument(frz.document, flog);
});

test("capa's own result documents (testfiles/rd) convert to valid SARIF", { skip }, () => {
  for (const name of ['Practical Malware Analysis Lab 01-01.dll_.json', 'al-khaser_x64.exe_.json', '1c444ebeba24dcba8628b7dfe5fec7c6.exe_.json', '0000a65749f5902c4d82ffa701198038f0b4870b00a27cfca109f8f933476d82.json.gz']) {
    let raw = readFileSync(testdata('testfiles', 'rd', name));
    if (name.endsWith('.gz')) raw = gunzipSync(raw);
    const doc = parseResultDocument(raw.toString('utf8'));
    const log = toSarif(doc) as unknown as SarifLog;
    assertValid(log, name);
    checkAgainstDocument(doc, log);
  }
});

test('SARIF details: file URIs, UTC times, a schema violation is caught', () => {
  assert.equal(pathToUri('/work/a b/x#1.exe'), 'file:///work/a%20b/x%231.exe');
  assert.equal(pathToUri('C:\\samples\\x.exe'), 'file:///C:/samples/x.exe');
  assert.equal(pathToUri('rel/x y'), 'rel/x%20y');
  // the validators are real: a log missing its version fails both
  for (const [, v] of validators) assert.equal(v({ runs: [] }), false);
  for (const [, v] of validators) assert.equal(v({ version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: {}, ruleId: 1 }] }] }), false);
});

test('capa-ts --sarif and capa-ts sarif print the same log; bad input is a one-line error', { skip }, () => {
  const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
  const env = { ...process.env, CAPA_TS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'capa-ts-cache-')) };
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT, env, maxBuffer: 256 * 1024 * 1024 });
  const sample = testdata('testfiles', 'Practical Malware Analysis Lab 01-01.dll_');
  const s = run(['--sarif', '-s', 'none', '-r', testdata('capa-rules'), sample]);
  assert.equal(s.status, EXIT.OK, s.stderr);
  const log = JSON.parse(s.stdout) as SarifLog;
  assertValid(log, '--sarif');
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-sarif-'));
  const jpath = join(tmp, 'doc.json');
  const j = run(['-j', '-s', 'none', '-r', testdata('capa-rules'), sample]);
  writeFileSync(jpath, j.stdout);
  const c = run(['sarif', jpath]);
  assert.equal(c.status, EXIT.OK, c.stderr);
  const converted = JSON.parse(c.stdout) as SarifLog;
  assert.deepEqual(converted.runs[0]!.results, log.runs[0]!.results);
  assert.equal(run(['--sarif', '-j', '-r', 'rules', sample]).status, EXIT.USAGE);
  const bad = run(['sarif', sample]);
  assert.equal(bad.status, EXIT.CORRUPT_FILE);
  assert.equal(bad.stderr.trim().split('\n').length, 1);
});

test("capa2sarif's options: --ghidra-compat, --radare-compat, -t TAG; library functions in the invocation", { skip }, () => {
  const path = testdata('testfiles', '7d333c9b11b06ef0982b61bfc062631bb6cf9d12d0d4f2cf1b807a25ddf62fbc.exe_');
  const { document } = analyzeDetailed(new Uint8Array(readFileSync(path)), { rules: officialRules(), path, signatures: sharedSignatures(['3_flare_common_libs.sig']) });
  assert.ok(document.meta.flavor === 'static');
  const plain = toSarif(document) as unknown as SarifLog & { runs: Array<{ invocations: Array<{ properties: { library_functions: Array<{ address: string; name: string }> } }> }> };
  assertValid(plain, 'FLIRT run');
  assert.deepEqual(
    plain.runs[0]!.invocations[0]!.properties.library_functions,
    document.meta.analysis.library_functions.map((l) => ({ address: formatAddress(l.address), name: l.name })),
  );
  assert.ok(plain.runs[0]!.invocations[0]!.properties.library_functions.some((l) => l.name === 'mbedtls_des_setkey_enc'));

  // Ghidra 11.0: no invocations, no related locations, a placeholder description, capitals
  const g = toSarif(document, { ghidraCompat: true }) as unknown as Record<string, unknown> & { runs: Array<Record<string, unknown> & { results: Array<Record<string, unknown>>; artifacts: Array<Record<string, unknown>> }> };
  const gr = g.runs[0]!;
  assert.equal(gr.invocations, undefined);
  assert.deepEqual(gr.artifacts[0]!.description, { text: 'placeholder' });
  assert.equal(gr.results.length, plain.runs[0]!.results.length);
  for (const r of gr.results) {
    assert.equal(r.level, 'NONE');
    assert.equal(r.kind, 'INFORMATIONAL');
    assert.equal(r.relatedLocations, undefined);
  }
  // ... which the schema refuses only for the capitals (as capa2sarif's -g output)
  for (const [, v] of validators) assert.equal(v(g), false);
  const lowered = JSON.parse(JSON.stringify(g).replace(/"NONE"/g, '"none"').replace(/"INFORMATIONAL"/g, '"informational"')) as unknown;
  assertValid(lowered, 'ghidra-compat with lower-case level/kind');

  // r2sarif: the image base as an artifact property
  const r = toSarif(document, { radareCompat: true }) as unknown as { runs: Array<{ artifacts: Array<{ properties?: { additionalProperties?: { imageBase?: number } } }> }> };
  assertValid(r, 'radare-compat');
  assert.ok(document.meta.analysis.base_address.type === 'absolute');
  assert.equal(r.runs[0]!.artifacts[0]!.properties?.additionalProperties?.imageBase, document.meta.analysis.base_address.value);
});

test('capa-ts sarif -t TAG keeps the rules whose meta mentions the tag; -g and -r on the command line', { skip }, () => {
  const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
  const env = { ...process.env, CAPA_TS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'capa-ts-cache-')) };
  const run = (args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd: PROJECT_ROOT, env, maxBuffer: 256 * 1024 * 1024 });
  const rd = testdata('testfiles', 'rd', 'al-khaser_x64.exe_.json');
  const doc = parseResultDocument(readFileSync(rd, 'utf8'));
  const all = JSON.parse(run(['sarif', rd]).stdout) as SarifLog;
  const t = run(['sarif', '-t', 'T1497', rd]);
  assert.equal(t.status, EXIT.OK, t.stderr);
  const tagged = JSON.parse(t.stdout) as SarifLog;
  assertValid(tagged, '-t T1497');
  const expected = Object.values(doc.rules).filter((r) => !r.meta.is_subscope_rule && JSON.stringify(r.meta, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x)).includes('T1497'));
  assert.ok(expected.length > 0 && expected.length < all.runs[0]!.tool.driver.rules.length);
  assert.deepEqual(tagged.runs[0]!.tool.driver.rules.map((r) => r.id), expected.map((r) => r.meta.name));
  const g = run(['sarif', '-g', rd]);
  assert.equal(g.status, EXIT.OK, g.stderr);
  assert.equal((JSON.parse(g.stdout) as { runs: Array<{ invocations?: unknown }> }).runs[0]!.invocations, undefined);
  const r = run(['sarif', '-r', rd]);
  assert.equal(r.status, EXIT.OK, r.stderr);
  assert.ok((JSON.parse(r.stdout) as { runs: Array<{ artifacts: Array<{ properties?: unknown }> }> }).runs[0]!.artifacts[0]!.properties);
});
