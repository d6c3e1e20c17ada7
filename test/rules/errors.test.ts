// One small broken rule per error kind: message and line number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintRuleText, parseRule, ruleFromObject } from '../../src/rules/parse.js';
import { buildRuleSet, lintRuleFiles } from '../../src/rules/load.js';
import { RuleError } from '../../src/rules/errors.js';
import { RuleSet } from '../../src/rules/ruleset.js';
import type { Node } from '../../src/engine/ast.js';
import { RANGE_INFINITY } from '../../src/engine/ast.js';

/** A rule file whose `features:` list starts on line 11 (the root statement) */
function rule(features: string, opts: { name?: string; scopes?: string; meta?: string; namespace?: string } = {}): string {
  const scopes = opts.scopes ?? '      static: function\n      dynamic: process';
  return [
    'rule:',
    '  meta:',
    `    name: ${opts.name ?? 'test rule'}`,
    `    namespace: ${opts.namespace ?? 'testing/unit'}`,
    '    authors:',
    '      - tester@example.com',
    '    scopes:',
    scopes,
    (opts.meta ?? '').replace(/\n$/, ''),
    '  features:',
    features.replace(/\n$/, ''),
    '',
  ].filter((l, i) => !(i === 8 && l === '')).join('\n');
}

function expectError(text: string, message: string | RegExp, line: number): RuleError {
  let caught: unknown;
  try {
    parseRule(text, 'test.yml');
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof RuleError, `expected a RuleError for:\n${text}`);
  if (typeof message === 'string') assert.equal(caught.message, message);
  else assert.match(caught.message, message);
  assert.equal(caught.line, line, `line of "${caught.message}"`);
  assert.equal(caught.file, 'test.yml');
  assert.equal(String(caught), `test.yml:${caught.line}:${caught.col}: ${caught.message}`);
  // lint reports the same problem
  const lint = lintRuleText(text, 'test.yml');
  assert.ok(lint.some((e) => e.message === caught.message && e.line === line), 'lint reports it too');
  return caught;
}

test('template is a valid rule (line numbers are what the cases assume)', () => {
  const text = rule('    - and:\n      - api: CreateFileA\n      - number: 1');
  assert.equal(text.split('\n')[10], '    - and:');
  const r = parseRule(text, 'test.yml');
  assert.equal(r.name, 'test rule');
  assert.equal(r.meta.namespace, 'testing/unit');
  assert.deepEqual(r.meta.scopes, { static: 'function', dynamic: 'process' });
});

test('unknown feature / statement', () => {
  expectError(rule('    - and:\n      - api: CreateFileA\n      - foo: bar'), 'unexpected statement: foo', 13);
  expectError(rule('    - and:\n      - number/x32: 1'), 'unexpected statement: number/x32', 12);
});

test('feature not allowed in scope', () => {
  expectError(rule('    - and:\n      - export: DllMain'), /^feature export\(DllMain\)|not supported for scopes/, 12);
  expectError(rule('    - characteristic: embedded pe'), /not supported for scopes static-scope: function, dynamic-scope: process/, 11);
  expectError(rule('    - and:\n      - mnemonic: mov', { scopes: '      static: file\n      dynamic: file' }),
    /mnemonic.*not supported for scopes static-scope: file, dynamic-scope: file/, 12);
  // inside a subscope block only that block's features are legal
  expectError(rule('    - and:\n      - instruction:\n        - characteristic: loop'), /not supported for scopes static-scope: instruction$/, 13);
  expectError(rule('    - characteristic: nosuch'), /characteristic.*nosuch.*not supported/, 11);
});

test('bad count', () => {
  expectError(rule('    - count(mnemonic(mov)): lots'), 'unexpected range: lots', 11);
  expectError(rule('    - count(mnemonic(mov)): (5, 2)'), 'range max less than min', 11);
  expectError(rule('    - count(mnemonic(mov)): (-1, 2)'), 'range min less than zero', 11);
  expectError(rule('    - count(mnemonic(mov)): (x, 2)'), 'invalid range: (x, 2)', 11);
  expectError(rule('    - count(nosuch(x)): 2'), 'unexpected statement: nosuch', 11);
  expectError(rule('    - count(number(zz)): 2'), 'unexpected value: "zz", must begin with numerical value', 11);
});

