// Shared parts of the static and dynamic pipelines: the Capabilities type handed to renderers,
// per-scope matcher construction, and file-scope matching (capa-semantics.md §3.4 step 5).

import { NO_ADDRESS, type Address } from '../features/address.js';
import type { Located } from '../features/extractor.js';
import type { Rule, Scope } from '../engine/ast.js';
import type { Result } from '../engine/evaluate.js';
import { addFeature, ensureFeature, newFeatureSet, type FeatureSet } from '../engine/featureset.js';
import { ScopeMatcher, buildScopeMatchers, indexRuleMatches, type RuleMatch, type ScopeIndexData } from '../engine/match.js';

/** What the pipelines need from a rule set (src/rules/ruleset.ts `RuleSet` satisfies it). */
export interface MatchableRuleSet {
  readonly rules: ReadonlyMap<string, Rule>;
  /** rules whose static or dynamic scope is `scope`, dependency-ordered */
  rulesForScope(scope: Scope): Rule[];
  /** the scope's pre-built candidate index, when the rule set came with one (src/rules/cache.ts) */
  scopeIndex?(scope: Scope): ScopeIndexData | undefined;
}

/** rule name → [(match address, full match tree)] in discovery order */
export type MatchResults = Map<string, Array<[Address, Result]>>;

export interface FeatureCount {
  readonly address: Address;
  readonly count: number;
}

export interface LibraryFunction {
  readonly address: Address;
  readonly name: string | undefined;
}

export interface StaticLayoutFunction {
  readonly address: Address;
  /** blocks (ascending, extractor order) where a basic-block-scope rule (synthetic ones too) matched */
  readonly matchedBasicBlocks: Address[];
}

export interface StaticCapabilities {
  readonly flavor: 'static';
  readonly matches: MatchResults;
  readonly featureCounts: { readonly file: number; readonly functions: FeatureCount[] };
  readonly libraryFunctions: LibraryFunction[];
  /** every analysed (non-library) function, extractor order */
  readonly layout: { readonly functions: StaticLayoutFunction[] };
}

export interface DynamicLayoutThread {
  readonly address: Address;
  /** every call of the thread, extractor order */
  readonly calls: Address[];
}
export interface DynamicLayoutProcess {
  readonly address: Address;
  readonly name: string;
  readonly threads: DynamicLayoutThread[];
}

export interface DynamicCapabilities {
  readonly flavor: 'dynamic';
  readonly matches: MatchResults;
  readonly featureCounts: { readonly file: number; readonly processes: FeatureCount[] };
  readonly layout: {
    readonly processes: DynamicLayoutProcess[];
    /** `Api(arg=val, …) -> ret` of a call seen during matching (computed on demand) */
    callName(call: Address): string | undefined;
  };
}

export type Capabilities = StaticCapabilities | DynamicCapabilities;

export interface MatcherOptions {
  /** false: naive loop over every rule of the scope (for cross-checking the index) */
  readonly useIndex?: boolean;
  /** reproduce capa's duplicate match records (see ScopeMatcherOptions.capaDuplicates) */
  readonly capaDuplicates?: boolean;
}

const matcherCache = new WeakMap<MatchableRuleSet, Map<string, ScopeMatcher>>();

/** The (cached) matcher of one scope of a rule set. */
export function scopeMatcher(ruleset: MatchableRuleSet, scope: Scope, opts: MatcherOptions = {}): ScopeMatcher {
  const useIndex = opts.useIndex ?? true;
  const capaDuplicates = useIndex && (opts.capaDuplicates ?? false);
  let perSet = matcherCache.get(ruleset);
  if (perSet === undefined) matcherCache.set(ruleset, (perSet = new Map()));
  const k = scope + (useIndex ? '' : '#naive') + (capaDuplicates ? '#dup' : '');
  let m = perSet.get(k);
  if (m !== undefined) return m;
  if (!useIndex) {
    perSet.set(k, (m = new ScopeMatcher(ruleset.rulesForScope(scope), { useIndex: false })));
    return m;
  }
  // a pre-built index: only this scope's matcher, straight from it
  const prebuilt = ruleset.scopeIndex?.(scope);
  if (prebuilt !== undefined) {
    perSet.set(k, (m = new ScopeMatcher(ruleset.rulesForScope(scope), { index: prebuilt, capaDuplicates })));
    return m;
  }
  // otherwise index every scope once, narrow to wide (shared scores), and reuse those indexes
  let base = perSet.get('#indexes:' + scope);
  if (base === undefined) {
    for (const [s, sm] of buildScopeMatchers((x) => ruleset.rulesForScope(x))) perSet.set('#indexes:' + s, sm);
    base = perSet.get('#indexes:' + scope)!;
  }
  m = capaDuplicates ? new ScopeMatcher(ruleset.rulesForScope(scope), { index: base.exportIndex(), capaDuplicates }) : base;
  perSet.set(k, m);
  return m;
}

/** Append matches found at `addr` to `into`. */
export function recordMatches(into: MatchResults, found: readonly RuleMatch[], addr: Address): void {
  for (const { rule, result } of found) {
    let l = into.get(rule.name);
    if (l === undefined) into.set(rule.name, (l = []));
    l.push([addr, result]);
  }
}

/** Python truthiness of a capa address: NO_ADDRESS and integer addresses equal to 0 are falsy. */
export function isFalsyAddress(a: Address): boolean {
  switch (a.type) {
    case 'no address':
      return true;
    case 'absolute':
    case 'relative':
    case 'file':
    case 'dn token':
      return a.value === 0;
    default:
      return false;
  }
}

/** The set of `match` features for every lower-scope match (index_rule_matches over all). */
export function lowerMatchFeatures(ruleset: MatchableRuleSet, scopes: MatchResults[]): FeatureSet {
  const fs = newFeatureSet();
  for (const m of scopes) {
    for (const [name, res] of m) {
      const rule = ruleset.rules.get(name);
      if (rule === undefined) continue;
      indexRuleMatches(fs, rule, res.map((r) => r[0]));
    }
  }
  return fs;
}

export interface FileCapabilities {
  readonly matches: MatchResults;
  readonly featureCount: number;
}

/**
 * File scope: file + global features (falsy addresses → present with an empty location set),
 * then the lower-scope `match` features replace same-keyed entries (Python `dict.update`).
 */
export function findFileCapabilities(
  ruleset: MatchableRuleSet,
  fileFeatures: Iterable<Located>,
  globals: readonly Located[],
  lower: FeatureSet,
  opts: MatcherOptions = {},
): FileCapabilities {
  const fs = newFeatureSet();
  const add = (l: Located): void => {
    if (isFalsyAddress(l.address)) ensureFeature(fs, l.feature);
    else addFeature(fs, l.feature, l.address);
  };
  for (const l of fileFeatures) add(l);
  for (const l of globals) add(l);
  for (const [k, e] of lower) fs.set(k, e);
  const featureCount = fs.size;
  const matches: MatchResults = new Map();
  recordMatches(matches, scopeMatcher(ruleset, 'file', opts).match(fs, NO_ADDRESS, { inPlace: true }), NO_ADDRESS);
  return { matches, featureCount };
}

/** `dict(chain(a, b, …))`: later maps overwrite earlier keys. */
export function mergeMatchResults(parts: MatchResults[]): MatchResults {
  const out: MatchResults = new Map();
  for (const p of parts) for (const [k, v] of p) out.set(k, v);
  return out;
}
