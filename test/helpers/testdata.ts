// The one place tests find the shared, read-only test data (capa-rules, capa-tests, testfiles,
// capa-results). `CAPA_TS_TESTDATA` overrides the default `../shared` (relative to the project
// root). When it is missing, suites print a visible skip notice; under CI=true that is a failure.

import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** project root: this file is compiled to dist/test/helpers/testdata.js */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const TESTDATA_DIR = resolve(PROJECT_ROOT, process.env.CAPA_TS_TESTDATA ?? join('..', 'shared'));

export function testdataAvailable(): boolean {
  return existsSync(join(TESTDATA_DIR, 'capa-rules')) && existsSync(join(TESTDATA_DIR, 'capa-tests'));
}

/** Absolute path of something inside the shared test data. */
export function testdata(...parts: string[]): string {
  return join(TESTDATA_DIR, ...parts);
}

/**
 * Call at the top of a suite that needs the shared data. Returns a `skip` value for node:test:
 * false when the data is there; a reason string (shown by the runner) when not. Under CI=true a
 * missing data folder throws, so the suite fails instead of passing silently.
 */
export function requireTestdata(suite: string): false | string {
  if (testdataAvailable()) return false;
  const msg = `shared test data not found at ${TESTDATA_DIR} (set CAPA_TS_TESTDATA)`;
  if (process.env.CI === 'true') throw new Error(`${suite}: ${msg}`);
  process.stderr.write(`SKIP ${suite}: ${msg}\n`);
  return msg;
}
