// Our own result documents must pass the same schema as capa's real ones (test/render/schema.ts),
// survive a JSON round trip exactly, and carry what capa Explorer Web reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { schemaIssues, semanticIssues } from './schema.js';
import { analyze } from '../../src/index.js';
import { parseResultDocument, serializeResultDocument } from '../../src/render/json.js';
import { officialRules } from '../conformance/official.js';

const skip = requireTestdata('own result documents');

for (const sample of ['al-khaser_x64.exe_', 'Practical Malware Analysis Lab 01-01.dll_']) {
  test(`our JSON for ${sample} passes capa's result-document schema`, { skip }, () => {
    const path = testdata('testfiles', sample);
    const doc = analyze(new Uint8Array(readFileSync(path)), {
      rules: officialRules(),
      path,
      rulePaths: [testdata('capa-rules')],
      argv: [sample, '-j'],
    });
    const text = serializeResultDocument(doc);
    const parsed = parseResultDocument(text);
    assert.deepEqual(schemaIssues(parsed), []);
    assert.deepEqual(semanticIssues(parsed), []);
    assert.equal(serializeResultDocument(parsed), text, 'round trip is exact');
    assert.equal(parsed.meta.flavor, 'static');
    assert.ok(Object.keys(parsed.rules).length > 5, 'rules matched');
    assert.match(parsed.meta.sample.sha256, /^[0-9a-f]{64}$/);
    // no synthetic subscope rule is ever listed
    for (const r of Object.values(parsed.rules)) assert.equal(r.meta.is_subscope_rule, false);
  });
}
