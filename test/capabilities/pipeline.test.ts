import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findStaticCapabilities } from '../../src/capabilities/static.js';
import { findDynamicCapabilities } from '../../src/capabilities/dynamic.js';
import type { MatchableRuleSet } from '../../src/capabilities/common.js';
import type { Rule, Scope } from '../../src/engine/ast.js';
import { addrKey, formatAddress, type Address } from '../../src/features/address.js';
import { api, makeFeature, matchFeature, mnemonic, num, str } from '../../src/features/feature.js';
import { and, leaf, range, rule } from '../engine/helpers.js';
import { parseDynamicFeatures, parseStaticFeatures } from './fixtureExtractor.js';
import { absolute } from '../../src/features/address.js';

/** Rules are given dependency-ordered; scope lists keep that order. */
function ruleset(rules: Rule[]): MatchableRuleSet {
  return {
    rules: new Map(rules.map((r) => [r.name, r])),
    rulesForScope: (scope: Scope) => rules.filter((r) => r.meta.scopes.static === scope || r.meta.scopes.dynamic === scope),
  };
}

const addrs = (l: Array<[Address, unknown]> | undefined): string[] => (l ?? []).map(([a]) => formatAddress(a));

test('static: instruction → block → function → file, matches flow up, counts and layout', () => {
  const rs = ruleset([
    rule('insn-mov', leaf(mnemonic('mov')), { static: 'instruction' }, { namespace: 'x/insn' }),
    rule('bb-two', and(leaf(matchFeature('insn-mov')), leaf(num(2))), { static: 'basic block' }),
    rule('func', and(leaf(matchFeature('bb-two')), leaf(num(3))), { static: 'function' }),
    rule('file-ns', and(leaf(matchFeature('x')), leaf(matchFeature('func'))), { static: 'file' }),
    rule('file-sees-no-code-api', leaf(api('CreateFileA')), { static: 'file' }),
    rule('file-import', range(leaf(makeFeature('import', 'kernel32.CreateFileA')), 0n, 0n), { static: 'file' }),
    rule('file-string', leaf(str('abc')), { static: 'file' }),
    rule('file-at-zero', range(leaf(makeFeature('export', 'zero')), 0n, 0n), { static: 'file' }),
  ]);
  const x = parseStaticFeatures(
    `
    global: os(windows)
    file: 0x10: string(abc)
    file: global: import(kernel32.CreateFileA)
    file: 0: export(zero)
    func: 0x402000
     bb: 0x402010: basic block
      insn: 0x402010: mnemonic(mov)
      insn: 0x402012: number(2)
      insn: 0x402014: api(CreateFileA)
     bb: 0x402000: basic block
      insn: 0x402000: number(3)
    func: 0x401000
     bb: 0x401000: basic block
      insn: 0x401000: mnemonic(mov)
    `,
    absolute(0x400000),
  );
  const progress: number[] = [];
  const caps = findStaticCapabilities(rs, x, { onProgress: (d) => progress.push(d) });
  assert.deepEqual(progress, [1, 2]);
  assert.deepEqual(addrs(caps.matches.get('insn-mov')), ['0x401000', '0x402010']);
  assert.deepEqual(addrs(caps.matches.get('bb-two')), ['0x402010']);
  assert.deepEqual(addrs(caps.matches.get('func')), ['0x402000']);
  assert.deepEqual(addrs(caps.matches.get('file-ns')), ['global']);
  assert.equal(caps.matches.has('file-sees-no-code-api'), false, 'code features are invisible at file scope');
  // a NO_ADDRESS file feature is present with zero locations: count == 0
  assert.deepEqual(addrs(caps.matches.get('file-import')), ['global']);
  assert.deepEqual(addrs(caps.matches.get('file-string')), ['global']);
  // Python truthiness: an integer address 0 is falsy, so it is dropped like NO_ADDRESS
  assert.deepEqual(addrs(caps.matches.get('file-at-zero')), ['global']);
  assert.deepEqual(
    caps.layout.functions.map((f) => [formatAddress(f.address), f.matchedBasicBlocks.map(formatAddress)]),
    [['0x401000', []], ['0x402000', ['0x402010']]],
  );
  // function 0x401000: mnemonic, os, basic block, match insn-mov + x/insn + x = 6 keys
  assert.equal(caps.featureCounts.functions[0]!.count, 6);
  assert.equal(caps.featureCounts.functions.length, 2);
  // file: string, import, os + match features of everything below
  assert.ok(caps.featureCounts.file >= 3);
  assert.deepEqual(caps.libraryFunctions, []);
});

