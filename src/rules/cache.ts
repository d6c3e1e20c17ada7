// Pre-built rule sets (spec §2.6): a RuleSet as bytes and back, plus capa's cache key.
//
// What is stored is everything a RuleSet computes from its rules: the final rules (subscopes
// extracted, children optimized), their dependency order, dependencies, per-scope lists and each
// scope's candidate index (src/engine/match.ts ScopeIndexData). Loading it validates nothing and
// looks into no rule: a rule's logic tree is decoded the first time the matcher evaluates that
// rule, its meta the first time a field beyond name/namespace/lib/scopes is read, and its source
// the first time it is shown. A warm start therefore costs about one JSON.parse of a small header.
//
// Layout (format 5), all text UTF-8:
//
//   capa-ts rules\n           magic
//   5\n                       CACHE_FORMAT
//   <n>\n                     byte length of the header
//   <header: n bytes of JSON>
//   <body>                    per rule its logic tree (compact JSON arrays) and raw meta (JSON),
//                             per scope its index; the header holds their [start, end) offsets
//                             relative to the start of the body
//
// A rule's source and path are not stored but taken from the current file with the same SHA-256
// (`fileOfHash`; the cache key guarantees the same set of files), so a moved rules directory still
// hits. In raw meta, values JSON cannot hold are tagged: bigint {"$b":"…"}, Uint8Array {"$x":"hex"},
// Date {"$d":"iso"}, RegExp {"$r":[src, flags]}; a plain object with a `$`-key of its own is
// wrapped as {"$o":{…}}.
//
// Stable API (the CLI's rule cache, the scan workers and the browser app use it):
//   serializeRuleSet(rs, fileHashOfPath?) → Uint8Array
//   loadPrebuiltRuleSet(bytes, fileOfHash?) → RuleSet        (throws RuleCacheError when malformed)
//   ruleCacheKey(fileHashes, {version?, sha256?}) → hex key   (what the CLI names cache files by)
// Bump CACHE_FORMAT whenever the layout or the Rule shape changes; old files are then rejected.

import type { FeatureNode, Node, Rule, RuleMeta, Scope, Scopes } from '../engine/ast.js';
import type { FeatureType, FeatureValue, PropertyAccess } from '../features/feature.js';
import { bytesToHex, makeFeature } from '../features/feature.js';
import { buildScopeMatchers, INDEX_ORDER, type ScopeIndexData } from '../engine/match.js';
import type { RegexLiteral } from '../engine/regex-literal.js';
import { deriveMeta } from './parse.js';
import { sha256 as sha256Pure } from '../features/hashes.js';
import { VERSION } from '../version.js';
import { ALL_SCOPES, RuleSet, syntheticRuleMeta } from './ruleset.js';

/** bump when the encoding or the Rule shape changes */
export const CACHE_FORMAT = 5;

const MAGIC = 'capa-ts rules\n';

export type HashFn = (data: Uint8Array) => string;

const utf8 = new TextEncoder();
const utf8Decoder = new TextDecoder();

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

/** lower-case hex digit → value, -1 for anything else */
const HEX_VALUE: Int8Array = (() => {
  const t = new Int8Array(128).fill(-1);
  for (let i = 0; i < 16; i++) t['0123456789abcdef'.charCodeAt(i)] = i;
  return t;
})();

function hexToBytes(h: string): Uint8Array {
  if (h.length % 2 !== 0) throw new RuleCacheError('bad hex in rule cache');
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) {
    const a = h.charCodeAt(2 * i);
    const b = h.charCodeAt(2 * i + 1);
    const hi = a < 128 ? HEX_VALUE[a]! : -1;
    const lo = b < 128 ? HEX_VALUE[b]! : -1;
    if (hi < 0 || lo < 0) throw new RuleCacheError('bad hex in rule cache');
    out[i] = (hi << 4) | lo;
  }
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

// ---- the pre-built form

/** [start, end) in the body */
type Span = [number, number];

interface CachedRule {
  /** rule name */
  n: string;
  /** SHA-256 of the file the rule (or its parent, for synthetic rules) came from */
  h: string | null;
  /** path, only when the file hash is unknown */
  p?: string;
  /** source text, only when it can't be recovered from the file (h unknown) */
  s?: string;
  sc: Scopes;
  /** logic tree */
  t: Span;
  /** parsed rules: raw meta JSON; meta.namespace, meta.lib (when true), meta.name (when not the rule name) */
  m?: Span;
  /** 1 when the raw meta may hold tagged values (`$b`, `$x`, …): only then is it walked to decode them */
  tg?: 1;
  ns?: string;
  lib?: 1;
  mn?: string;
  /** synthetic subscope rules: the parent rule's name */
  par?: string;
}

