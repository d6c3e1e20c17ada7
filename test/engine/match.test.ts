import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScopeMatcher, ruleMatchFeatures } from '../../src/engine/match.js';
import { addFeature, newFeatureSet, type FeatureSet } from '../../src/engine/featureset.js';
import { NO_ADDRESS, absolute } from '../../src/features/address.js';
import { api, bytesFeature, makeFeature, matchFeature, mnemonic, num, os, str } from '../../src/features/feature.js';
import { and, leaf, not, or, range, rule, some } from './helpers.js';
import type { Rule } from '../../src/engine/ast.js';

function both(rules: Rule[], fs: FeatureSet) {
  const a = new ScopeMatcher(rules, { useIndex: true }).match(fs, absolute(0x1000));
  const b = new ScopeMatcher(rules, { useIndex: false }).match(fs, absolute(0x1000));
  const names = (ms: typeof a) => ms.map((m) => m.rule.name);
  assert.deepEqual(names(a), names(b), 'index and naive loop agree');
  return names(a);
}

test('ruleMatchFeatures: name plus every namespace prefix', () => {
  const r = rule('x', leaf(num(1)), { static: 'function' }, { namespace: 'a/b/c' });
  assert.deepEqual(ruleMatchFeatures(r).map((f) => f.value), ['x', 'a/b/c', 'a/b', 'a']);
});

test('matches feed later rules of the same scope: by name and by namespace', () => {
  const base = rule('base', leaf(num(100)), {}, { namespace: 'file/create/kernel32' });
  const dep = rule('dep', leaf(matchFeature('base')));
  const ns = rule('ns', leaf(matchFeature('file/create')));
  const top = rule('top', and(leaf(matchFeature('file')), leaf(matchFeature('dep'))));
  const fs = newFeatureSet();
  addFeature(fs, num(100), absolute(0x1001));
  assert.deepEqual(both([base, dep, ns, top], fs), ['base', 'dep', 'ns', 'top']);
  // the caller's set gets no new keys
  assert.equal(fs.has(matchFeature('base').key), false);
});

test('rules the index cannot key (not, optional, count 0) are still evaluated', () => {
  const rules = [
    rule('not-root', not(leaf(num(5)))),
    rule('opt', some(0, leaf(num(5)))),
    rule('count0', and(range(leaf(num(5)), 0n, 0n), not(leaf(num(6))))),
    rule('or-with-not', or(leaf(num(7)), not(leaf(num(8))))),
  ];
  const fs = newFeatureSet();
  addFeature(fs, mnemonic('mov'), absolute(1));
  assert.deepEqual(both(rules, fs), ['not-root', 'opt', 'count0', 'or-with-not']);
});

test('index: strings, substrings, regexes, bytes and os wildcards', () => {
  const rules = [
    rule('s', leaf(str('hello'))),
    rule('sub', and(leaf(makeFeature('substring', 'ell')), leaf(mnemonic('mov')))),
    rule('re', leaf(makeFeature('regex', '/^H/i'), /^H/is)),
    rule('re-miss', leaf(makeFeature('regex', '/zz/'), /zz/s)),
    rule('bytes4', leaf(bytesFeature(new Uint8Array([1, 2, 3, 4])))),
    rule('bytes2', leaf(bytesFeature(new Uint8Array([1, 2])))),
    rule('bytes-miss', leaf(bytesFeature(new Uint8Array([1, 2, 3, 5])))),
    rule('os-linux', and(leaf(os('linux')), leaf(api('CreateFileA')))),
    rule('os-only', leaf(os('macos'))),
    rule('num-or', or(leaf(num(0x12345678)), leaf(api('X')))),
  ];
  const fs = newFeatureSet();
  addFeature(fs, str('hello'), absolute(1));
  addFeature(fs, mnemonic('mov'), absolute(1));
  addFeature(fs, bytesFeature(new Uint8Array([1, 2, 3, 4, 9])), absolute(2));
  addFeature(fs, os('any'), NO_ADDRESS);
  addFeature(fs, api('CreateFileA'), absolute(3));
  addFeature(fs, api('X'), absolute(3));
  assert.deepEqual(both(rules, fs), ['s', 'sub', 're', 'bytes4', 'bytes2', 'os-linux', 'os-only', 'num-or']);
  // memoised string candidates give the same answer the second time
  const m = new ScopeMatcher(rules);
  const first = m.match(fs, absolute(1)).map((x) => x.rule.name);
  assert.deepEqual(m.match(fs, absolute(1)).map((x) => x.rule.name), first);
});

test('candidates discovered through new matches run in topological order, once', () => {
  const a = rule('a', leaf(num(1)), {}, { namespace: 'n/x' });
  const b = rule('b', leaf(num(2)), {}, { namespace: 'n/y' });
  const c = rule('c', or(leaf(matchFeature('a')), leaf(matchFeature('b')), leaf(api('Z'))));
  const d = rule('d', and(leaf(matchFeature('c')), leaf(matchFeature('n'))));
  const fs = newFeatureSet();
  addFeature(fs, num(1), absolute(1));
  addFeature(fs, num(2), absolute(1));
  addFeature(fs, api('Z'), absolute(1));
  assert.deepEqual(both([a, b, c, d], fs), ['a', 'b', 'c', 'd']);
});