test('static: library functions are skipped and recorded', () => {
  const rs = ruleset([rule('m', leaf(mnemonic('mov')), { static: 'function' })]);
  const x = parseStaticFeatures('func: 0x1000\n bb: 0x1000: basic block\n  insn: 0x1000: mnemonic(mov)', absolute(0));
  x.isLibraryFunction = (a: Address) => addrKey(a) === 0x1000;
  x.functionName = () => '_memcpy';
  const caps = findStaticCapabilities(rs, x);
  assert.equal(caps.matches.size, 0);
  assert.deepEqual(caps.libraryFunctions.map((l) => [formatAddress(l.address), l.name]), [['0x1000', '_memcpy']]);
  assert.deepEqual(caps.featureCounts.functions, []);
});

test('dynamic: span window, repeat suppression, no span matches at thread scope', () => {
  const rs = ruleset([
    rule('call-a', leaf(api('A')), { dynamic: 'call' }),
    rule('span-ab', and(leaf(matchFeature('call-a')), leaf(api('B'))), { dynamic: 'span of calls' }),
    rule('thread-sees-span', leaf(matchFeature('span-ab')), { dynamic: 'thread' }),
    rule('thread-sees-call', leaf(matchFeature('call-a')), { dynamic: 'thread' }),
    rule('proc', leaf(matchFeature('thread-sees-call')), { dynamic: 'process' }),
    rule('file', leaf(matchFeature('span-ab')), { dynamic: 'file' }),
  ]);
  const x = parseDynamicFeatures(`
    proc: a.exe (ppid=1, pid=10)
     thread: 5
      call: 1: api(A)
      call: 2: api(B)
      call: 3: api(C)
      call: 4: api(D)
      call: 5: api(B)
  `);
  const caps = findDynamicCapabilities(rs, x, { spanSize: 3 });
  assert.deepEqual(addrs(caps.matches.get('call-a')), ['process{pid:10,tid:5,call:1}']);
  // span-ab matches at 2 and 3 (suppressed: same rule in previous window), not at 4/5 (A left)
  assert.deepEqual(addrs(caps.matches.get('span-ab')), ['process{pid:10,tid:5,call:2}']);
  assert.equal(caps.matches.has('thread-sees-span'), false);
  assert.deepEqual(addrs(caps.matches.get('thread-sees-call')), ['process{pid:10,tid:5}']);
  assert.deepEqual(addrs(caps.matches.get('proc')), ['process{pid:10}']);
  assert.deepEqual(addrs(caps.matches.get('file')), ['global']);
  assert.equal(caps.layout.processes[0]!.name, 'a.exe');
  assert.equal(caps.layout.processes[0]!.threads[0]!.calls.length, 5);
  assert.equal(caps.layout.callName(caps.layout.processes[0]!.threads[0]!.calls[1]!), 'call-2');
  assert.equal(caps.featureCounts.processes.length, 1);
});

test('dynamic: span matches grow shared match-feature sets in place, like capa (stale namespace match)', () => {
  // capa matches a span on a shallow copy of the live window set, so adding `match: a` for a
  // span rule mutates the window's own `match: a` set (put there by a call rule of namespace
  // a/…); that address belongs to no call, is never subtracted, and `match: a` outlives the
  // call that produced it
  const rs = ruleset([
    rule('c1', leaf(api('A')), { dynamic: 'call' }, { namespace: 'a/c' }),
    rule('s1', leaf(api('B')), { dynamic: 'span of calls' }, { namespace: 'a/b' }),
    rule('s2', and(leaf(matchFeature('a')), leaf(api('D'))), { dynamic: 'span of calls' }),
  ]);
  const x = parseDynamicFeatures(`
    proc: a.exe (pid=10)
     thread: 5
      call: 1: api(A)
      call: 2: api(B)
      call: 3: api(C)
      call: 4: api(D)
  `);
  for (const useIndex of [true, false]) {
    const caps = findDynamicCapabilities(rs, x, { spanSize: 2, useIndex });
    assert.deepEqual(addrs(caps.matches.get('s1')), ['process{pid:10,tid:5,call:2}']);
    assert.deepEqual(addrs(caps.matches.get('s2')), ['process{pid:10,tid:5,call:4}']);
  }
});
