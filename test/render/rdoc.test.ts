import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseResultDocument, pythonFloatRepr, RdocJsonError, serializeResultDocument, toCompactJson } from '../../src/render/json.js';
import type { ResultDocument } from '../../src/render/rdoc.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { schemaIssues, semanticIssues } from './schema.js';

const skip = requireTestdata('render/rdoc');

function rdFiles(): string[] {
  return readdirSync(testdata('testfiles', 'rd')).sort();
}

function readRd(name: string): string {
  const b = readFileSync(join(testdata('testfiles', 'rd'), name));
  return (name.endsWith('.gz') ? gunzipSync(b) : b).toString('utf8');
}

test('json: bigints are exact both ways', () => {
  const text =
    '{"a":{"type":"range","min":1,"max":18446744073709551615,"child":{"type":"number","number":-9007199254740993}},' +
    '"b":{"type":"number","number":2.0},"c":{"type":"number","number":1e-05},"d":"x\\"number\\":5"}';
  const max = 18446744073709551615n;
  const doc = {
    meta: {},
    rules: {
      r: {
        matches: [
          [
            { type: 'no address' },
            {
              success: true,
              node: { type: 'statement', statement: { type: 'range', min: 1, max: 18446744073709551615, child: { type: 'number', number: 1 } } },
              children: [
                { success: true, node: { type: 'feature', feature: { type: 'operand offset', index: 0, operand_offset: 9007199254740993 } }, children: [], locations: [], captures: {} },
              ],
              locations: [],
              captures: {},
            },
          ],
        ],
      },
    },
  };
  // build the source text by hand so the big literals are not rounded by JSON.stringify
  const src = JSON.stringify(doc)
    .replace('"max":18446744073709552000', '"max":18446744073709551615')
    .replace('"operand_offset":9007199254740992', '"operand_offset":9007199254740993');
  const parsed = parseResultDocument(src);
  const m = parsed.rules['r']!.matches[0]![1];
  assert.ok(m.node.type === 'statement' && m.node.statement.type === 'range');
  assert.equal(m.node.statement.max, max);
  assert.equal(m.node.statement.min, 1n);
  const child = m.children[0]!.node;
  assert.ok(child.type === 'feature' && child.feature.type === 'operand offset');
  assert.equal(child.feature.operand_offset, 9007199254740993n);
  assert.equal(serializeResultDocument(parsed), src);
  // the writer alone: bigint bare, floats like Python, strings escaped
  assert.equal(
    toCompactJson({ a: 18446744073709551615n, number: 2, s: 'x"\n', u: undefined, n: null }),
    '{"a":18446744073709551615,"number":2.0,"s":"x\\"\\n","n":null}',
  );
  void text;
});

test('json: Python float repr', () => {
  const cases: [number, string][] = [
    [2, '2.0'], [1.5, '1.5'], [0.0001, '0.0001'], [0.00001, '1e-05'], [1e16, '1e+16'],
    [123456789012345.6, '123456789012345.6'], [-0.5, '-0.5'], [1.2345e-7, '1.2345e-07'], [1e22, '1e+22'],
  ];
  for (const [x, s] of cases) assert.equal(pythonFloatRepr(x), s, String(x));
});

test('json: malformed input throws RdocJsonError', () => {
  for (const bad of ['', '{', '[]', '{"meta":{}}', '{"rules":{"x":{}}}', '{"rules":{"x":{"matches":[[1]]}}}']) {
    assert.throws(() => parseResultDocument(bad), RdocJsonError, bad);
  }
  assert.throws(
    () => parseResultDocument('{"rules":{"x":{"matches":[[{},{"success":true,"node":{"type":"statement","statement":{"type":"range","min":1.5,"max":2}},"children":[]}]]}}}'),
    RdocJsonError,
  );
});

test('rd documents: parse, schema, semantics, byte-exact round trip', { skip }, () => {
  const files = rdFiles();
  assert.ok(files.length >= 4, 'expected the shared rd documents');
  let dynamic = 0;
  for (const f of files) {
    const text = readRd(f);
    const doc = parseResultDocument(text);
    if (doc.meta.flavor === 'dynamic') dynamic++;
    assert.deepEqual(schemaIssues(doc), [], `${f}: schema`);
    assert.deepEqual(semanticIssues(doc), [], `${f}: semantics`);
    assert.equal(serializeResultDocument(doc) + '\n', text, `${f}: round trip`);
  }
  assert.ok(dynamic >= 1, 'expected a dynamic document');
});

test('schema: rejects what capa never writes', { skip }, () => {
  const base = parseResultDocument(readRd('Practical Malware Analysis Lab 01-01.dll_.json'));
  const clone = (): ResultDocument => parseResultDocument(serializeResultDocument(base));
  const firstMatch = (d: ResultDocument) => Object.values(d.rules)[0]!.matches[0]!;

  let d = clone();
  (d.meta as unknown as Record<string, unknown>).extra = 1;
  assert.notDeepEqual(schemaIssues(d), [], 'unknown meta key');

  d = clone();
  (Object.values(d.rules)[0]!.meta as unknown as Record<string, unknown>)['att&ck'] = [];
  assert.notDeepEqual(schemaIssues(d), [], 'alias instead of field name');

  d = clone();
  (firstMatch(d) as unknown[])[0] = { type: 'absolute', value: [1, 2] };
  assert.notDeepEqual(schemaIssues(d), [], 'absolute address with a tuple');

  d = clone();
  (firstMatch(d) as unknown[])[0] = { type: 'no address', value: null };
  assert.notDeepEqual(schemaIssues(d), [], 'no address with a value');

  d = clone();
  firstMatch(d)[1].node = { type: 'feature', feature: { type: 'import', import: 'x' } } as never;
  assert.notDeepEqual(schemaIssues(d), [], 'import instead of import_');

  d = clone();
  firstMatch(d)[1].node = { type: 'feature', feature: { type: 'number', number: 5 } } as never;
  assert.deepEqual(schemaIssues(d), [], 'a float number feature is allowed');
  firstMatch(d)[1].node = { type: 'feature', feature: { type: 'offset', offset: 5 } } as never;
  assert.notDeepEqual(schemaIssues(d), [], 'offsets must be bigints in memory');

  d = clone();
  firstMatch(d)[1].node = { type: 'statement', statement: { type: 'some', count: 0 } } as never;
  assert.notDeepEqual(schemaIssues(d), [], 'some with count 0 is written as optional');

  d = clone();
  firstMatch(d)[1].captures = { x: [] };
  assert.notDeepEqual(semanticIssues(d), [], 'captures on a statement');
});
