// Matches found in a worker thread come back as flat data: decoding gives exactly the matches,
// with the receiving rule set's own logic nodes (what the result document is built from).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { openExtractor } from '../../src/extractors/open.js';
import { matchFunctions } from '../../src/capabilities/static.js';
import { decodeFunctionMatches, encodeFunctionMatches, transferList } from '../../src/capabilities/transfer.js';
import { officialRules } from '../conformance/official.js';

const skip = requireTestdata('capabilities/transfer');

test('function matches: encode → structured clone (transferred) → decode is the identity', { skip }, () => {
  const rules = officialRules();
  const x = openExtractor(new Uint8Array(readFileSync(testdata('testfiles', 'Practical Malware Analysis Lab 16-01.exe_'))), { format: 'auto' });
  const functions = [...x.functions()];
  // two runs, as two chunks would be
  for (const part of [functions.slice(0, 60), functions.slice(60)]) {
    const fm = matchFunctions(rules, x, part);
    assert.ok(fm.insn.size + fm.bb.size + fm.func.size > 0);
    const enc = encodeFunctionMatches(fm, rules);
    const moved = structuredClone(enc, { transfer: transferList(enc) });
    const back = decodeFunctionMatches(moved, rules);
    assert.deepStrictEqual(back, fm);
    assert.deepStrictEqual([...back.func.keys()], [...fm.func.keys()]);
  }
});
