// Rule cache (spec §2.6): a RuleSet's rules as a compact string and back, plus capa's cache key.
//
// The cached rules are the RuleSet's final ones (subscopes extracted, children optimized), so a
// warm load only rebuilds the indexes. Values JSON cannot hold are tagged: bigint {"$b":"…"},
// Uint8Array {"$x":"hex"}, Date {"$d":"iso"}, RegExp {"$r":[source, flags]}; a plain object that
// has a `$`-key of its own is wrapped as {"$o":{…}}. Each rule remembers the SHA-256 of the file it
// came from, so rules found at a new path (same content) get the current path back.

import type { Rule } from '../engine/ast.js';
import { bytesToHex } from '../features/feature.js';
import { sha256 as sha256Pure } from '../features/hashes.js';
import { VERSION } from '../version.js';
import { RuleSet } from './ruleset.js';

/** bump when the encoding or the Rule shape changes */
export const CACHE_FORMAT = 1;

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
    else if (typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean' || x === null) continue;
  }
  return o;
}

interface CachedRule {
  /** SHA-256 of the file the rule (or its parent, for synthetic rules) came from */
  h: string | null;
  r: unknown;
}

/**
 * A RuleSet's rules (all, in construction order) as a string. `fileHashOfPath` maps a rule's
 * path to its file's SHA-256 (omit to drop path mapping; paths are then kept as stored).
 */
export function serializeRuleSet(rs: RuleSet, fileHashOfPath?: (path: string) => string | undefined): string {
  const out: CachedRule[] = [];
  for (const r of rs.rules.values()) {
    const { path, ...rest } = r;
    const h = path !== undefined && fileHashOfPath ? fileHashOfPath(path) ?? null : null;
    out.push({ h, r: encode(h === null && path !== undefined ? { ...rest, path } : rest) });
  }
  return JSON.stringify({ format: CACHE_FORMAT, rules: out });
}

/**
 * Rules back from `serializeRuleSet`. `pathOfHash` gives the current path of a file by its hash.
 * Throws RuleCacheError on anything malformed.
 */
export function deserializeRules(text: string, pathOfHash?: (hash: string) => string | undefined): Rule[] {
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
    const r = decode(c.r) as Rule & { path?: string };
    if (r === null || typeof r !== 'object' || typeof r.name !== 'string' || !r.meta || !r.root) {
      throw new RuleCacheError('malformed rule in cache');
    }
    if (c.h !== null && pathOfHash) {
      const p = pathOfHash(c.h);
      if (p !== undefined) (r as { path?: string }).path = p;
    }
    rules.push(r);
  }
  return rules;
}

/** RuleSet from cached (already prepared) rules. */
export function ruleSetFromCache(text: string, pathOfHash?: (hash: string) => string | undefined): RuleSet {
  return new RuleSet(deserializeRules(text, pathOfHash), { prepared: true });
}
