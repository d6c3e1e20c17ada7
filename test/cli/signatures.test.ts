// The CLI's signature files: errors (one line, exit code 15), the parsed-signature cache and its
// path manifest (a warm run neither reads nor hashes the file), first-run notes and `capa-ts info`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { writeSig, type TestSignature } from '../helpers/sig-writer.js';
import { EXIT } from '../../src/cli/exit-codes.js';
import { loadSignatureFiles } from '../../src/cli/signatures.js';

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-sigs-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CAPA_RULES: '', CAPA_SIGNATURES: '', CAPA_TS_CACHE_DIR: join(tmp, 'cli-cache'), ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SIGS: TestSignature[] = Array.from({ length: 40 }, (_, i) => ({
  pattern: [0x55, 0x8b, 0xec, 0x83, 0xec, i, ...Array.from({ length: 26 }, (_, k) => (k * 7 + i) & 0xff)],
  crcLength: 8,
  crc16: (i * 977) & 0xffff,
  functionSize: 0x40 + i,
  names: [{ name: `_lib_function_${i}`, offset: 0 }, { name: `local_${i}`, offset: 0x10, local: true }],
  tailBytes: [{ offset: 3, value: i }],
}));

/** a cache directory of its own for in-process loads (the cache location is read per call) */
function withCache<T>(dir: string, f: () => T): T {
  const old = process.env.CAPA_TS_CACHE_DIR;
  process.env.CAPA_TS_CACHE_DIR = dir;
  try {
    return f();
  } finally {
    if (old === undefined) delete process.env.CAPA_TS_CACHE_DIR;
    else process.env.CAPA_TS_CACHE_DIR = old;
  }
}

test('a corrupt or missing signature file is one line with exit code 15', () => {
  const bad = join(tmp, 'broken.sig');
  writeFileSync(bad, 'IDASGN\x0a\x01garbage');
  const pe = join(tmp, 'tiny.exe');
  writeFileSync(pe, 'MZ');
  for (const [args, pattern] of [
    [['-s', bad, pe], /invalid signature file/],
    [['-s', join(tmp, 'nope'), pe], /does not exist/],
    [['info', '-s', bad], /invalid signature file/],
  ] as const) {
    const r = run([...args]);
    assert.equal(r.code, EXIT.INVALID_SIGNATURES, `${args.join(' ')}: ${r.stderr}`);
    const lines = r.stderr.trim().split('\n');
    assert.equal(lines.length, 1, r.stderr);
    assert.match(lines[0]!, /^capa-ts: error: /);
    assert.match(lines[0]!, pattern);
  }
});

test('cache: the first load parses and writes an entry; later loads come from it through the path manifest', () => {
  const dir = join(tmp, 'manifest');
  mkdirSync(dir);
  const sig = join(dir, 'lib.sig');
  writeFileSync(sig, writeSig(SIGS, { compressed: true }));
  // whole seconds, so the times can be set back exactly below
  const when = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
  utimesSync(sig, when, when);
  const cache = join(dir, 'cache');
  const first = withCache(cache, () => loadSignatureFiles([sig]));
  assert.deepEqual(first.cacheHits, [false]);
  assert.equal(readdirSync(cache).filter((f) => f.endsWith('.cache')).length, 1);
  assert.ok(readdirSync(cache).some((f) => /^sigs-manifest-\d+\.json$/.test(f)));
  const warm = withCache(cache, () => loadSignatureFiles([sig]));
  assert.deepEqual(warm.cacheHits, [true]);
  for (let i = 0; i < SIGS.length; i++) assert.deepEqual(warm.sets[0]!.module(i), first.sets[0]!.module(i), `module ${i}`);

  // the manifest answers for an unchanged file (path, size, mtime, inode) without reading it:
  // same size and times but other bytes still load the cached set…
  const st = statSync(sig);
  const garbage = new Uint8Array(st.size).fill(0x41);
  writeFileSync(sig, garbage);
  utimesSync(sig, when, when);
  const blind = withCache(cache, () => loadSignatureFiles([sig]));
  assert.deepEqual(blind.cacheHits, [true]);
  assert.equal(blind.sets[0]!.moduleCount, SIGS.length);
  // …and a changed mtime makes it read (and here refuse) the file
  utimesSync(sig, when, new Date(when.getTime() + 5000));
  assert.throws(
    () => withCache(cache, () => loadSignatureFiles([sig])),
    (e: unknown) => (e as { exitCode?: number }).exitCode === EXIT.INVALID_SIGNATURES,
  );
});

