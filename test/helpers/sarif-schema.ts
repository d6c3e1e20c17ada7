// The official SARIF 2.1.0 JSON schemas (vendored in test/fixtures/sarif: OASIS errata01, draft-04,
// and the 2.1.0 schema as published, draft-07), compiled with ajv: every SARIF test validates
// through these.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './testdata.js';

export interface ValidateFn {
  (data: unknown): boolean;
  errors?: Array<{ instancePath: string; message?: string }> | null;
}
interface AjvLike {
  compile(schema: unknown): ValidateFn;
}
const require = createRequire(import.meta.url);

let compiled: Array<[string, ValidateFn]> | undefined;

/** [schema name, validator] for both official schemas (compiled on first use) */
export function sarifValidators(): Array<[string, ValidateFn]> {
  if (compiled) return compiled;
  const addFormats = (require('ajv-formats') as { default: (a: AjvLike) => void }).default;
  const Ajv07 = (require('ajv') as { default: new (o: object) => AjvLike }).default;
  const Ajv04 = (require('ajv-draft-04') as { default: new (o: object) => AjvLike }).default;
  const schema = (name: string): unknown => JSON.parse(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'sarif', name), 'utf8'));
  const a04 = new Ajv04({ allErrors: true, strict: false });
  addFormats(a04);
  // the draft-07 copy has one pattern (artifact content language) that is not valid with the `u`
  // flag ajv uses by default; JSON Schema patterns are plain ECMA-262 regexes
  const a07 = new Ajv07({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(a07);
  compiled = [
    ['SARIF 2.1.0 errata01 (draft-04)', a04.compile(schema('sarif-schema-2.1.0-errata01.json'))],
    ['SARIF 2.1.0 (draft-07)', a07.compile(schema('sarif-schema-2.1.0-draft07.json'))],
  ];
  return compiled;
}

/** fails unless the log is valid under both schemas */
export function assertValidSarif(log: unknown, what: string): void {
  for (const [name, v] of sarifValidators()) {
    const ok = v(log);
    assert.ok(ok, `${what}: not valid ${name}: ${JSON.stringify((v.errors ?? []).slice(0, 5))}`);
  }
}
