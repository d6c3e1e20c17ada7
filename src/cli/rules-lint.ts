// `capa-ts rules lint [options] PATH…`: first every validation problem (`file:line:col: message`,
// what stops capa from loading the rules), then capa's style and quality lints (scripts/lint.py,
// src/rules/lint.ts) per rule, as capa prints them, and the lists of rules with WARN / FAIL.
// Exit 0 when clean (warnings allowed), 12 on validation problems, 3 when a lint failed.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { lintRuleFiles, type RuleFile } from '../rules/load.js';
import { parseRules } from '../rules/parse.js';
import { RuleSet } from '../rules/ruleset.js';
import type { Rule } from '../engine/ast.js';
import { findLint, isReported, lintRule, LINTS, skippedLints, type AttackData, type LintOptions, type SampleRef } from '../rules/lint.js';
import { collectRuleFiles } from './rule-cache.js';
import { parseArgs } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import { rulesMentioningTag } from './load-rules.js';
import type { Io } from './rules-fetch.js';

export const LINT_EXIT_PROBLEMS = 12;

export const LINT_USAGE =
  'usage: capa-ts rules lint [--samples DIR] [--thorough] [--only IDS] [--skip IDS] [--attack-data FILE] [-s SIGS] [-t TAG] [--list] <dir|file>...';

/** capa's collect_samples: every file under `dir` by sha256 and md5 (both cases) and by name */
export function collectSamples(dir: string): Map<string, SampleRef> {
  const out = new Map<string, SampleRef>();
  const root = resolve(dir);
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      let st;
      try {
        st = statSync(p);
      } catch {
        continue;
      }
      if (st.isDirectory()) {
        walk(p);
        continue;
      }
      if (/\.(viv|idb|i64|frz|fnames)$/.test(name)) continue;
      let buf: Buffer;
      try {
        buf = readFileSync(p);
      } catch {
        continue;
      }
      const ref: SampleRef = { path: p, dynamic: relative(root, p).split(sep).includes('dynamic') };
      const sha256 = createHash('sha256').update(buf).digest('hex');
      const md5 = createHash('md5').update(buf).digest('hex');
      for (const k of [sha256, sha256.toUpperCase(), md5, md5.toUpperCase(), name]) out.set(k, ref);
    }
  };
  walk(root);
  return out;
}

function lintIds(option: string, v: string | undefined): Set<string> | undefined {
  if (v === undefined) return undefined;
  const out = new Set<string>();
  for (const part of v.split(',').map((s) => s.trim()).filter(Boolean)) {
    const l = findLint(part);
    if (!l) throw new CliError(`option --${option}: unknown lint '${part}' (see rules lint --list)`, EXIT.USAGE);
    out.add(l.id);
  }
  return out;
}

