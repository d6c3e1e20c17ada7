// The web app's rules bundle (src/web/assets.ts) and the user-rules reader of its worker, in Node:
// a bundle gives back the rule set it was made from; a damaged one is a clear error; a .zip of rules
// is read in the CLI's directory-walk order, skipping what the CLI skips.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { buildRuleSet } from '../../src/rules/load.js';
import { serializeRuleSet } from '../../src/rules/cache.js';
import { embeddedRuleFiles } from '../../src/index.js';
import { collectRuleFiles } from '../../src/cli/rule-cache.js';
import { buildRulesBundle } from '../../src/cli/web-build.js';
import { bundleRulePaths, decodeRulesBundle, encodeRulesBundle, RulesBundleError, RULES_BUNDLE_MAGIC, type SourcedRuleFile } from '../../src/web/assets.js';
import { buildRulesInWorker, isRulePath, userRuleFiles } from '../../src/web/worker/rules.js';
import type { FromWorker } from '../../src/web/protocol.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

const pack = (): SourcedRuleFile[] => embeddedRuleFiles().map((f) => ({ ...f, source: 'capa-ts' }));
const sources = [{ id: 'capa-ts', title: 'capa-ts rule pack', label: '(embedded capa-ts rule pack)', files: 0 }];

test('a rules bundle gives back the rule set, the files and their sources', () => {
  const files = pack();
  const rs = buildRuleSet(files);
  const text = encodeRulesBundle(rs, files, sources);
  const b = decodeRulesBundle(text);
  assert.equal(b.header.ruleCount, [...rs.rules.values()].filter((r) => !r.meta.isSubscopeRule).length);
  assert.deepEqual(b.files.map((f) => [f.path, f.text, f.source]), files.map((f) => [f.path, f.text, f.source]));
  const back = b.ruleset();
  // the same rules, in the same order, with the same trees, metas, sources and paths
  assert.equal(serializeRuleSet(back), serializeRuleSet(rs));
  for (const r of rs.rules.values()) {
    assert.equal(back.rules.get(r.name)!.source, r.source);
    assert.equal(back.rules.get(r.name)!.path, r.path);
  }
  assert.deepEqual(bundleRulePaths(b.header), []);
});

test('a damaged rules bundle is one clear error', () => {
  const files = pack();
  const text = encodeRulesBundle(buildRuleSet(files), files, sources);
  const lines = text.split('\n');
  assert.throws(() => decodeRulesBundle(text.slice(0, 40)), RulesBundleError);
  assert.throws(() => decodeRulesBundle('capa-ts rules bundle 0\n' + lines.slice(1).join('\n')), /not a capa-ts rules bundle/);
  // texts are parsed when first read
  const fewer = decodeRulesBundle([RULES_BUNDLE_MAGIC, lines[1], lines[2], '["only one text"]', ''].join('\n'));
  assert.throws(() => fewer.files[0]!.text, /file list and texts differ/);
  assert.throws(() => decodeRulesBundle([RULES_BUNDLE_MAGIC, lines[1], lines[2], '[', ''].join('\n')).files[0]!.text, /damaged/);
  assert.throws(() => decodeRulesBundle([RULES_BUNDLE_MAGIC, '{', lines[2], lines[3], ''].join('\n')), /damaged/);
  // the rule set itself: the cache's own error
  assert.throws(() => decodeRulesBundle([RULES_BUNDLE_MAGIC, lines[1], '{"format":0}', lines[3], ''].join('\n')).ruleset(), /unknown format/);
});

test('rule paths: *.yml only, nothing under a .git directory (as the CLI reads a directory)', () => {
  assert.equal(isRulePath('capa-rules-master/host-interaction/file/write-file.yml'), true);
  assert.equal(isRulePath('capa-rules-master/.github/workflows/tests.yml'), false);
  assert.equal(isRulePath('rules/.git/config.yml'), false);
  assert.equal(isRulePath('rules/README.md'), false);
  assert.equal(isRulePath('rules/x.yaml'), false);
  assert.equal(isRulePath('top.yml'), true);
});