interface Header {
  format: number;
  rules: CachedRule[];
  ordered: number[];
  deps: number[][];
  byScope: Partial<Record<Scope, number[]>>;
  indexes: Partial<Record<Scope, Span>>;
}

type EncScan = [number, Enc, ...unknown[]];

interface EncIndex {
  always: number[];
  byKey: Array<[string, number[]]>;
  strings: Array<[number, Enc, RegexLiteral | null]>;
  bytes: EncScan[];
  os: EncScan[];
}

export interface CachedFile {
  path: string;
  text: string;
}

class BodyWriter {
  private readonly parts: Uint8Array[] = [];
  private size = 0;
  add(text: string): Span {
    const b = utf8.encode(text);
    this.parts.push(b);
    const start = this.size;
    this.size += b.length;
    return [start, this.size];
  }
  bytes(): Uint8Array {
    const out = new Uint8Array(this.size);
    let o = 0;
    for (const p of this.parts) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }
}

function encodeIndex(d: ScopeIndexData): EncIndex {
  return {
    always: [...d.always],
    byKey: d.byKey.map(([k, l]) => [k, [...l]]),
    strings: d.strings.map((sc) => [sc.rule, encFeature(sc.node), sc.lit]),
    bytes: d.bytes.map((sc) => [sc.rule, encFeature(sc.node)]),
    os: d.os.map((sc) => [sc.rule, encFeature(sc.node)]),
  };
}

function decodeIndex(e: EncIndex): ScopeIndexData {
  if (e === null || typeof e !== 'object' || !Array.isArray(e.always) || !Array.isArray(e.byKey)) {
    throw new RuleCacheError('malformed index in rule cache');
  }
  return {
    always: e.always,
    byKey: e.byKey,
    strings: e.strings.map(([rule, n, lit]) => ({ rule, node: decFeature(n), lit })),
    bytes: e.bytes.map(([rule, n]) => ({ rule, node: decFeature(n) })),
    os: e.os.map(([rule, n]) => ({ rule, node: decFeature(n) })),
  };
}

/**
 * A RuleSet in the pre-built form. `fileHashOfPath` maps a rule's path to its file's SHA-256: such
 * rules store neither path nor source, both come back from the file when loading.
 */
export function serializeRuleSet(rs: RuleSet, fileHashOfPath?: (path: string) => string | undefined): Uint8Array {
  const body = new BodyWriter();
  const all = [...rs.rules.values()];
  const pos = new Map<string, number>(all.map((r, i) => [r.name, i]));
  const rules: CachedRule[] = [];
  for (const r of all) {
    const h = r.path !== undefined && fileHashOfPath ? fileHashOfPath(r.path) ?? null : null;
    const c: CachedRule = { n: r.name, h, sc: r.meta.scopes, t: body.add(JSON.stringify(encNode(r.root))) };
    if (h === null && r.path !== undefined) c.p = r.path;
    if (h === null && r.source !== '') c.s = r.source;
    if (r.meta.isSubscopeRule) {
      if (r.meta.parent === undefined) throw new RuleCacheError(`synthetic rule ${r.name} has no parent`);
      c.par = r.meta.parent;
    } else {
      // every tag is written as a `"$…":` key; a string merely containing `"$` only costs a walk
      const raw = JSON.stringify(encode(r.meta.raw));
      c.m = body.add(raw);
      if (raw.includes('"$')) c.tg = 1;
      if (r.meta.namespace !== undefined) c.ns = r.meta.namespace;
      if (r.meta.lib) c.lib = 1;
      if (r.meta.name !== r.name) c.mn = r.meta.name;
    }
    rules.push(c);
  }
  const byScope: Partial<Record<Scope, number[]>> = {};
  for (const sc of ALL_SCOPES) byScope[sc] = rs.rulesForScope(sc).map((r) => pos.get(r.name)!);
  const indexes: Partial<Record<Scope, Span>> = {};
  const matchers = buildScopeMatchers((s) => rs.rulesForScope(s));
  for (const sc of INDEX_ORDER) indexes[sc] = body.add(JSON.stringify(encodeIndex(matchers.get(sc)!.exportIndex())));
  const header: Header = {
    format: CACHE_FORMAT,
    rules,
    ordered: rs.ordered.map((r) => pos.get(r.name)!),
    deps: all.map((r) => rs.dependencies(r.name).map((d) => {
      const i = pos.get(d);
      if (i === undefined) throw new RuleCacheError(`rule ${r.name} depends on missing rule ${d}`);
      return i;
    })),
    byScope,
    indexes,
  };
  const head = utf8.encode(JSON.stringify(header));
  const prefix = utf8.encode(`${MAGIC}${CACHE_FORMAT}\n${head.length}\n`);
  const b = body.bytes();
  const out = new Uint8Array(prefix.length + head.length + b.length);
  out.set(prefix, 0);
  out.set(head, prefix.length);
  out.set(b, prefix.length + head.length);
  return out;
}