export async function rulesLint(argv: string[], io: Io): Promise<number> {
  const { opts, positional } = parseArgs(argv, [
    { name: 'samples', value: true },
    { name: 'thorough' },
    { name: 'only', value: true },
    { name: 'skip', value: true },
    { name: 'attack-data', value: true },
    { name: 'signatures', short: 's', value: true },
    { name: 'tag', short: 't', value: true },
    { name: 'list' },
    { name: 'debug' },
  ]);
  if (opts.get('list') === true) {
    for (const l of LINTS) io.out(`${l.id.padEnd(24)} ${l.level}  ${l.name}${l.needs ? `  (needs ${l.needs === 'samples' ? '--samples' : '--thorough --samples'})` : ''}\n`);
    return EXIT.OK;
  }
  if (!positional.length) throw new CliError(`rules lint needs at least one rule file or directory (${LINT_USAGE})`, EXIT.USAGE);
  const only = lintIds('only', opts.get('only') as string | undefined);
  const skip = lintIds('skip', opts.get('skip') as string | undefined);
  const thorough = opts.get('thorough') === true;
  const samplesDir = opts.get('samples') as string | undefined;
  if (thorough && samplesDir === undefined) throw new CliError('--thorough analyses each example: it needs --samples DIR', EXIT.USAGE);

  let files: RuleFile[];
  try {
    files = collectRuleFiles(positional);
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n`);
    return LINT_EXIT_PROBLEMS;
  }

  // 1. validation: what would stop capa from loading the rules at all
  const cwd = process.cwd();
  const shown = (p: string): string => {
    const r = relative(cwd, p);
    return r && !r.startsWith('..') ? r : p;
  };
  const { errors, ruleCount } = lintRuleFiles(files);
  for (const e of errors) {
    if (e.file !== undefined) e.file = shown(e.file);
    io.out(String(e) + '\n');
  }

  // 2. capa's lints, on every rule (the invalid ones get the lints that need no parsed rule)
  let samples: Map<string, SampleRef> | undefined;
  if (samplesDir !== undefined) {
    try {
      if (!statSync(samplesDir).isDirectory()) throw new Error('not a directory');
    } catch {
      throw new CliError(`--samples ${samplesDir}: no such directory`, EXIT.MISSING_FILE);
    }
    samples = collectSamples(samplesDir);
  }
  let attackData: AttackData | undefined;
  const attackPath = opts.get('attack-data') as string | undefined;
  if (attackPath !== undefined) {
    try {
      attackData = JSON.parse(readFileSync(attackPath, 'utf8')) as AttackData;
      if (typeof attackData !== 'object' || attackData === null) throw new Error('not a JSON object');
    } catch (e) {
      throw new CliError(`--attack-data ${attackPath}: ${(e as Error).message.split('\n')[0]}`, EXIT.MISSING_FILE);
    }
  }

  const roots = positional.map((p) => resolve(p));
  const relPathOf = (path: string): string => {
    for (const r of roots) {
      if (path === r) return basename(path);
      const rel = relative(r, path);
      if (!rel.startsWith('..')) return [basename(r), ...rel.split(sep)].join('/');
    }
    return relative(dirname(path), path);
  };
  const parsed = files.map((f) => ({ f, ...parseRules(f.text, f.path) }));
  const valid = parsed.filter((p) => p.rule !== undefined).map((p) => p.rule!) as Rule[];
  const ruleset = valid.length ? new RuleSet(valid, { errors: [] }) : undefined;
  // -t TAG, as capa's lint: only the rules whose meta mentions TAG (and the rules they use)
  const tag = opts.get('tag') as string | undefined;
  let linted = parsed;
  if (tag !== undefined) {
    const kept = ruleset ? rulesMentioningTag(ruleset, tag) : new Set<string>();
    linted = parsed.filter((p) => p.rule !== undefined && kept.has(p.rule.name));
    if (linted.length === 0) throw new CliError(`no rule mentions the tag '${tag}'`, EXIT.MISSING_RULES);
  }

  const lintOpts: LintOptions = {
    ...(samples ? { samples } : {}),
    thorough,
    ...(attackData ? { attackData } : {}),
    ...(only ? { only } : {}),
    ...(skip ? { skip } : {}),
    ...(thorough && ruleset ? { capabilitiesOf: await capabilitiesFinder(ruleset, opts.get('signatures') as string | undefined) } : {}),
  };

  const failed: string[] = [];
  const warned: string[] = [];
  for (const p of linted) {
    const r = lintRule(
      {
        path: p.f.path,
        relPath: relPathOf(p.f.path),
        text: p.f.text,
        // (a rule that does not load was reported above; here it gets the lints that need no parsed rule)
        ...(p.rule && ruleset?.rules.get(p.rule.name) ? { rule: ruleset.rules.get(p.rule.name)! } : {}),
      },
      ruleset,
      lintOpts,
    );
    if (!r) continue;
    if (isReported(r)) {
      io.out(`\n${r.nursery ? '    (nursery) ' : ''} ${r.name}\n`);
      for (const v of r.violations) {
        io.out(`${r.nursery ? '    ' : ''}  ${r.nursery ? 'WARN' : v.lint.level}: ${v.lint.name}: ${v.recommendation}\n`);
      }
    }
    if (r.graduate) io.out(`\n    (nursery)  ${r.name}\n      WARN: 'no lint failures': Graduate the rule\n`);
    if (r.failed > 0) failed.push(r.name);
    if (r.warned > 0) warned.push(r.name);
  }
  const skipped = skippedLints(lintOpts);
  if (skipped.length) io.out(`\nnot run: ${skipped.map((s) => `${s.lint.id} (${s.reason})`).join(', ')}\n`);
  if (!attackData && (!only || only.has('attack-data'))) io.out('note: att&ck/mbc entries checked for syntax only (pass --attack-data, capa\'s scripts/linter-data.json, to check the ids)\n');
  const sorted = (l: string[]): string[] => [...l].sort();
  if (warned.length) io.out(`\nrules with WARN:\n${sorted(warned).map((n) => `  - ${n}`).join('\n')}\n`);
  if (failed.length) io.out(`\nrules with FAIL:\n${sorted(failed).map((n) => `  - ${n}`).join('\n')}\n`);
  if (errors.length) {
    const broken = new Set(errors.map((e) => e.file ?? e.rule ?? ''));
    io.out(`${errors.length} problems in ${broken.size} rules\n`);
    return LINT_EXIT_PROBLEMS;
  }
  if (failed.length) {
    io.out(`${tag !== undefined ? linted.length : ruleCount} rules: ${failed.length} failed, ${warned.length} with warnings\n`);
    return EXIT.CHECK_FAILED;
  }
  io.out(`${tag !== undefined ? linted.length : ruleCount} rules OK${warned.length ? ` (${warned.length} with warnings)` : ''}\n`);
  return EXIT.OK;
}

/** thorough lint: each example sample analysed once with the linted rules (capa uses its default signatures) */
async function capabilitiesFinder(rules: RuleSet, sigOption: string | undefined): Promise<(s: SampleRef) => ReadonlySet<string>> {
  const { analyzeDetailed } = await import('../index.js');
  const { analyzeReportDetailed, detectReportFormat } = await import('../dynamic.js');
  const { detectFormat } = await import('../formats/detect.js');
  const { formatForSample } = await import('./rules-test.js');
  const { loadSignatureFiles, selectSignatures } = await import('./signatures.js');
  const signatures = loadSignatureFiles(selectSignatures(sigOption).files).sets;
  const cache = new Map<string, ReadonlySet<string>>();
  return (s: SampleRef): ReadonlySet<string> => {
    const hit = cache.get(s.path);
    if (hit) return hit;
    const bytes = new Uint8Array(readFileSync(s.path));
    const format = formatForSample(s.path);
    const report = format === 'auto' && detectFormat(bytes) === 'unknown' ? detectReportFormat(bytes, s.path) : undefined;
    const caps = report
      ? analyzeReportDetailed(bytes, { rules, format: report, path: s.path }).capabilities
      : analyzeDetailed(bytes, { rules, format, signatures: detectFormat(bytes) === 'pe' ? signatures : [] }).capabilities;
    const names = new Set(caps.matches.keys());
    cache.set(s.path, names);
    return names;
  };
}
