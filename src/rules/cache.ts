// Rule cache (spec §2.6): a RuleSet's rules as a compact string and back, plus capa's cache key.
//
// The cached rules are the RuleSet's final ones (subscopes extracted, children optimized), so a
// warm load only rebuilds the indexes. Logic trees are compact arrays; meta is stored as the raw
// YAML block (the rest is re-derived by the parser's own deriveMeta); a rule's source and path are
// not stored but taken from the current file with the same SHA-256 (the key guarantees the set of
// files is the same), so moved rule directories still hit. In raw meta, values JSON cannot hold are
// tagged: bigint {"$b":"…"}, Uint8Array {"$x":"hex"}, Date {"$d":"iso"}, RegExp {"$r":[src, flags]};
// a plain object with a `$`-key of its own is wrapped as {"$o":{…}}.

import type { FeatureNode, Node, Rule, RuleMeta, Scope, Scopes } from '../engine/ast.js';
import type { FeatureType, FeatureValue, PropertyAccess } from '../features/feature.js';
import { bytesToHex, makeFeature } from '../features/feature.js';
import { deriveMeta } from './parse.js';
import { sha256 as sha256Pure } from '../features/hashes.js';
import { VERSION } from '../version.js';
import { RuleSet } from './ruleset.js';

/** bump when the encoding or the Rule shape changes */
export const CACHE_FORMAT = 4;

export type HashFn = (data: Uint8Array) => string;

const utf8 = new TextEncoder();

/** SHA-256 over (version, NUL, sorted per-file SHA-256 hex each followed by NUL). */
export function ruleCacheKey(fileHashes: readonly string[], opts: { version?: string; sha256?: HashFn } = {}): string {
  const h = opts.sha256 ?? sha256Pure;
  const version = `${opts.version ?? VERSION}+cache${CACHE_FORMAT}`;
  let s = version + '\u0000';
  for (const fh of [...fileHashes].sort()) s += fh + '\u0000';
  return h(utf8.encode(s));
}

export function fileHash(text: string, sha256: HashFn = sha256Pure): string {
  return sha256(utf8.encode(text));
}

export class RuleCacheError extends Error {
  readonly code = 'BAD_RULE_CACHE';
}

function encode(v: unknown, depth = 0): unknown {
  if (depth > 500) throw new RuleCacheError('rule tree too deep to cache');
  if (v === null || typeof v !== 'object') {
    if (typeof v === 'bigint') return { $b: v.toString() };
    if (typeof v === 'number' && !Number.isFinite(v)) return { $f: String(v) };
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => encode(x, depth + 1));
  if (v instanceof Uint8Array) return { $x: bytesToHex(v) };
  if (v instanceof Date) return { $d: v.toISOString() };
  if (v instanceof RegExp) return { $r: [v.source, v.flags] };
  if (v instanceof Map) return encode(Object.fromEntries(v), depth);
  const o: Record<string, unknown> = {};
  let dollar = false;
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined) continue;
    if (k[0] === '$') dollar = true;
    o[k] = encode(x, depth + 1);
  }
  return dollar ? { $o: o } : o;
}

function hexToBytes(h: string): Uint8Array {
  if (h.length % 2 !== 0 || !/^[0-9a-f]*$/.test(h)) throw new RuleCacheError('bad hex in rule cache');
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

function decode(v: unknown, depth = 0): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (depth > 500) throw new RuleCacheError('rule cache too deep');
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      if (x !== null && typeof x === 'object') v[i] = decode(x, depth + 1);
    }
    return v;
  }
  const o = v as Record<string, unknown>;
  const k = Object.keys(o);
  if (k.length === 1 && k[0]![0] === '$') {
    const t = o[k[0]!];
    switch (k[0]) {
      case '$b': return BigInt(t as string);
      case '$x': return hexToBytes(t as string);
      case '$d': return new Date(t as string);
      case '$f': return Number(t as string);
      case '$r': {
        const [src, flags] = t as [string, string];
        return new RegExp(src, flags);
      }
      case '$o': {
        const inner = t as Record<string, unknown>;
        for (const key of Object.keys(inner)) inner[key] = decode(inner[key], depth + 1);
        return inner;
      }
      default: throw new RuleCacheError(`unknown tag ${k[0]} in rule cache`);
    }
  }
  for (const key of k) {
    const x = o[key];
    if (x !== null && typeof x === 'object') o[key] = decode(x, depth + 1);
  }
  return o;
}

// ---- logic trees: compact arrays; feature keys are recomputed by makeFeature on the way back

type Enc = unknown[];

function encValue(v: unknown): unknown {
  if (v === null || typeof v === 'string') return v;
  if (typeof v === 'bigint') return { b: v.toString() };
  if (typeof v === 'number') return { n: Number.isFinite(v) ? v : String(v) };
  if (v instanceof Uint8Array) return { x: bytesToHex(v) };
  throw new RuleCacheError('unexpected feature value');
}

