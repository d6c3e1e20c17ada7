// `capa-ts [options] <file>`: find capabilities and print capa's report or result document.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, parseIntOption, type OptionSpec, type Parsed } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './rules-fetch.js';
import { resolveRules, type ResolvedRules } from './load-rules.js';
import { analyzeDetailed, type FormatOption, type ResultDocument } from '../index.js';
import { serializeResultDocument } from '../render/json.js';
import { renderDefault, renderVerbose, renderVeryVerbose } from '../render/index.js';
import { analyzeReportDetailed, detectReportFormat, ReportError, type ReportFormat } from '../dynamic.js';
import { detectFormat } from '../formats/detect.js';
import { analyzeFreeze, FreezeRestrictionError, isFreeze } from '../freeze.js';
import { renderSarif } from '../render/sarif.js';
import { VERSION } from '../version.js';

export const FORMATS: readonly FormatOption[] = ['auto', 'pe', 'elf', 'dotnet', 'sc32', 'sc64'];
/** sandbox reports (dynamic analysis) */
export const REPORT_FORMATS: readonly ReportFormat[] = ['cape', 'drakvuf', 'vmray'];

const REPORT_EXIT = { 'invalid-report': EXIT.INVALID_REPORT, 'empty-report': EXIT.EMPTY_REPORT, 'unsupported-report': EXIT.UNSUPPORTED_REPORT } as const;

/**
 * What a sample is analysed with. Shared by every command that analyses samples (this one, `scan`,
 * `worker`), so an option added here reaches all of them; resolveRuleOptions turns them into rules.
 */
export const RULE_OPTION_SPECS: readonly OptionSpec[] = [
  { name: 'rules', short: 'r', value: true, repeat: true },
  { name: 'tag', short: 't', value: true },
  { name: 'signatures', short: 's', value: true },
];

const SPECS: readonly OptionSpec[] = [
  ...RULE_OPTION_SPECS,
  { name: 'format', short: 'f', value: true },
  { name: 'os', value: true },
  { name: 'entry', value: true },
  { name: 'json', short: 'j' },
  { name: 'verbose', short: 'v', count: true },
  { name: 'quiet', short: 'q' },
  { name: 'color', value: true, choices: ['auto', 'always', 'never'] },
  { name: 'sarif' },
  { name: 'restrict-to-functions', value: true },
  { name: 'restrict-to-processes', value: true },
  { name: 'debug' },
];

/** Reads the input file, turning every file-system failure into a one-line error. */
export function readInput(path: string): Uint8Array {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new CliError(`${path}: no such file`, EXIT.MISSING_FILE);
  }
  if (st.isDirectory()) throw new CliError(`${path}: is a directory, not a file`, EXIT.MISSING_FILE);
  try {
    return new Uint8Array(readFileSync(path));
  } catch (e) {
    throw new CliError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.MISSING_FILE);
  }
}

/** what -f accepts: an executable format, a sandbox report, or capa's freeze file */
export type InputFormat = FormatOption | ReportFormat | 'freeze';

export function parseFormat(v: string | undefined): InputFormat {
  const f = (v ?? 'auto') as FormatOption;
  if ((REPORT_FORMATS as readonly string[]).includes(f)) return f as unknown as ReportFormat;
  if ((f as string) === 'freeze') return 'freeze';
  if (!FORMATS.includes(f)) {
    throw new CliError(`option --format: '${v}' is not one of ${[...FORMATS, ...REPORT_FORMATS, 'freeze'].join(', ')}`, EXIT.USAGE);
  }
  return f;
}

function useColor(opt: string | undefined): boolean {
  if (opt === 'always') return true;
  if (opt === 'never') return false;
  return process.stdout.isTTY === true && !process.env.NO_COLOR;
}

/** The rules and signatures chosen by the RULE_OPTION_SPECS options of a parsed command line. */
export function resolveRuleOptions(opts: Parsed['opts']): Promise<ResolvedRules> {
  return resolveRules({
    paths: (opts.get('rules') as string[] | undefined) ?? [],
    tag: opts.get('tag') as string | undefined,
    signatures: opts.get('signatures') as string | undefined,
  });
}

/** as capa: library identification for PE files only (so signatures are loaded for those only) */
export function usesSignatures(bytes: Uint8Array, format: InputFormat): boolean {
  return format === 'pe' || (format === 'auto' && detectFormat(bytes) === 'pe');
}

/**
 * What a first run is missing (the official rules, capa's signatures), one note each, for stderr
 * once the results are out — a failure stays one line.
 */
