// Shared by the suites that run the full pipeline with the official rules on the shared samples:
// the rule set is built once, and each sample is analysed once per process (the results are kept
// in a compact form: per rule its match addresses and the functions containing them).
import { existsSync, readFileSync } from 'node:fs';
import { addrKey, formatAddress, type Address } from '../../src/features/address.js';
import { readRuleFiles } from '../../src/cli/load-rules.js';
import { formatForSample } from '../../src/cli/rules-test.js';
import { buildRuleSet } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/ruleset.js';
import { analyzeDetailed } from '../../src/index.js';
import { testdata } from '../helpers/testdata.js';
import { sharedSignatures } from '../helpers/signatures.js';

export interface SampleMatches {
  /** non-synthetic rule → match addresses (text form, e.g. `0x401000`, `global`) */
  readonly matches: Map<string, string[]>;
  /** rule → VAs of the functions containing its matches */
  readonly functions: Map<string, Set<number>>;
  /** function VAs the analysis found (library ones included) */
  readonly functionList: number[];
  /** FLIRT library functions: VA → name */
  readonly libraryFunctions: Map<number, string>;
  readonly format: string;
}

export interface OfficialOptions {
  /** FLIRT signature files (capa-sigs/ names) to load, in order; none by default */
  readonly signatures?: readonly string[];
}

let rules: RuleSet | undefined;
export function officialRules(): RuleSet {
  rules ??= buildRuleSet(readRuleFiles([testdata('capa-rules')]));
  return rules;
}

const memo = new Map<string, SampleMatches | Error>();

/** Analyses `testfiles/<sample>` with the official rules (memoised); throws the analysis error. */
export function officialMatches(sample: string, opts: OfficialOptions = {}): SampleMatches {
  const key = `${(opts.signatures ?? []).join(',')}|${sample}`;
  const hit = memo.get(key);
  if (hit instanceof Error) throw hit;
  if (hit) return hit;
  try {
    const path = testdata('testfiles', sample);
    if (!existsSync(path)) throw new Error('sample missing from the shared test data');
    const rs = officialRules();
    const { extractor, capabilities, document } = analyzeDetailed(new Uint8Array(readFileSync(path)), {
      rules: rs,
      format: formatForSample(path),
      signatures: sharedSignatures(opts.signatures ?? []),
    });
    const wanted = new Set<number | string>();
    for (const list of capabilities.matches.values()) for (const [a] of list) wanted.add(addrKey(a));
    const funcOf = new Map<number | string, number>();
    const functionList: number[] = [];
    for (const f of extractor.functions()) {
      if (f.address.type !== 'absolute') continue;
      const fva = f.address.value;
      functionList.push(fva);
      if (wanted.has(fva)) funcOf.set(fva, fva);
      for (const bb of extractor.basicBlocks(f)) {
        if (wanted.has(addrKey(bb.address))) funcOf.set(addrKey(bb.address), fva);
        for (const i of extractor.instructions(f, bb)) if (wanted.has(addrKey(i.address))) funcOf.set(addrKey(i.address), fva);
      }
    }
    const matches = new Map<string, string[]>();
    const functions = new Map<string, Set<number>>();
    for (const [name, list] of capabilities.matches) {
      if (rs.rules.get(name)?.meta.isSubscopeRule) continue;
      matches.set(name, list.map(([a]: [Address, unknown]) => formatAddress(a)));
      const fs = new Set<number>();
      for (const [a] of list) {
        const f = funcOf.get(addrKey(a));
        if (f !== undefined) fs.add(f);
      }
      functions.set(name, fs);
    }
    const libraryFunctions = new Map<number, string>();
    for (const l of capabilities.libraryFunctions) if (l.address.type === 'absolute') libraryFunctions.set(l.address.value, l.name ?? '');
    const r: SampleMatches = { matches, functions, functionList, libraryFunctions, format: document.meta.analysis.format };
    memo.set(key, r);
    return r;
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    memo.set(key, err);
    throw err;
  }
}
