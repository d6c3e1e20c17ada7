// JsonStream: the incremental selective JSON parser behind the CAPE reader.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonStream, type PathKey } from '../../src/formats/reports/json-stream.js';
import { ReportError } from '../../src/formats/reports/errors.js';

function parse(text: string, chunk: number, keep: (p: readonly PathKey[]) => boolean = () => true): unknown {
  const s = new JsonStream({ keep });
  for (let i = 0; i < text.length; i += chunk) s.push(text.slice(i, i + chunk));
  return s.end();
}

const DOCS = [
  '{}', '[]', '0', '-12.5e3', '"x"', 'true', 'null', ' [ 1 , [ ] , { } , "a\\"b\\\\" , false ] ',
  '{"a":{"b":[1,2,{"c":"\\u00e9\\n"}],"d":null},"e":[[[]]],"f":"\\\\\\\\.\\\\mailslot"}',
  '{"__proto__":{"polluted":1},"x":{"__proto__":[1]}}',
  JSON.stringify({ processes: [{ calls: Array.from({ length: 50 }, (_, i) => ({ id: i, api: `Api${i}`, args: [{ v: '0x' + i.toString(16) }] })) }] }),
];

test('JsonStream equals JSON.parse for any chunking', () => {
  for (const d of DOCS) {
    for (const chunk of [1, 2, 3, 7, 64, 1 << 20]) assert.deepEqual(parse(d, chunk), JSON.parse(d), `${d} / ${chunk}`);
  }
});

test('JsonStream builds only the kept paths and lets done() replace values', () => {
  const text = '{"keep":{"a":1,"b":[1,2]},"drop":{"big":[1,2,3],"s":"x"},"list":[{"x":1},{"x":2}]}';
  const seen: string[] = [];
  const s = new JsonStream({
    keep: (p) => {
      seen.push(p.join('.'));
      return p[0] !== 'drop';
    },
    done: (p, v) => (p.length === 2 && p[0] === 'list' ? (v as { x: number }).x * 10 : v),
  });
  for (let i = 0; i < text.length; i += 5) s.push(text.slice(i, i + 5));
  assert.deepEqual(s.end(), { keep: { a: 1, b: [1, 2] }, list: [10, 20] });
  assert.ok(!seen.some((p) => p.startsWith('drop.')), 'children of a dropped value are not even asked about');
});

test('JsonStream: truncated or malformed text is a ReportError', () => {
  for (const bad of ['{"a":1', '[1,2', '{"a" 1}', '{"a":tru}', '[1 2]', '"abc', '{"a":1}x', '', '{"a":"\\q"}', '{,}']) {
    assert.throws(() => parse(bad, 3), (e: unknown) => e instanceof ReportError && e.code === 'invalid-report', bad);
  }
});

test('Utf8Chunks: characters split across pieces decode as a whole', async () => {
  const { Utf8Chunks } = await import('../../src/formats/reports/bytes.js');
  const text = 'aé€𝄞b\u00ff' + 'ü'.repeat(5) + '\u{1F600}z';
  const bytes = new TextEncoder().encode(text);
  for (let n = 1; n <= 5; n++) {
    const d = new Utf8Chunks();
    let out = '';
    for (let i = 0; i < bytes.length; i += n) out += d.decode(bytes.subarray(i, i + n));
    out += d.decode(new Uint8Array(0), true);
    assert.equal(out, text, `pieces of ${n}`);
  }
  // a truncated character at the very end becomes U+FFFD, as TextDecoder does
  const d = new Utf8Chunks();
  assert.equal(d.decode(bytes.subarray(0, 2)) + d.decode(new Uint8Array(0), true), 'a\ufffd');
});

test('Utf8Chunks: a BOM is dropped at the start only', async () => {
  const { Utf8Chunks } = await import('../../src/formats/reports/bytes.js');
  const bytes = new TextEncoder().encode('\ufeffab\ufeffc');
  const d = new Utf8Chunks();
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) out += d.decode(bytes.subarray(i, i + 3));
  assert.equal(out + d.decode(new Uint8Array(0), true), 'ab\ufeffc');
});

test('JsonStream: a __proto__ key is an own property, not a prototype', () => {
  const v = parse('{"__proto__":{"polluted":1}}', 4) as Record<string, unknown>;
  assert.equal(Object.getPrototypeOf(v), Object.prototype);
  assert.deepEqual(Object.keys(v), ['__proto__']);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});

test('JsonStream: long strings across many chunks; absurd numbers refused', () => {
  const long = 'x'.repeat(3_000_000) + '\\"' + 'y'.repeat(1000);
  const doc = `{"a":"${long}","b":[1]}`;
  const v = parse(doc, 65536) as { a: string };
  assert.equal(v.a.length, 3_000_000 + 1 + 1000);
  assert.throws(() => parse(`[${'9'.repeat(5000)}]`, 100), (e: unknown) => e instanceof ReportError && /number too long/.test(e.message));
});

test('forEachLine: a line spanning many chunks arrives whole', async () => {
  const { forEachLine } = await import('../../src/formats/reports/bytes.js');
  const text = 'a'.repeat(3_000_000) + '\nb\n\nc';
  const lines: string[] = [];
  forEachLine(new TextEncoder().encode(text), (l) => lines.push(l));
  assert.deepEqual(lines.map((l) => l.length), [3_000_000, 1, 0, 1]);
});
