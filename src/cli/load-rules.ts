// Which rules the CLI uses, and reading them from disk.
//
// `-r PATH` (repeatable): exactly those files/directories. Without it: the rule pack embedded in
// capa-ts plus the official capa-rules when the user has pointed capa-ts at them — `$CAPA_RULES`
// (a directory), else the clone made by `capa-ts rules fetch` in the user cache.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { CliError, EXIT } from './exit-codes.js';
import { embeddedRuleFiles, type RuleFile, type RuleSet } from '../index.js';
import { buildRuleSet } from '../rules/load.js';
import { serializeRuleSet } from '../rules/cache.js';
import { collectRuleFiles, fetchedRulesDir, loadRulesCached, NoRuleFilesError } from './rule-cache.js';

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
  const paths = new Set<string>();
  for (const name of keep) {
    const r = full.rules.get(name);
    if (r?.path) paths.add(r.path);
  }
  return files.filter((f) => paths.has(f.path));
}

export interface ResolvedRules {
  readonly ruleset: RuleSet;
  /** what the result document lists under meta.analysis.rules */
  readonly paths: string[];
  /** the rule set in the pre-built form (src/rules/cache.ts), for worker threads */
  prebuilt(): Uint8Array;
}

export async function resolveRules(opts: { paths: readonly string[]; tag?: string }): Promise<ResolvedRules> {
  let memFiles: RuleFile[];
  let paths: string[];
  let shown: string[];
  if (opts.paths.length) {
    for (const p of opts.paths) {
      if (!existsSync(p)) throw new CliError(`rules path ${p} does not exist`, EXIT.MISSING_RULES);
    }
    memFiles = [];
    paths = [...opts.paths];
    shown = opts.paths.map((p) => resolve(p));
  } else {
    memFiles = embeddedRuleFiles();
    paths = [];
    shown = ['(embedded capa-ts rule pack)'];
    const official = officialRulesDir();
    if (official) {
      paths.push(official);
      shown.push(resolve(official));
    }
  }
  // the rule cache makes repeated runs skip reading, parsing and validation
  let ruleset: RuleSet;
  let prebuilt: Uint8Array | undefined;
  try {
    const load = loadRulesCached({ files: memFiles, paths });
    ruleset = load.ruleset;
    prebuilt = load.prebuilt;
  } catch (e) {
    if (e instanceof NoRuleFilesError) throw new CliError(e.message, EXIT.MISSING_RULES);
    throw e;
  }
  if (opts.tag !== undefined) {
    const files = memFiles.concat(collectRuleFiles(paths));
    const kept = filterByTag(files, ruleset, opts.tag);
    if (kept.length === 0) throw new CliError(`no rule mentions the tag '${opts.tag}'`, EXIT.MISSING_RULES);
    ruleset = buildRuleSet(kept);
    prebuilt = undefined;
  }
  const rs = ruleset;
  return { ruleset, paths: shown, prebuilt: () => (prebuilt ??= serializeRuleSet(rs)) };
}
