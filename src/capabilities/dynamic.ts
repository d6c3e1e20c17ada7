// Dynamic pipeline (capa-semantics.md §3.5): call → span of calls → thread → process → file.

import { addrKey, type AddrKey, type Address } from '../features/address.js';
import type { CallHandle, DynamicExtractor, Located, ProcessHandle, ThreadHandle } from '../features/extractor.js';
import type { Node } from '../engine/ast.js';
import { absorbInto, addLocated, mergeInto, newFeatureSet, type FeatureSet } from '../engine/featureset.js';
import type { ScopeMatcher } from '../engine/match.js';
import {
  findFileCapabilities,
  lowerMatchFeatures,
  mergeMatchResults,
  recordMatches,
  scopeMatcher,
  type DynamicCapabilities,
  type DynamicLayoutProcess,
  type DynamicLayoutThread,
  type FeatureCount,
  type MatchableRuleSet,
  type MatcherOptions,
  type MatchResults,
} from './common.js';

export const DEFAULT_SPAN_SIZE = 20;

/** call/thread/process sets are indexed with their matches or discarded: match in place */
const IN_PLACE = { inPlace: true } as const;

export interface DynamicOptions extends MatcherOptions {
  /** calls per span-of-calls window (default 20) */
  readonly spanSize?: number;
  onProgress?(done: number, total: number): void;
}

const depsCache = new WeakMap<MatchableRuleSet, Map<string, Set<string>>>();

/** Rule names a rule's `match` statements refer to, namespaces expanded (not transitive). */
export function directDependencies(ruleset: MatchableRuleSet, name: string): Set<string> {
  let cache = depsCache.get(ruleset);
  if (cache === undefined) depsCache.set(ruleset, (cache = new Map()));
  let deps = cache.get(name);
  if (deps !== undefined) return deps;
  let ns = nsCache.get(ruleset);
  if (ns === undefined) nsCache.set(ruleset, (ns = namespaceIndex(ruleset)));
  deps = new Set<string>();
  const rule = ruleset.rules.get(name);
  const nsIndex = ns;
  const out = deps;
  const rec = (n: Node): void => {
    switch (n.kind) {
      case 'feature':
        if (n.feature.type === 'match') {
          const v = n.feature.value as string;
          const members = nsIndex.get(v);
          if (members !== undefined) for (const m of members) out.add(m);
          else out.add(v);
        }
        return;
      case 'and':
      case 'or':
      case 'some':
        for (const c of n.children) rec(c);
        return;
      case 'not':
      case 'range':
      case 'subscope':
        rec(n.child);
        return;
    }
  };
  if (rule !== undefined) rec(rule.root);
  cache.set(name, deps);
  return deps;
}

const nsCache = new WeakMap<MatchableRuleSet, Map<string, string[]>>();

function namespaceIndex(ruleset: MatchableRuleSet): Map<string, string[]> {
  const idx = new Map<string, string[]>();
  for (const rule of ruleset.rules.values()) {
    let ns = rule.meta.namespace;
    while (ns) {
      let l = idx.get(ns);
      if (l === undefined) idx.set(ns, (l = []));
      l.push(rule.name);
      const i = ns.lastIndexOf('/');
      ns = i < 0 ? '' : ns.slice(0, i);
    }
  }
  return idx;
}

/**
 * Sliding window over the last `size` call sets of one thread. The live union is maintained
 * incrementally: a leaving call's addresses are subtracted (features located only at NO_ADDRESS
 * stay), so the cost per call does not depend on the window size.
 */
class SpanOfCallsMatcher {
  private readonly window: FeatureSet[] = [];
  private head = 0;
  private readonly current: FeatureSet = newFeatureSet();
  private lastNames = new Set<string>();

  constructor(
    private readonly ruleset: MatchableRuleSet,
    private readonly matcher: ScopeMatcher,
    private readonly size: number,
    private readonly into: MatchResults,
  ) {}