function decValue(v: unknown): FeatureValue {
  if (v === null || typeof v === 'string') return v;
  const o = v as { b?: string; n?: number | string; x?: string };
  if (o.b !== undefined) return BigInt(o.b);
  if (o.n !== undefined) return Number(o.n);
  if (o.x !== undefined) return hexToBytes(o.x);
  throw new RuleCacheError('bad feature value in rule cache');
}

function encFeature(n: FeatureNode): Enc {
  const f = n.feature;
  const e: Enc = [0, f.type, encValue(f.value), f.description ?? null, f.index ?? null, f.access ?? null,
    n.re ? n.re.source : null, n.re ? n.re.flags : null];
  // trailing nulls are implied (most leaves have no description, index, access or regex)
  while (e.length > 3 && e[e.length - 1] === null) e.pop();
  return e;
}

const NO_OPTS = {};

function decFeature(e: Enc): FeatureNode {
  const type = e[1] as FeatureType;
  const description = (e[3] ?? null) as string | null;
  const index = (e[4] ?? null) as number | null;
  const access = (e[5] ?? null) as PropertyAccess | null;
  const reSrc = (e[6] ?? null) as string | null;
  let opts: { index?: number; access?: PropertyAccess; description?: string } = NO_OPTS;
  if (index !== null || access !== null || description !== null) {
    opts = {};
    if (index !== null) opts.index = index;
    if (access !== null) opts.access = access;
    if (description !== null) opts.description = description;
  }
  const feature = makeFeature(type, decValue(e[2]), opts);
  const reFlags = (e[7] ?? null) as string | null;
  return reSrc !== null ? { kind: 'feature', feature, re: new RegExp(reSrc, reFlags ?? '') } : { kind: 'feature', feature };
}

function encNode(n: Node, depth = 0): Enc {
  if (depth > 500) throw new RuleCacheError('rule tree too deep to cache');
  const d = (n as { description?: string }).description ?? null;
  switch (n.kind) {
    case 'feature': return encFeature(n);
    case 'and': return [1, d, ...n.children.map((c) => encNode(c, depth + 1))];
    case 'or': return [2, d, ...n.children.map((c) => encNode(c, depth + 1))];
    case 'not': return [3, d, encNode(n.child, depth + 1)];
    case 'some': return [4, d, n.count, ...n.children.map((c) => encNode(c, depth + 1))];
    case 'range': return [5, d, n.min.toString(), n.max.toString(), encFeature(n.child)];
    case 'subscope': return [6, d, n.scope, encNode(n.child, depth + 1)];
  }
}

function decKids(e: unknown[], from: number, depth: number): Node[] {
  const out: Node[] = new Array<Node>(e.length - from);
  for (let i = from; i < e.length; i++) out[i - from] = decNode(e[i], depth + 1);
  return out;
}

function decNode(e: unknown, depth = 0): Node {
  if (!Array.isArray(e) || depth > 500) throw new RuleCacheError('malformed rule tree in cache');
  const tag = e[0] as number;
  if (tag === 0) return decFeature(e);
  let n: Node;
  switch (tag) {
    case 1: n = { kind: 'and', children: decKids(e, 2, depth) }; break;
    case 2: n = { kind: 'or', children: decKids(e, 2, depth) }; break;
    case 3: n = { kind: 'not', child: decNode(e[2], depth + 1) }; break;
    case 4: n = { kind: 'some', count: e[2] as number, children: decKids(e, 3, depth) }; break;
    case 5: n = { kind: 'range', min: BigInt(e[2] as string), max: BigInt(e[3] as string), child: decFeature(e[4] as Enc) }; break;
    case 6: n = { kind: 'subscope', scope: e[2] as Scope, child: decNode(e[3], depth + 1) }; break;
    default: throw new RuleCacheError(`unknown node tag ${String(tag)} in rule cache`);
  }
  if (e[1] !== null) (n as { description?: string }).description = e[1] as string;
  return n;
}

interface CachedRule {
  /** rule name */
  n: string;
  /** SHA-256 of the file the rule (or its parent, for synthetic rules) came from */
  h: string | null;
  /** path, only when the file hash is unknown */
  p?: string;
  /** source text, only when it can't be recovered from the file (h unknown) */
  s?: string;
  /**
   * parsed rules: the raw meta as a JSON string (parsed, and the rest re-derived, only when a
   * field other than name/namespace/lib/scopes is read); synthetic rules: the whole meta
   */
  m: unknown;
  /** 1 when `m` may hold tagged values (`$b`, `$x`, …): only then is it walked to decode them */
  tg?: 1;
  sc?: Scopes;
  /** parsed rules: meta.namespace, meta.lib (when true), meta.name (when not the rule name) */
  ns?: string;
  lib?: 1;
  mn?: string;
  t: Enc;
}

export interface CachedFile {
  path: string;
  text: string;
}

/**
 * A RuleSet's rules (all, in construction order) as a string. `fileHashOfPath` maps a rule's path
 * to its file's SHA-256: such rules store neither path nor source, both come back from the file.
 */