test('count forms', () => {
  const root = (f: string): Node => parseRule(rule(f)).root;
  const range = (f: string): [bigint, bigint] => {
    const n = root(f);
    assert.equal(n.kind, 'range');
    return n.kind === 'range' ? [n.min, n.max] : [0n, 0n];
  };
  assert.deepEqual(range('    - count(mnemonic(mov)): 3'), [3n, 3n]);
  assert.deepEqual(range('    - count(mnemonic(mov)): "3"'), [3n, 3n]);
  assert.deepEqual(range('    - count(mnemonic(mov)): 3 or more'), [3n, RANGE_INFINITY]);
  assert.deepEqual(range('    - count(mnemonic(mov)): 3 or fewer'), [0n, 3n]);
  assert.deepEqual(range('    - count(mnemonic(mov)): (2, 0x10)'), [2n, 16n]);
  assert.deepEqual(range('    - count(mnemonic(mov)): (2,)'), [2n, RANGE_INFINITY]);
  assert.deepEqual(range('    - count(mnemonic(mov)): (,7)'), [0n, 7n]);
  const n = root('    - count(number(0x10 = SIXTEEN)): 2\n      description: two sixteens');
  assert.ok(n.kind === 'range');
  if (n.kind === 'range') {
    assert.equal(n.description, 'two sixteens');
    assert.equal(n.child.feature.value, 16n);
    assert.equal(n.child.feature.description, 'SIXTEEN');
  }
  const s = root('    - count(string(a = b)): 2');
  assert.ok(s.kind === 'range' && s.child.feature.type === 'string' && s.child.feature.value === 'a = b');
});

