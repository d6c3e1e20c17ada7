// Builds capa's result document (spec §5.2, §5.3) from the engine's capabilities.
//
// The one subtle part is splicing: a successful `match` node that names a rule receives that rule's
// recorded match trees at each of its locations as children; if that rule is a synthetic subscope
// rule the node itself becomes a `subscope` statement. A namespace `match` keeps its node and
// receives the trees of every rule of the namespace that matched at those locations.

import { addrKey, NO_ADDRESS, type Address, type AddrKey } from '../features/address.js';
import type { Feature } from '../features/feature.js';
import { bytesToHex } from '../features/feature.js';
import { capaLocationOrder } from './python-set-order.js';
import type { Node, Rule, RuleMeta } from '../engine/ast.js';
import type { Result } from '../engine/evaluate.js';
import type { Capabilities, MatchResults } from '../capabilities/common.js';
import {
  FEATURE_VALUE_FIELD,
  MAEC_FIELDS,
  type FeatureJson,
  type Match,
  type MatchNode,
  type Metadata,
  type ResultDocument,
  type RuleMatches,
  type RuleMetadata,
  type Sample,
} from './rdoc.js';

/** What the conversion needs from a rule set (src/rules/ruleset.ts `RuleSet` satisfies it). */
export interface RdocRuleSet {
  readonly rules: ReadonlyMap<string, Rule>;
  namespaceMembers(ns: string): Rule[];
}

export interface RdocMeta {
  readonly sample: Sample;
  readonly version: string;
  readonly argv?: string[];
  /** local naive ISO time; default now */
  readonly timestamp?: string;
  readonly extractor: string;
  /** absolute rule paths */
  readonly rulePaths: string[];
  readonly format: string;
  readonly arch: string;
  readonly os: string;
  /** static flavor only */
  readonly baseAddress?: Address;
}

/** `2024-03-02T04:12:18.077282` — local time, no zone, fraction omitted when zero (Python isoformat). */
export function localIsoTimestamp(d: Date = new Date()): string {
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  const base = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  const ms = d.getMilliseconds();
  return ms ? `${base}.${p(ms, 3)}000` : base;
}

export function featureToJson(f: Feature): FeatureJson {
  const field = FEATURE_VALUE_FIELD[f.type];
  const out: Record<string, unknown> = { type: f.type };
  if (f.type === 'property' && f.access) out.access = f.access;
  if (f.type === 'operand number' || f.type === 'operand offset') out.index = f.index;
  if (field !== null) {
    const v = f.value;
    // an integral float (`ldc.r8 6.0`) goes out as a JS number: the writer prints it as `6.0`
    out[field] = v instanceof Uint8Array ? bytesToHex(v) : f.float && typeof v === 'bigint' ? Number(v) : v;
  }
  if (f.description !== undefined) out.description = f.description;
  return out as unknown as FeatureJson;
}

function nodeToJson(n: Node): MatchNode {
  // capa's field order: type, description, then the statement's own fields
  const d = n.kind === 'feature' || n.description === undefined ? {} : { description: n.description };
  switch (n.kind) {
    case 'feature':
      return { type: 'feature', feature: featureToJson(n.feature) };
    case 'and':
    case 'or':
    case 'not':
      return { type: 'statement', statement: { type: n.kind, ...d } };
    case 'some':
      return {
        type: 'statement',
        statement: n.count === 0 ? { type: 'optional', ...d } : { type: 'some', ...d, count: n.count },
      };
    case 'range':
      return {
        type: 'statement',
        statement: { type: 'range', ...d, min: n.min, max: n.max, child: featureToJson(n.child.feature) },
      };
    case 'subscope':
      return { type: 'statement', statement: { type: 'subscope', ...d, scope: n.scope } };
  }
}

/** Per rule: match address key → recorded tree. */
type ResultIndex = Map<string, Map<AddrKey, Result>>;

function indexResults(matches: MatchResults): ResultIndex {
  const idx: ResultIndex = new Map();
  for (const [name, list] of matches) {
    const m = new Map<AddrKey, Result>();
    for (const [a, r] of list) m.set(addrKey(a), r);
    idx.set(name, m);
  }
  return idx;
}

/**
 * A span-of-calls match can reference another span rule at a call where that rule has no recorded
 * match (repeat suppression); capa then uses that rule's latest match in the same thread with a
 * call id at or before the location.
 */
function latestCallMatchBefore(list: ReadonlyArray<[Address, Result]> | undefined, loc: Address): Result | undefined {
  if (!list || loc.type !== 'call') return undefined;
  const [ppid, pid, tid, id] = loc.value;
  let best: [number, Result] | undefined;
  for (const [a, r] of list) {
    if (a.type !== 'call' || a.value[0] !== ppid || a.value[1] !== pid || a.value[2] !== tid || a.value[3] > id) continue;
    if (!best || a.value[3] >= best[0]) best = [a.value[3], r];
  }
  return best?.[1];
}

class Converter {
  private readonly idx: ResultIndex;
  constructor(
    private readonly rules: RdocRuleSet,
    private readonly matches: MatchResults,
    private readonly flavor: 'static' | 'dynamic',
  ) {
    this.idx = indexResults(matches);
  }