/** The parts of a pre-built rule set's bytes; throws RuleCacheError when malformed. */
function readLayout(bytes: Uint8Array): { header: Header; body: Uint8Array } {
  const line = (from: number): [string, number] => {
    let i = from;
    while (i < bytes.length && i - from < 64 && bytes[i] !== 0x0a) i++;
    if (i >= bytes.length || bytes[i] !== 0x0a) throw new RuleCacheError('rule cache is truncated');
    return [utf8Decoder.decode(bytes.subarray(from, i)), i + 1];
  };
  const [magic, a] = line(0);
  if (magic + '\n' !== MAGIC) throw new RuleCacheError('not a capa-ts rule cache');
  const [format, b] = line(a);
  if (format !== String(CACHE_FORMAT)) throw new RuleCacheError('rule cache has an unknown format');
  const [len, c] = line(b);
  const n = Number(len);
  if (!/^\d+$/.test(len) || c + n > bytes.length) throw new RuleCacheError('rule cache is truncated');
  let header: Header;
  try {
    header = JSON.parse(utf8Decoder.decode(bytes.subarray(c, c + n))) as Header;
  } catch (e) {
    throw new RuleCacheError(`rule cache header is not JSON: ${(e as Error).message}`);
  }
  if (header === null || typeof header !== 'object' || header.format !== CACHE_FORMAT || !Array.isArray(header.rules)
    || !Array.isArray(header.ordered) || !Array.isArray(header.deps) || typeof header.byScope !== 'object'
    || typeof header.indexes !== 'object' || header.byScope === null || header.indexes === null) {
    throw new RuleCacheError('rule cache has an unknown format');
  }
  return { header, body: bytes.subarray(c + n) };
}

function sliceJson(body: Uint8Array, span: unknown, what: string): unknown {
  if (!Array.isArray(span) || span.length !== 2) throw new RuleCacheError(`malformed ${what} in rule cache`);
  const [a, b] = span as [number, number];
  if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || b < a || b > body.length) {
    throw new RuleCacheError(`malformed ${what} in rule cache`);
  }
  try {
    return JSON.parse(utf8Decoder.decode(body.subarray(a, b)));
  } catch (e) {
    throw new RuleCacheError(`${what} in rule cache is not JSON: ${(e as Error).message}`);
  }
}

const META_KEYS = ['name', 'namespace', 'authors', 'description', 'lib', 'scopes', 'attack', 'mbc', 'references', 'examples', 'maec', 'isSubscopeRule', 'raw'] as const;

/**
 * A parsed rule's meta whose name, namespace, lib and scopes (all that building a RuleSet and
 * matching read) are plain fields; every other field parses the cached raw meta and derives the
 * rest (deriveMeta, as the parser does) on first read. JSON.stringify gives exactly what it gives
 * for deriveMeta's result (toJSON); most rules never match, so most metas are never parsed.
 */
class LazyMeta {
  readonly name: string;
  readonly namespace: string | undefined;
  readonly lib: boolean;
  readonly scopes: Scopes;
  readonly isSubscopeRule = false;
  #full: RuleMeta | undefined = undefined;
  readonly #load: () => RuleMeta;

  constructor(name: string, ns: string | undefined, lib: boolean, scopes: Scopes, load: () => RuleMeta) {
    this.name = name;
    this.namespace = ns;
    this.lib = lib;
    this.scopes = scopes;
    this.#load = load;
  }

  #derived(): RuleMeta {
    return (this.#full ??= this.#load());
  }

