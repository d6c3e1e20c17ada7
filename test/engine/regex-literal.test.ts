import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mayContain, requiredLiteral } from '../../src/engine/regex-literal.js';

const lit = (re: RegExp): string | undefined => requiredLiteral(re.source, re.flags)?.text;

test('requiredLiteral: longest necessary top-level run', () => {
  assert.equal(lit(/pestudio(\.exe)?/is), 'pestudio');
  assert.equal(lit(/avghook(x|a)\.dll/is), 'avghook');
  assert.equal(lit(/SELECT\s+[a-z,\s]{5,}FROM moz_(logins|cookies)/is), 'from moz_');
  assert.equal(lit(/HTTP\/1\.\d/s), 'HTTP/1.');
  assert.equal(lit(/^p2x[a-z0-9]{1,10}\.dll/is), '.dll');
  assert.equal(lit(/SoftwareX?/s), 'Software'); // ? drops the X
  assert.equal(lit(/abc*def/s), 'def'); // * drops the c: "ab" then "def"
  assert.equal(lit(/abcd+e/s), 'abcd'); // + keeps one d, but ends the run
  assert.equal(lit(/abc{0,2}xyz/s), 'xyz');
  assert.equal(lit(/abc{2}xy/s), 'abc');
  assert.equal(lit(/a\\b\.c/s), 'a\\b.c');
});

test('requiredLiteral: no literal when in doubt', () => {
  assert.equal(lit(/abc|def/s), undefined); // top-level alternation
  assert.equal(lit(/a{b/s), undefined); // Annex B literal brace
  assert.equal(lit(/a]b/s), undefined);
  assert.equal(lit(/\d+\w/s), undefined); // escapes of letters are classes
  assert.equal(lit(/x/s), undefined); // shorter than the minimum
  assert.equal(requiredLiteral('abc', 'iu'), undefined); // unicode folding differs
  assert.equal(requiredLiteral('ab\u00e9c', 'i'), undefined); // non-ASCII under ignore-case
  assert.equal(requiredLiteral('ab\u00e9c', '')?.text, 'ab\u00e9c');
});

test('mayContain: ASCII case folding only under ignore-case', () => {
  const ci = requiredLiteral('VBoxMouse\\.sys', 'is')!;
  assert.equal(mayContain(ci, 'C:\\VBOXMOUSE.SYS'), true);
  assert.equal(mayContain(ci, 'vboxmouse-sys'), false);
  const cs = requiredLiteral('VBoxMouse', 's')!;
  assert.equal(mayContain(cs, 'vboxmouse'), false);
  assert.equal(mayContain(cs, 'xVBoxMouse'), true);
});

// the filter may only reject strings the regex cannot match
test('requiredLiteral never rejects a match (generated regexes and strings)', () => {
  let seed = 12345;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return (seed >>> 8) % n;
  };
  const atoms = ['a', 'b', 'A', 'B', '\\.', '.', '[ab]', '(a|b)', '(?:ab)', '\\d', '\\s', 'ab', '-', '\\\\', '(?=a)', '\\bb'];
  const quants = ['', '', '', '?', '*', '+', '{2}', '{0,1}', '{1,}', '*?'];
  const alphabet = ['a', 'b', 'A', 'B', '.', '1', ' ', '-', '\\', 'x'];
  let checked = 0;
  for (let k = 0; k < 400; k++) {
    let src = rnd(4) === 0 ? '^' : '';
    const len = 1 + rnd(6);
    for (let i = 0; i < len; i++) src += atoms[rnd(atoms.length)]! + quants[rnd(quants.length)]!;
    if (rnd(8) === 0) src += '|' + atoms[rnd(atoms.length)]!;
    for (const flags of ['s', 'is']) {
      let re: RegExp;
      try {
        re = new RegExp(src, flags);
      } catch {
        continue;
      }
      const l = requiredLiteral(re.source, re.flags, 1);
      if (l === undefined) continue;
      for (let j = 0; j < 60; j++) {
        let s = '';
        const n = rnd(12);
        for (let i = 0; i < n; i++) s += alphabet[rnd(alphabet.length)]!;
        if (re.test(s)) {
          checked++;
          assert.ok(mayContain(l, s), `/${src}/${flags} matches ${JSON.stringify(s)} but literal ${JSON.stringify(l.text)} rejects it`);
        }
      }
    }
  }
  assert.ok(checked > 200, `enough matching cases (${checked})`);
});
