// The embedded default rule pack must be exactly the rules in rules/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PROJECT_ROOT } from '../helpers/testdata.js';
import { EMBEDDED_RULES } from '../../src/rules/embedded-pack.js';

test('src/rules/embedded-pack.ts is up to date with rules/ (run npm run embed-rules)', async () => {
  const script = (await import(pathToFileURL(join(PROJECT_ROOT, 'scripts', 'embed-rules.mjs')).href)) as {
    packFiles(root: string): Array<{ path: string; text: string }>;
  };
  const current = script.packFiles(join(PROJECT_ROOT, 'rules'));
  assert.ok(current.length > 0, 'the rule pack is empty');
  assert.deepEqual(
    EMBEDDED_RULES.map((r) => r.path),
    current.map((r) => r.path),
  );
  for (let i = 0; i < current.length; i++) assert.equal(EMBEDDED_RULES[i]!.text, current[i]!.text, current[i]!.path);
});
