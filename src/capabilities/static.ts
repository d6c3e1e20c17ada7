// Static pipeline (capa-semantics.md §3.4): instruction → basic block → function → file.

import type { Address } from '../features/address.js';
import type { Located, StaticExtractor } from '../features/extractor.js';
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

function asArray<T>(it: Iterable<T>): readonly T[] {
  return Array.isArray(it) ? (it as T[]) : [...it];
}

export function findStaticCapabilities(
  ruleset: MatchableRuleSet,
  extractor: StaticExtractor,
  opts: StaticOptions = {},
): StaticCapabilities {
  const insnMatcher = scopeMatcher(ruleset, 'instruction', opts);
  const bbMatcher = scopeMatcher(ruleset, 'basic block', opts);
  const funcMatcher = scopeMatcher(ruleset, 'function', opts);
  const globals: Located[] = [...extractor.globalFeatures()];
  const globalsKeyInsnRules = insnMatcher.hasCandidate(globals);

  const insnMatches: MatchResults = new Map();
  const bbMatches: MatchResults = new Map();
  const funcMatches: MatchResults = new Map();
  const functionCounts: FeatureCount[] = [];
  const libraryFunctions: LibraryFunction[] = [];
  const layout: StaticLayoutFunction[] = [];

  const functions = [...extractor.functions()];
  let done = 0;
  for (const f of functions) {
    if (extractor.isLibraryFunction(f.address)) {
      libraryFunctions.push({ address: f.address, name: extractor.functionName(f.address) });
      opts.onProgress?.(++done, functions.length);
      continue;
    }
    const funcSet = newFeatureSet();
    const matchedBlocks: Address[] = [];
    for (const bb of extractor.basicBlocks(f)) {
      const bbSet = newFeatureSet();
      for (const insn of extractor.instructions(f, bb)) {
        const feats = asArray(extractor.instructionFeatures(f, bb, insn));
        if (!globalsKeyInsnRules && !insnMatcher.hasCandidate(feats)) {
          // no instruction rule can match: fold the features straight into the block, in the
          // order absorbing a separate instruction set would give
          addLocated(bbSet, feats);
          addLocated(bbSet, globals);
          continue;
        }
        const insnSet = newFeatureSet();
        addLocated(insnSet, feats);
        addLocated(insnSet, globals);
        recordMatches(insnMatches, insnMatcher.match(insnSet, insn.address, IN_PLACE), insn.address);
        absorbInto(bbSet, insnSet);
      }
      addLocated(bbSet, extractor.basicBlockFeatures(f, bb));
      addLocated(bbSet, globals);
      const found = bbMatcher.match(bbSet, bb.address, IN_PLACE);
      if (found.length > 0) {
        recordMatches(bbMatches, found, bb.address);
        matchedBlocks.push(bb.address);
      }
      absorbInto(funcSet, bbSet);
    }
    addLocated(funcSet, extractor.functionFeatures(f));
    addLocated(funcSet, globals);
    // counted before matching: function matches are not part of the function's features
    functionCounts.push({ address: f.address, count: funcSet.size });
    recordMatches(funcMatches, funcMatcher.match(funcSet, f.address, IN_PLACE), f.address);
    layout.push({ address: f.address, matchedBasicBlocks: matchedBlocks });
    opts.onProgress?.(++done, functions.length);
  }

  const lower = lowerMatchFeatures(ruleset, [funcMatches, bbMatches, insnMatches]);
  const file = findFileCapabilities(ruleset, extractor.fileFeatures(), globals, lower, opts);
  return {
    flavor: 'static',
    matches: mergeMatchResults([insnMatches, bbMatches, funcMatches, file.matches]),
    featureCounts: { file: file.featureCount, functions: functionCounts },
    libraryFunctions,
    layout: { functions: layout },
  };
}
