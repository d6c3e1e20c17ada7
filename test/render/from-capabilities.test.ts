import { test } from 'node:test';
import assert from 'node:assert/strict';
import { absolute, callAddr, NO_ADDRESS, processAddr, threadAddr, type Address } from '../../src/features/address.js';
import { api, makeFeature, matchFeature } from '../../src/features/feature.js';
import type { Node, Rule, RuleMeta, Scopes } from '../../src/engine/ast.js';
import type { Result } from '../../src/engine/evaluate.js';
import type { DynamicCapabilities, StaticCapabilities } from '../../src/capabilities/common.js';
import { toResultDocument, type RdocRuleSet } from '../../src/render/from-capabilities.js';
import { parseResultDocument, serializeResultDocument } from '../../src/render/json.js';
import type { Match } from '../../src/render/rdoc.js';
import { schemaIssues, semanticIssues } from './schema.js';

function rule(name: string, scopes: Scopes, root: Node, extra: Partial<RuleMeta> = {}): Rule {
  const meta: RuleMeta = {
    name,
    authors: ['a@b'],
    description: '',
    lib: false,
    scopes,
    attack: [],
    mbc: [],
    references: [],
    examples: [],
    maec: {},
    isSubscopeRule: false,
    raw: {},
    ...extra,
  };
  return { name, meta, root, source: `rule: ${name}\n` };
}

const feat = (f: ReturnType<typeof api>): Node => ({ kind: 'feature', feature: f });
const leaf = (node: Node, success: boolean, locations: Address[] = []): Result => ({ success, node, children: [], locations });

function ruleSet(rules: Rule[]): RdocRuleSet {
  const map = new Map(rules.map((r) => [r.name, r]));
  return {
    rules: map,
    namespaceMembers: (ns) => rules.filter((r) => r.meta.namespace === ns || (r.meta.namespace ?? '').startsWith(ns + '/')),
  };
}

const META = {
  sample: { md5: '0'.repeat(32), sha1: '0'.repeat(40), sha256: '0'.repeat(64), path: '/x' },
  version: '9.0.0',
  timestamp: '2024-01-02T03:04:05.123456',
  extractor: 'test',
  rulePaths: ['/rules'],
  format: 'pe',
  arch: 'i386',
  os: 'windows',
};

