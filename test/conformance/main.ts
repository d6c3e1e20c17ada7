// `npm run conformance`: one line per suite, `NAME: N passed, M failed`.
// Options: --verbose (list failures), --only NAME[,NAME].
import { SUITES } from './suites.js';
import { requireTestdata } from '../helpers/testdata.js';
import type { SuiteResult } from './suite.js';

export async function runSuites(only?: string[]): Promise<SuiteResult[]> {
  const out: SuiteResult[] = [];
  for (const s of SUITES) {
    if (only && !only.some((o) => s.name.startsWith(o))) continue;
    const r = await s.run();
    out.push(...(Array.isArray(r) ? r : [r]));
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const verbose = args.includes('--verbose') || args.includes('-v');
  const i = args.indexOf('--only');
  const only = i >= 0 ? args[i + 1]?.split(',') : undefined;
  if (requireTestdata('conformance') !== false) {
    process.exitCode = 0;
    return;
  }
  for (const r of await runSuites(only)) {
    console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
    for (const n of r.notes ?? []) console.log(`  ${n}`);
    if (verbose) for (const f of r.failures ?? []) console.log(`  FAIL ${f}`);
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/').split('/').pop()!)) {
  await main();
}
