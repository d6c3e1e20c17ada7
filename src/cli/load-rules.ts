// Which rules the CLI uses, and reading them from disk.
//
// `-r PATH` (repeatable): exactly those files/directories. Without it: the rule pack embedded in
// capa-ts plus the official capa-rules when the user has pointed capa-ts at them — `$CAPA_RULES`
// (a directory), else the clone made by `capa-ts rules fetch` in the user cache.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, EXIT } from './exit-codes.js';
import { fetchedRulesDir } from './rules-fetch.js';
import { embeddedRuleFiles, type RuleFile, type RuleSet } from '../index.js';
import { buildRuleSet } from '../rules/load.js';
import { collectRuleFiles, loadRuleFilesCached } from './rule-cache.js';
import { ResolvedSignatures, selectSignatures, type SignaturesWire } from './signatures.js';
import { CACHE_FORMAT, ruleSetFromCache, serializeRuleSet } from '../rules/cache.js';

/** Every rule file under the given files/directories (see collectRuleFiles); a missing path is an error. */
export function readRuleFiles(paths: readonly string[]): RuleFile[] {
  for (const p of paths) {
    if (!existsSync(p)) throw new CliError(`rules path ${p} does not exist`, EXIT.MISSING_RULES);
  }
  return collectRuleFiles(paths);
}

/** The official rules location the user configured, if any. */
export function officialRulesDir(): string | undefined {
  const env = process.env.CAPA_RULES;
  if (env) {
    if (!existsSync(env)) throw new CliError(`$CAPA_RULES points to ${env}, which does not exist`, EXIT.MISSING_RULES);
    return env;
  }
  const fetched = fetchedRulesDir();
  return existsSync(fetched) ? fetched : undefined;
}

/** Keeps the rules whose meta mentions `tag`, plus everything they depend on (as capa's --tag). */
function filterByTag(files: RuleFile[], full: RuleSet, tag: string): RuleFile[] {
  const keep = rulesMentioningTag(full, tag);
  const paths = new Set<string>();
  for (const name of keep) {
    const r = full.rules.get(name);
    if (r?.path) paths.add(r.path);
  }
  return files.filter((f) => paths.has(f.path));
}

/** the names of the rules whose meta mentions `tag`, and of every rule they depend on */
export function rulesMentioningTag(full: RuleSet, tag: string): Set<string> {
  const keep = new Set<string>();
  const visit = (name: string): void => {
    if (keep.has(name)) return;
    keep.add(name);
    for (const d of full.dependencies(name)) visit(d);
  };
  for (const r of full.rules.values()) {
    if (r.meta.isSubscopeRule) continue;
    if (JSON.stringify(r.meta.raw, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)).includes(tag)) visit(r.name);
  }
  return keep;
}

export interface ResolvedRules {
  readonly ruleset: RuleSet;
  /** what the result document lists under meta.analysis.rules */
  readonly paths: string[];
  /** the official capa-rules were found and included (without -r) */
  readonly official: boolean;
  /** the official rules' directory, when included */
  readonly officialDir?: string;
  /** -r was given (the official rules are then not looked for) */
  readonly explicitPaths: boolean;
  /** FLIRT signatures for library identification in PE files */
  readonly signatures: ResolvedSignatures;
}

export async function resolveRules(opts: { paths: readonly string[]; tag?: string; signatures?: string }): Promise<ResolvedRules> {
  let files: RuleFile[];
  let shown: string[];
  let official: string | undefined;
  if (opts.paths.length) {
    files = readRuleFiles(opts.paths);
    shown = opts.paths.map((p) => resolve(p));
  } else {
    files = embeddedRuleFiles();
    shown = ['(embedded capa-ts rule pack)'];
    official = officialRulesDir();
    if (official) {
      files = files.concat(readRuleFiles([official]));
      shown.push(resolve(official));
    }
  }
  if (files.length === 0) throw new CliError(`no rules found in ${opts.paths.join(', ')}`, EXIT.MISSING_RULES);
  // the rule cache makes repeated runs skip parsing and validation
  let ruleset = loadRuleFilesCached(files).ruleset;
  if (opts.tag !== undefined) {
    const kept = filterByTag(files, ruleset, opts.tag);
    if (kept.length === 0) throw new CliError(`no rule mentions the tag '${opts.tag}'`, EXIT.MISSING_RULES);
    ruleset = buildRuleSet(kept);
  }
  return {
    ruleset,
    paths: shown,
    official: official !== undefined,
    ...(official ? { officialDir: resolve(official) } : {}),
    explicitPaths: opts.paths.length > 0,
    signatures: new ResolvedSignatures(selectSignatures(opts.signatures)),
  };
}

/**
 * ResolvedRules as plain data, for worker threads and queue workers: the rule set in the rule-cache
 * encoding (already prepared, so a worker only rebuilds the indexes), sources and paths inline.
 */
export interface RulesWire {
  readonly format: number;
  readonly rules: string;
  readonly paths: string[];
  readonly official: boolean;
  readonly officialDir?: string;
  readonly explicitPaths: boolean;
  /** the signature files' bytes: a queue worker on another machine need not have them */
  readonly signatures: SignaturesWire;
}

// Everything in ResolvedRules must travel to the workers: a field added there stops this line from
// compiling until rulesToWire/rulesFromWire carry it.
const wireCoversResolvedRules: [keyof ResolvedRules] extends ['ruleset' | 'paths' | 'official' | 'officialDir' | 'explicitPaths' | 'signatures'] ? true : false = true;
void wireCoversResolvedRules;

export function rulesToWire(r: ResolvedRules): RulesWire {
  return {
    format: CACHE_FORMAT,
    rules: serializeRuleSet(r.ruleset),
    paths: r.paths,
    official: r.official,
    ...(r.officialDir !== undefined ? { officialDir: r.officialDir } : {}),
    explicitPaths: r.explicitPaths,
    signatures: r.signatures.toWire(),
  };
}

/** Throws RuleCacheError when the wire comes from an incompatible capa-ts (another cache format). */
export function rulesFromWire(w: RulesWire): ResolvedRules {
  return {
    ruleset: ruleSetFromCache(w.rules),
    paths: [...w.paths],
    official: w.official,
    ...(w.officialDir !== undefined ? { officialDir: w.officialDir } : {}),
    explicitPaths: w.explicitPaths,
    signatures: ResolvedSignatures.fromWire(w.signatures),
  };
}