test('a .zip of rules is read in the CLI walk order; hostile zips are refused', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capa-ts-zip-'));
  try {
    const names = ['a/x.yml', 'a-b/y.yml', 'a.yml', 'b/c/d.yml', 'B.yml', 'b/a.yml'];
    const entries: Record<string, Uint8Array> = {};
    for (const n of names) {
      mkdirSync(join(dir, 'rules', n, '..'), { recursive: true });
      const text = `# ${n}\n\ufeff`;
      writeFileSync(join(dir, 'rules', n), text);
      entries[`rules/${n}`] = new TextEncoder().encode(text);
    }
    entries['rules/.github/ci.yml'] = new Uint8Array([0x61]);
    entries['rules/notes.txt'] = new Uint8Array([0x61]);
    const zip = zipSync(entries);
    const fromZip = userRuleFiles({ title: 'rules.zip', zip: zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.byteLength) as ArrayBuffer });
    const fromDisk = collectRuleFiles([join(dir, 'rules')]);
    assert.deepEqual(
      fromZip.map((f) => f.path),
      fromDisk.map((f) => 'rules/' + relative(join(dir, 'rules'), f.path)),
    );
    // decoded exactly as the CLI reads files (a BOM is kept)
    assert.deepEqual(fromZip.map((f) => f.text), fromDisk.map((f) => f.text));
    assert.throws(() => userRuleFiles({ title: 'junk.zip', zip: new Uint8Array([1, 2, 3, 4]).buffer }), /not a readable \.zip/);
    const big = zipSync({ 'r/huge.yml': new Uint8Array(5 * 1024 * 1024) });
    assert.throws(() => userRuleFiles({ title: 'big.zip', zip: big.buffer as ArrayBuffer }), /not a rule file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const skip = requireTestdata('web rules bundle');

test('the bundle of the official rules: every rule, paths relative to the rules directory', { skip }, () => {
  const { text, sources: srcs, ruleCount } = buildRulesBundle(testdata('capa-rules'));
  const b = decodeRulesBundle(text);
  const official = collectRuleFiles([testdata('capa-rules')]);
  assert.equal(srcs[1]!.files, official.length);
  assert.equal(b.files.length, official.length + embeddedRuleFiles().length);
  assert.ok(b.files.every((f) => f.path.startsWith('capa-ts:') || f.path.startsWith('capa-rules/')), 'absolute paths leaked into the bundle');
  const commit = readFileSync(testdata('capa-rules', 'COMMIT'), 'utf8').trim();
  assert.deepEqual(bundleRulePaths(b.header), ['(embedded capa-ts rule pack)', `(bundled capa-rules ${commit})`]);
  const direct = buildRuleSet([...embeddedRuleFiles(), ...official]);
  assert.equal(ruleCount, b.header.ruleCount);
  assert.deepEqual([...b.ruleset().rules.keys()], [...direct.rules.keys()]);
});

test('user rules: a rule named like a bundled official one takes its place; a clash with the capa-ts pack is an error', { skip }, () => {
  const officialDir = testdata('capa-rules');
  const picked = ['communication/mailslot/create-mailslot.yml', 'communication/mailslot/read-from-mailslot.yml', 'host-interaction/process/create/create-process-on-windows.yml'];
  const official: SourcedRuleFile[] = picked.map((p) => ({ path: `capa-rules/${p}`, text: readFileSync(join(officialDir, p), 'utf8'), source: 'capa-rules' }));
  const files = [...pack(), ...official];
  const base = encodeRulesBundle(buildRuleSet(files), files, [
    { ...sources[0]!, files: pack().length },
    { id: 'capa-rules', title: 'capa-rules test', label: '(bundled capa-rules test)', files: official.length },
  ]);
  const baseBytes = new TextEncoder().encode(base).buffer as ArrayBuffer;
  const mine = official[0]!.text.replace('        - api: kernel32.SetMailslotInfo\n', '        - api: kernel32.SetMailslotInfo\n        - api: kernel32.CloseHandle\n');
  assert.notEqual(mine, official[0]!.text);
  const enc = (s: string): ArrayBuffer => new TextEncoder().encode(s).buffer as ArrayBuffer;

  const out: FromWorker[] = [];
  buildRulesInWorker({ type: 'build-rules', base: baseBytes, keep: ['capa-ts', 'capa-rules'], add: { title: 'mine/', files: [{ path: 'mine/create-mailslot.yml', data: enc(mine) }] } }, (m) => out.push(m));
  const built = out[0] as Extract<FromWorker, { type: 'rules-built' }>;
  assert.equal(built.type, 'rules-built');
  assert.equal(built.overridden, 1);
  assert.deepEqual(built.sources.map((s) => [s.id, s.files]), [['capa-ts', pack().length], ['capa-rules', 2], ['user', 1]]);
  const rs = decodeRulesBundle(built.bundle).ruleset();
  assert.equal(rs.rules.get('create mailslot')!.source, mine);
  assert.equal(rs.rules.get('create mailslot')!.path, 'mine/create-mailslot.yml');
  assert.ok(rs.rules.has('read from mailslot') && rs.rules.has('create process on Windows'));

  // leaving the official rules out, adding nothing: the pack alone
  out.length = 0;
  buildRulesInWorker({ type: 'build-rules', base: baseBytes, keep: ['capa-ts'] }, (m) => out.push(m));
  assert.deepEqual((out[0] as Extract<FromWorker, { type: 'rules-built' }>).sources.map((s) => s.id), ['capa-ts']);

  // a rule named like one of the capa-ts pack
  const packRule = pack()[0]!;
  assert.throws(
    () => buildRulesInWorker({ type: 'build-rules', base: baseBytes, keep: ['capa-ts'], add: { title: 'clash/', files: [{ path: 'clash/x.yml', data: enc(packRule.text) }] } }, () => undefined),
    /duplicate rule name/,
  );
  assert.throws(() => buildRulesInWorker({ type: 'build-rules', base: baseBytes, keep: ['capa-ts'], add: { title: 'empty/', files: [] } }, () => undefined), /no rule files \(\*\.yml\) in empty\//);
});
