// Static pipeline (capa-semantics.md §3.4): instruction → basic block → function → file.
//
// Split in two so that functions can be matched in parallel: `matchFunctions` covers any run of
// functions (they are independent of each other), `mergeFunctionMatches` joins runs in function
// order (the result equals one run over all of them), and `finishStaticCapabilities` adds the
// file scope, which needs every function's matches.

import type { Address } from '../features/address.js';
import type { FunctionHandle, Located, StaticExtractor } from '../features/extractor.js';
import { addPhase, phaseEnd, phaseStart, timingsEnabled } from '../features/timings.js';
import { absorbInto, addLocated, newFeatureSet } from '../engine/featureset.js';
import {
  findFileCapabilities,
  lowerMatchFeatures,
  mergeMatchResults,
  recordMatches,
  scopeMatcher,
  type FeatureCount,
  type LibraryFunction,
  type MatchableRuleSet,
  type MatcherOptions,
  type MatchResults,
  type StaticCapabilities,
  type StaticLayoutFunction,
} from './common.js';

/** the sets are discarded or indexed with the matches anyway (capa's index_rule_matches) */
const IN_PLACE = { inPlace: true } as const;

export interface StaticOptions extends MatcherOptions {
  /** called after each function (library ones included) */
  onProgress?(done: number, total: number): void;
}

/** What matching a run of functions found, in function order. */
export interface FunctionMatches {
  readonly insn: MatchResults;
  readonly bb: MatchResults;
  readonly func: MatchResults;
  readonly counts: FeatureCount[];
  readonly library: LibraryFunction[];
  readonly layout: StaticLayoutFunction[];
}

function asArray<T>(it: Iterable<T>): readonly T[] {
  return Array.isArray(it) ? (it as T[]) : [...it];
}

/**
 * Instruction, basic-block and function scope matches of `functions` (a run of the extractor's
 * functions, in its order). `progress(n)` is called after each function with the count so far.
 */
export function matchFunctions(
  ruleset: MatchableRuleSet,
  extractor: StaticExtractor,
  functions: readonly FunctionHandle[],
  opts: MatcherOptions & { progress?(done: number): void } = {},
): FunctionMatches {
  const tFunctions = phaseStart();
  const tIndex = phaseStart();
  const insnMatcher = scopeMatcher(ruleset, 'instruction', opts);
  const bbMatcher = scopeMatcher(ruleset, 'basic block', opts);
  const funcMatcher = scopeMatcher(ruleset, 'function', opts);
  phaseEnd('index', tIndex);
  const globals: Located[] = [...extractor.globalFeatures()];
  const globalsKeyInsnRules = insnMatcher.hasCandidate(globals);
  // features vs matching time, only when timings are on (two clock reads per scope item)
  const timed = timingsEnabled();
  let tFeat = 0;
  let tMatch = 0;
  let t = timed ? performance.now() : 0;
  const lap = (toFeatures: boolean): void => {
    const n = performance.now();
    if (toFeatures) tFeat += n - t;
    else tMatch += n - t;
    t = n;
  };

  const out: FunctionMatches = { insn: new Map(), bb: new Map(), func: new Map(), counts: [], library: [], layout: [] };
  let done = 0;
  for (const f of functions) {
    if (extractor.isLibraryFunction(f.address)) {
      out.library.push({ address: f.address, name: extractor.functionName(f.address) });
      opts.progress?.(++done);
      continue;
    }
    const funcSet = newFeatureSet();
    const matchedBlocks: Address[] = [];
    for (const bb of extractor.basicBlocks(f)) {
      const bbSet = newFeatureSet();
      for (const insn of extractor.instructions(f, bb)) {
        const feats = asArray(extractor.instructionFeatures(f, bb, insn));
        if (timed) lap(true);
        if (!globalsKeyInsnRules && !insnMatcher.hasCandidate(feats)) {
          // no instruction rule can match: fold the features straight into the block, in the
          // order absorbing a separate instruction set would give
          addLocated(bbSet, feats);
          addLocated(bbSet, globals);
          if (timed) lap(false);
          continue;
        }
        const insnSet = newFeatureSet();
        addLocated(insnSet, feats);
        addLocated(insnSet, globals);
        recordMatches(out.insn, insnMatcher.match(insnSet, insn.address, IN_PLACE), insn.address);
        absorbInto(bbSet, insnSet);
        if (timed) lap(false);
      }
      const bbFeats = extractor.basicBlockFeatures(f, bb);
      if (timed) lap(true);
      addLocated(bbSet, bbFeats);
      addLocated(bbSet, globals);
      const found = bbMatcher.match(bbSet, bb.address, IN_PLACE);
      if (found.length > 0) {
        recordMatches(out.bb, found, bb.address);
        matchedBlocks.push(bb.address);
      }
      absorbInto(funcSet, bbSet);
      if (timed) lap(false);
    }
    const fFeats = extractor.functionFeatures(f);
    if (timed) lap(true);
    addLocated(funcSet, fFeats);
    addLocated(funcSet, globals);
    // counted before matching: function matches are not part of the function's features
    out.counts.push({ address: f.address, count: funcSet.size });
    recordMatches(out.func, funcMatcher.match(funcSet, f.address, IN_PLACE), f.address);
    out.layout.push({ address: f.address, matchedBasicBlocks: matchedBlocks });
    if (timed) lap(false);
    opts.progress?.(++done);
  }
  if (timed) {
    addPhase('features', tFeat);
    addPhase('matching', tMatch);
  }
  phaseEnd('functions', tFunctions);
  return out;
}

