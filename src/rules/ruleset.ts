// A validated, ready-to-evaluate set of rules (spec §2.2–2.4, §3.6 optimizer).
//
// Construction, in capa's order: reject duplicate names; extract subscope blocks into synthetic lib
// rules (`<parent>/<32 hex>`, referenced through `match`); check every `match:` target (namespace
// index first, then rule names); reject an empty set; order children by the optimizer's cost; then
// per scope a dependency-first rule order (cycles are an error).
//
// Rules handed in are not mutated: their logic trees are copied before extraction/optimization.

import type { DynamicScope, FeatureNode, Node, Rule, RuleMeta, Scope, StaticScope } from '../engine/ast.js';
import { makeFeature } from '../features/feature.js';
import { RuleError } from './errors.js';

export const ALL_SCOPES: readonly Scope[] = [
  'file', 'function', 'basic block', 'instruction', 'process', 'thread', 'span of calls', 'call',
];
const STATIC_SUBSCOPES: ReadonlySet<Scope> = new Set<Scope>(['function', 'basic block', 'instruction']);

export interface RuleSetOptions {
  /** lint mode: collect problems here instead of throwing on the first */
  errors?: RuleError[];
  /**
   * the rules already went through a RuleSet (subscopes extracted, children optimized), e.g. from
   * the cache: they are used as they are, without copying
   */
  prepared?: boolean;
}

/**
 * A rule-set level error, located at the first source line matching `at` (e.g. the `match:` line
 * of a missing dependency) or else the rule's `name:` line. Synthetic rules report in their
 * parent's file.
 */
function ruleErr(rule: Rule | undefined, msg: string, at?: RegExp, all?: Map<string, Rule>): RuleError {
  const where: { file?: string; rule?: string; line?: number; col?: number } = {};
  let src = rule;
  while (src && src.source === '' && src.meta.parent !== undefined && all?.get(src.meta.parent)) src = all.get(src.meta.parent);
  if (rule?.path !== undefined) where.file = rule.path;
  if (rule) where.rule = rule.name;
  if (src && src.source) {
    const lines = src.source.split('\n');
    for (const re of at ? [at, /^\s*name\s*:/] : [/^\s*name\s*:/]) {
      const i = lines.findIndex((l) => re.test(l));
      if (i >= 0) {
        where.line = i + 1;
        where.col = lines[i]!.search(/\S/) + 1;
        break;
      }
    }
  }
  return new RuleError(msg, where);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function cloneNode(n: Node): Node {
  switch (n.kind) {
    case 'feature': return n;
    case 'and': case 'or': case 'some': return { ...n, children: n.children.map(cloneNode) };
    case 'not': return { ...n, child: cloneNode(n.child) };
    case 'subscope': return { ...n, child: cloneNode(n.child) };
    case 'range': return n;
  }
}

function childrenOf(n: Node): Node[] {
  switch (n.kind) {
    case 'and': case 'or': case 'some': return n.children;
    case 'not': case 'subscope': return [n.child];
    case 'range': return [n.child];
    case 'feature': return [];
  }
}

// 128-bit hash (four FNV-1a lanes) of a string: deterministic stand-in for capa's uuid4 names.
function hex128(s: string): string {
  let a = 0x811c9dc5, b = 0x050c5d1f, c = 0x1b873593, d = 0xcc9e2d51;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    a = Math.imul(a ^ ch, 0x01000193);
    b = Math.imul(b ^ ch, 0x01000193) + 0x9e3779b1;
    c = Math.imul(c ^ ch, 0x01000193) ^ 0x85ebca6b;
    d = Math.imul(d ^ (ch + i), 0x01000193);
  }
  const fin = (h: number): string => {
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return ((h ^ (h >>> 16)) >>> 0).toString(16).padStart(8, '0');
  };
  return fin(a) + fin(b) + fin(c) + fin(d);
}

/** optimizer cost (spec §3.6) */
function nodeCost(n: Node): number {
  switch (n.kind) {
    case 'feature': {
      const t = n.feature.type;
      if (t === 'os' || t === 'arch' || t === 'format') return 0;
      if (t === 'substring' || t === 'regex' || t === 'bytes') return 2;
      return 1;
    }
    case 'not': case 'subscope': return 1 + nodeCost(n.child);
    case 'range': return 1 + nodeCost(n.child);
    case 'and': case 'or': case 'some': {
      let c = 1;
      for (const ch of n.children) c += nodeCost(ch);
      return c;
    }
  }
}

/**
 * True when the node can only match if some feature is present. capa's feature index asserts this
 * for every rule (spec §1.10): a root `not`/`optional`/zero-minimum count, an `and` made only of
 * such nodes, or an `or`/`N or more` with such a child make capa fail to load the rules.
 */
