// Conformance floors: each suite's pass count may never drop below the checked-in floor.
// Raise the floor in floors.json as capa-ts improves.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, requireTestdata } from '../helpers/testdata.js';
import { runSuites } from './main.js';

const floors = JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'conformance', 'floors.json'), 'utf8')) as Record<
  string,
  number
>;

test('conformance suites stay at or above their floors', { skip: requireTestdata('conformance floors') }, async (t) => {
  const results = await runSuites();
  for (const r of results) t.diagnostic(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
  for (const [name, floor] of Object.entries(floors)) {
    const r = results.find((x) => x.name === name);
    assert.ok(r, `suite ${name} has a floor but did not run`);
    assert.ok(r.passed >= floor, `${name}: ${r.passed} passed, below the floor of ${floor}`);
  }
});