function appendResults(into: MatchResults, from: MatchResults): void {
  for (const [name, list] of from) {
    const l = into.get(name);
    if (l === undefined) into.set(name, list.slice());
    else for (const m of list) l.push(m);
  }
}

/**
 * Matches of consecutive runs of functions, joined in run order: the same maps (keys in first-
 * match order, matches in function order) as one `matchFunctions` call over all of them.
 */
export function mergeFunctionMatches(parts: readonly FunctionMatches[]): FunctionMatches {
  if (parts.length === 1) return parts[0]!;
  const out: FunctionMatches = { insn: new Map(), bb: new Map(), func: new Map(), counts: [], library: [], layout: [] };
  for (const p of parts) {
    appendResults(out.insn, p.insn);
    appendResults(out.bb, p.bb);
    appendResults(out.func, p.func);
    for (const c of p.counts) out.counts.push(c);
    for (const l of p.library) out.library.push(l);
    for (const l of p.layout) out.layout.push(l);
  }
  return out;
}

/** File scope on top of every function's matches, and the capabilities of the whole sample. */
export function finishStaticCapabilities(
  ruleset: MatchableRuleSet,
  extractor: StaticExtractor,
  fm: FunctionMatches,
  opts: MatcherOptions = {},
): StaticCapabilities {
  const t = phaseStart();
  const globals: Located[] = [...extractor.globalFeatures()];
  const lower = lowerMatchFeatures(ruleset, [fm.func, fm.bb, fm.insn]);
  const file = findFileCapabilities(ruleset, extractor.fileFeatures(), globals, lower, opts);
  phaseEnd('file scope', t);
  return {
    flavor: 'static',
    matches: mergeMatchResults([fm.insn, fm.bb, fm.func, file.matches]),
    featureCounts: { file: file.featureCount, functions: fm.counts },
    libraryFunctions: fm.library,
    layout: { functions: fm.layout },
  };
}

export function findStaticCapabilities(
  ruleset: MatchableRuleSet,
  extractor: StaticExtractor,
  opts: StaticOptions = {},
): StaticCapabilities {
  const functions = [...extractor.functions()];
  const onProgress = opts.onProgress;
  const fm = matchFunctions(ruleset, extractor, functions, {
    ...opts,
    ...(onProgress ? { progress: (done: number) => onProgress(done, functions.length) } : {}),
  });
  return finishStaticCapabilities(ruleset, extractor, fm, opts);
}
