// Hostile signature files: seeded truncations, flipped bytes, absurd counts and sizes, deep trees,
// broken compression and damaged cache files. The only exception allowed is SignatureError, and
// whatever parses can be matched against any buffer; every case finishes (no hang, bounded memory).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { parseSignatureFile } from '../../src/formats/flirt/index.js';
import { deserializeSignatureSet, serializeSignatureSet, type FlirtSignatureSet } from '../../src/formats/flirt/set.js';
import { SignatureError } from '../../src/formats/flirt/types.js';
import { FlirtMatcher, LibraryIdentifier, type FlirtWorkspace } from '../../src/analysis/flirt.js';
import { nodeInflate } from '../../src/cli/signatures.js';
import { mulberry32 } from '../helpers/prng.js';
import { sigHeader, vint16, writePat, writeSig, type TestSignature } from '../helpers/sig-writer.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

function randomSignatures(n: number, rnd: () => number): TestSignature[] {
  const int = (k: number): number => Math.floor(rnd() * k);
  const out: TestSignature[] = [];
  for (let i = 0; i < n; i++) {
    const len = 4 + int(29);
    // shared prefixes so that leaves hold several modules
    const pattern = Array.from({ length: len }, (_, k) => (k < 2 ? 0x55 + (i % 3) : rnd() < 0.15 ? -1 : int(256)));
    out.push({
      pattern,
      crcLength: int(3) ? int(40) : 0,
      crc16: int(0x10000),
      functionSize: int(0x400),
      names: [{ name: `_f${i}`, offset: 0 }, ...(int(3) ? [] : [{ name: `$l${i}`, offset: 1 + int(0x80), local: true }])],
      ...(int(4) ? {} : { tailBytes: [{ offset: int(0x40), value: int(256) }] }),
      ...(int(4) ? {} : { refs: [{ offset: int(len), name: `_r${int(n)}` }] }),
    });
  }
  return out;
}

function mutate(orig: Uint8Array, rnd: () => number): { desc: string; bytes: Uint8Array } {
  const int = (n: number): number => Math.floor(rnd() * n);
  const b = orig.slice();
  switch (int(5)) {
    case 0: {
      const n = int(b.length);
      return { desc: `truncate to ${n}`, bytes: b.subarray(0, n) };
    }
    case 1: {
      const k = 1 + int(8);
      for (let j = 0; j < k; j++) b[int(b.length)] ^= 1 << int(8);
      return { desc: `${k} bit flips`, bytes: b };
    }
    case 2: {
      // absurd variable-length integers: counts, sizes and lengths at their maximum
      const at = int(b.length);
      const run = [0xff, 0xff, 0xff, 0xff, 0xff, 0x7f, 0x80, 0xe0][int(8)]!;
      for (let i = at; i < Math.min(b.length, at + 1 + int(6)); i++) b[i] = run;
      return { desc: `run of 0x${run.toString(16)} at ${at}`, bytes: b };
    }
    case 3: {
      const at = int(b.length);
      const n = 1 + int(64);
      for (let i = at; i < Math.min(b.length, at + n); i++) b[i] = int(256);
      return { desc: `random run of ${n} at ${at}`, bytes: b };
    }
    default: {
      // drop a slice out of the middle
      const n = Math.min(b.length, 1 + int(32));
      const at = int(b.length - n + 1);
      const out = new Uint8Array(Math.max(0, b.length - n));
      out.set(b.subarray(0, at));
      out.set(b.subarray(Math.min(b.length, at + n)), at);
      return { desc: `drop ${n} at ${at}`, bytes: out };
    }
  }
}

