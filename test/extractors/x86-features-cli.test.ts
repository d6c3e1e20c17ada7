// `capa-ts features` (runFeatures) on a real sample: show-features layout, --function, errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runFeatures } from '../../src/cli/features.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

const PMA = testdata('testfiles', 'Practical Malware Analysis Lab 01-01.dll_');
const skip = requireTestdata('x86-features-cli') || (existsSync(PMA) ? false : 'sample missing');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runFeatures(argv, { out: (s) => (out += s), err: (s) => (err += s) });
  return { code, out, err };
}

test('lists globals, file features and every scope of every function', { skip }, async () => {
  const r = await run([PMA]);
  assert.equal(r.code, 0);
  const lines = r.out.trimEnd().split('\n');
  assert.equal(lines[0], 'global: global: format(pe)');
  assert.ok(lines.includes('file: 0x10002000: import(kernel32.Sleep)'));
  assert.ok(lines.includes('func: 0x10001010'));
  assert.ok(lines.includes(' func: 0x10001010: characteristic(loop)'));
  assert.ok(lines.includes(' bb: 0x10001010: basic block'));
  assert.ok(lines.includes('  insn: 0x10001010: number(0x11F8)'));
  // a feature located elsewhere names the function, the instruction and the target
  assert.ok(lines.includes('  insn: 0x10001010: 0x10001015: characteristic(calls from) -> 0x10001220'));
  assert.ok(!lines.some((l) => /^ (func|bb):.*(os|arch|format)\(/.test(l)), 'globals are printed once');
});

test('--function restricts the listing to one function without file features', { skip }, async () => {
  const r = await run(['--function', '0x10001010', PMA]);
  assert.equal(r.code, 0);
  assert.ok(!r.out.includes('file: '));
  assert.deepEqual(r.out.split('\n').filter((l) => l.startsWith('func: ')), ['func: 0x10001010']);
  const bad = await run(['--function', '0x10001011', PMA]);
  assert.notEqual(bad.code, 0);
  assert.match(bad.err, /0x10001011 not a function/);
});

test('usage errors and unsupported input are reported as errors', async () => {
  await assert.rejects(run([]), /missing input file/);
  await assert.rejects(run(['--function', 'xyz', 'a.exe']), /not an address/);
  const dir = mkdtempSync(join(tmpdir(), 'capa-ts-features-'));
  const p = join(dir, 'text.bin');
  writeFileSync(p, 'hello, this is not an executable');
  await assert.rejects(run([p]), (e: Error) => e.name === 'FormatError' && /not a supported file format/.test(e.message));
});

test('.NET assemblies are listed per method token', { skip }, async () => {
  const sample = testdata('testfiles', 'dotnet', '1c444ebeba24dcba8628b7dfe5fec7c6.exe_');
  const r = await run(['--function', '0x6000001', sample]);
  assert.equal(r.code, 0);
  const lines = r.out.trimEnd().split('\n');
  assert.ok(lines.includes('global: global: format(dotnet)'));
  assert.deepEqual(lines.filter((l) => l.startsWith('func: ')), ['func: token(0x6000001)']);
  assert.ok(lines.includes('  insn: token(0x6000001)+0x1: api(System.Object::ctor)'));
});
