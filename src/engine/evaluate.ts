// Node evaluation (capa-semantics.md §3.2).
//
// Two modes, as in capa: a short-circuit pass that only answers "does it match?" (no Result trees
// are built, so the common no-match case allocates nothing), and a full pass, run only for rules
// that matched, which records every child (true or false) for the match tree (§5.3).

import type { AddrKey, Address } from '../features/address.js';
import type { Node, FeatureNode } from './ast.js';
import type { FeatureEntry, FeatureSet } from './featureset.js';
import { mayContain, requiredLiteral, type RegexLiteral } from './regex-literal.js';

export interface Result {
  readonly success: boolean;
  readonly node: Node;
  readonly children: Result[];
  /** addresses of successful feature/range nodes (empty for statements) */
  readonly locations: Address[];
  /** substring/regex only: matched string value → its addresses */
  readonly captures?: Map<string, Address[]>;
}

export class EngineError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'EngineError';
    this.code = code;
  }
}

/**
 * What evaluation reads. `strings`/`bytes`/`oses` are the set's entries of those types in
 * insertion order; they are computed on first need and stay valid while only `match` features are
 * added (the only mutation during a scope's rule loop).
 */
export interface EvalContext {
  readonly fs: FeatureSet;
  strings?: FeatureEntry[];
  bytes?: FeatureEntry[];
  oses?: FeatureEntry[];
  /** lower-cased `strings` values (sparse, filled on demand) for regex literal pre-checks */
  lowers?: string[];
}

export function makeContext(fs: FeatureSet): EvalContext {
  return { fs };
}

function fillTypeLists(ctx: EvalContext): void {
  const strings: FeatureEntry[] = [];
  const bytes: FeatureEntry[] = [];
  const oses: FeatureEntry[] = [];
  for (const e of ctx.fs.values()) {
    const t = e.feature.type;
    if (t === 'string') strings.push(e);
    else if (t === 'bytes') bytes.push(e);
    else if (t === 'os') oses.push(e);
  }
  ctx.strings = strings;
  ctx.bytes = bytes;
  ctx.oses = oses;
  ctx.lowers = undefined;
}

const regexCache = new WeakMap<FeatureNode, RegExp>();

/** The compiled regex of a regex leaf: the rules stage supplies `re`; else compile `/…/[i]`. */
export function regexOf(node: FeatureNode): RegExp {
  if (node.re !== undefined) return node.re;
  let re = regexCache.get(node);
  if (re === undefined) {
    const text = String(node.feature.value);
    const ci = text.endsWith('/i') && text.length >= 2;
    const body = text.startsWith('/') ? text.slice(1, ci ? -2 : text.endsWith('/') ? -1 : undefined) : text;
    try {
      re = new RegExp(body, ci ? 'si' : 's');
    } catch (e) {
      throw new EngineError('bad-regex', `invalid regex ${text}: ${(e as Error).message}`);
    }
    regexCache.set(node, re);
  }
  return re;
}

function reTest(re: RegExp, s: string): boolean {
  if (re.global || re.sticky) re.lastIndex = 0;
  return re.test(s);
}

/** a regex leaf's required literal (null: none), see regex-literal.ts */
const literalCache = new WeakMap<FeatureNode, RegexLiteral | null>();

export function literalOf(node: FeatureNode): RegexLiteral | null {
  let lit = literalCache.get(node);
  if (lit === undefined) {
    const re = regexOf(node);
    lit = requiredLiteral(re.source, re.flags) ?? null;
    literalCache.set(node, lit);
  }
  return lit;
}

/** Does the substring/regex leaf `node` match the string value `s`? */
export function stringMatches(node: FeatureNode, s: string): boolean {
  if (node.feature.type === 'substring') return s.includes(node.feature.value as string);
  const lit = literalOf(node);
  if (lit !== null && !mayContain(lit, s)) return false;
  return reTest(regexOf(node), s);
}

/**
 * `stringMatches` for the i-th string entry of `ctx`, with the regex's literal checked first
 * against the entry's cached lower-cased value (one lower-casing per string, not per regex).
 */
function stringMatchesAt(node: FeatureNode, lit: RegexLiteral | null, ctx: EvalContext, i: number): boolean {
  const s = ctx.strings![i]!.feature.value as string;
  if (node.feature.type === 'substring') return s.includes(node.feature.value as string);
  if (lit !== null) {
    let hay = s;
    if (lit.ci) {
      // toLowerCase folds at least the ASCII letters: it rejects nothing the regex could match
      const lows = (ctx.lowers ??= []);
      hay = lows[i] ??= s.toLowerCase();
    }
    if (!hay.includes(lit.text)) return false;
  }
  return reTest(regexOf(node), s);
}

