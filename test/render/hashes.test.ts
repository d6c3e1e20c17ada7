import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { md5, sha1, sha256 } from '../../src/features/hashes.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const nodeHash = (alg: string, b: Uint8Array): string => createHash(alg).update(b).digest('hex');

test('hashes: known vectors', () => {
  assert.equal(md5(enc('')), 'd41d8cd98f00b204e9800998ecf8427e');
  assert.equal(md5(enc('abc')), '900150983cd24fb0d6963f7d28e17f72');
  assert.equal(sha1(enc('')), 'da39a3ee5e6b4b0d3255bfef95601890afd80709');
  assert.equal(sha1(enc('abc')), 'a9993e364706816aba3e25717850c26c9cd0d89d');
  assert.equal(sha256(enc('')), 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  assert.equal(sha256(enc('abc')), 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  const q = enc('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq');
  assert.equal(sha256(q), '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  assert.equal(sha1(q), '84983e441c3bd26ebaae4aa1f95129e5e54670f1');
});

test('hashes: every length around block boundaries matches node:crypto', () => {
  const buf = new Uint8Array(300);
  for (let i = 0; i < buf.length; i++) buf[i] = (i * 131 + 7) & 0xff;
  for (let n = 0; n <= buf.length; n++) {
    const b = buf.subarray(0, n);
    assert.equal(md5(b), nodeHash('md5', b), `md5 len ${n}`);
    assert.equal(sha1(b), nodeHash('sha1', b), `sha1 len ${n}`);
    assert.equal(sha256(b), nodeHash('sha256', b), `sha256 len ${n}`);
  }
});

test('hashes: shared samples match node:crypto', { skip: requireTestdata('hashes') }, () => {
  const dir = testdata('testfiles');
  const files = readdirSync(dir).filter((f) => /\.(exe_|dll_|elf_|sys_)$/.test(f)).sort().slice(0, 12);
  assert.ok(files.length > 0);
  for (const f of files) {
    const p = join(dir, f);
    if (!statSync(p).isFile()) continue;
    const b = new Uint8Array(readFileSync(p));
    assert.equal(md5(b), nodeHash('md5', b), f);
    assert.equal(sha1(b), nodeHash('sha1', b), f);
    assert.equal(sha256(b), nodeHash('sha256', b), f);
  }
});

test('hashes: throughput on 16 MiB', () => {
  const b = new Uint8Array(16 << 20);
  for (let i = 0; i < b.length; i += 4096) b[i] = i & 0xff;
  for (const [name, fn] of [['md5', md5], ['sha1', sha1], ['sha256', sha256]] as const) {
    const t0 = performance.now();
    const h = fn(b);
    const ms = performance.now() - t0;
    assert.equal(h, nodeHash(name, b));
    process.stdout.write(`# ${name}: ${((b.length / 1e6) / (ms / 1000)).toFixed(0)} MB/s\n`);
  }
});