  convert(r: Result): Match {
    const n = r.node;
    let node = nodeToJson(n);
    const children: Match[] = r.children.map((c) => this.convert(c));
    if (r.success && n.kind === 'feature' && n.feature.type === 'match') {
      const name = n.feature.value as string;
      const rule = this.rules.rules.get(name);
      if (rule) {
        const recorded = this.idx.get(name);
        for (const loc of capaLocationOrder(r.locations)) {
          const t = recorded?.get(addrKey(loc)) ?? latestCallMatchBefore(this.matches.get(name), loc);
          if (t) children.push(this.convert(t));
        }
        if (rule.meta.isSubscopeRule) {
          const scope = (this.flavor === 'static' ? rule.meta.scopes.static : rule.meta.scopes.dynamic) ??
            rule.meta.scopes.static ?? rule.meta.scopes.dynamic!;
          node = { type: 'statement', statement: { type: 'subscope', scope } };
        }
      } else {
        // as capa: rule by rule (in the namespace's rule order), each at every location, with the
        // same fallback for span-of-calls locations as a rule `match`
        const locs = capaLocationOrder(r.locations);
        for (const m of this.rules.namespaceMembers(name)) {
          const recorded = this.idx.get(m.name);
          if (!recorded) continue;
          for (const loc of locs) {
            const t = recorded.get(addrKey(loc)) ?? latestCallMatchBefore(this.matches.get(m.name), loc);
            if (t) children.push(this.convert(t));
          }
        }
      }
    }
    const isLeafSuccess = r.success && (n.kind === 'feature' || n.kind === 'range');
    const captures: Record<string, Address[]> = {};
    if (r.captures) for (const [s, locs] of r.captures) captures[s] = capaLocationOrder(locs);
    // capa's order (python-set-order.ts): Explorer shows the first location of each feature
    return { success: r.success, node, children, locations: isLeafSuccess ? capaLocationOrder(r.locations) : [], captures };
  }
}

export function ruleMetaToJson(m: RuleMeta): RuleMetadata {
  const scopes: RuleMetadata['scopes'] = {};
  if (m.scopes.static) scopes.static = m.scopes.static;
  if (m.scopes.dynamic) scopes.dynamic = m.scopes.dynamic;
  const maec: Record<string, string> = {};
  for (const k of MAEC_FIELDS) if (m.maec[k] !== undefined && m.maec[k] !== null) maec[k] = m.maec[k]!;
  // capa's field order: namespace right after name (omitted when null)
  const out: RuleMetadata = {
    name: m.name,
    ...(m.namespace ? { namespace: m.namespace } : {}),
    authors: [...m.authors],
    scopes,
    attack: m.attack.map((a) => ({ ...a, parts: [...a.parts] })),
    mbc: m.mbc.map((a) => ({ ...a, parts: [...a.parts] })),
    references: [...m.references],
    examples: [...m.examples],
    description: m.description,
    lib: m.lib,
    is_subscope_rule: m.isSubscopeRule,
    maec,
  };
  return out;
}

/** Every address referenced by a location in a match tree (for the dynamic layout). */
function collectLocations(r: Result, into: Set<AddrKey>): void {
  for (const l of r.locations) into.add(addrKey(l));
  for (const c of r.children) collectLocations(c, into);
}

export function toResultDocument(caps: Capabilities, rules: RdocRuleSet, meta: RdocMeta): ResultDocument {
  const conv = new Converter(rules, caps.matches, caps.flavor);
  const out: Record<string, RuleMatches> = {};
  for (const [name, list] of caps.matches) {
    const rule = rules.rules.get(name);
    if (!rule || rule.meta.isSubscopeRule) continue;
    out[name] = {
      meta: ruleMetaToJson(rule.meta),
      source: rule.source,
      matches: list.map(([a, r]) => [a, conv.convert(r)] as [Address, Match]),
    };
  }

  const base = {
    timestamp: meta.timestamp ?? localIsoTimestamp(),
    version: meta.version,
    ...(meta.argv && meta.argv.length ? { argv: meta.argv } : {}),
    sample: meta.sample,
  };
  let m: Metadata;
  if (caps.flavor === 'static') {
    m = {
      ...base,
      flavor: 'static',
      analysis: {
        format: meta.format,
        arch: meta.arch,
        os: meta.os,
        extractor: meta.extractor,
        rules: meta.rulePaths,
        base_address: meta.baseAddress ?? NO_ADDRESS,
        layout: {
          functions: caps.layout.functions
            .filter((f) => f.matchedBasicBlocks.length > 0)
            .map((f) => ({ address: f.address, matched_basic_blocks: f.matchedBasicBlocks.map((b) => ({ address: b })) })),
        },
        feature_counts: {
          file: caps.featureCounts.file,
          functions: caps.featureCounts.functions.map((c) => ({ address: c.address, count: c.count })),
        },
        library_functions: caps.libraryFunctions.map((l) => ({ address: l.address, name: l.name ?? '' })),
      },
    };
  } else {
    const referenced = new Set<AddrKey>();
    for (const list of caps.matches.values()) for (const [, r] of list) collectLocations(r, referenced);
    const processes = [];
    for (const p of caps.layout.processes) {
      const threads = [];
      for (const t of p.threads) {
        const calls = t.calls
          .filter((c) => referenced.has(addrKey(c)))
          .map((c) => ({ address: c, name: caps.layout.callName(c) ?? '' }));
        if (calls.length) threads.push({ address: t.address, matched_calls: calls });
      }
      if (threads.length) processes.push({ address: p.address, name: p.name, matched_threads: threads });
    }
    m = {
      ...base,
      flavor: 'dynamic',
      analysis: {
        format: meta.format,
        arch: meta.arch,
        os: meta.os,
        extractor: meta.extractor,
        rules: meta.rulePaths,
        layout: { processes },
        feature_counts: {
          file: caps.featureCounts.file,
          processes: caps.featureCounts.processes.map((c) => ({ address: c.address, count: c.count })),
        },
      },
    };
  }
  return { meta: m, rules: out };
}
