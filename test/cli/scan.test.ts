// `capa-ts scan`: the local worker-thread pool. The per-sample documents equal `capa-ts -j` on a
// representative subset of the shared samples (every static format, a sandbox report, an error and
// a duplicate; the whole corpus is compared by `npm run bench -- --only scan`), crafted samples break
// the time and memory limits without ending the scan, and an interrupted scan resumes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { callChainPe } from '../helpers/crafted-pe.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { main } from '../../src/cli/main.js';
import type { ScanRecord } from '../../src/cli/scan-record.js';

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-scan-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));
// embedded rules only unless a test passes -r; a rule cache of the tests' own
const ENV = { ...process.env, CAPA_RULES: '', CAPA_TS_CACHE_DIR: join(tmp, 'cache') };

function run(args: string[], input?: string): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: ENV, input, maxBuffer: 256 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function lines(text: string): ScanRecord[] {
  assert.ok(text === '' || text.endsWith('\n'), 'output ends with a complete line');
  return text
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as ScanRecord);
}

const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');

/** a directory of crafted samples: name → bytes */
function craftedDir(name: string, files: Record<string, Uint8Array>): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, b] of Object.entries(files)) writeFileSync(join(dir, f), b);
  return dir;
}

const withoutVolatile = (doc: string): unknown => {
  const d = JSON.parse(doc) as { meta: Record<string, unknown> };
  delete d.meta.timestamp;
  delete d.meta.argv;
  return d;
};

// the subset: PE exe and dll (i386), PE amd64, ELF, .NET, a DRAKVUF report, raw shellcode (sc32 by
// its .raw32 name, as capa), a PE with a FLIRT library function, and a second name for one sample
// (a duplicate); the test adds a text file that auto mode refuses (an error line)
const SUBSET = [
  'Practical Malware Analysis Lab 01-01.exe_',
  'Practical Malware Analysis Lab 16-01.exe_',
  'e842958188274d5ffee7fbeffb803b2e.dll_',
  'e3a6fbbc9b315141da37e5abbae05bf20aa9f48d5f569c6353360f59a0315245.exe_',
  'bb38149ff4b5c95722b83f24ca27a42b.elf_',
  'dotnet/1c444ebeba24dcba8628b7dfe5fec7c6.exe_',
  'dynamic/drakvuf/93b2d1840566f45fab674ebc79a9d19c88993bcb645e0357f3cb584d16e7c795.log.gz',
  'b43fca5283bfc7022553eff663683834.raw32',
];

test('scan equals capa-ts -j on each sample of a representative subset', { skip: requireTestdata('scan equality') }, () => {
  const dir = join(tmp, 'subset');
  mkdirSync(dir);
  // symbolic links: the samples stay where they are (never copied)
  for (const s of SUBSET) symlinkSync(testdata('testfiles', s), join(dir, s.split('/').pop()!));
  symlinkSync(testdata('testfiles', SUBSET[0]!), join(dir, 'same-bytes-other-name.exe'));
  // no magic and no telling name: auto mode refuses it (one error line)
  writeFileSync(join(dir, 'notes.txt'), 'not an executable\n');
  const docs = join(tmp, 'subset-docs');
  const out = join(tmp, 'subset.jsonl');
  const rules = testdata('capa-rules');
  const sigs = testdata('capa-sigs', '3_flare_common_libs.sig');
  const r = run(['scan', '-r', rules, '-s', sigs, '-j', '2', '-o', out, '--documents', docs, dir]);
  assert.equal(r.code, 0, r.stderr);
  const recs = lines(readFileSync(out, 'utf8'));
  assert.equal(recs.length, SUBSET.length + 1, 'one line per distinct sample');
  assert.match(r.stderr, /scan done: 9 samples/);
  assert.match(r.stderr, /skipped: 1 duplicate/);

  for (const rec of recs) {
    assert.ok(rec.sha256 && rec.paths.length >= 1);
    const path = rec.paths[0]!;
    assert.equal(rec.sha256, sha256(readFileSync(path)));
    const single = run(['-j', '-r', rules, '-s', sigs, path]);
    if (rec.error) {
      assert.notEqual(single.code, 0, `${path}: the single-file command fails too`);
      assert.equal(single.stderr.trim(), `capa-ts: error: ${rec.error.message}`, `${path}: same error`);
      assert.ok(!existsSync(join(docs, `${rec.sha256}.json`)), 'no document for a failed sample');
      continue;
    }
    assert.equal(single.code, 0, single.stderr);
    const doc = readFileSync(join(docs, `${rec.sha256}.json`), 'utf8');
    assert.deepEqual(withoutVolatile(doc), withoutVolatile(single.stdout), `${path}: scan document == capa-ts -j`);
    // the line summarises that document
    const d = JSON.parse(doc) as {
      meta: { analysis: { format: string; arch: string; os: string; library_functions?: unknown[] } };
      rules: Record<string, { meta: { lib: boolean; namespace?: string } }>;
    };
    assert.deepEqual([rec.format, rec.arch, rec.os], [d.meta.analysis.format, d.meta.analysis.arch, d.meta.analysis.os]);
    for (const rule of rec.rules ?? []) assert.ok(d.rules[rule.name] && !d.rules[rule.name]!.meta.lib, `${rule.name} is a matched capability`);
    assert.equal(typeof rec.elapsed_ms, 'number');
    assert.equal(rec.library_functions, d.meta.analysis.library_functions?.length ?? 0);
    if (path.endsWith('Lab 16-01.exe_')) assert.equal(rec.library_functions, 1, 'the signatures reached the workers (_Curl_hash_clean)');
  }
  const dup = recs.find((x) => x.paths.length === 2);
  assert.ok(dup, 'the duplicate is one line with both paths');
  assert.deepEqual(dup.paths.map((p) => p.split('/').pop()).sort(), ['Practical Malware Analysis Lab 01-01.exe_', 'same-bytes-other-name.exe']);
  assert.equal(recs.filter((x) => x.error).map((x) => x.error!.kind).join(), 'unsupported-format');
  assert.equal(readdirSync(docs).length, SUBSET.length);
  assert.equal(recs.find((x) => x.paths[0]!.endsWith('.raw32'))?.format, 'sc32', 'shellcode by its name, as capa');
});

