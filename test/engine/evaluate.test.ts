import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, matchesNode, makeContext, EngineError } from '../../src/engine/evaluate.js';
import { addFeature, newFeatureSet, ensureFeature } from '../../src/engine/featureset.js';
import { NO_ADDRESS, absolute, addrKey, type Address } from '../../src/features/address.js';
import { api, bytesFeature, makeFeature, mnemonic, num, os, arch, str } from '../../src/features/feature.js';
import { and, leaf, not, or, range, some } from './helpers.js';
import type { Node } from '../../src/engine/ast.js';

const keys = (as: Address[]): Array<string | number> => as.map(addrKey).sort();

function set(...items: Array<[ReturnType<typeof num>, number]>) {
  const fs = newFeatureSet();
  for (const [f, a] of items) addFeature(fs, f, absolute(a));
  return fs;
}

test('feature: exact key lookup, locations are its addresses', () => {
  const fs = set([num(0x10), 1], [num(0x10), 2], [mnemonic('mov'), 3]);
  const r = evaluate(leaf(num(16)), fs);
  assert.equal(r.success, true);
  assert.deepEqual(keys(r.locations), [1, 2]);
  assert.equal(evaluate(leaf(num(0x11)), fs).success, false);
  assert.deepEqual(evaluate(leaf(num(0x11)), fs).locations, []);
  // 1 == 1.0 (Python numbers)
  assert.equal(evaluate(leaf(makeFeature('number', 16.0)), fs).success, true);
});

test('feature present with an empty location set still matches', () => {
  const fs = newFeatureSet();
  ensureFeature(fs, makeFeature('import', 'CreateFileA'));
  const r = evaluate(leaf(makeFeature('import', 'CreateFileA')), fs);
  assert.equal(r.success, true);
  assert.deepEqual(r.locations, []);
});

test('and / or / not / some record every child in full mode', () => {
  const fs = set([num(1), 1], [num(2), 2]);
  const r = evaluate(and(leaf(num(1)), leaf(num(3)), leaf(num(2))), fs);
  assert.equal(r.success, false);
  assert.equal(r.children.length, 3);
  assert.deepEqual(r.children.map((c) => c.success), [true, false, true]);
  const o = evaluate(or(leaf(num(1)), leaf(num(2)), leaf(num(3))), fs);
  assert.equal(o.success, true);
  assert.equal(o.children.length, 3, 'no short-circuit in the recorded result');
  const n = evaluate(not(leaf(num(3))), fs);
  assert.equal(n.success, true);
  assert.equal(n.children[0]!.success, false);
  assert.equal(evaluate(some(2, leaf(num(1)), leaf(num(3)), leaf(num(2))), fs).success, true);
  assert.equal(evaluate(some(3, leaf(num(1)), leaf(num(3)), leaf(num(2))), fs).success, false);
  // optional = 0 or more
  assert.equal(evaluate(some(0, leaf(num(9))), fs).success, true);
});

test('short-circuit and full modes agree on success', () => {
  const fs = set([num(1), 1], [num(2), 2]);
  const nodes = [
    and(leaf(num(1)), or(leaf(num(9)), not(leaf(num(8))))),
    some(2, leaf(num(1)), leaf(num(2)), leaf(num(3))),
    or(and(leaf(num(1)), leaf(num(4))), range(leaf(num(2)), 1n, 1n)),
  ];
  for (const n of nodes) {
    assert.equal(matchesNode(n, makeContext(fs)), evaluate(n, fs).success);
    assert.equal(evaluate(n, fs, { shortCircuit: true }).success, evaluate(n, fs).success);
  }
});

test('range counts the exact child feature addresses', () => {
  const fs = set([num(100), 1], [num(100), 2], [num(100), 2]);
  assert.equal(evaluate(range(leaf(num(100)), 2n, 2n), fs).success, true);
  assert.equal(evaluate(range(leaf(num(100)), 3n), fs).success, false);
  assert.equal(evaluate(range(leaf(num(100)), 0n, 1n), fs).success, false);
  const r = evaluate(range(leaf(num(100)), 1n, 5n), fs);
  assert.deepEqual(keys(r.locations), [1, 2]);
  // min 0 and absent: true, no locations
  const z = evaluate(range(leaf(num(7)), 0n, 0n), fs);
  assert.equal(z.success, true);
  assert.deepEqual(z.locations, []);
});

test('ranges never scan: regex/substring children count 0, bytes only whole buffers', () => {
  const fs = newFeatureSet();
  addFeature(fs, str('hello'), absolute(1));
  addFeature(fs, bytesFeature(new Uint8Array([1, 2, 3, 4, 5])), absolute(2));
  assert.equal(evaluate(range(leaf(makeFeature('substring', 'ell')), 1n), fs).success, false);
  assert.equal(evaluate(range(leaf(makeFeature('regex', '/ell/'), /ell/s), 1n), fs).success, false);
  assert.equal(evaluate(range(leaf(bytesFeature(new Uint8Array([1, 2, 3, 4]))), 1n), fs).success, false);
  assert.equal(evaluate(range(leaf(bytesFeature(new Uint8Array([1, 2, 3, 4, 5]))), 1n), fs).success, true);
});

