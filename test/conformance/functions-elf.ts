// functions-elf: do we find exactly the functions capa (vivisect backend) found, per ELF sample and
// per raw shellcode sample (sc32/sc64, analysed from offset 0 at 0x690000)? Oracle: capa-results
// `functions`. A sample passes when both sets are identical; the notes give recall/precision.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Suite, SuiteResult } from './suite.js';
import { testdata, testdataAvailable } from '../helpers/testdata.js';
import { openExtractor, type FormatOption } from '../../src/extractors/open.js';
import type { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';

interface CapaResult {
  format: string;
  sample: string;
  functions: string[];
}

export interface ElfFunctionsComparison {
  readonly sample: string;
  readonly expected: readonly number[];
  readonly missing: readonly number[];
  readonly extra: readonly number[];
  readonly ours: number;
}

/** the capa-results entries of ELF and shellcode samples whose sample file is present */
export function elfAndShellcodeSamples(): Array<{ result: CapaResult; path: string; format: FormatOption }> {
  const dir = testdata('capa-results');
  const out: Array<{ result: CapaResult; path: string; format: FormatOption }> = [];
  for (const name of readdirSync(dir).sort()) {
    if (!name.endsWith('.json')) continue;
    const result = JSON.parse(readFileSync(join(dir, name), 'utf8')) as CapaResult;
    if (result.format !== 'elf' && result.format !== 'sc32' && result.format !== 'sc64') continue;
    const path = testdata('testfiles', name.slice(0, -'.json'.length).split('__').join('/'));
    if (!existsSync(path)) continue;
    out.push({ result, path, format: result.format === 'elf' ? 'auto' : (result.format as FormatOption) });
  }
  return out;
}

export function compareElfFunctions(result: CapaResult, path: string, format: FormatOption): ElfFunctionsComparison {
  const x = openExtractor(new Uint8Array(readFileSync(path)), { format }) as X86StaticExtractor;
  let ours: Set<number>;
  try {
    ours = new Set(x.program.functions);
  } finally {
    x.dispose();
  }
  const expected = result.functions.map((s) => Number.parseInt(s.replace('absolute:', ''), 16));
  const exp = new Set(expected);
  return {
    sample: result.sample,
    expected,
    missing: expected.filter((v) => !ours.has(v)),
    extra: [...ours].filter((v) => !exp.has(v)).sort((a, b) => a - b),
    ours: ours.size,
  };
}

const hex = (xs: readonly number[]): string => xs.slice(0, 8).map((v) => '0x' + v.toString(16)).join(' ');

export const functionsElfSuite: Suite = {
  name: 'functions-elf',
  async run(): Promise<SuiteResult> {
    if (!testdataAvailable()) return { name: 'functions-elf', passed: 0, failed: 0, notes: ['test data missing'] };
    let passed = 0;
    let failed = 0;
    let exp = 0;
    let found = 0;
    let ours = 0;
    let extra = 0;
    const failures: string[] = [];
    for (const { result, path, format } of elfAndShellcodeSamples()) {
      let c: ElfFunctionsComparison;
      try {
        c = compareElfFunctions(result, path, format);
      } catch (e) {
        failed++;
        failures.push(`${result.sample}: ${(e as Error).message}`);
        continue;
      }
      exp += c.expected.length;
      found += c.expected.length - c.missing.length;
      ours += c.ours;
      extra += c.extra.length;
      if (c.missing.length === 0 && c.extra.length === 0) passed++;
      else {
        failed++;
        failures.push(`${result.sample} (${format}): missing ${c.missing.length}/${c.expected.length} [${hex(c.missing)}], extra ${c.extra.length} [${hex(c.extra)}]`);
      }
    }
    const pct = (a: number, b: number): string => (b === 0 ? '100.0' : ((100 * a) / b).toFixed(1));
    return {
      name: 'functions-elf',
      passed,
      failed,
      notes: [`${pct(found, exp)}% of capa's functions found (${found}/${exp}), ${pct(extra, ours)}% of ours not in capa (${extra}/${ours})`],
      failures,
    };
  },
};
