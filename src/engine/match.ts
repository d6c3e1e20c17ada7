// Per-scope matching (capa-semantics.md §3.3) and the candidate index (§3.6).
//
// `ScopeMatcher` holds one scope's dependency-ordered rules. `match(fs, addr)` evaluates them
// against a feature set: each rule that matches is recorded with its full Result and its `match`
// features (name + every namespace prefix) are added at `addr` to a working copy of the set, so
// later rules of the same scope can use them.
//
// With the index on (default), a rule is evaluated only if a feature it cannot match without is
// present; the outcome is identical to the naive loop (tested on the fixtures both ways).

import type { Address } from '../features/address.js';
import type { Located } from '../features/extractor.js';
import { matchFeature, type Feature } from '../features/feature.js';
import type { Node, FeatureNode, Rule, Scope } from './ast.js';
import { literalOf, matchesNode, evaluateFull, stringMatches, type EvalContext, type Result } from './evaluate.js';
import type { RegexLiteral } from './regex-literal.js';
import { addFeature, shallowCopy, type FeatureEntry, type FeatureSet } from './featureset.js';

export interface RuleMatch {
  readonly rule: Rule;
  readonly result: Result;
}

const matchFeatureCache = new WeakMap<Rule, Feature[]>();

/** `match` features a rule's success adds: its name, then each namespace prefix, longest first. */
export function ruleMatchFeatures(rule: Rule): Feature[] {
  let out = matchFeatureCache.get(rule);
  if (out !== undefined) return out;
  out = [matchFeature(rule.name)];
  let ns = rule.meta.namespace;
  while (ns) {
    out.push(matchFeature(ns));
    const i = ns.lastIndexOf('/');
    ns = i < 0 ? '' : ns.slice(0, i);
  }
  matchFeatureCache.set(rule, out);
  return out;
}

/** capa's `index_rule_matches`: record that `rule` matched at each of `locations`. */
export function indexRuleMatches(fs: FeatureSet, rule: Rule, locations: Iterable<Address>, feats = ruleMatchFeatures(rule)): void {
  for (const a of locations) for (const f of feats) addFeature(fs, f, a);
}

// ---------------------------------------------------------------------------------------------
// index construction

interface IndexItem {
  score: number;
  /** features that must be present (one of them, for or-unions) */
  feats: FeatureNode[];
}

const HASH_SCORES: Partial<Record<Feature['type'], number>> = {
  string: 9,
  api: 8,
  export: 7,
  class: 5,
  namespace: 5,
  property: 5,
  import: 5,
  section: 5,
  'function name': 5,
  characteristic: 4,
  offset: 4,
  'operand offset': 4,
  mnemonic: 2,
  'basic block': 1,
  os: 0,
  arch: 0,
  format: 0,
  substring: 0,
  regex: 0,
  bytes: 0,
};

function numberScore(v: unknown): number {
  if (typeof v !== 'bigint') return 3;
  if (v >= -0x8000n && v <= 0x8000n) return 3;
  if (v >= 0xffffff00n && v <= 0xffffffffn) return 3;
  if (v >= 0xffffffffffffff00n && v <= 0xffffffffffffffffn) return 3;
  return 7;
}

function scoreFeature(f: Feature, scoresByRule: Map<string, number>): number {
  if (f.type === 'match') return scoresByRule.get(f.value as string) ?? 9;
  if (f.type === 'number' || f.type === 'operand number') return numberScore(f.value);
  return HASH_SCORES[f.type] ?? 1;
}

/** Minimal required features of a subtree; null when it can be true with none present. */
function indexItem(node: Node, scoresByRule: Map<string, number>): IndexItem | null {
  switch (node.kind) {
    case 'feature':
      return { score: scoreFeature(node.feature, scoresByRule), feats: [node] };
    case 'not':
    case 'subscope':
      return null;
    case 'range':
      if (node.min === 0n) return null;
      return indexItem(node.child, scoresByRule);
    case 'and': {
      let best: IndexItem | null = null;
      for (const c of node.children) {
        const it = indexItem(c, scoresByRule);
        if (it === null) continue;
        if (best === null || it.score > best.score || (it.score === best.score && it.feats.length < best.feats.length)) best = it;
      }
      return best;
    }
    case 'or':
    case 'some': {
      if (node.kind === 'some' && node.count === 0) return null;
      if (node.children.length === 0) return null;
      let min = Infinity;
      const feats: FeatureNode[] = [];
      for (const c of node.children) {
        const it = indexItem(c, scoresByRule);
        if (it === null) return null;
        min = Math.min(min, it.score);
        feats.push(...it.feats);
      }
      return { score: min, feats };
    }
  }
}