export function firstRunNotes(rules: ResolvedRules, bytes: Uint8Array, format: InputFormat): string[] {
  const notes: string[] = [];
  if (!rules.official && !rules.explicitPaths) {
    notes.push(
      `capa-ts: note: the official capa rules are not installed: only the ${rules.ruleset.ruleCount} rules of the capa-ts pack were used ` +
        '(install them with `capa-ts rules fetch`, or point $CAPA_RULES or -r at a capa-rules checkout)\n',
    );
  }
  if (usesSignatures(bytes, format) && rules.signatures.missing) {
    notes.push(
      "capa-ts: note: no FLIRT signatures installed: library functions were not identified, so results can differ from capa's " +
        "(install them with `capa-ts rules fetch`, point $CAPA_SIGNATURES or -s at capa's sigs/ folder, or pass -s none)\n",
    );
  }
  return notes;
}

export interface SampleOptions {
  readonly rules: ResolvedRules;
  readonly format?: InputFormat;
  readonly os?: string;
  readonly entry?: number;
  /** the path as given; the document shows it absolute */
  readonly path: string;
  readonly argv: string[];
  readonly onProgress?: (done: number, total: number) => void;
  /** capa's --restrict-to-functions (static inputs only) */
  readonly restrictToFunctions?: readonly number[];
  /** capa's --restrict-to-processes (dynamic inputs only) */
  readonly restrictToProcesses?: readonly number[];
}

/**
 * The result document of one sample, exactly as `capa-ts -j` prints it: a capa freeze file (-f
 * freeze, or the `capa0000` magic) matched as recorded; a sandbox report when asked for with -f or,
 * in auto mode, a file no magic claims that is named and shaped like a report (capa: magic first,
 * then the extension); else a static analysis. Failures are thrown (CliError for reports, restrictions
 * and freeze files, FormatError for executables).
 */
export function analyzeSampleDocument(bytes: Uint8Array, opts: SampleOptions): ResultDocument {
  const format = opts.format ?? 'auto';
  const restrictFunctions = opts.restrictToFunctions ?? [];
  const restrictProcesses = opts.restrictToProcesses ?? [];
  if (format === 'freeze' || (format === 'auto' && isFreeze(bytes))) {
    try {
      return analyzeFreeze(bytes, {
        rules: opts.rules.ruleset,
        path: resolve(opts.path),
        argv: opts.argv,
        rulePaths: opts.rules.paths,
        restrictToFunctions: restrictFunctions,
        restrictToProcesses: restrictProcesses,
        onProgress: opts.onProgress,
      }).document;
    } catch (e) {
      if (e instanceof FreezeRestrictionError) throw new CliError(e.message, EXIT.USAGE);
      throw e;
    }
  }
  const report = (REPORT_FORMATS as readonly string[]).includes(format)
    ? (format as ReportFormat)
    : format === 'auto' && detectFormat(bytes) === 'unknown'
      ? detectReportFormat(bytes, opts.path)
      : undefined;
  if (report !== undefined) {
    if (restrictFunctions.length) throw new CliError('cannot restrict functions in dynamic analysis (use --restrict-to-processes)', EXIT.USAGE);
    try {
      return analyzeReportDetailed(bytes, {
        rules: opts.rules.ruleset,
        format: report,
        path: resolve(opts.path),
        argv: opts.argv,
        rulePaths: opts.rules.paths,
        restrictToProcesses: restrictProcesses,
      }).document;
    } catch (e) {
      if (e instanceof ReportError) throw new CliError(e.message, REPORT_EXIT[e.code]);
      throw e;
    }
  }
  if (restrictProcesses.length) throw new CliError('cannot restrict processes in static analysis (use --restrict-to-functions)', EXIT.USAGE);
  return analyzeDetailed(bytes, {
    rules: opts.rules.ruleset,
    format: format as FormatOption,
    os: opts.os === 'auto' ? undefined : opts.os,
    entry: opts.entry,
    path: resolve(opts.path),
    argv: opts.argv,
    rulePaths: opts.rules.paths,
    onProgress: opts.onProgress,
    signatures: usesSignatures(bytes, format) ? opts.rules.signatures.load() : [],
    restrictToFunctions: restrictFunctions,
  }).document;
}

