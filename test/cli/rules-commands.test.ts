// `capa-ts rules lint` and `capa-ts rules test` through the real command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { EXIT } from '../../src/cli/exit-codes.js';

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: PROJECT_ROOT,
    env: { ...process.env, CAPA_TS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'capa-ts-cache-')) },
  });

test('rules lint: all official rules are clean', { skip: requireTestdata('rules lint') }, () => {
  const r = run(['rules', 'lint', testdata('capa-rules')]);
  assert.equal(r.status, EXIT.OK, r.stderr);
  assert.match(r.stdout, /^1054 rules OK$/m);
});

test('rules lint: the capa-ts pack is clean (file names follow the pack\'s own slug rule)', () => {
  // capa's file-name lint keeps `_` (send-data-via-wm_copydata.yml); the pack names every file,
  // program and document by one slug that turns `_` into `-` (test/rule-pack/pack.test.ts)
  const r = run(['rules', 'lint', '--skip', 'filename', 'rules']);
  assert.equal(r.status, EXIT.OK, r.stdout + r.stderr);
  assert.match(r.stdout, /^\d+ rules OK$/m);
  const strict = run(['rules', 'lint', 'rules']);
  assert.deepEqual([...strict.stdout.matchAll(/^ +FAIL: ([^:]+):/gm)].map((m) => m[1]), ["filename doesn't match the rule name"]);
});

test('rules test: every example of the capa-ts pack matches at its address in test/bin', () => {
  const r = run(['rules', 'test', 'rules', '--samples', 'test/bin']);
  assert.equal(r.status, EXIT.OK, r.stdout + r.stderr);
  const m = /rules test: (\d+) examples passed, 0 failed/.exec(r.stdout);
  assert.ok(m && Number(m[1]) >= 25, r.stdout);
});

test('rules test: an example at the wrong address, or of a missing sample, fails', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-rt-'));
  try {
    const rule = readFileSync(join(PROJECT_ROOT, 'rules', 'communication', 'mailslot', 'create-mailslot-server.yml'), 'utf8');
    const examples = /examples:\n((?:\s+- .*\n)+)/.exec(rule);
    assert.ok(examples, 'the rule has examples');
    const first = /- ([0-9a-f]{32}):0x([0-9A-Fa-f]+)/.exec(examples[1]!)!;
    const wrong = rule
      .replace(examples[1]!, `      - ${first[1]}:0x${(parseInt(first[2]!, 16) + 1).toString(16).toUpperCase()}\n      - deadbeefdeadbeefdeadbeefdeadbeef\n`);
    mkdirSync(join(tmp, 'rules'));
    writeFileSync(join(tmp, 'rules', 'x.yml'), wrong);
    mkdirSync(join(tmp, 'samples'));
    for (const f of ['create-mailslot-server.x86.O0.exe', 'create-mailslot-server.x64.O2.exe']) {
      copyFileSync(join(PROJECT_ROOT, 'test', 'bin', f), join(tmp, 'samples', f));
    }
    const r = run(['rules', 'test', join(tmp, 'rules'), '--samples', join(tmp, 'samples')]);
    assert.equal(r.status, EXIT.CHECK_FAILED, r.stdout + r.stderr);
    assert.match(r.stdout, /FAIL create mailslot server: .* \(matched, but not at that address\)/);
    assert.match(r.stdout, /FAIL create mailslot server: (deadbeef){4} \(sample (deadbeef){4} not found/);
    assert.match(r.stdout, /rules test: 0 examples passed, 2 failed/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