export function hasRequiredFeature(n: Node): boolean {
  switch (n.kind) {
    case 'feature': return true;
    case 'not': return false;
    case 'range': return n.min > 0n;
    case 'subscope': return hasRequiredFeature(n.child);
    case 'and': return n.children.some(hasRequiredFeature);
    case 'or': return n.children.length > 0 && n.children.every(hasRequiredFeature);
    case 'some': return n.count > 0 && n.children.length > 0 && n.children.every(hasRequiredFeature);
  }
}

/** Stable-sorts and/or/N-or-more children by cost, recursively, in place; returns the node's cost. */
export function optimizeNode(n: Node): number {
  switch (n.kind) {
    case 'feature': return nodeCost(n);
    case 'range': return 1 + nodeCost(n.child);
    case 'not': case 'subscope': return 1 + optimizeNode(n.child);
    case 'and': case 'or': case 'some': {
      const kids = n.children;
      let total = 1;
      let sorted = true;
      const costs: number[] = new Array<number>(kids.length);
      for (let i = 0; i < kids.length; i++) {
        costs[i] = optimizeNode(kids[i]!);
        total += costs[i]!;
        if (i > 0 && costs[i]! < costs[i - 1]!) sorted = false;
      }
      if (!sorted) {
        const order = kids.map((_, i) => i).sort((a, b) => costs[a]! - costs[b]! || a - b);
        n.children = order.map((i) => kids[i]!);
      }
      return total;
    }
  }
}

export class RuleSet {
  /** every rule by name, including synthetic subscope rules */
  readonly rules: Map<string, Rule>;
  /** namespace (and each prefix) → rules registered under it */
  private readonly nsIndex = new Map<string, Rule[]>();
  private readonly deps = new Map<string, string[]>();
  private readonly byScope = new Map<Scope, Rule[]>();
  /** all rules, dependency-first */
  readonly ordered: Rule[];