export async function runAnalyze(argv: string[], io: Io): Promise<number> {
  const { opts, positional } = parseArgs(argv, SPECS);
  if (positional.length !== 1) {
    throw new CliError(positional.length ? `expected one input file, got ${positional.length}` : 'missing input file (see --help)', EXIT.USAGE);
  }
  const path = positional[0]!;
  const format = parseFormat(opts.get('format') as string | undefined);
  const entry = opts.has('entry') ? parseIntOption('entry', opts.get('entry') as string) : undefined;
  if (entry !== undefined && format !== 'sc32' && format !== 'sc64') {
    throw new CliError('--entry only applies to shellcode (-f sc32 or -f sc64)', EXIT.USAGE);
  }
  const os = opts.get('os') as string | undefined;
  const verbosity = (opts.get('verbose') as number | undefined) ?? 0;
  const sarif = opts.get('sarif') === true;
  const json = opts.get('json') === true || sarif;
  const quiet = opts.get('quiet') === true;
  const restrictToFunctions = parseRestriction('restrict-to-functions', opts.get('restrict-to-functions') as string | undefined);
  const restrictToProcesses = parseRestriction('restrict-to-processes', opts.get('restrict-to-processes') as string | undefined);
  if (opts.get('json') === true && sarif) throw new CliError('--json and --sarif are two output formats: choose one', EXIT.USAGE);

  const bytes = readInput(path);
  const rules = await resolveRuleOptions(opts);
  const notes = firstRunNotes(rules, bytes, format);

  const progress = !quiet && !json && process.stderr.isTTY === true;
  const onProgress = progress
    ? (done: number, total: number): void => {
        if (done === total || done % 64 === 0) process.stderr.write(`\rmatching: ${done}/${total} functions`);
        if (done === total) process.stderr.write('\r\x1b[K');
      }
    : undefined;

  const document = analyzeSampleDocument(bytes, { rules, format, os, entry, path, argv, onProgress, restrictToFunctions, restrictToProcesses });

  // capa refuses to report on files its rules flag as beyond static analysis (packed, installers, …),
  // in the default text mode only.
  if (!json && verbosity === 0 && document.meta.flavor === 'static') {
    const limits = Object.values(document.rules).filter((r) => r.meta.namespace === 'internal/limitation/static');
    if (limits.length) {
      for (const l of limits) if (!quiet) io.err(`capa-ts: warning: ${l.meta.description.trim() || l.meta.name}\n`);
      return EXIT.FILE_LIMITATION;
    }
  }

  const color = useColor(opts.get('color') as string | undefined);
  const ruleCount = rules.ruleset.ruleCount;
  let out: string;
  if (sarif) out = renderSarif(document, { toolVersion: VERSION });
  else if (json) out = serializeResultDocument(document);
  else if (verbosity >= 2) out = renderVeryVerbose(document, { color, ruleCount });
  else if (verbosity === 1) out = renderVerbose(document, { color, ruleCount });
  else out = renderDefault(document, { color, ruleCount });
  io.out(out.endsWith('\n') ? out : out + '\n');
  if (!quiet) for (const n of [...notes, ...restrictionNotes(document, restrictToFunctions, restrictToProcesses)]) io.err(n);
  return EXIT.OK;
}

/**
 * `0x401000,0x402000` → numbers, as capa's `int(x, 0)` over the comma-separated list (spaces
 * ignored): decimal, 0x hex, 0o octal, 0b binary.
 */
export function parseRestriction(option: string, v: string | undefined): number[] {
  if (v === undefined) return [];
  const out: number[] = [];
  for (const part of v.replace(/\s+/g, '').split(',')) {
    const m = /^(?:0x([0-9a-f]+(?:_?[0-9a-f]+)*)|0o([0-7]+(?:_?[0-7]+)*)|0b([01]+(?:_?[01]+)*)|([1-9]\d*(?:_?\d+)*|0+))$/i.exec(part);
    const n = !m
      ? NaN
      : m[1] !== undefined
        ? parseInt(m[1].replace(/_/g, ''), 16)
        : m[2] !== undefined
          ? parseInt(m[2].replace(/_/g, ''), 8)
          : m[3] !== undefined
            ? parseInt(m[3].replace(/_/g, ''), 2)
            : parseInt(m[4]!.replace(/_/g, ''), 10);
    if (!Number.isSafeInteger(n)) throw new CliError(`option --${option}: '${part}' is not an integer (expected e.g. 0x401000 or 1234)`, EXIT.USAGE);
    out.push(n);
  }
  return out;
}

/** Warnings for restrictions that name no function/process of the input (capa says nothing). */
function restrictionNotes(d: ResultDocument, functions: readonly number[], processes: readonly number[]): string[] {
  const notes: string[] = [];
  if (functions.length && d.meta.flavor === 'static') {
    const have = new Set<number>();
    for (const f of d.meta.analysis.feature_counts.functions) if ('value' in f.address && typeof f.address.value === 'number') have.add(f.address.value);
    for (const f of d.meta.analysis.library_functions) if ('value' in f.address && typeof f.address.value === 'number') have.add(f.address.value);
    const missing = functions.filter((a) => !have.has(a));
    if (missing.length) notes.push(`capa-ts: warning: --restrict-to-functions: no function starts at ${missing.map((a) => '0x' + a.toString(16)).join(', ')}\n`);
  }
  if (processes.length && d.meta.flavor === 'dynamic') {
    const have = new Set(d.meta.analysis.feature_counts.processes.map((p) => (p.address.type === 'process' ? p.address.value[1] : -1)));
    const missing = processes.filter((p) => !have.has(p));
    if (missing.length) notes.push(`capa-ts: warning: --restrict-to-processes: no process with pid ${missing.join(', ')}\n`);
  }
  return notes;
}
