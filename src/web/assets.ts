// What the web page loads at start-up, and the rules bundle it analyses with.
//
// `assets.json` (the manifest) names the worker script, the iced-x86 WebAssembly and every bundled
// data asset, each with its size and SHA-256; the page fetches all of them once (checking sizes),
// and makes no request after that. A data asset has a `kind`; the page hands each kind to its own
// loader (src/web/worker/context.ts), so a new kind of bundled data (FLIRT signatures, say) is one
// more `AssetKind`, one more entry in dataAssets() (src/cli/web-build.ts) and one more case in that
// loader, which does not compile until it handles every kind.
//
// A rules bundle is a rule set prepared ahead of time, in the rule cache's serialization
// (src/rules/cache.ts), with the text of every rule file (the result document quotes the source
// of each matched rule) and the source each file came from (the capa-ts pack, the official rules,
// the user's own), so the page can drop or add a source and rebuild from the texts:
//
//   capa-ts rules bundle 1\n
//   <header: JSON, one line>\n
//   <serializeRuleSet(...) output: JSON, one line>\n
//   <the rule files' texts: a JSON array of strings in header.files order, one line>\n
//
// No Node or DOM APIs here: the CLI's build writes bundles, the page's worker reads and writes them.

import { fileHash, ruleCacheKey, ruleSetFromCache, serializeRuleSet, type CachedFile, type HashFn } from '../rules/cache.js';
import type { RuleFile } from '../rules/load.js';
import type { RuleSet } from '../rules/ruleset.js';

export const MANIFEST_FILE = 'assets.json';
export const MANIFEST_FORMAT = 1;

/** Kinds of bundled data. Each kind has a builder (src/cli/web-build.ts) and a loader (src/web/worker/context.ts). */
export type AssetKind = 'rules' | 'signatures';

export interface FileRef {
  /** file name, relative to the page */
  readonly file: string;
  readonly bytes: number;
  /** lower-case hex SHA-256 of the file's bytes */
  readonly sha256: string;
}

export interface BundledAsset extends FileRef {
  readonly kind: AssetKind;
  /** one line for the page, e.g. "1 058 rules from 2 sources" */
  readonly summary: string;
}

export interface WebManifest {
  readonly format: typeof MANIFEST_FORMAT;
  /** capa-ts version that built the page */
  readonly version: string;
  /** ISO time of the build */
  readonly built: string;
  readonly worker: FileRef;
  readonly wasm: FileRef;
  readonly assets: readonly BundledAsset[];
  /** largest input the page accepts, in bytes */
  readonly maxInputBytes: number;
}

/** Files the page accepts: the worker holds the input, its analysis and the rules in memory. */
export const MAX_INPUT_BYTES = 128 * 1024 * 1024;

// ------------------------------------------------------------------ rules bundle

export const RULES_BUNDLE_MAGIC = 'capa-ts rules bundle 1';

/** A group of rule files the user can switch on and off as a whole. */
export interface RuleSource {
  /** stable id: 'capa-ts' (the embedded pack), 'capa-rules' (official), 'user' */
  readonly id: string;
  /** what the page shows, e.g. "capa-rules 801a792" */
  readonly title: string;
  /** what the result document lists under meta.analysis.rules */
  readonly label: string;
  readonly files: number;
}

export interface BundledRuleFile {
  readonly path: string;
  readonly sha256: string;
  /** RuleSource id */
  readonly source: string;
}

export interface RulesBundleHeader {
  readonly sources: readonly RuleSource[];
  readonly files: readonly BundledRuleFile[];
  /** the rule cache key of these files (src/rules/cache.ts) */
  readonly key: string;
  /** rules in the set, not counting the synthetic subscope rules */
  readonly ruleCount: number;
}

export interface SourcedRuleFile extends RuleFile {
  /** RuleSource id */
  readonly source: string;
}

export class RulesBundleError extends Error {
  override readonly name = 'RulesBundleError';
}

/** Rules not counting synthetic subscope rules: what a user calls "the rules". */
export function countRules(rs: RuleSet): number {
  let n = 0;
  for (const r of rs.rules.values()) if (!r.meta.isSubscopeRule) n++;
  return n;
}

/**
 * The bundle of an already built rule set (rs = buildRuleSet(files)). `sha256` defaults to the
 * pure implementation; the CLI passes node:crypto's.
 */
export function encodeRulesBundle(rs: RuleSet, files: readonly SourcedRuleFile[], sources: readonly RuleSource[], sha256?: HashFn): string {
  const hashes = files.map((f) => fileHash(f.text, sha256));
  const hashOfPath = new Map<string, string>();
  files.forEach((f, i) => hashOfPath.set(f.path, hashes[i]!));
  const header: RulesBundleHeader = {
    sources,
    files: files.map((f, i) => ({ path: f.path, sha256: hashes[i]!, source: f.source })),
    key: ruleCacheKey(hashes, { sha256 }),
    ruleCount: countRules(rs),
  };
  const serialized = serializeRuleSet(rs, (p) => hashOfPath.get(p));
  return [RULES_BUNDLE_MAGIC, JSON.stringify(header), serialized, JSON.stringify(files.map((f) => f.text))].join('\n') + '\n';
}

export interface RulesBundle {
  readonly header: RulesBundleHeader;
  /** the files with their texts, in bundle order */
  readonly files: readonly SourcedRuleFile[];
  /** the prepared rule set (deserialized on first use) */
  ruleset(): RuleSet;
}

/** Splits a bundle; the rule set itself is deserialized when first asked for. */
export function decodeRulesBundle(text: string): RulesBundle {
  const lines: string[] = [];
  let at = 0;
  for (let i = 0; i < 4; i++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) throw new RulesBundleError('the rules bundle is truncated');
    lines.push(text.slice(at, nl));
    at = nl + 1;
  }
  if (lines[0] !== RULES_BUNDLE_MAGIC) throw new RulesBundleError('not a capa-ts rules bundle (or one of another version)');
  let header: RulesBundleHeader;
  try {
    header = JSON.parse(lines[1]!) as RulesBundleHeader;
  } catch (e) {
    throw new RulesBundleError(`the rules bundle is damaged (${(e as Error).message})`);
  }
  if (!Array.isArray(header.files)) throw new RulesBundleError('the rules bundle is damaged (no file list)');
  // the texts are parsed when first read: loading the rule set needs none of them, an analysis only
  // those of the rules it reports
  let texts: unknown[] | undefined;
  const textAt = (i: number): string => {
    if (texts === undefined) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(lines[3]!);
      } catch (e) {
        throw new RulesBundleError(`the rules bundle is damaged (${(e as Error).message})`);
      }
      if (!Array.isArray(parsed) || parsed.length !== header.files.length) throw new RulesBundleError('the rules bundle is damaged (file list and texts differ)');
      texts = parsed;
    }
    return String(texts[i]);
  };
  const files: SourcedRuleFile[] = header.files.map((f, i) => ({
    path: f.path,
    source: f.source,
    get text(): string {
      return textAt(i);
    },
  }));
  const byHash = new Map<string, CachedFile>();
  header.files.forEach((f, i) => {
    if (!byHash.has(f.sha256)) byHash.set(f.sha256, files[i]!);
  });
  let rs: RuleSet | undefined;
  return {
    header,
    files,
    ruleset: () => (rs ??= ruleSetFromCache(lines[2]!, (h) => byHash.get(h))),
  };
}

/** The rule-path labels of a bundle's sources, for meta.analysis.rules. */
export function bundleRulePaths(header: RulesBundleHeader): string[] {
  return header.sources.filter((s) => s.files > 0).map((s) => s.label);
}
