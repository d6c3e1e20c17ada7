// YAML 1.1 typing as PyYAML's SafeLoader, and the fast reader agreeing with the full parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readYamlFast } from '../../src/rules/fastyaml.js';
import { readYaml, readYamlFull } from '../../src/rules/yaml11.js';

const SCALARS: Array<[string, unknown]> = [
  ['0x1F', 31n], ['-0x30', -48n], ['+0x10', 16n], ['1_000', 1000n], ['010', 8n], ['1:20', 80n], ['0b101', 5n], ['0', 0n],
  ['0xFFFFFFFFFFFFFFFF', 0xffffffffffffffffn], ['0xcbf29ce484222325', 0xcbf29ce484222325n],
  ['0X10', '0X10'], ['0o17', '0o17'], ['1e3', '1e3'], ['09', '09'], ['.5', 0.5], ['1.5', 1.5], ['-1.0e+3', -1000],
  ['yes', true], ['No', false], ['ON', true], ['off', false], ['y', 'y'], ['n', 'n'], ['True', true],
  ['~', null], ['null', null], ['', null], ['foo bar', 'foo bar'], ['/proc/', '/proc/'], ["'quoted # not comment'", 'quoted # not comment'],
  ['"esc \\x41\\t\\"q\\""', 'esc A\t"q"'], ["'it''s'", "it's"], ['a # comment', 'a'], ['a#b', 'a#b'],
  ['kernel32.CreateFileA', 'kernel32.CreateFileA'], ['ws2_32.#1', 'ws2_32.#1'], ['C:\\Windows', 'C:\\Windows'],
];

test('plain scalars are typed like PyYAML (fast and full readers)', () => {
  for (const [text, want] of SCALARS) {
    const doc = `k: ${text}\n`;
    const fast = readYamlFast(doc);
    assert.ok(fast, `fast reader handles ${text}`);
    assert.deepEqual((fast.value as Map<string, unknown>).get('k'), want, `fast: ${text}`);
    const full = readYamlFull(doc);
    assert.deepEqual((full.value as Map<string, unknown>).get('k'), want, `full: ${text}`);
  }
  // timestamps are left to the full parser
  assert.equal(readYamlFast('d: 2002-12-14\n'), undefined);
  assert.ok((readYaml('d: 2002-12-14\n').value as Map<string, unknown>).get('d') instanceof Date);
});

const DOCS = [
  'a:\n  b: 1\n  c:\n    - x\n    - y: 2\n      z: 3\n    -\n      w: 4\n',
  'a:\n- 1\n- 2\nb: 3\n',
  'k: |\n  line one\n\n  line two\n\nnext: 1\n',
  'k: |-\n  keep\n  # not a comment\n',
  'k: >\n  folded\n  text\n\n  para\n',
  'k: >-\n  a\n  b\n',
  'k: |+\n  a\n\nz: 1\n',
  'long: this is\n  a folded\n  plain scalar\nnext: x\n',
  'dup: 1\nother: 2\ndup: 3\n',
  '"quoted key": 1\n\'other\': 2\n',
  '- - a\n  - b\n- c\n',
  '# comment only\n\nk: v # trailing\n# end\n',
  'k: "a: b"\n',
  'count(mnemonic(mov)): 2 or more\noperand[1].number: 0x10 = X\n',
];

test('fast reader equals the full parser on assorted block documents', () => {
  for (const d of DOCS) {
    const fast = readYamlFast(d);
    assert.ok(fast, `fast reader handles:\n${d}`);
    const full = readYamlFull(d);
    assert.deepEqual(fast.value, full.value, d);
  }
});

test('fast reader bails out on syntax it does not handle; the full parser takes over', () => {
  for (const d of ['a: [1, 2]\n', 'a: {b: 1}\n', 'a: &x 1\nb: *x\n', 'a: !!str 1\n', '---\na: 1\n', 'a: "multi\n  line"\n']) {
    assert.equal(readYamlFast(d), undefined, d);
    assert.deepEqual(readYaml(d).value, readYamlFull(d).value);
  }
  assert.deepEqual(readYaml('a: [1, 2]\n').value, new Map([['a', [1n, 2n]]]));
  // tab indentation: not YAML; the full parser reports it
  assert.equal(readYamlFast('a:\n\tb: 1\n'), undefined);
  assert.throws(() => readYaml('a:\n\tb: 1\n'), /invalid YAML/);
});

test('hostile nesting is a RuleError, not a crash', async () => {
  const { lintRuleText, parseRule } = await import('../../src/rules/parse.js');
  const { RuleError } = await import('../../src/rules/errors.js');
  let deep = 'rule:\n  meta:\n    name: deep\n    authors: [a]\n    scopes:\n      static: function\n      dynamic: call\n  features:\n';
  for (let i = 0; i < 3000; i++) deep += ' '.repeat(4 + 2 * i) + '- and:\n';
  assert.throws(() => parseRule(deep, 'deep.yml'), (e: unknown) => e instanceof RuleError);
  assert.ok(lintRuleText(deep, 'deep.yml').length >= 1);
  const flow = 'rule: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
  assert.throws(() => parseRule(flow, 'flow.yml'), (e: unknown) => e instanceof RuleError);
});