function bytesKey(b: Uint8Array): number {
  return ((b[0]! << 24) | (b[1]! << 16) | (b[2]! << 8) | b[3]!) >>> 0;
}

function startsWith(hay: Uint8Array, prefix: Uint8Array): boolean {
  if (hay.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (hay[i] !== prefix[i]) return false;
  return true;
}

interface Scan {
  readonly node: FeatureNode;
  readonly rule: number;
  /** substring scans: the substring; regex scans: the regex's required literal, if any */
  readonly lit?: RegexLiteral | null;
}

/** memo bounds: entries and total string length (strings can be long) */
const STRING_MEMO_LIMIT = 200_000;
const STRING_MEMO_CHARS = 16 * 1024 * 1024;

/**
 * A scope's candidate index as plain data (rule positions are indices into the scope's rule list):
 * what `ScopeMatcher` builds from the rules, and can be built from instead (the pre-built rule set
 * of src/rules/cache.ts stores it, so a warm start neither walks nor even decodes the rules).
 */
export interface ScopeIndexData {
  /** rules with no indexable required feature: candidates for every set */
  readonly always: readonly number[];
  /** feature key → rules that need a feature with that key */
  readonly byKey: ReadonlyArray<readonly [string, readonly number[]]>;
  /** substring/regex requirements, with the literal a matching string must contain (if any) */
  readonly strings: ReadonlyArray<{ readonly rule: number; readonly node: FeatureNode; readonly lit: RegexLiteral | null }>;
  /** bytes requirements (prefix match) */
  readonly bytes: ReadonlyArray<{ readonly rule: number; readonly node: FeatureNode }>;
  /** os requirements (`any` is a wildcard on either side) */
  readonly os: ReadonlyArray<{ readonly rule: number; readonly node: FeatureNode }>;
}

export interface ScopeMatcherOptions {
  /** false: evaluate every rule in order (capa's naive loop); default true */
  readonly useIndex?: boolean;
  /**
   * Reproduce capa's indexed matcher exactly, including its duplicate records: capa appends a
   * rule to its candidate list again each time a newly added `match` feature keys it (once per
   * keyed feature), even if it is already queued, and evaluates (and records) every copy.
   * Observed in capa ≥ 7.1 result documents (same rule recorded twice at one address).
   * Default false: results equal the naive loop.
   */
  readonly capaDuplicates?: boolean;
  /**
   * Index scores of already-indexed rules (a `match` scores as its target). Share one map across
   * a rule set's scopes, built narrow → wide, to pick the same index features as capa.
   */
  readonly scores?: Map<string, number>;
  /** a pre-built index of exactly these rules (see `exportIndex`): used instead of building one */
  readonly index?: ScopeIndexData;
}

export class ScopeMatcher {
  readonly rules: readonly Rule[];
  private readonly useIndex: boolean;
  /** `match` features of rule i, computed when the rule first matches */
  private readonly matchFeats: Array<Feature[] | undefined>;
  /** rules with no indexable required feature: always candidates */
  private readonly always: number[] = [];
  private readonly byKey = new Map<string, number[]>();
  private readonly stringScans: Scan[] = [];
  private readonly bytesBuckets = new Map<number, Scan[]>();
  private readonly shortBytes: Scan[] = [];
  /** every bytes scan, in index order (for exportIndex) */
  private readonly bytesOrder: Scan[] = [];
  private readonly osScans: Scan[] = [];
  /** string value → rules with a substring/regex requirement it satisfies */
  private stringMemo = new Map<string, number[]>();
  private stringMemoChars = 0;
  /**
   * string scans by a hash of their literal's first three characters (case-sensitive and
   * ASCII-lower-cased tables), so a string only visits the scans whose literal could start at
   * one of its positions; scans without a literal of 3+ characters are always visited
   */
  private triCs: Array<number[] | undefined> = [];
  private triCi: Array<number[] | undefined> = [];
  private unindexedScans: number[] = [];
  private scanStamp = new Uint32Array(0);
  private scanEpoch = 0;
  /** per-call marks: stamp[i] === epoch ⇔ rule i already queued this call */
  private readonly stamp: Uint32Array;
  private epoch = 0;
  private readonly capaDuplicates: boolean;
  /** capaDuplicates: extra queued copies of rule i in this call */
  private readonly extra: Uint32Array;
  private readonly heap = new MinHeap();

  constructor(rules: readonly Rule[], opts: ScopeMatcherOptions = {}) {
    this.rules = rules;
    this.useIndex = opts.useIndex ?? true;
    this.capaDuplicates = this.useIndex && (opts.capaDuplicates ?? false);
    this.extra = new Uint32Array(this.capaDuplicates ? rules.length : 0);
    this.matchFeats = new Array<Feature[] | undefined>(rules.length);
    this.stamp = new Uint32Array(rules.length);
    if (this.useIndex) {
      if (opts.index !== undefined) this.loadIndex(opts.index);
      else this.buildIndex(opts.scores ?? new Map());
      this.buildTrigrams();
    }
  }

  private loadIndex(d: ScopeIndexData): void {
    for (const i of d.always) this.always.push(i);
    for (const [k, l] of d.byKey) this.byKey.set(k, l as number[]);
    for (const sc of d.strings) this.stringScans.push({ node: sc.node, rule: sc.rule, lit: sc.lit });
    for (const sc of d.bytes) this.addBytesScan(sc.node, sc.rule);
    for (const sc of d.os) this.osScans.push({ node: sc.node, rule: sc.rule });
  }

  private addBytesScan(node: FeatureNode, rule: number): void {
    this.bytesOrder.push({ node, rule });
    const b = node.feature.value as Uint8Array;
    if (b.length >= 4) {
      const k = bytesKey(b);
      let l = this.bytesBuckets.get(k);
      if (l === undefined) this.bytesBuckets.set(k, (l = []));
      l.push({ node, rule });
    } else this.shortBytes.push({ node, rule });
  }

  /** This matcher's index as plain data (build order: `new ScopeMatcher(rules, {index})` rebuilds it). */
  exportIndex(): ScopeIndexData {
    if (!this.useIndex) throw new Error('exportIndex: matcher has no index');
    return {
      always: this.always.slice(),
      byKey: [...this.byKey].map(([k, l]) => [k, l.slice()] as const),
      strings: this.stringScans.map((sc) => ({ rule: sc.rule, node: sc.node, lit: sc.lit ?? null })),
      bytes: this.bytesOrder.map((sc) => ({ rule: sc.rule, node: sc.node })),
      os: this.osScans.map((sc) => ({ rule: sc.rule, node: sc.node })),
    };
  }

  private buildIndex(scoresByRule: Map<string, number>): void {
    this.rules.forEach((rule, i) => {
      const it = indexItem(rule.root, scoresByRule);
      if (it === null) {
        this.always.push(i);
        return;
      }
      scoresByRule.set(rule.name, it.score);
      const seen = new Set<string>();
      for (const node of it.feats) {
        const f = node.feature;
        const tag = f.key;
        if (seen.has(tag)) continue;
        seen.add(tag);
        if (f.type === 'substring') this.stringScans.push({ node, rule: i, lit: { text: f.value as string, ci: false } });
        else if (f.type === 'regex') this.stringScans.push({ node, rule: i, lit: literalOf(node) });
        else if (f.type === 'os') this.osScans.push({ node, rule: i });
        else if (f.type === 'bytes') this.addBytesScan(node, i);
        else {
          let l = this.byKey.get(tag);
          if (l === undefined) this.byKey.set(tag, (l = []));
          l.push(i);
        }
      }
    });
  }

  private buildTrigrams(): void {
    const n = this.stringScans.length;
    if (n === 0) return;
    this.scanStamp = new Uint32Array(n);
    for (let k = 0; k < n; k++) {
      const lit = this.stringScans[k]!.lit;
      if (lit === undefined || lit === null || lit.text.length < 3) {
        this.unindexedScans.push(k);
        continue;
      }
      const table = lit.ci ? this.triCi : this.triCs;
      const h = trigram(lit.text, 0);
      const b = table[h];
      if (b === undefined) table[h] = [k];
      else b.push(k);
    }
  }

  /** indices of the string scans whose literal may occur in `s` (ascending) */
  private scansFor(s: string, lower: string | undefined): number[] {
    const out = this.unindexedScans.slice();
    if (++this.scanEpoch === 0xffffffff) {
      this.scanStamp.fill(0);
      this.scanEpoch = 1;
    }
    const epoch = this.scanEpoch;
    const stamp = this.scanStamp;
    const visit = (table: Array<number[] | undefined>, hay: string): void => {
      for (let i = 0; i + 3 <= hay.length; i++) {
        const b = table[trigram(hay, i)];
        if (b === undefined) continue;
        for (let j = 0; j < b.length; j++) {
          const k = b[j]!;
          if (stamp[k] !== epoch) {
            stamp[k] = epoch;
            out.push(k);
          }
        }
      }
    };
    if (this.triCs.length > 0) visit(this.triCs, s);
    if (lower !== undefined) visit(this.triCi, lower);
    return out.sort((a, b) => a - b);
  }

  private stringCandidates(s: string): number[] {
    let hit = this.stringMemo.get(s);
    if (hit !== undefined) return hit;
    hit = [];
    // literal pre-checks first (native `includes`, one lower-casing per string): most strings
    // contain none of the literals, and then no regex runs at all
    let lower: string | undefined = this.triCi.length > 0 ? s.toLowerCase() : undefined;
    const scans = this.stringScans;
    for (const k of this.scansFor(s, lower)) {
      const scan = scans[k]!;
      const lit = scan.lit;
      if (lit !== undefined && lit !== null) {
        // toLowerCase folds at least the ASCII letters, so it rejects no string an ASCII-case-
        // insensitive search would accept
        const hay = lit.ci ? (lower ??= s.toLowerCase()) : s;
        if (!hay.includes(lit.text)) continue;
        if (scan.node.feature.type === 'substring') {
          if (hit.length === 0 || hit[hit.length - 1] !== scan.rule) hit.push(scan.rule);
          continue;
        }
      }
      const ok = stringMatches(scan.node, s);
      if (ok && (hit.length === 0 || hit[hit.length - 1] !== scan.rule)) hit.push(scan.rule);
    }
    if (this.stringMemo.size >= STRING_MEMO_LIMIT || this.stringMemoChars + s.length > STRING_MEMO_CHARS) {
      this.stringMemo = new Map();
      this.stringMemoChars = 0;
    }
    if (s.length <= STRING_MEMO_CHARS) {
      this.stringMemo.set(s, hit);
      this.stringMemoChars += s.length;
    }
    return hit;
  }

  /**
   * Would `match` find any candidate rule in a set made of exactly `items`? The same tests as
   * `match`'s candidate collection, without building the set: a caller can skip building a set
   * whose only use is matching (most instructions key no instruction-scope rule).
   */
  hasCandidate(items: readonly Located[]): boolean {
    if (this.rules.length === 0) return false;
    if (!this.useIndex || this.always.length > 0) return true;
    for (let i = 0; i < items.length; i++) {
      const f = items[i]!.feature;
      if (this.byKey.has(f.key)) return true;
      const t = f.type;
      if (t === 'string') {
        if (this.stringScans.length > 0 && this.stringCandidates(f.value as string).length > 0) return true;
      } else if (t === 'bytes') {
        if (this.bytesCandidate(f.value as Uint8Array, -1)) return true;
      } else if (t === 'os') {
        const v = f.value;
        for (const sc of this.osScans) {
          const want = sc.node.feature.value;
          if (want === 'any' || v === 'any' || v === want) return true;
        }
      }
    }
    return false;
  }

  /** Queue (or, with `mark` < 0, just report) the rules whose bytes requirement `b` satisfies. */
  private bytesCandidate(b: Uint8Array, mark: number): boolean {
    let hit = false;
    if (b.length >= 4) {
      const l = this.bytesBuckets.get(bytesKey(b));
      if (l !== undefined) {
        for (const sc of l) {
          if (!startsWith(b, sc.node.feature.value as Uint8Array)) continue;
          if (mark < 0) return true;
          this.enqueue(sc.rule);
          hit = true;
        }
      }
    }
    for (const sc of this.shortBytes) {
      if (!startsWith(b, sc.node.feature.value as Uint8Array)) continue;
      if (mark < 0) return true;
      this.enqueue(sc.rule);
      hit = true;
    }
    return hit;
  }

  /**
   * Match this scope's rules against `fs` at `addr`. Returns the matches in evaluation order.
   * By default `fs` is not extended with new keys, but (as in capa, which works on a shallow
   * copy) location sets of `match` features that already existed in it do grow. With `inPlace`
   * the matches' `match` features are added to `fs` itself: the same final set as capa's
   * "match, then index_rule_matches into the set", without the copy.
   */
  match(fs: FeatureSet, addr: Address, opts?: { inPlace?: boolean }): readonly RuleMatch[] {
    const inPlace = opts?.inPlace === true;
    if (this.rules.length === 0) return NO_MATCHES;
    if (!this.useIndex) {
      const run = new MatchRun(this, fs, addr, { fs }, inPlace);
      for (let i = 0; i < this.rules.length; i++) run.tryRule(i);
      return run.out;
    }

    // collect candidates, and the typed entry lists evaluation needs anyway
    if (++this.epoch === 0xffffffff) {
      this.stamp.fill(0);
      this.epoch = 1;
    }
    const heap = this.heap;
    heap.clear();
    for (const i of this.always) this.enqueue(i);
    // typed entry lists, allocated only when the set has such entries (most have none)
    let strings: FeatureEntry[] = NO_ENTRIES;
    let bytes: FeatureEntry[] = NO_ENTRIES;
    let oses: FeatureEntry[] = NO_ENTRIES;
    const byKey = this.byKey;
    for (const e of fs.values()) {
      const f = e.feature;
      const l = byKey.get(f.key);
      if (l !== undefined) for (let j = 0; j < l.length; j++) this.enqueue(l[j]!);
      const t = f.type;
      if (t === 'string') {
        if (strings === NO_ENTRIES) strings = [];
        strings.push(e);
      } else if (t === 'bytes') {
        if (bytes === NO_ENTRIES) bytes = [];
        bytes.push(e);
      } else if (t === 'os') {
        if (oses === NO_ENTRIES) oses = [];
        oses.push(e);
      }
    }
    if (strings.length > 0 && this.stringScans.length > 0) {
      for (const e of strings) {
        const l = this.stringCandidates(e.feature.value as string);
        for (let j = 0; j < l.length; j++) this.enqueue(l[j]!);
      }
    }
    if (bytes.length > 0 && (this.bytesBuckets.size > 0 || this.shortBytes.length > 0)) {
      for (const e of bytes) this.bytesCandidate(e.feature.value as Uint8Array, 1);
    }
    if (oses.length > 0) {
      for (const sc of this.osScans) {
        const want = sc.node.feature.value;
        for (const e of oses) {
          const v = e.feature.value;
          if (want === 'any' || v === 'any' || v === want) {
            this.enqueue(sc.rule);
            break;
          }
        }
      }
    }
    if (heap.size === 0) return NO_MATCHES;

    const run = new MatchRun(this, fs, addr, { fs, strings, bytes, oses }, inPlace);
    const dup = this.capaDuplicates;
    while (heap.size > 0) {
      const i = heap.pop();
      let copies = 1;
      if (dup) {
        copies += this.extra[i]!;
        this.extra[i] = 0;
      }
      for (; copies > 0; copies--) {
        if (!run.tryRule(i)) continue;
        // rules keyed by this match (or its namespaces) become candidates; they depend on this
        // rule, so their topological index is higher and the heap keeps the order right
        for (const f of this.matchFeaturesAt(i)) {
          const l = this.byKey.get(f.key);
          if (l === undefined) continue;
          for (const j of l) {
            if (dup && this.stamp[j] === this.epoch) {
              if (j > i) this.extra[j]!++; // still queued (dependents sort after i)
            }
            else this.enqueue(j);
          }
        }
      }
    }
    return run.out;
  }

  private enqueue(i: number): void {
    if (this.stamp[i] !== this.epoch) {
      this.stamp[i] = this.epoch;
      this.heap.push(i);
    }
  }

  /** @internal */
  ruleAt(i: number): Rule {
    return this.rules[i]!;
  }
  /** @internal */
  matchFeaturesAt(i: number): Feature[] {
    return (this.matchFeats[i] ??= ruleMatchFeatures(this.rules[i]!));
  }
}

/** Static scopes narrow → wide, then dynamic ones: the order capa indexes them in. */
export const INDEX_ORDER: readonly Scope[] = ['instruction', 'basic block', 'function', 'call', 'span of calls', 'thread', 'process', 'file'];

/**
 * Indexed matchers of every scope, built narrow → wide with one shared score table, so a `match`
 * feature scores like the rule it names (the index features capa picks).
 */
export function buildScopeMatchers(rulesForScope: (scope: Scope) => readonly Rule[]): Map<Scope, ScopeMatcher> {
  const scores = new Map<string, number>();
  const out = new Map<Scope, ScopeMatcher>();
  for (const s of INDEX_ORDER) out.set(s, new ScopeMatcher(rulesForScope(s), { useIndex: true, scores }));
  return out;
}

/** 12-bit hash of the three characters of `s` at `i` (collisions only cost an `includes`) */
function trigram(s: string, i: number): number {
  return (s.charCodeAt(i) * 961 + s.charCodeAt(i + 1) * 31 + s.charCodeAt(i + 2)) & 4095;
}

const NO_MATCHES: readonly RuleMatch[] = Object.freeze([]);
/** shared empty entry list: evaluation only reads these lists */
const NO_ENTRIES: FeatureEntry[] = [];

/** State of one `match` call: results so far and the working copy of the feature set. */
class MatchRun {
  readonly out: RuleMatch[] = [];
  private work: FeatureSet;
  constructor(
    private readonly m: ScopeMatcher,
    private readonly fs: FeatureSet,
    private readonly addr: Address,
    private readonly ctx: EvalContext,
    private readonly inPlace: boolean,
  ) {
    this.work = fs;
  }

  /** Evaluate rule `i`; on success record it and add its `match` features. */
  tryRule(i: number): boolean {
    const rule = this.m.ruleAt(i);
    if (!matchesNode(rule.root, this.ctx)) return false;
    this.out.push({ rule, result: evaluateFull(rule.root, this.ctx) });
    if (!this.inPlace && this.work === this.fs) {
      // copy lazily, like capa: most sets match nothing
      this.work = shallowCopy(this.fs);
      (this.ctx as { fs: FeatureSet }).fs = this.work;
    }
    for (const f of this.m.matchFeaturesAt(i)) addFeature(this.work, f, this.addr);
    return true;
  }
}

/** Binary min-heap of rule indices (topological order). */
class MinHeap {
  // explicit size over a backing array that is never shrunk: `length = 0` would free the
  // backing store and every match call would allocate it again
  private readonly a: number[] = [];
  private n = 0;
  get size(): number {
    return this.n;
  }
  clear(): void {
    this.n = 0;
  }
  push(v: number): void {
    const a = this.a;
    let i = this.n++;
    if (i === a.length) a.push(v);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p]! <= v) break;
      a[i] = a[p]!;
      i = p;
    }
    a[i] = v;
  }
  pop(): number {
    const a = this.a;
    const top = a[0]!;
    const n = --this.n;
    const last = a[n]!;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && a[r]! < a[l]! ? r : l;
        if (a[c]! >= last) break;
        a[i] = a[c]!;
        i = c;
      }
      a[i] = last;
    }
    return top;
  }
}