  get authors(): string[] { return this.#derived().authors; }
  get description(): string { return this.#derived().description; }
  get attack(): RuleMeta['attack'] { return this.#derived().attack; }
  get mbc(): RuleMeta['mbc'] { return this.#derived().mbc; }
  get references(): string[] { return this.#derived().references; }
  get examples(): string[] { return this.#derived().examples; }
  get maec(): Record<string, string> { return this.#derived().maec; }
  get raw(): Record<string, unknown> { return this.#derived().raw; }

  toJSON(): Record<string, unknown> {
    const d = this.#derived() as unknown as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const k of META_KEYS) if (k in d) out[k] = d[k];
    return out;
  }
}

/** A rule of a pre-built set: its logic tree is decoded on first use, its source read on first use. */
class PrebuiltRule implements Rule {
  readonly name: string;
  readonly meta: RuleMeta;
  readonly path?: string;
  #root: Node | undefined = undefined;
  readonly #body: Uint8Array;
  readonly #span: Span;
  readonly #source: () => string;

  constructor(name: string, meta: RuleMeta, path: string | undefined, body: Uint8Array, span: Span, source: () => string) {
    this.name = name;
    this.meta = meta;
    if (path !== undefined) this.path = path;
    this.#body = body;
    this.#span = span;
    this.#source = source;
  }

  get root(): Node {
    return (this.#root ??= decNode(sliceJson(this.#body, this.#span, `logic of rule "${this.name}"`)));
  }

  set root(n: Node) {
    this.#root = n;
  }

  get source(): string {
    return this.#source();
  }
}

const EMPTY = (): string => '';

/**
 * A RuleSet back from `serializeRuleSet`'s bytes. `fileOfHash` gives the current file (path and
 * text; text may be read lazily) with that SHA-256. Throws RuleCacheError on a malformed layout or
 * header; the bytes must stay unchanged while the rule set is in use (rules decode from them).
 * Callers that cannot trust the bytes (a file anyone may have written) check a digest first, as
 * src/cli/rule-cache.ts does.
 */
export function loadPrebuiltRuleSet(bytes: Uint8Array, fileOfHash?: (hash: string) => CachedFile | undefined): RuleSet {
  const { header, body } = readLayout(bytes);
  const rules: Rule[] = [];
  const byName = new Map<string, Rule>();
  for (const c of header.rules) {
    if (c === null || typeof c !== 'object' || typeof c.n !== 'string' || c.sc === null || typeof c.sc !== 'object') {
      throw new RuleCacheError('malformed rule in cache');
    }
    let path = c.p;
    let source: () => string = c.s !== undefined ? () => c.s! : EMPTY;
    if (c.h !== null) {
      const file = fileOfHash?.(c.h);
      if (!file) throw new RuleCacheError('rule cache refers to a file that is gone');
      path = file.path;
      if (c.par === undefined) source = () => file.text;
    }
    let meta: RuleMeta;
    if (c.par !== undefined) {
      const scope = c.sc.static ?? c.sc.dynamic;
      if (scope === null) throw new RuleCacheError('malformed synthetic rule in cache');
      meta = syntheticRuleMeta(c.n, c.par, scope);
      source = EMPTY;
    } else {
      const span = c.m;
      const tagged = c.tg === 1;
      const scopes = c.sc;
      meta = new LazyMeta(c.mn ?? c.n, c.ns, c.lib === 1, scopes, () => {
        const raw = sliceJson(body, span, `meta of rule "${c.n}"`);
        return deriveMeta((tagged ? decode(raw) : raw) as Record<string, unknown>, scopes);
      }) as unknown as RuleMeta;
    }
    const rule = new PrebuiltRule(c.n, meta, path, body, c.t, source);
    if (byName.has(c.n)) throw new RuleCacheError(`duplicate rule ${c.n} in cache`);
    byName.set(c.n, rule);
    rules.push(rule);
  }
  const n = rules.length;
  const checkPositions = (l: unknown, what: string): number[] => {
    if (!Array.isArray(l) || !l.every((i) => Number.isInteger(i) && i >= 0 && i < n)) throw new RuleCacheError(`malformed ${what} in rule cache`);
    return l as number[];
  };
  const ordered = checkPositions(header.ordered, 'rule order');
  if (header.deps.length !== n) throw new RuleCacheError('malformed dependencies in rule cache');
  const deps = header.deps.map((d) => checkPositions(d, 'dependencies'));
  const byScope = new Map<Scope, number[]>();
  for (const sc of ALL_SCOPES) byScope.set(sc, checkPositions(header.byScope[sc] ?? [], 'scope list'));
  const decoded = new Map<Scope, ScopeIndexData>();
  const indexes = {
    get(scope: Scope): ScopeIndexData | undefined {
      let d = decoded.get(scope);
      if (d === undefined) {
        const span = header.indexes[scope];
        if (span === undefined) return undefined;
        d = decodeIndex(sliceJson(body, span, `${scope} index`) as EncIndex);
        decoded.set(scope, d);
      }
      return d;
    },
  };
  return RuleSet.prebuilt({ rules, ordered, deps, byScope, indexes });
}

/** The rules of a pre-built set, every logic tree decoded (for tools and tests). */
export function deserializeRules(bytes: Uint8Array, fileOfHash?: (hash: string) => CachedFile | undefined): Rule[] {
  const rs = loadPrebuiltRuleSet(bytes, fileOfHash);
  const out = [...rs.rules.values()];
  for (const r of out) void r.root;
  return out;
}