  constructor(input: readonly Rule[], opts: RuleSetOptions = {}) {
    const errors = opts.errors;
    const report = (e: RuleError): void => {
      if (errors) errors.push(e);
      else throw e;
    };

    // 1. duplicate names
    const rules = new Map<string, Rule>();
    for (const r of input) {
      if (rules.has(r.name)) {
        report(ruleErr(r, `duplicate rule name: ${r.name}`));
        continue;
      }
      rules.set(r.name, opts.prepared ? r : { ...r, root: cloneNode(r.root) });
    }

    // 2. subscope extraction (work-list: synthetic rules are scanned too)
    const work = opts.prepared ? [] : [...rules.values()];
    const counters = new Map<string, number>();
    const newName = (parent: string): string => {
      for (;;) {
        const k = (counters.get(parent) ?? 0) + 1;
        counters.set(parent, k);
        const name = `${parent}/${hex128(`${parent}\u0000${k}`)}`;
        if (!rules.has(name)) return name;
      }
    };
    const synthetic: Rule[] = [];
    for (let w = 0; w < work.length; w++) {
      const rule = work[w]!;
      const rec = (n: Node): void => {
        if (n.kind === 'feature' || n.kind === 'range') return;
        if (n.kind === 'and' || n.kind === 'or' || n.kind === 'some') {
          n.children = n.children.map((c) => (c.kind === 'subscope' ? extract(c) : c));
        } else if (n.child.kind === 'subscope') {
          (n as { child: Node }).child = extract(n.child);
        }
        for (const c of childrenOf(n)) rec(c);
      };
      const extract = (sub: Extract<Node, { kind: 'subscope' }>): FeatureNode => {
        const name = newName(rule.name);
        const isStatic = STATIC_SUBSCOPES.has(sub.scope);
        const scopes = isStatic
          ? { static: sub.scope as StaticScope, dynamic: null }
          : { static: null, dynamic: sub.scope as DynamicScope };
        const meta: RuleMeta = {
          name, authors: [], description: '', lib: true, scopes, attack: [], mbc: [], references: [], examples: [],
          maec: {}, isSubscopeRule: true, parent: rule.name,
          raw: { name, scopes: { static: scopes.static, dynamic: scopes.dynamic }, lib: true, 'capa/subscope-rule': true, 'capa/parent': rule.name },
        };
        const srule: Rule = { name, meta, root: sub.child, source: '', ...(rule.path !== undefined ? { path: rule.path } : {}) };
        rules.set(name, srule);
        synthetic.push(srule);
        work.push(srule);
        return { kind: 'feature', feature: makeFeature('match', name) };
      };
      rec(rule.root);
    }
    this.rules = rules;

    // optimizer (capa runs it after the checks below; it changes nothing they look at, and running
    // it first makes dependency order identical for fresh and cached (already optimized) rules)
    if (!opts.prepared) for (const r of rules.values()) optimizeNode(r.root);

    // 3. namespace index and `match:` resolution
    for (const r of rules.values()) {
      const ns = r.meta.namespace;
      if (!ns) continue;
      const parts = ns.split('/');
      for (let i = 1; i <= parts.length; i++) {
        const key = parts.slice(0, i).join('/');
        let list = this.nsIndex.get(key);
        if (!list) this.nsIndex.set(key, (list = []));
        list.push(r);
      }
    }
    for (const r of rules.values()) {
      const out: string[] = [];
      const seen = new Set<string>();
      const add = (name: string): void => {
        if (!seen.has(name)) { seen.add(name); out.push(name); }
      };
      const rec = (n: Node): void => {
        if (n.kind === 'feature') {
          if (n.feature.type !== 'match') return;
          const target = n.feature.value as string;
          const members = this.nsIndex.get(target);
          if (members) for (const m of members) add(m.name);
          else add(target);
          return;
        }
        for (const c of childrenOf(n)) rec(c);
      };
      rec(r.root);
      this.deps.set(r.name, out);
    }
    const missing = new Set<string>();
    for (const r of rules.values()) {
      for (const d of this.deps.get(r.name)!) {
        if (!rules.has(d)) {
          report(ruleErr(r, `rule "${r.name}" depends on missing rule "${d}"`, new RegExp(`match\\s*:\\s*["']?${escapeRe(d)}`), rules));
          missing.add(d);
        }
      }
    }

    // rules capa's index builder rejects
    for (const r of rules.values()) {
      if (!hasRequiredFeature(r.root)) {
        const who = r.meta.parent !== undefined ? `rule "${r.meta.parent}" (subscope block)` : `rule "${r.name}"`;
        report(ruleErr(r.meta.parent !== undefined ? rules.get(r.meta.parent) ?? r : r,
          `${who} has no feature that must be present (only not/optional/zero counts); capa cannot index it`));
      }
    }

    // 4. empty set
    if (rules.size === 0) report(new RuleError('no rules selected'));


    // 6. dependency-first order (DFS; a rule met again while on the stack closes a cycle)
    const state = new Map<string, 1 | 2>();
    const ordered: Rule[] = [];
    const cyclic = new Set<string>();
    const visit = (name: string): void => {
      const s = state.get(name);
      if (s === 2) return;
      if (s === 1) {
        if (!cyclic.has(name)) {
          cyclic.add(name);
          report(ruleErr(rules.get(name), `rule "${name}" has a circular dependency`, /^\s*-?\s*match\s*:/, rules));
        }
        return;
      }
      const r = rules.get(name);
      if (!r) return; // missing, already reported
      state.set(name, 1);
      for (const d of this.deps.get(name)!) visit(d);
      state.set(name, 2);
      ordered.push(r);
    };
    for (const name of rules.keys()) visit(name);
    this.ordered = ordered;
    for (const sc of ALL_SCOPES) this.byScope.set(sc, []);
    for (const r of ordered) {
      const { static: st, dynamic: dy } = r.meta.scopes;
      if (st) this.byScope.get(st)!.push(r);
      if (dy && dy !== st) this.byScope.get(dy)!.push(r);
    }
  }

  /** Rules whose static or dynamic scope is `scope`, dependencies before dependents. */
  rulesForScope(scope: Scope): Rule[] {
    return this.byScope.get(scope) ?? [];
  }

  /** Direct dependencies of a rule (namespace `match:` expanded to its members). */
  dependencies(name: string): string[] {
    return this.deps.get(name) ?? [];
  }

  /** Rules registered under a namespace or any of its sub-namespaces. */
  namespaceMembers(ns: string): Rule[] {
    return this.nsIndex.get(ns) ?? [];
  }

  /** True when `key` is a namespace (or namespace prefix) of some rule; such `match:` wins over rule names. */
  isNamespace(key: string): boolean {
    return this.nsIndex.has(key);
  }

  /** every namespace key (each namespace and prefix) */
  namespaces(): IterableIterator<string> {
    return this.nsIndex.keys();
  }

  get size(): number {
    return this.rules.size;
  }

  /** rules as written (the synthetic subscope rules not counted) */
  get ruleCount(): number {
    let n = 0;
    for (const r of this.rules.values()) if (!r.meta.isSubscopeRule) n++;
    return n;
  }
}