test('from-capabilities: static splicing, subscope nodes, field order, layout', () => {
  const bb = absolute(0x401010);
  const fn = absolute(0x401000);
  const childRoot: Node = feat(api('CreateFileW'));
  const synthRoot: Node = feat(makeFeature('number', 5n, { description: 'five' }));
  const child = rule('child', { static: 'basic block', dynamic: null }, childRoot, { namespace: 'a/b' });
  const synth = rule('parent/abc', { static: 'basic block', dynamic: null }, synthRoot, { isSubscopeRule: true, lib: true });
  const parentRoot: Node = {
    kind: 'and',
    description: 'both',
    children: [feat(matchFeature('child')), feat(matchFeature('parent/abc')), feat(matchFeature('a'))],
  };
  const parent = rule('parent', { static: 'function', dynamic: 'process' }, parentRoot, { namespace: 'x/y' });
  const rangeRoot: Node = { kind: 'range', min: 2n, max: (1n << 64n) - 1n, description: 'r', child: { kind: 'feature', feature: api('x') } };
  const counter = rule('counter', { static: 'file', dynamic: 'file' }, rangeRoot);

  const childTree = leaf(childRoot, true, [absolute(0x401012)]);
  const synthTree = leaf(synthRoot, true, [absolute(0x401014)]);
  const parentTree: Result = {
    success: true,
    node: parentRoot,
    children: [leaf(feat(matchFeature('child')), true, [bb]), leaf(feat(matchFeature('parent/abc')), true, [bb]), leaf(feat(matchFeature('a')), true, [bb])],
    locations: [],
  };
  const caps: StaticCapabilities = {
    flavor: 'static',
    matches: new Map([
      ['child', [[bb, childTree]]],
      ['parent/abc', [[bb, synthTree]]],
      ['parent', [[fn, parentTree]]],
      ['counter', [[NO_ADDRESS, { success: true, node: rangeRoot, children: [], locations: [absolute(1), absolute(2)] }]]],
    ]),
    featureCounts: { file: 3, functions: [{ address: fn, count: 7 }] },
    libraryFunctions: [{ address: absolute(0x402000), name: 'memcpy' }],
    layout: { functions: [{ address: fn, matchedBasicBlocks: [bb] }, { address: absolute(0x403000), matchedBasicBlocks: [] }] },
  };
  const doc = toResultDocument(caps, ruleSet([child, synth, parent, counter]), { ...META, baseAddress: absolute(0x400000) });
  assert.deepEqual(Object.keys(doc.rules), ['child', 'parent', 'counter'], 'synthetic rules are not listed');
  assert.deepEqual(schemaIssues(doc), []);
  assert.deepEqual(semanticIssues(doc), []);

  const tree = doc.rules['parent']!.matches[0]![1];
  const [m1, m2, m3] = tree.children as [Match, Match, Match];
  assert.deepEqual(m1.children, [doc.rules['child']!.matches[0]![1]], 'rule match gets the rule tree');
  assert.deepEqual(m2.node, { type: 'statement', statement: { type: 'subscope', scope: 'basic block' } });
  assert.deepEqual(m2.locations, [bb], 'subscope node keeps the locations');
  assert.equal(m2.children.length, 1);
  assert.deepEqual(m3.node, { type: 'feature', feature: { type: 'match', match: 'a' } }, 'namespace match keeps its node');
  assert.equal(m3.children.length, 1, 'namespace match gets member trees at its locations');

  const json = serializeResultDocument(doc);
  assert.ok(json.includes('"statement":{"type":"and","description":"both"}'));
  assert.ok(json.includes('{"type":"range","description":"r","min":2,"max":18446744073709551615,"child":{"type":"api","api":"x"}}'));
  assert.ok(json.includes('"feature":{"type":"number","number":5,"description":"five"}'));
  assert.ok(json.includes('"meta":{"name":"parent","namespace":"x/y","authors":["a@b"],"scopes":{"static":"function","dynamic":"process"},"attack":[]'));
  assert.ok(json.includes('"layout":{"functions":[{"address":{"type":"absolute","value":4198400},"matched_basic_blocks":[{"address":{"type":"absolute","value":4198416}}]}]}'));
  assert.ok(json.includes('"library_functions":[{"address":{"type":"absolute","value":4202496},"name":"memcpy"}]'));
  assert.ok(json.startsWith('{"meta":{"timestamp":"2024-01-02T03:04:05.123456","version":"9.0.0","sample":'), 'argv omitted when absent');
  assert.equal(serializeResultDocument(parseResultDocument(json)), json);
});

test('from-capabilities: dynamic span references fall back to the latest earlier match in the thread', () => {
  const t = threadAddr(1, 2, 3);
  const call = (id: number): Address => callAddr(1, 2, 3, id);
  const spanRoot: Node = feat(api('Sleep'));
  const span = rule('span', { static: null, dynamic: 'span of calls' }, spanRoot);
  const userRoot: Node = feat(matchFeature('span'));
  const user = rule('user', { static: null, dynamic: 'span of calls' }, userRoot);
  const s10 = leaf(spanRoot, true, [call(10)]);
  const s14 = leaf(spanRoot, true, [call(14)]);
  const other = leaf(spanRoot, true, [callAddr(1, 2, 4, 11)]);
  const caps: DynamicCapabilities = {
    flavor: 'dynamic',
    matches: new Map<string, [Address, Result][]>([
      ['span', [[call(10), s10], [callAddr(1, 2, 4, 11), other], [call(14), s14]]],
      ['user', [[call(12), leaf(userRoot, true, [call(12)])]]],
    ]),
    featureCounts: { file: 1, processes: [{ address: processAddr(1, 2), count: 5 }] },
    layout: {
      processes: [{ address: processAddr(1, 2), name: 'a.exe', threads: [{ address: t, calls: [call(10), call(12), call(13), call(14)] }] }],
      callName: (c) => (c.type === 'call' ? `Sleep(ms=${c.value[3]}) -> 0` : undefined),
    },
  };
  const doc = toResultDocument(caps, ruleSet([span, user]), META);
  assert.deepEqual(schemaIssues(doc), []);
  const m = doc.rules['user']!.matches[0]![1];
  assert.equal(m.children.length, 1);
  assert.deepEqual(m.children[0]!.locations, [call(10)], 'latest span match at or before call 12 in the same thread');
  assert.ok(doc.meta.flavor === 'dynamic');
  assert.deepEqual(
    doc.meta.analysis.layout.processes[0]!.matched_threads[0]!.matched_calls.map((c) => c.name),
    ['Sleep(ms=10) -> 0', 'Sleep(ms=12) -> 0', 'Sleep(ms=14) -> 0'],
    'calls referenced by a location, extractor order',
  );
});

