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

export function parseFormat(v: string | undefined): FormatOption | ReportFormat {
  const f = (v ?? 'auto') as FormatOption;
  if ((REPORT_FORMATS as readonly string[]).includes(f)) return f as unknown as ReportFormat;
  if (!FORMATS.includes(f)) {
    if (['freeze'].includes(f)) {
      throw new CliError(`format '${f}' is not supported yet by capa-ts`, EXIT.UNSUPPORTED_FORMAT);
    }
    throw new CliError(`option --format: '${v}' is not one of ${[...FORMATS, ...REPORT_FORMATS].join(', ')}`, EXIT.USAGE);
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
export function usesSignatures(bytes: Uint8Array, format: FormatOption | ReportFormat): boolean {
  return format === 'pe' || (format === 'auto' && detectFormat(bytes) === 'pe');
}

/**
 * What a first run is missing (the official rules, capa's signatures), one note each, for stderr
 * once the results are out — a failure stays one line.
 */
export function firstRunNotes(rules: ResolvedRules, bytes: Uint8Array, format: FormatOption | ReportFormat): string[] {
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
  readonly format?: FormatOption | ReportFormat;
  readonly os?: string;
  readonly entry?: number;
  /** the path as given; the document shows it absolute */
  readonly path: string;
  readonly argv: string[];
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * The result document of one sample, exactly as `capa-ts -j` prints it: a sandbox report when asked
 * for with -f or, in auto mode, a file no magic claims that is named and shaped like a report (capa:
 * magic first, then the extension); else a static analysis. Failures are thrown (CliError for
 * reports, FormatError for executables).
 */
export function analyzeSampleDocument(bytes: Uint8Array, opts: SampleOptions): ResultDocument {
  const format = opts.format ?? 'auto';
  const report = (REPORT_FORMATS as readonly string[]).includes(format)
    ? (format as ReportFormat)
    : format === 'auto' && detectFormat(bytes) === 'unknown'
      ? detectReportFormat(bytes, opts.path)
      : undefined;
  if (report !== undefined) {
    try {
      return analyzeReportDetailed(bytes, { rules: opts.rules.ruleset, format: report, path: resolve(opts.path), argv: opts.argv, rulePaths: opts.rules.paths }).document;
    } catch (e) {
      if (e instanceof ReportError) throw new CliError(e.message, REPORT_EXIT[e.code]);
      throw e;
    }
  }
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
  const json = opts.get('json') === true;
  const quiet = opts.get('quiet') === true;

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

  const document = analyzeSampleDocument(bytes, { rules, format, os, entry, path, argv, onProgress });

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
  if (json) out = serializeResultDocument(document);
  else if (verbosity >= 2) out = renderVeryVerbose(document, { color, ruleCount });
  else if (verbosity === 1) out = renderVerbose(document, { color, ruleCount });
  else out = renderDefault(document, { color, ruleCount });
  io.out(out.endsWith('\n') ? out : out + '\n');
  if (!quiet) for (const n of notes) io.err(n);
  return EXIT.OK;
}
