// `--threads N`: the report is the single-threaded one, byte for byte (apart from the timestamp
// and the command line it records), on shared samples of every x86 format. The size thresholds
// are lowered so the parallel path really runs (checked through the phase timings); with the
// default thresholds only samples with megabytes of code take it (too slow for a test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { normaliseDocument } from '../../bench/dump-results.js';
import { planChunks } from '../../src/cli/threads.js';

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
const skip = requireTestdata('cli/threads');
const cache = mkdtempSync(join(tmpdir(), 'capa-ts-threads-'));
process.on('exit', () => rmSync(cache, { recursive: true, force: true }));

// the parallel path even for small samples, and every chunk matched by a worker (not by the main
// thread, which would otherwise often finish a small sample before any worker is up)
const FORCE = { CAPA_TS_THREADS_MIN_FILE: '0', CAPA_TS_THREADS_MIN_CODE: '0', CAPA_TS_THREADS_WORKERS_ONLY: '1' };

function run(args: string[], env: Record<string, string> = {}): { json: string; threaded: boolean } {
  const r = spawnSync(process.execPath, [BIN, '-j', '-r', testdata('capa-rules'), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, CAPA_TS_CACHE_DIR: cache, CAPA_TS_TIMINGS: '1', ...env },
  });
  assert.equal(r.status, 0, r.stderr);
  return { json: normaliseDocument(r.stdout), threaded: r.stderr.includes('"functions (threads)"') };
}

function same(sample: string, extra: string[], threads: string[], env: Record<string, string>, expectThreaded: boolean): void {
  const path = testdata('testfiles', sample);
  const one = run([...extra, '--threads', '1', path], env);
  assert.equal(one.threaded, false);
  for (const n of threads) {
    const many = run([...extra, '--threads', n, path], env);
    assert.equal(many.threaded, expectThreaded, `${sample} --threads ${n}: parallel path ${expectThreaded ? 'not taken' : 'taken'}`);
    assert.ok(many.json === one.json, `${sample} --threads ${n}: the report differs from --threads 1`);
  }
}

test('--threads: PE (32-bit), forced parallel path, 2 and 3 threads', { skip }, () => {
  same('Practical Malware Analysis Lab 16-01.exe_', [], ['2', '3'], FORCE, true);
});

test('--threads: FLIRT library functions reach the workers (3_flare_common_libs.sig), forced parallel path', { skip }, () => {
  // 66 library functions in capa's own result: named in the document, skipped by matching, and
  // their names are function-name and api features at the call sites in every thread's functions
  const sample = testdata('testfiles', '3b2eba4789bd4a799fe18476a4d1ce9f37ecc4c202eb406e06425c7e792904ff.exe_');
  const sig = ['-s', testdata('capa-sigs', '3_flare_common_libs.sig')];
  const one = run([...sig, '--threads', '1', sample], FORCE);
  const two = run([...sig, '--threads', '2', sample], FORCE);
  assert.equal(one.threaded, false);
  assert.equal(two.threaded, true, 'parallel path not taken');
  assert.ok(two.json === one.json, 'the report with --threads 2 differs from --threads 1');
  const doc = JSON.parse(two.json) as { meta: { analysis: { library_functions: unknown[] } } };
  assert.ok(doc.meta.analysis.library_functions.length > 30, 'FLIRT identified the library functions');
  // the signatures make a difference to the report, so the comparison above covers them
  assert.notEqual(run(['-s', 'none', '--threads', '2', sample], FORCE).json, two.json);
});

test('--threads: ELF and shellcode, forced parallel path', { skip }, () => {
  same('7351f8a40c5450557b24622417fc478d.elf_', [], ['2'], FORCE, true);
  same('499c2a85f6e8142c3f48d4251c9c7cd6.raw32', ['-f', 'sc32'], ['2'], FORCE, true);
});

test('--threads: .NET stays single-threaded, same report', { skip }, () => {
  // (sandbox reports never start workers: the report path is taken before the pool)
  same('dotnet/1c444ebeba24dcba8628b7dfe5fec7c6.exe_', [], ['2'], FORCE, false);
});

test('--threads: a big PE (amd64), forced parallel path', { skip }, () => {
  same('al-khaser_x64.exe_', [], ['2'], FORCE, true);
});

test('--threads: samples with less than 2 MB of code stay single-threaded by default', { skip }, () => {
  same('Practical Malware Analysis Lab 01-01.exe_', [], ['2'], {}, false);
});

test('chunk plan: contiguous, covers every function, about equal code per chunk', () => {
  const sizes = [5, 100, 1, 1, 1, 50, 50, 0, 200, 3];
  const plan = [...planChunks(sizes.length, (i) => sizes[i]!, 4)];
  assert.equal(plan[0], 0);
  assert.equal(plan[plan.length - 1], sizes.length);
  for (let i = 1; i < plan.length; i++) assert.ok(plan[i]! > plan[i - 1]!, `chunk ${i - 1} is empty`);
  assert.ok(plan.length - 1 <= 4);
  assert.deepEqual([...planChunks(3, () => 1, 10)], [0, 1, 2, 3]);
  assert.deepEqual([...planChunks(0, () => 1, 4)], [0]);
  assert.deepEqual([...planChunks(4, () => 0, 2)], [0, 1, 4]);
});
