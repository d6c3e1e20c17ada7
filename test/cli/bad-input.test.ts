// Bad input is normal input: each case is one line on stderr naming the problem, a distinct exit
// code, and no stack trace.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { EXIT } from '../../src/cli/exit-codes.js';

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');

function run(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CAPA_RULES: '', CAPA_TS_CACHE_DIR: join(tmpdir(), 'capa-ts-test-nocache'), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function assertOneLineError(r: { stderr: string }, pattern: RegExp): void {
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line on stderr, got:\n${r.stderr}`);
  assert.match(lines[0]!, /^capa-ts: error: /);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
}

const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-bad-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

test('no arguments prints usage with the usage exit code', () => {
  const r = run([]);
  assert.equal(r.code, EXIT.USAGE);
  assert.match(r.stderr, /^usage: capa-ts/);
});

test('unknown option', () => {
  const r = run(['--bogus', 'x']);
  assert.equal(r.code, EXIT.USAGE);
  assertOneLineError(r, /unknown option --bogus/);
});

test('missing file', () => {
  const r = run([join(tmp, 'does-not-exist.exe')]);
  assert.equal(r.code, EXIT.MISSING_FILE);
  assertOneLineError(r, /no such file/);
});

test('a directory', () => {
  const r = run([tmp]);
  assert.equal(r.code, EXIT.MISSING_FILE);
  assertOneLineError(r, /is a directory/);
});

test('an empty file', () => {
  const p = join(tmp, 'empty.bin');
  writeFileSync(p, '');
  const r = run([p]);
  assert.equal(r.code, EXIT.UNSUPPORTED_FORMAT);
  assertOneLineError(r, /empty/);
});

test('a text file', () => {
  const p = join(tmp, 'notes.txt');
  writeFileSync(p, 'just some text, not an executable\n');
  const r = run([p]);
  assert.equal(r.code, EXIT.UNSUPPORTED_FORMAT);
  assertOneLineError(r, /not a supported file format.*-f sc32/);
});

test('a truncated PE', { skip: requireTestdata('cli bad input') }, () => {
  const bytes = readFileSync(testdata('testfiles', 'Practical Malware Analysis Lab 01-01.dll_'));
  const p = join(tmp, 'truncated.dll');
  writeFileSync(p, bytes.subarray(0, 0x90));
  const r = run([p]);
  assert.equal(r.code, EXIT.CORRUPT_FILE);
  assertOneLineError(r, /./);
});

test('an ARM PE is refused as an unsupported architecture', { skip: requireTestdata('cli bad input') }, () => {
  const bytes = new Uint8Array(readFileSync(testdata('testfiles', 'Practical Malware Analysis Lab 01-01.dll_')));
  const peOff = bytes[0x3c]! | (bytes[0x3d]! << 8);
  bytes[peOff + 4] = 0xc4; // IMAGE_FILE_MACHINE_ARMNT
  bytes[peOff + 5] = 0x01;
  const p = join(tmp, 'arm.dll');
  writeFileSync(p, bytes);
  const r = run([p]);
  assert.equal(r.code, EXIT.UNSUPPORTED_ARCH);
  assertOneLineError(r, /architecture|machine/i);
});

test('a rules directory holding one broken rule', () => {
  const dir = join(tmp, 'rules');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'broken.yml'),
    'rule:\n  meta:\n    name: broken\n    authors: [test]\n    scopes:\n      static: function\n      dynamic: unsupported\n  features:\n    - and:\n      - bogus-feature: 1\n',
  );
  const target = join(tmp, 'x.bin');
  writeFileSync(target, 'MZ');
  const r = run(['-r', dir, target]);
  assert.equal(r.code, EXIT.INVALID_RULE);
  assertOneLineError(r, /broken\.yml:10:.*bogus-feature/);
});

test('raw shellcode needs -f; an entry outside the file is refused', () => {
  const p = join(tmp, 'sc.bin');
  writeFileSync(p, new Uint8Array([0x90, 0x90, 0xc3]));
  const r = run(['-f', 'sc32', '--entry', '0x10', p]);
  assert.equal(r.code, EXIT.CORRUPT_FILE);
  assertOneLineError(r, /entry offset/);
});

test('--debug shows the stack', () => {
  const p = join(tmp, 'notes2.txt');
  writeFileSync(p, 'text\n');
  const r = run(['--debug', p]);
  assert.equal(r.code, EXIT.UNSUPPORTED_FORMAT);
  assert.match(r.stderr, /\n\s+at /);
});
