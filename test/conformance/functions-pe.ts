// functions-pe: do we find the functions capa (vivisect backend) found, per PE i386/amd64 sample?
// Oracle: capa-results/*.json `functions` (absolute addresses). A sample passes when ≥95% of
// capa's functions are among ours. Also reports the share of our functions capa did not list.
import { readFileSync } from 'node:fs';
import type { Suite } from './suite.js';
import { capaFunctions, capaResultSamples, runFunctionsSuite, type CapaFunctionsResult } from './functions-common.js';
import { loadPeImage, parsePE } from '../../src/formats/pe/index.js';
import { analyzeImage } from '../../src/analysis/analyze.js';

type CapaResult = CapaFunctionsResult;

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
  return capaResultSamples((r) => r.format === 'pe' && (r.arch === 'i386' || r.arch === 'amd64'));
}

export function compareFunctions(result: CapaResult, path: string): FunctionsComparison {
  const bytes = new Uint8Array(readFileSync(path));
  const t0 = performance.now();
  const prog = analyzeImage(loadPeImage(parsePE(bytes)));
  const ms = performance.now() - t0;
  const ours = new Set(prog.functions);
  prog.dispose();
  const expected = capaFunctions(result);
  const exp = new Set(expected);
  const missing = expected.filter((v) => !ours.has(v));
  let extra = 0;
  for (const v of ours) if (!exp.has(v)) extra++;
  return { sample: result.sample, expected: expected.length, found: expected.length - missing.length, ours: ours.size, extra, ms, missing };
}

export const functionsPeSuite: Suite = {
  name: 'functions-pe',
  run: async () =>
    runFunctionsSuite('functions-pe', peSamples, ({ result, path }) => {
      const c = compareFunctions(result, path);
      const ok = c.expected === 0 ? c.ours === 0 : c.found / c.expected >= 0.95;
      const miss = c.missing.slice(0, 5).map((v) => '0x' + v.toString(16)).join(' ');
      return { ...c, ...(ok ? {} : { failure: `${result.sample}: found ${c.found}/${c.expected}, ${c.extra} extra; missing e.g. ${miss}` }) };
    }),
};
