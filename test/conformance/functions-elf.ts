// functions-elf: do we find exactly the functions capa (vivisect backend) found, per ELF sample and
// per raw shellcode sample (sc32/sc64, analysed from offset 0 at 0x690000)? Oracle: capa-results
// `functions`. A sample passes when both sets are identical; the notes give recall/precision.
import { readFileSync } from 'node:fs';
import type { Suite } from './suite.js';
import { capaFunctions, capaResultSamples, runFunctionsSuite, type CapaFunctionsResult } from './functions-common.js';
import { openExtractor, type FormatOption } from '../../src/extractors/open.js';
import type { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';

type CapaResult = CapaFunctionsResult;

export interface ElfFunctionsComparison {
  readonly sample: string;
  readonly expected: readonly number[];
  readonly missing: readonly number[];
  readonly extra: readonly number[];
  readonly ours: number;
}

/** the capa-results entries of ELF and shellcode samples whose sample file is present */
export function elfAndShellcodeSamples(): Array<{ result: CapaResult; path: string; format: FormatOption }> {
  return capaResultSamples((r) => r.format === 'elf' || r.format === 'sc32' || r.format === 'sc64').map((s) => ({
    ...s,
    format: s.result.format === 'elf' ? 'auto' : (s.result.format as FormatOption),
  }));
}

export function compareElfFunctions(result: CapaResult, path: string, format: FormatOption): ElfFunctionsComparison {
  const x = openExtractor(new Uint8Array(readFileSync(path)), { format }) as X86StaticExtractor;
  let ours: Set<number>;
  try {
    ours = new Set(x.program.functions);
  } finally {
    x.dispose();
  }
  const expected = capaFunctions(result);
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
  run: async () =>
    runFunctionsSuite(
      'functions-elf',
      elfAndShellcodeSamples,
      ({ result, path, format }) => {
        const c = compareElfFunctions(result, path, format);
        const ok = c.missing.length === 0 && c.extra.length === 0;
        return {
          expected: c.expected.length,
          found: c.expected.length - c.missing.length,
          ours: c.ours,
          extra: c.extra.length,
          ...(ok ? {} : { failure: `${result.sample} (${format}): missing ${c.missing.length}/${c.expected.length} [${hex(c.missing)}], extra ${c.extra.length} [${hex(c.extra)}]` }),
        };
      },
      { withCounts: true },
    ),
};