test('bad regex', () => {
  expectError(rule('    - string: /foo(/'), /^invalid regular expression: \/foo\(\/ it should use Python syntax/, 11);
});

test('unknown match target, cycles, duplicates, empty set', () => {
  const a = parseRule(rule('    - match: nothing here', { name: 'rule a' }), 'a.yml');
  assert.throws(() => new RuleSet([a]), (e: unknown) => e instanceof RuleError && e.message === 'rule "rule a" depends on missing rule "nothing here"' && e.file === 'a.yml');

  const x = parseRule(rule('    - match: rule y', { name: 'rule x', namespace: 'ns/x' }), 'x.yml');
  const y = parseRule(rule('    - match: rule x', { name: 'rule y', namespace: 'ns/y' }), 'y.yml');
  assert.throws(() => new RuleSet([x, y]), (e: unknown) => e instanceof RuleError && /^rule "rule (x|y)" has a circular dependency$/.test(e.message));
  // matching a namespace prefix of one's own namespace is a cycle too
  const self = parseRule(rule('    - and:\n      - api: A\n      - match: testing', { name: 'selfish' }));
  assert.throws(() => new RuleSet([self]), /rule "selfish" has a circular dependency/);

  const d1 = parseRule(rule('    - api: A', { name: 'dup' }), 'd1.yml');
  const d2 = parseRule(rule('    - api: B', { name: 'dup' }), 'd2.yml');
  assert.throws(() => new RuleSet([d1, d2]), (e: unknown) => e instanceof RuleError && e.message === 'duplicate rule name: dup' && e.file === 'd2.yml');

  assert.throws(() => new RuleSet([]), /no rules selected/);
  assert.throws(() => buildRuleSet([{ path: 'empty.yml', text: '' }]), /no rules selected/);
});

test('missing / malformed meta', () => {
  expectError('rule:\n  features:\n    - api: A\n', 'missing or malformed "meta" mapping', 2);
  expectError(rule('    - api: A').replace('    name: test rule\n', ''), 'missing or malformed meta.name (expected a string)', 3);
  expectError(rule('    - api: A').replace('    authors:\n      - tester@example.com\n', ''), 'missing meta.authors (expected a list of strings)', 3);
  expectError(rule('    - api: A', { meta: '    att&ck: Execution::Foo [T1]' }), 'ATT&CK mapping must be a list', 10);
  expectError(rule('    - api: A', { meta: '    mbc: Foo::Bar [X1]' }), 'MBC mapping must be a list', 10);
  expectError(rule('    - api: A', { meta: '    lib: maybe' }), 'meta.lib must be a boolean', 10);
  expectError('rule:\n  meta:\n    name: x\n    authors: [a]\n    scopes:\n      static: function\n      dynamic: process\n  features:\n    - api: A\n    - api: B\n',
    'rule must begin with a single top level statement', 9);
});

test('legacy scope: and bad scopes', () => {
  const legacy = rule('    - api: A').replace('    scopes:\n      static: function\n      dynamic: process', '    scope: function');
  expectError(legacy, 'legacy rule detected (rule.meta.scope), please update to the new syntax: test rule', 7);
  const none = rule('    - api: A').replace('    scopes:\n      static: function\n      dynamic: process\n', '');
  expectError(none, "please specify at least one of this rule's (static/dynamic) scopes", 3);
  expectError(rule('    - api: A', { scopes: '      static: function' }), 'dynamic scope must be provided', 8);
  expectError(rule('    - api: A', { scopes: '      dynamic: call' }), 'static scope must be provided', 8);
  expectError(rule('    - api: A', { scopes: '      static: function\n      dynamic: call\n      other: x' }), 'scope flavors can be either static or dynamic', 8);
  expectError(rule('    - api: A', { scopes: '      static: unsupported\n      dynamic: unsupported' }), 'invalid scopes value. At least one scope must be specified', 8);
  expectError(rule('    - api: A', { scopes: '      static: process\n      dynamic: call' }), 'process is not a valid static scope', 8);
  expectError(rule('    - api: A', { scopes: '      static: function\n      dynamic: function' }), 'function is not a valid dynamic scope', 9);
  const r = parseRule(rule('    - api: A', { scopes: '      static: unsupported\n      dynamic: call' }));
  assert.deepEqual(r.meta.scopes, { static: null, dynamic: 'call' });
});

test('too many keys, statement descriptions, description conflicts', () => {
  expectError(rule('    - and:\n      - api: A\n        description: x\n        number: 1'), 'too many statements', 12);
  expectError(rule('    - and:\n      - api: A\n        number: 1'), /^unexpected key "number" next to "api"/, 12);
  expectError(rule('    - and:\n      - description: one\n      - description: two\n      - api: A'), 'statements can only have one description', 13);
  expectError(rule('    - and:\n      - number: 1 = ONE\n        description: uno'), 'unexpected value: "1 = ONE", only one description allowed (inline description with ` = `)', 12);
  expectError(rule('    - and:\n      - api: "CreateFileA = "'), 'unexpected value: "CreateFileA = ", description cannot be empty', 12);
});

test('not / subscope child counts and subscope legality', () => {
  expectError(rule('    - not:\n      - api: A\n      - api: B'), 'not statement must have exactly one child statement', 11);
  expectError(rule('    - and:\n      - basic block:\n        - api: A\n        - api: B'), 'subscope must have exactly one child statement', 12);
  // a wider block inside a narrower scope, a dynamic block in a static-only rule
  expectError(rule('    - and:\n      - function:\n        - api: A', { scopes: '      static: basic block\n      dynamic: call' }),
    /^function subscope supported only for file, function scopes/, 12);
  expectError(rule('    - and:\n      - call:\n        - api: A', { scopes: '      static: function\n      dynamic: unsupported' }), /^call subscope supported only for/, 12);
  // legal: instruction with several children = implicit and; span of calls inside span of calls
  const r = parseRule(rule('    - and:\n      - instruction:\n        - mnemonic: mov\n        - number: 1'));
  assert.ok(r.root.kind === 'and' && r.root.children[0]!.kind === 'subscope');
  parseRule(rule('    - and:\n      - span of calls:\n        - api: A', { scopes: '      static: unsupported\n      dynamic: span of calls' }));
  parseRule(rule('    - and:\n      - call:\n        - api: A', { scopes: '      static: unsupported\n      dynamic: span of calls' }));
});

test('bad values: int, bytes, os/arch/format, property access, operands, string type, COM', () => {
  expectError(rule('    - and:\n      - number: 0X10'), 'unexpected value: "0X10", must begin with numerical value', 12);
  expectError(rule('    - and:\n      - number: " 0x10"'), 'unexpected value: " 0x10", must begin with numerical value', 12);
  expectError(rule('    - and:\n      - number: 1.5'), /must begin with numerical value/, 12);
  expectError(rule('    - and:\n      - bytes: 0G'), /^unexpected bytes value: must be a valid hex sequence/, 12);
  expectError(rule(`    - and:\n      - bytes: ${'AA'.repeat(0x101)}`), 'unexpected bytes value: byte sequences must be no larger than 256 bytes', 12);
  expectError(rule('    - and:\n      - os: plan9'), 'unexpected os value plan9', 12);
  expectError(rule('    - and:\n      - os: windows = Windows'), 'unexpected os value windows = Windows', 12);
  expectError(rule('    - and:\n      - arch: mips'), 'unexpected arch value mips', 12);
  expectError(rule('    - and:\n      - format: macho'), 'unexpected format value macho', 12);
  expectError(rule('    - and:\n      - property/exec: X'), 'unexpected property/exec access exec', 12);
  expectError(rule('    - and:\n      - operand[x].number: 1'), 'operand index must be an integer', 12);
  expectError(rule('    - and:\n      - operand[5].number: 1'), /^operand index must be between 0 and 4/, 12);
  expectError(rule('    - and:\n      - string: 123'), 'ambiguous string value 123, must be defined as explicit string', 12);
  expectError(rule('    - and:\n      - com/class: NoSuchThing'), "'NoSuchThing' doesn't exist in COM class database", 12);
  expectError(rule('    - and:\n      - com/struct: X'), 'unexpected COM type: struct', 12);
});

test('scalar parsing details', () => {
  const feats = (f: string): Node[] => {
    const r = parseRule(rule(`    - or:\n${f}`));
    return r.root.kind === 'or' ? r.root.children : [];
  };
  const [a, b, c, d, e, f, g, h] = feats([
    '      - number: 0x8101 = -0x81 = 0x7E',
    '      - number: 2  = two',
    '      - offset: -0x30',
    '      - api: kernel32.CreateFileA',
    '      - api: ws2_32.#1',
    '      - string: foo = bar',
    '      - operand[1].number: 0xFFFFFFFFFFFFFFFF',
    '      - property/read: System.IO.FileInfo::Length',
  ].join('\n'));
  const feat = (n: Node | undefined) => (n && n.kind === 'feature' ? n.feature : undefined);
  assert.equal(feat(a)?.value, 0x8101n);
  assert.equal(feat(a)?.description, '-0x81 = 0x7E');
  assert.equal(feat(b)?.value, 2n);
  assert.equal(feat(c)?.value, -0x30n);
  assert.equal(feat(d)?.value, 'CreateFileA');
  assert.equal(feat(e)?.value, 'ws2_32.#1');
  assert.equal(feat(f)?.value, 'foo = bar');
  assert.equal(feat(g)?.value, 0xffffffffffffffffn);
  assert.equal(feat(g)?.index, 1);
  assert.equal(feat(h)?.access, 'read');
  // de-duplication of equal features (descriptions ignored), statements kept
  const dd = feats('      - api: A\n      - api: A\n        description: again\n      - and:\n        - api: B\n      - and:\n        - api: B');
  assert.equal(dd.length, 3);
  // optional / N or more
  const o = parseRule(rule('    - and:\n      - api: A\n      - optional:\n        - api: B\n      - 2 or more:\n        - api: C\n        - api: D')).root;
  assert.ok(o.kind === 'and');
  if (o.kind === 'and') {
    const kinds = o.children.map((c) => (c.kind === 'some' ? c.count : c.kind));
    assert.deepEqual(kinds.sort(), [0, 2, 'feature'].sort());
  }
  // regex forms
  const [r1, r2, r3] = feats('      - string: /06\\/23\\/99/i\n      - string: "/"\n      - string: /etc/issue');
  assert.equal(feat(r1)?.type, 'regex');
  assert.ok((r1 as { re?: RegExp }).re?.test('on 06/23/99'));
  assert.equal(feat(r2)?.type, 'regex');
  assert.ok((r2 as { re?: RegExp }).re?.test('anything'));
  assert.equal(feat(r3)?.type, 'string');
});

test('ruleFromObject accepts plain objects with number or bigint ints', () => {
  const r = ruleFromObject({
    rule: {
      meta: { name: 'obj rule', scopes: { static: 'function', dynamic: 'unsupported' } },
      features: [{ and: [{ number: 16 }, { number: 16n, description: 'dup' }, { 'count(mnemonic(mov))': 2 }] }],
    },
  });
  assert.equal(r.name, 'obj rule');
  assert.ok(r.root.kind === 'and');
  if (r.root.kind === 'and') {
    assert.equal(r.root.children.length, 2);
    const n = r.root.children[0]!;
    assert.ok(n.kind === 'feature' && n.feature.value === 16n);
  }
  assert.throws(() => ruleFromObject({ rule: { meta: { name: 'x', scope: 'function' }, features: [] } }), /legacy rule detected/);
});

test('lint collects every problem of a file and rule-set problems across files', () => {
  const text = rule('    - and:\n      - foo: 1\n      - api: A\n      - bar: 2\n      - export: X');
  const errs = lintRuleText(text, 'multi.yml');
  assert.deepEqual(errs.map((e) => [e.line, e.message.split(' ')[0]]), [[12, 'unexpected'], [14, 'unexpected'], [15, 'feature']]);
  const { errors, ruleCount } = lintRuleFiles([
    { path: 'a.yml', text: rule('    - match: missing one', { name: 'a' }) },
    { path: 'b.yml', text: rule('    - api: A', { name: 'b' }) },
    { path: 'c.yml', text: rule('    - api: A', { name: 'b' }) },
    { path: 'd.yml', text: rule('    - nosuch: A', { name: 'd' }) },
    { path: 'skip.yml', text: '# nothing\n' },
  ]);
  assert.equal(ruleCount, 4);
  assert.deepEqual(errors.map((e) => `${e.file}: ${e.message}`).sort(), [
    'a.yml: rule "a" depends on missing rule "missing one"',
    'c.yml: duplicate rule name: b',
    'd.yml: unexpected statement: nosuch',
  ]);
});

test('YAML syntax errors carry a line', () => {
  const errs = lintRuleText('rule:\n  meta:\n    name: "unterminated\n  features: [\n', 'bad.yml');
  assert.equal(errs.length, 1);
  assert.match(errs[0]!.message, /^invalid YAML/);
  assert.ok(errs[0]!.line !== undefined && errs[0]!.line >= 3);
  assert.equal(errs[0]!.file, 'bad.yml');
});

test('rules without a positively required feature are rejected (capa cannot index them)', () => {
  const bad = [
    '    - not:\n      - api: A',
    '    - optional:\n      - api: A',
    '    - count(api(A)): (0, 3)',
    '    - and:\n      - not:\n        - api: A\n      - optional:\n        - api: B',
    '    - or:\n      - api: A\n      - not:\n        - api: B',
    '    - and:\n      - api: A\n      - basic block:\n        - not:\n          - api: B',
  ];
  for (const f of bad) {
    const r = parseRule(rule(f), 'p.yml');
    assert.throws(() => new RuleSet([r]), (e: unknown) => e instanceof RuleError && /has no feature that must be present/.test(e.message) && e.file === 'p.yml', f);
  }
  const good = [
    '    - and:\n      - api: A\n      - not:\n        - api: B',
    '    - count(api(A)): 2 or more',
    '    - or:\n      - api: A\n      - and:\n        - api: B\n        - optional:\n          - api: C',
  ];
  for (const f of good) assert.doesNotThrow(() => new RuleSet([parseRule(rule(f))]), f);
});