test("from-capabilities: locations and spliced trees in capa's set order; a namespace match splices rule by rule", () => {
  // CPython iterates {0x401001, 0x401008} as 0x401008, 0x401001 (slot 0 before slot 1)
  const a = absolute(0x401001);
  const b = absolute(0x401008);
  const oneRoot: Node = feat(api('One'));
  const twoRoot: Node = feat(api('Two'));
  const one = rule('one', { static: 'basic block', dynamic: null }, oneRoot, { namespace: 'ns/one' });
  const two = rule('two', { static: 'basic block', dynamic: null }, twoRoot, { namespace: 'ns/two' });
  const userRoot: Node = feat(matchFeature('ns'));
  const user = rule('user', { static: 'function', dynamic: null }, userRoot);
  const fn = absolute(0x401000);
  const caps: StaticCapabilities = {
    flavor: 'static',
    matches: new Map<string, [Address, Result][]>([
      ['one', [[a, leaf(oneRoot, true, [a])], [b, leaf(oneRoot, true, [b])]]],
      ['two', [[a, leaf(twoRoot, true, [a])], [b, leaf(twoRoot, true, [b])]]],
      ['user', [[fn, leaf(userRoot, true, [a, b])]]],
    ]),
    featureCounts: { file: 0, functions: [{ address: fn, count: 4 }] },
    libraryFunctions: [],
    layout: { functions: [{ address: fn, matchedBasicBlocks: [a, b] }] },
  };
  const doc = toResultDocument(caps, ruleSet([one, two, user]), META);
  const m = doc.rules['user']!.matches[0]![1];
  assert.deepEqual(m.locations, [b, a], 'the feature lists its locations in set order');
  assert.deepEqual(
    m.children.map((c) => [(c.node as { feature: { api: string } }).feature.api, c.locations[0]]),
    [['One', b], ['One', a], ['Two', b], ['Two', a]],
    'every rule of the namespace in turn, each at the locations in set order',
  );
});

test('from-capabilities: a namespace match at a call falls back to the latest earlier match too, as capa', () => {
  const call = (id: number): Address => callAddr(1, 2, 3, id);
  const spanRoot: Node = feat(api('Sleep'));
  const span = rule('span', { static: null, dynamic: 'span of calls' }, spanRoot, { namespace: 'timing/sleep' });
  const userRoot: Node = feat(matchFeature('timing'));
  const user = rule('user', { static: null, dynamic: 'span of calls' }, userRoot);
  const caps: DynamicCapabilities = {
    flavor: 'dynamic',
    matches: new Map<string, [Address, Result][]>([
      ['span', [[call(10), leaf(spanRoot, true, [call(10)])], [call(14), leaf(spanRoot, true, [call(14)])]]],
      ['user', [[call(12), leaf(userRoot, true, [call(12)])]]],
    ]),
    featureCounts: { file: 1, processes: [{ address: processAddr(1, 2), count: 5 }] },
    layout: {
      processes: [{ address: processAddr(1, 2), name: 'a.exe', threads: [{ address: threadAddr(1, 2, 3), calls: [call(10), call(12), call(14)] }] }],
      callName: () => 'Sleep() -> 0',
    },
  };
  const m = toResultDocument(caps, ruleSet([span, user]), META).rules['user']!.matches[0]![1];
  assert.deepEqual(m.children.map((c) => c.locations), [[call(10)]]);
});