test('recorded results are full evaluations', () => {
  const r = rule('r', or(leaf(num(1)), leaf(num(2)), leaf(num(3))));
  const fs = newFeatureSet();
  addFeature(fs, num(1), absolute(1));
  const [m] = new ScopeMatcher([r]).match(fs, absolute(0));
  assert.ok(m);
  assert.deepEqual(m.result.children.map((c) => c.success), [true, false, false]);
});

test('capaDuplicates reproduces capa recording a re-queued candidate twice', () => {
  const a = rule('a', leaf(num(1)), {}, { namespace: 'n' });
  const r = rule('r', or(leaf(matchFeature('a')), leaf(num(0x80000001))));
  const r2 = rule('r2', or(leaf(matchFeature('a')), leaf(matchFeature('n'))));
  const fs = newFeatureSet();
  addFeature(fs, num(1), absolute(1));
  addFeature(fs, num(0x80000001), absolute(2));
  const names = (o: { capaDuplicates?: boolean }) =>
    new ScopeMatcher([a, r, r2], o).match(fs, absolute(0)).map((m) => m.rule.name);
  assert.deepEqual(names({}), ['a', 'r', 'r2']);
  // r: queued initially (number) and again by match:a; r2: keyed twice by one success of a
  assert.deepEqual(names({ capaDuplicates: true }), ['a', 'r', 'r', 'r2', 'r2']);
  // state does not leak into the next call
  assert.deepEqual(names({ capaDuplicates: true }), ['a', 'r', 'r', 'r2', 'r2']);
});

test('hasCandidate: false only when match would evaluate nothing', () => {
  const rules = [
    rule('api', leaf(api('CreateFileA'))),
    rule('re', leaf(makeFeature('regex', '/^Hel/i'), /^Hel/is)),
    rule('bytes4', leaf(bytesFeature(new Uint8Array([1, 2, 3, 4])))),
    rule('bytes2', leaf(bytesFeature(new Uint8Array([9, 9])))),
    rule('os-linux', leaf(os('linux'))),
  ];
  const m = new ScopeMatcher(rules);
  const at = absolute(0x10);
  const cases: Array<[string, ReturnType<typeof api>[], boolean]> = [
    ['nothing keyed', [mnemonic('mov'), num(1)], false],
    ['api', [api('CreateFileA')], true],
    ['regex string', [str('hello')], true],
    ['other string', [str('bye')], false],
    ['long bytes', [bytesFeature(new Uint8Array([1, 2, 3, 4, 5]))], true],
    ['short-prefix bytes', [bytesFeature(new Uint8Array([9, 9, 0, 0]))], true],
    ['unrelated bytes', [bytesFeature(new Uint8Array([1, 2, 3, 5]))], false],
    ['os any', [os('any')], true],
    ['os windows', [os('windows')], false],
  ];
  for (const [what, feats, want] of cases) {
    assert.equal(m.hasCandidate(feats.map((feature) => ({ feature, address: at }))), want, what);
    if (!want) {
      const fs = newFeatureSet();
      for (const f of feats) addFeature(fs, f, at);
      assert.deepEqual(m.match(fs, at), [], `${what}: no match either`);
    }
  }
  // rules the index cannot key make every set a candidate; the naive loop too
  assert.equal(new ScopeMatcher([rule('n', not(leaf(num(1))))]).hasCandidate([]), true);
  assert.equal(new ScopeMatcher(rules, { useIndex: false }).hasCandidate([]), true);
  assert.equal(new ScopeMatcher([]).hasCandidate([{ feature: api('CreateFileA'), address: at }]), false);
});

test('string scans (trigram-bucketed literals): index equals the naive loop on generated strings', () => {
  const pats: Array<[string, RegExp | undefined]> = [
    ['substring:abc', undefined], ['substring:ab', undefined], ['substring:Zyx', undefined],
    ['regex:/abc(d|e)/i', /abc(d|e)/is], ['regex:/^xy/', /^xy/s], ['regex:/b.c/', /b.c/s],
    ['regex:/QRS+t/i', /QRS+t/is], ['regex:/a\\.b?c/i', /a\.b?c/is], ['regex:/[ab]{2}cd/', /[ab]{2}cd/s],
  ];
  const rules = pats.map(([p, re], i) => {
    const [type, value] = [p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 1)];
    return rule(`r${i}`, leaf(makeFeature(type as 'substring' | 'regex', value), re));
  });
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const alphabet = 'abcdABCxyZQRSt.';
  const m = new ScopeMatcher(rules);
  let matched = 0;
  for (let k = 0; k < 300; k++) {
    const fs = newFeatureSet();
    for (let j = 0; j < 3; j++) {
      let s = '';
      for (let i = rnd(24); i > 0; i--) s += alphabet[rnd(alphabet.length)]!;
      addFeature(fs, str(s), absolute(j));
    }
    const names = both(rules, fs);
    matched += names.length;
    assert.deepEqual(m.match(fs, absolute(1)).map((x) => x.rule.name), names);
  }
  assert.ok(matched > 50, `generated strings match often enough (${matched})`);
});
