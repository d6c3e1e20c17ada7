// functions-pe: do we find the functions capa (vivisect backend) found, per PE i386/amd64 sample?
// Oracle: capa-results/*.json `functions` (absolute addresses). A sample passes when ≥95% of
// capa's functions are among ours. Also reports the share of our functions capa did not list.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Suite, SuiteResult } from './suite.js';
import { testdata, testdataAvailable } from '../helpers/testdata.js';
import { loadPeImage, parsePE } from '../../src/formats/pe/index.js';
import { analyzeImage } from '../../src/analysis/analyze.js';

interface CapaResult {
  format: string;
  arch: string;
  sample: string;
  functions: string[];
}

export interface FunctionsComparison {
  sample: string;
  expected: number;
  found: number;
  ours: number;
  extra: number;
  ms: number;
  missing: number[];
}

export function peSamples(): Array<{ result: CapaResult; path: string }> {
  const dir = testdata('capa-results');
  const out: Array<{ result: CapaResult; path: string }> = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const result = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CapaResult;
    if (result.format !== 'pe' || (result.arch !== 'i386' && result.arch !== 'amd64')) continue;
    const path = testdata('testfiles', name.slice(0, -'.json'.length).split('__').join('/'));
    if (!existsSync(path)) continue;
    out.push({ result, path });
  }
  return out;
}

export function compareFunctions(result: CapaResult, path: string): FunctionsComparison {
  const bytes = new Uint8Array(readFileSync(path));
  const t0 = performance.now();
  const prog = analyzeImage(loadPeImage(parsePE(bytes)));
  const ms = performance.now() - t0;
  const ours = new Set(prog.functions);
  prog.dispose();
  const expected = result.functions.map((s) => Number.parseInt(s.replace('absolute:', ''), 16));
  const exp = new Set(expected);
  const missing = expected.filter((v) => !ours.has(v));
  let extra = 0;
  for (const v of ours) if (!exp.has(v)) extra++;
  return { sample: result.sample, expected: expected.length, found: expected.length - missing.length, ours: ours.size, extra, ms, missing };
}

export const functionsPeSuite: Suite = {
  name: 'functions-pe',
  async run(): Promise<SuiteResult> {
    if (!testdataAvailable()) return { name: 'functions-pe', passed: 0, failed: 0, notes: ['test data missing'] };
    let passed = 0;
    let failed = 0;
    let exp = 0;
    let found = 0;
    let ours = 0;
    let extra = 0;
    const failures: string[] = [];
    for (const { result, path } of peSamples()) {
      let c: FunctionsComparison;
      try {
        c = compareFunctions(result, path);
      } catch (e) {
        failed++;
        failures.push(`${result.sample}: ${(e as Error).message}`);
        continue;
      }
      exp += c.expected;
      found += c.found;
      ours += c.ours;
      extra += c.extra;
      const ok = c.expected === 0 ? c.ours === 0 : c.found / c.expected >= 0.95;
      if (ok) passed++;
      else {
        failed++;
        const miss = c.missing.slice(0, 5).map((v) => '0x' + v.toString(16)).join(' ');
        failures.push(`${result.sample}: found ${c.found}/${c.expected}, ${c.extra} extra; missing e.g. ${miss}`);
      }
    }
    const pct = (a: number, b: number): string => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));
    return {
      name: 'functions-pe',
      passed,
      failed,
      notes: [`${pct(found, exp)}% of capa's functions found, ${pct(extra, ours)}% of ours not in capa`],
      failures,
    };
  },
};
