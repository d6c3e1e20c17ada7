// Shared by functions-pe and functions-elf: the capa-results samples of some formats, capa's
// function list, and the suite loop that tallies found/missing/extra functions per sample.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { testdata, testdataAvailable } from '../helpers/testdata.js';
import type { SuiteResult } from './suite.js';

export interface CapaFunctionsResult {
  format: string;
  arch?: string;
  sample: string;
  functions: string[];
}

/** capa-results entries accepted by `accept` whose sample file is present */
export function capaResultSamples(accept: (r: CapaFunctionsResult) => boolean): Array<{ result: CapaFunctionsResult; path: string }> {
  const dir = testdata('capa-results');
  const out: Array<{ result: CapaFunctionsResult; path: string }> = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const result = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CapaFunctionsResult;
    if (!accept(result)) continue;
    const path = testdata('testfiles', name.slice(0, -'.json'.length).split('__').join('/'));
    if (!existsSync(path)) continue;
    out.push({ result, path });
  }
  return out;
}

/** capa's function VAs (`absolute:0x…`) */
export const capaFunctions = (r: CapaFunctionsResult): number[] => r.functions.map((s) => Number.parseInt(s.replace('absolute:', ''), 16));

/** one sample's comparison, as the suite loop needs it */
export interface FunctionsTally {
  readonly expected: number;
  readonly found: number;
  readonly ours: number;
  readonly extra: number;
  /** undefined when the sample passes, else the failure line */
  readonly failure?: string;
}

const pct = (a: number, b: number): string => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));

/** Runs `compare` on every sample, counting passes and summing recall/precision for the notes. */
export function runFunctionsSuite<S extends { result: CapaFunctionsResult }>(
  name: string,
  samples: () => S[],
  compare: (s: S) => FunctionsTally,
  opts: { withCounts?: boolean } = {},
): SuiteResult {
  if (!testdataAvailable()) return { name, passed: 0, failed: 0, notes: ['test data missing'] };
  let passed = 0;
  let failed = 0;
  let exp = 0;
  let found = 0;
  let ours = 0;
  let extra = 0;
  const failures: string[] = [];
  for (const s of samples()) {
    let t: FunctionsTally;
    try {
      t = compare(s);
    } catch (e) {
      failed++;
      failures.push(`${s.result.sample}: ${(e as Error).message}`);
      continue;
    }
    exp += t.expected;
    found += t.found;
    ours += t.ours;
    extra += t.extra;
    if (t.failure === undefined) passed++;
    else {
      failed++;
      failures.push(t.failure);
    }
  }
  const note = opts.withCounts
    ? `${pct(found, exp)}% of capa's functions found (${found}/${exp}), ${pct(extra, ours)}% of ours not in capa (${extra}/${ours})`
    : `${pct(found, exp)}% of capa's functions found, ${pct(extra, ours)}% of ours not in capa`;
  return { name, passed, failed, notes: [note], failures };
}