/** parse; anything but a SignatureError fails the test; a parsed set must be matchable */
function survive(bytes: Uint8Array, name: string, desc: string): FlirtSignatureSet | undefined {
  let set: FlirtSignatureSet;
  try {
    set = parseSignatureFile(bytes, name, { inflate: nodeInflate });
  } catch (e) {
    assert.ok(e instanceof SignatureError, `${desc}: ${String(e)}`);
    assert.ok(!e.message.includes('\n'), `${desc}: one-line message`);
    return undefined;
  }
  const m = new FlirtMatcher(set);
  const buf = new Uint8Array(0x200);
  for (let i = 0; i < buf.length; i++) buf[i] = (i * 37) & 0xff;
  m.match(buf);
  m.match(buf.subarray(0, 3));
  for (let i = 0; i < Math.min(set.moduleCount, 50); i++) set.module(i);
  return set;
}

test('mutated .sig files (plain, compressed, v7 and v10): SignatureError or a usable set', () => {
  const rnd = mulberry32(0x5160);
  const sigs = randomSignatures(300, rnd);
  const bases = [
    writeSig(sigs, { version: 10 }),
    writeSig(sigs, { version: 10, compressed: true }),
    writeSig(sigs.map((s) => ({ ...s, tailBytes: s.tailBytes?.slice(0, 1), refs: s.refs?.slice(0, 1) })), { version: 7 }),
  ];
  let parsed = 0;
  let refused = 0;
  for (const base of bases) {
    assert.equal(parseSignatureFile(base, 'base.sig').moduleCount, sigs.length);
    for (let i = 0; i < 400; i++) {
      const { desc, bytes } = mutate(base, rnd);
      if (survive(bytes, 'm.sig', desc)) parsed++;
      else refused++;
    }
  }
  assert.ok(parsed > 0 && refused > 0, `both outcomes occur (parsed ${parsed}, refused ${refused})`);
});

test('mutated .pat text: SignatureError or a usable set', () => {
  const rnd = mulberry32(0x9a7);
  const base = new TextEncoder().encode(writePat(randomSignatures(200, rnd)));
  for (let i = 0; i < 600; i++) {
    const { desc, bytes } = mutate(base, rnd);
    survive(bytes, 'm.pat', desc);
  }
  // numbers beyond what a double holds exactly are refused, not rounded
  assert.throws(() => parseSignatureFile(new TextEncoder().encode('5589 00 0000 FFFFFFFFFFFFFFFFFF :0000 _f\n---\n'), 'big.pat'), SignatureError);
});

test('absurd counts, empty runs, deep and wide trees, zip bombs', () => {
  const head = sigHeader({ version: 10 }, 1);
  const file = (tree: number[], compressed = false): Uint8Array => {
    const h = sigHeader({ version: 10, compressed }, 1);
    const body = compressed ? [...deflateSync(Uint8Array.from(tree))] : tree;
    return Uint8Array.from([...h, ...body]);
  };
  const cases: Array<[string, Uint8Array]> = [
    ['child count 0x7fff, no children', file([...vint16(0x7fff)])],
    ['empty pattern runs nested deeply', file(Array.from({ length: 5000 }, () => [...vint16(1), 0]).flat())],
    ['pattern runs deeper than 64 bytes', file(Array.from({ length: 100 }, () => [...vint16(1), 1, 0, 0x90]).flat())],
    ['wildcard mask wider than its run', file([...vint16(1), 4, 0x7f, 0x90, 0x90, 0x90, 0x90, ...vint16(0)])],
    ['tail-byte count 2^32-1', file([...vint16(1), 1, 0, 0x90, ...vint16(0), 0, 0, 0, 0, 0x41, 0x02, 0xff, 0xff, 0xff, 0xff, 0xff])],
    ['reference name of 0x7fff bytes that are not there', file([...vint16(1), 1, 0, 0x90, ...vint16(0), 0, 0, 0, 0, 0x41, 0x04, 1, 0, 0, 0xff, 0xff])],
    ['unknown parsing flags', file([...vint16(1), 1, 0, 0x90, ...vint16(0), 0, 0, 0, 0, 0x41, 0x1f & 0, 0xe0])],
    ['header only', Uint8Array.from(head)],
    ['an empty tree', file([], false)],
  ];
  // a real bomb: 40 MiB of zeros compresses to ~40 KiB; the cap (40× the input, at least 32 MiB) stops it
  const bomb = Uint8Array.from([...sigHeader({ version: 10, compressed: true }, 1), ...deflateSync(new Uint8Array(40 * 1024 * 1024))]);
  cases.push(['zip bomb', bomb]);
  for (const [desc, bytes] of cases) {
    const before = process.memoryUsage().rss;
    survive(bytes, 'hostile.sig', desc);
    assert.ok(process.memoryUsage().rss - before < 512 * 1024 * 1024, `${desc}: memory stays bounded`);
  }
  assert.throws(() => parseSignatureFile(bomb, 'bomb.sig', { inflate: nodeInflate }), (e: unknown) => e instanceof SignatureError && /beyond|corrupt/.test(e.message));
  assert.throws(() => parseSignatureFile(bomb, 'bomb.sig'), (e: unknown) => e instanceof SignatureError && /beyond/.test(e.message));
});