test('cache: a damaged entry is rebuilt, not trusted', () => {
  const dir = join(tmp, 'damaged');
  mkdirSync(dir);
  const sig = join(dir, 'lib.sig');
  writeFileSync(sig, writeSig(SIGS));
  const cache = join(dir, 'cache');
  const first = withCache(cache, () => loadSignatureFiles([sig]));
  const entry = join(cache, readdirSync(cache).find((f) => f.endsWith('.cache'))!);
  for (const damage of [
    () => truncateSync(entry, 100),
    () => writeFileSync(entry, 'not a cache'),
    () => truncateSync(entry, statSync(entry).size - 3),
  ]) {
    damage();
    const again = withCache(cache, () => loadSignatureFiles([sig]));
    assert.deepEqual(again.cacheHits, [false]);
    for (let i = 0; i < SIGS.length; i++) assert.deepEqual(again.sets[0]!.module(i), first.sets[0]!.module(i));
  }
});

test("cache: capa's 3_flare_common_libs.sig reads back identical, names on demand", { skip: requireTestdata('signature cache') }, () => {
  const sig = testdata('capa-sigs', '3_flare_common_libs.sig');
  const cache = join(tmp, 'flare-cache');
  const parsed = withCache(cache, () => loadSignatureFiles([sig])).sets[0]!;
  const cached = withCache(cache, () => loadSignatureFiles([sig])).sets[0]!;
  assert.equal(cached.isLazy, true);
  assert.equal(parsed.isLazy, false);
  assert.equal(cached.moduleCount, 119_337);
  for (let i = 0; i < cached.moduleCount; i += 331) assert.deepEqual(cached.module(i), parsed.module(i), `module ${i}`);
  // the entry holds the names; the part read up front is the tree and the match fields
  const entry = readdirSync(cache).find((f) => f.endsWith('.cache'))!;
  assert.ok(statSync(join(cache, entry)).size > 15 << 20);
  assert.ok(readFileSync(sig).length < 3 << 20);
});

test('first run: a PE without installed signatures gets one note on stderr (not with -q or -s none); info says what is active', { skip: requireTestdata('first-run notes') }, () => {
  const pe = testdata('testfiles', 'Practical Malware Analysis Lab 01-01.dll_');
  const env = { CAPA_TS_CACHE_DIR: join(tmp, 'empty-cache'), XDG_CACHE_HOME: join(tmp, 'xdg') };
  const r = run(['-r', testdata('capa-rules'), pe], env);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /note: no FLIRT signatures installed/);
  assert.doesNotMatch(run(['-q', '-r', testdata('capa-rules'), pe], env).stderr, /FLIRT/);
  assert.doesNotMatch(run(['-s', 'none', '-r', testdata('capa-rules'), pe], env).stderr, /FLIRT/);
  const info = run(['info', '-s', testdata('capa-sigs', '3_flare_common_libs.sig')], env);
  assert.equal(info.code, 0, info.stderr);
  assert.match(info.stdout, /signatures: +1 file .*3_flare_common_libs\.sig/);
  assert.match(info.stdout, /3_flare_common_libs\.sig: 119337 signatures/);
  assert.match(run(['info'], env).stdout, /missing: capa's FLIRT signatures/);
});