test('a sample over the time limit is recorded as timeout, its thread replaced, the scan goes on', () => {
  const dir = craftedDir('timeout', { 'slow.exe': callChainPe(200_000), 'quick1.exe': callChainPe(10), 'quick2.exe': callChainPe(11) });
  // one thread: the slow sample (largest, so first) times out, the quick ones need the replacement
  const r = run(['scan', '-j', '1', '--timeout', '3', '--progress-every', '1', dir]);
  assert.equal(r.code, 0, r.stderr);
  const recs = lines(r.stdout);
  assert.equal(recs.length, 3);
  const slow = recs.find((x) => x.paths[0]!.endsWith('slow.exe'))!;
  assert.deepEqual(slow.error, { kind: 'timeout', message: 'analysis exceeded the time limit of 3 s' });
  for (const q of recs.filter((x) => x !== slow)) assert.equal(q.error, undefined, JSON.stringify(q));
  assert.match(r.stderr, /errors 1: timeout 1/);
  // not a terminal: plain progress lines
  assert.match(r.stderr, /^scan: 1\/3 33% /m);
});

test('a sample over the memory limit is recorded as memory, its thread replaced, the scan goes on', () => {
  const dir = craftedDir('memory', { 'big.exe': callChainPe(200_000), 'small.exe': callChainPe(12) });
  const r = run(['scan', '-j', '1', '--max-memory', '160', dir]);
  assert.equal(r.code, 0, r.stderr);
  const recs = lines(r.stdout);
  assert.equal(recs.length, 2);
  const big = recs.find((x) => x.paths[0]!.endsWith('big.exe'))!;
  assert.deepEqual(big.error, { kind: 'memory', message: 'analysis exceeded the memory limit of 160 MiB (worker heap)' });
  assert.equal(recs.find((x) => x !== big)!.error, undefined);
});

