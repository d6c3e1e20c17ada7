// Python `re` → JavaScript translation (spec §1.9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compilePythonRegex, isRegexLiteral, regexFromLiteral, RegexError, splitRegexLiteral, translatePythonRegex } from '../../src/rules/regex.js';

test('regex literals are detected lexically', () => {
  assert.ok(isRegexLiteral('/proc/'));
  assert.ok(isRegexLiteral('/x/i'));
  assert.ok(isRegexLiteral('/'));
  assert.ok(!isRegexLiteral('/etc/issue'));
  assert.ok(!isRegexLiteral('foo/'));
  assert.deepEqual(splitRegexLiteral('/06\\/23\\/99/i'), { pattern: '06/23/99', ignoreCase: true });
  assert.deepEqual(splitRegexLiteral('/'), { pattern: '', ignoreCase: false });
  assert.deepEqual(splitRegexLiteral('//'), { pattern: '', ignoreCase: false });
  assert.deepEqual(splitRegexLiteral('/i'), { pattern: '', ignoreCase: true });
});

test('flags: always dotall, /i ignore case, never unicode', () => {
  const r = regexFromLiteral('/a.b/i').re;
  assert.equal(r.flags, 'is');
  assert.ok(r.test('A\nB'));
  assert.equal(regexFromLiteral('/a/').re.flags, 's');
  // identity escapes that `u` would reject
  assert.ok(regexFromLiteral('/\\-\\%\\:\\"\\\'/').re.test('-%:"\''));
  // empty regex matches everything
  for (const v of ['/', '//', '/i']) assert.ok(regexFromLiteral(v).re.test('whatever'));
});

test('$ matches at the end or before a final newline, like Python', () => {
  const r = compilePythonRegex('abc$', false);
  assert.ok(r.test('xabc'));
  assert.ok(r.test('xabc\n'));
  assert.ok(!r.test('xabc\n\n'));
  assert.ok(!r.test('abcx'));
  // `$` inside a class is literal
  assert.ok(compilePythonRegex('[$]', false).test('$'));
  assert.ok(compilePythonRegex('\\$', false).test('a$b'));
});

test('Python-only syntax is translated', () => {
  assert.ok(compilePythonRegex('\\Afoo', false).test('foobar'));
  assert.ok(!compilePythonRegex('\\Afoo', false).test('xfoo'));
  assert.ok(compilePythonRegex('foo\\Z', false).test('xfoo'));
  assert.ok(!compilePythonRegex('foo\\Z', false).test('foo\n'));
  assert.equal(translatePythonRegex('(?P<x>a)(?P=x)').source, '(?<x>a)\\k<x>');
  assert.ok(compilePythonRegex('(?P<x>a)(?P=x)', false).test('aa'));
  assert.ok(compilePythonRegex('^a{,2}$', false).test('aa'));
  assert.ok(!compilePythonRegex('^a{,2}$', false).test('aaa'));
  assert.ok(compilePythonRegex('(?i)abc', false).test('ABC'));
  assert.ok(compilePythonRegex('a(?#comment)b', false).test('ab'));
  assert.ok(compilePythonRegex('[]a]', false).test(']'));
});

test('invalid patterns throw RegexError', () => {
  for (const p of ['foo(', '[abc', '(?<!x', 'a**', '\\']) {
    assert.throws(() => compilePythonRegex(p, false), RegexError, p);
  }
});