export function serializeRuleSet(rs: RuleSet, fileHashOfPath?: (path: string) => string | undefined): string {
  const out: CachedRule[] = [];
  for (const r of rs.rules.values()) {
    const h = r.path !== undefined && fileHashOfPath ? fileHashOfPath(r.path) ?? null : null;
    const c: CachedRule = { n: r.name, h, m: null, t: encNode(r.root) };
    if (h === null && r.path !== undefined) c.p = r.path;
    if (h === null && r.source !== '') c.s = r.source;
    // every tag is written as a `"$…":` key; a string merely containing `"$` only costs a walk
    if (r.meta.isSubscopeRule) {
      c.m = encode(r.meta);
      if (JSON.stringify(c.m).includes('"$')) c.tg = 1;
    } else {
      const raw = JSON.stringify(encode(r.meta.raw));
      c.m = raw;
      if (raw.includes('"$')) c.tg = 1;
      c.sc = r.meta.scopes;
      if (r.meta.namespace !== undefined) c.ns = r.meta.namespace;
      if (r.meta.lib) c.lib = 1;
      if (r.meta.name !== r.name) c.mn = r.meta.name;
    }
    out.push(c);
  }
  return JSON.stringify({ format: CACHE_FORMAT, rules: out });
}

/**
 * A parsed rule's meta whose name, namespace, lib and scopes (all that building a RuleSet and
 * matching read) are plain fields; every other field parses the cached raw meta and derives the
 * rest (deriveMeta, as the parser does) on first read. Same keys, same order, same values as
 * deriveMeta's result; most rules never match, so most metas are never parsed.
 */
function lazyMeta(name: string, ns: string | undefined, lib: boolean, scopes: Scopes, rawJson: string, tagged: boolean): RuleMeta {
  let full: RuleMeta | undefined;
  const derive = (): RuleMeta => {
    if (full === undefined) {
      let raw: unknown;
      try {
        raw = JSON.parse(rawJson);
      } catch (e) {
        throw new RuleCacheError(`rule cache meta is not JSON: ${(e as Error).message}`);
      }
      full = deriveMeta((tagged ? decode(raw) : raw) as Record<string, unknown>, scopes);
    }
    return full;
  };
  const meta: Record<string, unknown> = { name };
  const lazy = (k: keyof RuleMeta): void => {
    Object.defineProperty(meta, k, { get: () => derive()[k], enumerable: true, configurable: true });
  };
  if (ns !== undefined) meta.namespace = ns;
  lazy('authors');
  lazy('description');
  meta.lib = lib;
  meta.scopes = scopes;
  lazy('attack');
  lazy('mbc');
  lazy('references');
  lazy('examples');
  lazy('maec');
  meta.isSubscopeRule = false;
  lazy('raw');
  return meta as unknown as RuleMeta;
}

/**
 * Rules back from `serializeRuleSet`. `fileOfHash` gives the current file (path and text) with that
 * SHA-256. Throws RuleCacheError on anything malformed.
 */
export function deserializeRules(text: string, fileOfHash?: (hash: string) => CachedFile | undefined): Rule[] {
  let doc: { format?: unknown; rules?: unknown };
  try {
    doc = JSON.parse(text) as typeof doc;
  } catch (e) {
    throw new RuleCacheError(`rule cache is not JSON: ${(e as Error).message}`);
  }
  if (doc === null || typeof doc !== 'object' || doc.format !== CACHE_FORMAT || !Array.isArray(doc.rules)) {
    throw new RuleCacheError('rule cache has an unknown format');
  }
  const rules: Rule[] = [];
  for (const c of doc.rules as CachedRule[]) {
    if (c === null || typeof c !== 'object' || typeof c.n !== 'string') throw new RuleCacheError('malformed rule in cache');
    let path = c.p;
    let source = c.s ?? '';
    let file: CachedFile | undefined;
    if (c.h !== null) {
      file = fileOfHash?.(c.h);
      if (!file) throw new RuleCacheError('rule cache refers to a file that is gone');
      path = file.path;
    }
    let meta: RuleMeta;
    if (c.sc) {
      if (typeof c.m !== 'string') throw new RuleCacheError('malformed rule meta in cache');
      meta = lazyMeta(c.mn ?? c.n, c.ns, c.lib === 1, c.sc, c.m, c.tg === 1);
    } else meta = (c.tg === 1 ? decode(c.m) : c.m) as RuleMeta;
    const rule: Rule = { name: c.n, meta, root: decNode(c.t), source, ...(path !== undefined ? { path } : {}) };
    if (file !== undefined && c.sc) {
      // the file's text only when asked for (it may not even be decoded yet)
      const f = file;
      Object.defineProperty(rule, 'source', { get: () => f.text, enumerable: true, configurable: true });
    }
    rules.push(rule);
  }
  return rules;
}

/** RuleSet from cached (already prepared) rules. */
export function ruleSetFromCache(text: string, fileOfHash?: (hash: string) => CachedFile | undefined): RuleSet {
  return new RuleSet(deserializeRules(text, fileOfHash), { prepared: true });
}