test('an interrupted scan leaves complete lines and resumes where it stopped', async () => {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < 5; i++) files[`s${i}.exe`] = callChainPe(12_000 + i);
  const dir = craftedDir('resume', files);
  const out = join(tmp, 'resume.jsonl');
  // first run: Ctrl-C (SIGINT) as soon as the first line is written
  const child = spawn(process.execPath, [BIN, 'scan', '-j', '1', '-o', out, dir], { env: ENV });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => {
    const poll = setInterval(() => {
      if (existsSync(out) && readFileSync(out, 'utf8').includes('\n')) {
        clearInterval(poll);
        child.kill('SIGINT');
      }
    }, 20);
    child.on('exit', (c) => {
      clearInterval(poll);
      resolve(c);
    });
  });
  assert.equal(code, EXIT.INTERRUPTED, stderr);
  assert.match(stderr, /scan interrupted: \d+ samples/);
  assert.match(stderr, /run the same command with --resume/);
  const first = lines(readFileSync(out, 'utf8'));
  assert.ok(first.length >= 1 && first.length < 5, `${first.length} samples done before the interrupt`);

  // a hard kill can leave half a line: resume cuts it off
  appendFileSync(out, '{"sha256":"0123');
  const r = run(['scan', '-j', '1', '-o', out, '--resume', dir]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`skipped: ${first.length} already in the output file`));
  const all = lines(readFileSync(out, 'utf8'));
  assert.equal(all.length, 5);
  assert.deepEqual(all.slice(0, first.length), first, 'earlier lines kept as they were');
  const want = Object.values(files).map(sha256).sort();
  assert.deepEqual(all.map((x) => x.sha256).sort(), want, 'every sample exactly once');
  for (const x of all) assert.equal(x.error, undefined);

  // nothing left: a third run adds nothing
  const again = run(['scan', '-o', out, '--resume', dir]);
  assert.equal(again.code, 0, again.stderr);
  assert.equal(lines(readFileSync(out, 'utf8')).length, 5);
});

test('paths from stdin, unreadable paths as lines, the output file itself skipped', () => {
  const dir = craftedDir('stdin', { 'a.exe': callChainPe(3), 'b.exe': callChainPe(4) });
  const out = join(dir, 'results.jsonl');
  const missing = join(dir, 'nope.exe');
  const r = run(['scan', '-o', out, '-'], `${dir}\n${missing}\n\n${join(dir, 'a.exe')}\n`);
  assert.equal(r.code, 0, r.stderr);
  const recs = lines(readFileSync(out, 'utf8'));
  assert.equal(recs.length, 3, 'a, b and the missing path (the output file inside the directory is not a sample)');
  const bad = recs.find((x) => x.error)!;
  assert.deepEqual(bad, { sha256: null, size: null, paths: [missing], error: { kind: 'unreadable', message: `${missing}: no such file or directory` }, elapsed_ms: 0 });
  assert.equal(recs.filter((x) => !x.error).length, 2, 'a.exe named twice is one sample');
});

/** the CLI in this process (argument errors need no child process); exit code restored after */
async function runHere(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const saved = process.exitCode;
  const code = await main(args, { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  process.exitCode = saved;
  return { code, stdout, stderr };
}

test('scan arguments are checked', async () => {
  const cases: [string[], RegExp][] = [
    [['scan'], /at least one file or directory/],
    [['scan', '--resume', tmp], /--resume needs the output file/],
    [['scan', '-j', '0', tmp], /--jobs: '0' is not a whole number from 1/],
    [['scan', '--timeout', 'soon', tmp], /--timeout: 'soon'/],
    [['scan', '--inline', tmp], /--inline only applies with --queue/],
    [['scan', '--queue', 'http://x', tmp], /not a redis:\/\/ or rediss:\/\/ URL/],
    [['scan', '--queue', 'redis://127.0.0.1:1', '-j', '2', tmp], /--jobs is set on the workers/],
    [['worker'], /worker needs --queue/],
    [['worker', '--queue', 'redis://127.0.0.1:6379', 'extra'], /worker takes no file arguments/],
  ];
  for (const [args, msg] of cases) {
    const r = await runHere(args);
    assert.equal(r.code, EXIT.USAGE, `${args.join(' ')}: ${r.stderr}`);
    assert.match(r.stderr, msg);
    assert.equal(r.stderr.trim().split('\n').length, 1, 'one line');
  }
  const help = await runHere(['scan', '--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^usage: capa-ts scan/);
  // a real run of the command for the last two: nothing to scan
  const empty = join(tmp, 'empty-dir');
  mkdirSync(empty);
  const r = run(['scan', empty]);
  assert.equal(r.code, EXIT.MISSING_FILE);
  assert.match(r.stderr, /^capa-ts: error: no files found in /);
});

test('--max-memory too small to hold the rules is one clear error, not a line per sample', { skip: requireTestdata('scan memory floor') }, () => {
  const dir = craftedDir('tiny-heap', { 'a.exe': callChainPe(3) });
  const r = run(['scan', '-r', testdata('capa-rules'), '--max-memory', '8', dir]);
  assert.equal(r.code, EXIT.USAGE, r.stderr);
  assert.equal(r.stderr, 'capa-ts: error: --max-memory 8 MiB is too small for a scan worker to hold the rules\n');
  assert.equal(r.stdout, '');
});