function startsWith(hay: Uint8Array, prefix: Uint8Array): boolean {
  if (hay.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (hay[i] !== prefix[i]) return false;
  return true;
}

/** First bytes entry (insertion order) whose value starts with the node's bytes. */
function bytesHit(node: FeatureNode, ctx: EvalContext): FeatureEntry | undefined {
  if (ctx.bytes === undefined) fillTypeLists(ctx);
  const want = node.feature.value as Uint8Array;
  for (const e of ctx.bytes!) if (startsWith(e.feature.value as Uint8Array, want)) return e;
  return undefined;
}

/** First os entry equal to the node's os, with `any` a wildcard on either side. */
function osHit(node: FeatureNode, ctx: EvalContext): FeatureEntry | undefined {
  if (ctx.oses === undefined) fillTypeLists(ctx);
  const want = node.feature.value;
  for (const e of ctx.oses!) {
    const v = e.feature.value;
    if (want === 'any' || v === 'any' || v === want) return e;
  }
  return undefined;
}

function featureMatches(node: FeatureNode, ctx: EvalContext): boolean {
  switch (node.feature.type) {
    case 'substring':
    case 'regex': {
      if (ctx.strings === undefined) fillTypeLists(ctx);
      const lit = node.feature.type === 'regex' ? literalOf(node) : null;
      const n = ctx.strings!.length;
      for (let i = 0; i < n; i++) if (stringMatchesAt(node, lit, ctx, i)) return true;
      return false;
    }
    case 'bytes':
      return bytesHit(node, ctx) !== undefined;
    case 'os':
      return osHit(node, ctx) !== undefined;
    default:
      return ctx.fs.has(node.feature.key);
  }
}

/** Short-circuit evaluation: success only. */
export function matchesNode(node: Node, ctx: EvalContext): boolean {
  switch (node.kind) {
    case 'feature':
      return featureMatches(node, ctx);
    case 'and':
      for (const c of node.children) if (!matchesNode(c, ctx)) return false;
      return true;
    case 'or':
      for (const c of node.children) if (matchesNode(c, ctx)) return true;
      return false;
    case 'not':
      return !matchesNode(node.child, ctx);
    case 'some': {
      // like capa's short-circuit loop: a count of 0 needs at least one child to be evaluated
      let n = 0;
      for (const c of node.children) {
        if (matchesNode(c, ctx)) n++;
        if (n >= node.count) return true;
      }
      return false;
    }
    case 'range': {
      const e = ctx.fs.get(node.child.feature.key);
      const n = BigInt(e === undefined ? 0 : e.locs.size);
      if (node.min === 0n && n === 0n) return true;
      return node.min <= n && n <= node.max;
    }
    case 'subscope':
      throw new EngineError('subscope', 'cannot evaluate a subscope directly (it must be extracted into its own rule)');
  }
}

const NO_LOCATIONS: Address[] = [];

function featureResult(node: FeatureNode, ctx: EvalContext): Result {
  switch (node.feature.type) {
    case 'substring':
    case 'regex': {
      if (ctx.strings === undefined) fillTypeLists(ctx);
      const captures = new Map<string, Address[]>();
      const all = new Map<AddrKey, Address>();
      const lit = node.feature.type === 'regex' ? literalOf(node) : null;
      const strings = ctx.strings!;
      for (let i = 0; i < strings.length; i++) {
        if (!stringMatchesAt(node, lit, ctx, i)) continue;
        const e = strings[i]!;
        const s = e.feature.value as string;
        captures.set(s, e.locs.values());
        e.locs.forEach((a, k) => all.set(k, a));
      }
      return { success: captures.size > 0, node, children: [], locations: [...all.values()], captures };
    }
    case 'bytes': {
      const e = bytesHit(node, ctx);
      return { success: e !== undefined, node, children: [], locations: e ? e.locs.values() : NO_LOCATIONS };
    }
    case 'os': {
      const e = osHit(node, ctx);
      return { success: e !== undefined, node, children: [], locations: e ? e.locs.values() : NO_LOCATIONS };
    }
    default: {
      const e = ctx.fs.get(node.feature.key);
      return { success: e !== undefined, node, children: [], locations: e ? e.locs.values() : NO_LOCATIONS };
    }
  }
}

/** Full (non-short-circuit) evaluation: every child is evaluated and recorded. */
export function evaluateFull(node: Node, ctx: EvalContext): Result {
  switch (node.kind) {
    case 'feature':
      return featureResult(node, ctx);
    case 'and': {
      const children = node.children.map((c) => evaluateFull(c, ctx));
      return { success: children.every((r) => r.success), node, children, locations: NO_LOCATIONS };
    }
    case 'or': {
      const children = node.children.map((c) => evaluateFull(c, ctx));
      return { success: children.some((r) => r.success), node, children, locations: NO_LOCATIONS };
    }
    case 'not': {
      const child = evaluateFull(node.child, ctx);
      return { success: !child.success, node, children: [child], locations: NO_LOCATIONS };
    }
    case 'some': {
      const children = node.children.map((c) => evaluateFull(c, ctx));
      let n = 0;
      for (const r of children) if (r.success) n++;
      return { success: n >= node.count, node, children, locations: NO_LOCATIONS };
    }
    case 'range': {
      const e = ctx.fs.get(node.child.feature.key);
      const count = e === undefined ? 0 : e.locs.size;
      if (node.min === 0n && count === 0) return { success: true, node, children: [], locations: NO_LOCATIONS };
      const n = BigInt(count);
      return {
        success: node.min <= n && n <= node.max,
        node,
        children: [],
        locations: e === undefined ? NO_LOCATIONS : e.locs.values(),
      };
    }
    case 'subscope':
      throw new EngineError('subscope', 'cannot evaluate a subscope directly (it must be extracted into its own rule)');
  }
}

/**
 * Evaluate `node` against `fs`. Default: full evaluation (the recorded form). With
 * `shortCircuit: true` the success is computed the fast way and the returned Result has no
 * children (capa's first pass).
 */
export function evaluate(node: Node, fs: FeatureSet, opts: { shortCircuit?: boolean; ctx?: EvalContext } = {}): Result {
  const ctx = opts.ctx ?? makeContext(fs);
  if (opts.shortCircuit) return { success: matchesNode(node, ctx), node, children: [], locations: NO_LOCATIONS };
  return evaluateFull(node, ctx);
}