test('substring and regex scan string features and capture every matching string', () => {
  const fs = newFeatureSet();
  addFeature(fs, str('abcdef'), absolute(1));
  addFeature(fs, str('xxabc'), absolute(2));
  addFeature(fs, str('abcdef'), absolute(3));
  addFeature(fs, str('nope'), absolute(4));
  addFeature(fs, api('abc'), absolute(5)); // not a string feature
  const s = evaluate(leaf(makeFeature('substring', 'abc')), fs);
  assert.equal(s.success, true);
  assert.deepEqual([...s.captures!.keys()].sort(), ['abcdef', 'xxabc']);
  assert.deepEqual(keys(s.captures!.get('abcdef')!), [1, 3]);
  assert.deepEqual(keys(s.locations), [1, 2, 3]);
  const r = evaluate(leaf(makeFeature('regex', '/^ABC/i'), /^ABC/is), fs);
  assert.equal(r.success, true);
  assert.deepEqual([...r.captures!.keys()], ['abcdef']);
  const miss = evaluate(leaf(makeFeature('regex', '/zzz/'), /zzz/s), fs);
  assert.equal(miss.success, false);
  assert.equal(miss.captures!.size, 0);
  // without a compiled `re` the `/…/i` text is compiled
  assert.equal(evaluate(leaf(makeFeature('regex', '/XXA/i')), fs).success, true);
  // case-sensitive substring
  assert.equal(evaluate(leaf(makeFeature('substring', 'ABC')), fs).success, false);
});

test('bytes: prefix match, first hit in insertion order only', () => {
  const fs = newFeatureSet();
  addFeature(fs, bytesFeature(new Uint8Array([0x90, 0x90])), absolute(1));
  addFeature(fs, bytesFeature(new Uint8Array([0x90, 0x90, 0x90, 0x90, 0x01])), absolute(2));
  addFeature(fs, bytesFeature(new Uint8Array([0x90, 0x90, 0x90, 0x90, 0x02])), absolute(3));
  const r = evaluate(leaf(bytesFeature(new Uint8Array([0x90, 0x90, 0x90, 0x90]))), fs);
  assert.equal(r.success, true);
  assert.deepEqual(keys(r.locations), [2]);
  assert.equal(evaluate(leaf(bytesFeature(new Uint8Array([0x90, 0x90, 0x90, 0x90, 0x90]))), fs).success, false);
});

test('os: any is a wildcard on both sides; arch and format are exact', () => {
  const win = newFeatureSet();
  addFeature(win, os('windows'), NO_ADDRESS);
  addFeature(win, arch('i386'), NO_ADDRESS);
  assert.equal(evaluate(leaf(os('windows')), win).success, true);
  assert.equal(evaluate(leaf(os('any')), win).success, true);
  assert.equal(evaluate(leaf(os('linux')), win).success, false);
  const any = newFeatureSet();
  addFeature(any, os('any'), NO_ADDRESS);
  addFeature(any, arch('any'), NO_ADDRESS);
  assert.equal(evaluate(leaf(os('linux')), any).success, true);
  assert.equal(evaluate(leaf(arch('i386')), any).success, false);
  assert.equal(evaluate(leaf(os('linux')), newFeatureSet()).success, false);
});

test('a subscope node cannot be evaluated', () => {
  assert.throws(
    () => evaluate({ kind: 'subscope', scope: 'basic block', child: leaf(num(1)) }, newFeatureSet()),
    (e: unknown) => e instanceof EngineError && e.code === 'subscope',
  );
});

test('success does not depend on child order (optimizer-independent)', () => {
  // deterministic pseudo-random trees over a small feature vocabulary
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const vocab = [num(1), num(2), num(3), mnemonic('mov'), str('abc'), api('X')];
  const gen = (depth: number): Node => {
    const k = depth <= 0 ? 0 : rnd(6);
    if (k <= 1) {
      if (rnd(5) === 0) return leaf(makeFeature('substring', 'b'));
      return leaf(vocab[rnd(vocab.length)]!);
    }
    const kids = Array.from({ length: 1 + rnd(3) }, () => gen(depth - 1));
    if (k === 2) return and(...kids);
    if (k === 3) return or(...kids);
    if (k === 4) return not(kids[0]!);
    return rnd(2) === 0 ? some(rnd(kids.length + 1), ...kids) : range(leaf(vocab[rnd(vocab.length)]!), BigInt(rnd(3)), BigInt(1 + rnd(3)));
  };
  const reversed = (n: Node): Node => {
    switch (n.kind) {
      case 'and':
      case 'or':
      case 'some':
        return { ...n, children: n.children.map(reversed).reverse() };
      case 'not':
        return { ...n, child: reversed(n.child) };
      default:
        return n;
    }
  };
  for (let i = 0; i < 300; i++) {
    const fs = newFeatureSet();
    for (const f of vocab) for (let j = rnd(3); j > 0; j--) addFeature(fs, f, absolute(rnd(4)));
    const n = gen(3);
    const r = reversed(n);
    const full = evaluate(n, fs).success;
    assert.equal(evaluate(r, fs).success, full);
    assert.equal(matchesNode(n, makeContext(fs)), full);
    assert.equal(matchesNode(r, makeContext(fs)), full);
  }
});