test('damaged cache files: SignatureError, never a broken set (cycles, shared children, bad ranges)', () => {
  const rnd = mulberry32(0xcace);
  const set = parseSignatureFile(writeSig(randomSignatures(120, rnd)), 'c.sig');
  const base = serializeSignatureSet(set);
  let ok = 0;
  for (let i = 0; i < 500; i++) {
    const { desc, bytes } = mutate(base, rnd);
    try {
      const s = deserializeSignatureSet(bytes);
      const m = new FlirtMatcher(s);
      m.match(new Uint8Array(0x100).fill(0x55));
      // names and sizes are read from the damaged records only now
      for (let i = 0; i < s.moduleCount; i++) s.module(i);
      ok++;
    } catch (e) {
      assert.ok(e instanceof SignatureError, `${desc}: ${String(e)}`);
    }
  }
  assert.ok(ok > 0);
  // a child pointing back at its parent is refused (matching would loop)
  const s = deserializeSignatureSet(base.slice());
  s.c.edgeNode[0] = 0;
  assert.throws(() => deserializeSignatureSet(serializeSignatureSet(s)), (e: unknown) => e instanceof SignatureError && /tree/.test(e.message));
});

test('a signature file that matches everywhere is stopped by the work budget', () => {
  // every pattern byte a wildcard: each function matches all 2 000 modules
  const sigs: TestSignature[] = Array.from({ length: 2000 }, (_, i) => ({ pattern: [-1, -1, -1, -1], names: [{ name: `_m${i}`, offset: 0 }] }));
  const set = parseSignatureFile(writeSig(sigs), 'everything.sig');
  const ws: FlirtWorkspace = {
    isFunction: () => true,
    functionSize: () => 16,
    readCurrentSection: () => new Uint8Array(16),
    locationOf: () => undefined,
    xrefsFrom: () => [],
    isExecutable: () => true,
    makeFunction: () => {},
  };
  const id = new LibraryIdentifier([new FlirtMatcher(set)], ws, 200_000);
  for (let va = 0; va < 100_000; va += 16) id.analyzeFunction(va);
  assert.equal(id.exhausted, true);
  assert.equal(id.names.size, 0, 'disagreeing names: nothing identified');
});

test("capa's real .sig, truncated and flipped inside the compressed tree", { skip: requireTestdata('flirt-mutation') }, () => {
  const real = new Uint8Array(readFileSync(testdata('capa-sigs', '3_flare_common_libs.sig')));
  const rnd = mulberry32(0x3f1a);
  for (const cut of [0x20, 0x40, 0x80, real.length >> 1, real.length - 8]) survive(real.subarray(0, cut), '3.sig', `truncate to ${cut}`);
  for (let i = 0; i < 3; i++) {
    const b = real.slice();
    b[0x100 + Math.floor(rnd() * (b.length - 0x100))] ^= 0x40;
    survive(b, '3.sig', 'flip');
  }
});