  next(call: Address, callSet: FeatureSet): void {
    if (this.window.length - this.head === this.size) {
      const leaving = this.window[this.head]!;
      this.window[this.head++] = undefined as unknown as FeatureSet;
      if (this.head > 1024) {
        this.window.splice(0, this.head);
        this.head = 0;
      }
      for (const [key, e] of leaving) {
        if (e.locs.isOnly('g')) continue;
        const cur = this.current.get(key);
        if (cur === undefined) continue;
        cur.locs.deleteAll(e.locs);
        if (cur.locs.size === 0) this.current.delete(key);
      }
    }
    this.window.push(callSet);
    mergeInto(this.current, callSet);

    const found = this.matcher.match(this.current, call);
    const names = new Set<string>();
    for (const m of found) names.add(m.rule.name);
    // a rule that matched in the previous window is not recorded again, unless a newly matched
    // rule depends on it (so its tree can still be spliced under the new one)
    const suppressed = new Set(this.lastNames);
    for (const n of names) {
      if (this.lastNames.has(n)) continue;
      for (const d of directDependencies(this.ruleset, n)) suppressed.delete(d);
    }
    recordMatches(
      this.into,
      found.filter((m) => !suppressed.has(m.rule.name)),
      call,
    );
    this.lastNames = names;
  }
}

export function findDynamicCapabilities(
  ruleset: MatchableRuleSet,
  extractor: DynamicExtractor,
  opts: DynamicOptions = {},
): DynamicCapabilities {
  const spanSize = opts.spanSize ?? DEFAULT_SPAN_SIZE;
  if (!Number.isInteger(spanSize) || spanSize < 1) throw new RangeError(`span size must be a positive integer, got ${spanSize}`);
  const callMatcher = scopeMatcher(ruleset, 'call', opts);
  const spanMatcher = scopeMatcher(ruleset, 'span of calls', opts);
  const threadMatcher = scopeMatcher(ruleset, 'thread', opts);
  const processMatcher = scopeMatcher(ruleset, 'process', opts);
  const globals: Located[] = [...extractor.globalFeatures()];

  const callMatches: MatchResults = new Map();
  const spanMatches: MatchResults = new Map();
  const threadMatches: MatchResults = new Map();
  const processMatches: MatchResults = new Map();
  const processCounts: FeatureCount[] = [];
  const layout: DynamicLayoutProcess[] = [];
  const callHandles = new Map<AddrKey, [ProcessHandle, ThreadHandle, CallHandle]>();

  const processes = [...extractor.processes()];
  let done = 0;
  for (const p of processes) {
    const processSet = newFeatureSet();
    const threads: DynamicLayoutThread[] = [];
    for (const t of extractor.threads(p)) {
      const threadSet = newFeatureSet();
      const span = new SpanOfCallsMatcher(ruleset, spanMatcher, spanSize, spanMatches);
      const calls: Address[] = [];
      for (const c of extractor.calls(p, t)) {
        calls.push(c.address);
        callHandles.set(addrKey(c.address), [p, t, c]);
        const callSet = newFeatureSet();
        addLocated(callSet, extractor.callFeatures(p, t, c));
        addLocated(callSet, globals);
        recordMatches(callMatches, callMatcher.match(callSet, c.address, IN_PLACE), c.address);
        // copy, not move: the span window keeps callSet and must see it unchanged
        mergeInto(threadSet, callSet);
        span.next(c.address, callSet);
      }
      addLocated(threadSet, extractor.threadFeatures(p, t));
      addLocated(threadSet, globals);
      recordMatches(threadMatches, threadMatcher.match(threadSet, t.address, IN_PLACE), t.address);
      absorbInto(processSet, threadSet); // threadSet is discarded: move its entries
      threads.push({ address: t.address, calls });
    }
    addLocated(processSet, extractor.processFeatures(p));
    addLocated(processSet, globals);
    processCounts.push({ address: p.address, count: processSet.size });
    recordMatches(processMatches, processMatcher.match(processSet, p.address, IN_PLACE), p.address);
    layout.push({ address: p.address, name: extractor.processName(p), threads });
    opts.onProgress?.(++done, processes.length);
  }

  const lower = lowerMatchFeatures(ruleset, [processMatches, threadMatches, spanMatches, callMatches]);
  const file = findFileCapabilities(ruleset, extractor.fileFeatures(), globals, lower, opts);
  return {
    flavor: 'dynamic',
    matches: mergeMatchResults([callMatches, spanMatches, threadMatches, processMatches, file.matches]),
    featureCounts: { file: file.featureCount, processes: processCounts },
    layout: {
      processes: layout,
      callName(call: Address): string | undefined {
        const h = callHandles.get(addrKey(call));
        return h === undefined ? undefined : extractor.callName(h[0], h[1], h[2]);
      },
    },
  };
}

