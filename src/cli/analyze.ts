// `capa-ts [options] <file>`: find capabilities and print capa's report or result document.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, parseIntOption, type OptionSpec, type Parsed } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './exit-codes.js';
import { resolveRules, type ResolvedRules } from './load-rules.js';
import { analyzeDetailed, staticResultDocument, type FormatOption, type ResultDocument } from '../index.js';
import { openExtractor } from '../extractors/open.js';
import { X86StaticExtractor } from '../extractors/x86/extractor.js';
import { findStaticCapabilities, finishStaticCapabilities } from '../capabilities/static.js';
import type { StaticCapabilities } from '../capabilities/common.js';
import type { StaticExtractor } from '../features/extractor.js';
import { CHUNKS_PER_THREAD, defaultThreads, planChunks, startPoolFor, worthThreads, type ThreadPool } from './threads.js';
import { serializeResultDocument } from '../render/json.js';
import { renderDefault, renderVerbose, renderVeryVerbose } from '../render/index.js';
import { analyzeReportDetailed, detectReportFormat, ReportError, type ReportFormat } from '../dynamic.js';
import { detectFormat } from '../formats/detect.js';
import { markAnalysedFile } from './run-state.js';
import { phaseEnd, phaseStart } from '../features/timings.js';
import type { SampleHashes } from '../features/extractor.js';
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
  { name: 'threads', value: true },
  { name: 'debug' },
];

/** md5/sha1/sha256 of the sample with node:crypto (the library's own are pure JS). */
export function nativeSampleHashes(bytes: Uint8Array): SampleHashes {
  const h = (alg: string): string => createHash(alg).update(bytes).digest('hex');
  return { md5: h('md5'), sha1: h('sha1'), sha256: h('sha256') };
}

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
/**
 * capa's auto format for a file no magic claims: shellcode by the name's extension (`.sc32`,
 * `.raw32`, `.sc64`, `.raw64`), as capa's get_format_from_extension; any other format as given.
 */
export function autoFormatByName(bytes: Uint8Array, path: string, format: InputFormat): InputFormat {
  if (format !== 'auto' || detectFormat(bytes) !== 'unknown' || isFreeze(bytes)) return format;
  const name = path.toLowerCase();
  if (name.endsWith('.sc32') || name.endsWith('.raw32')) return 'sc32';
  if (name.endsWith('.sc64') || name.endsWith('.raw64')) return 'sc64';
  return format;
}

export function analyzeSampleDocument(bytes: Uint8Array, opts: SampleOptions): ResultDocument {
  const format = autoFormatByName(bytes, opts.path, opts.format ?? 'auto');
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

interface Request {
  readonly argv: string[];
  /** the parsed options (resolveRuleOptions reads the rule and signature options from them) */
  readonly opts: Parsed['opts'];
  readonly path: string;
  readonly format: InputFormat;
  readonly os: string | undefined;
  readonly entry: number | undefined;
  readonly threads: number;
  readonly verbosity: number;
  /** JSON result document (also true for SARIF, which is rendered from it) */
  readonly json: boolean;
  readonly sarif: boolean;
  readonly quiet: boolean;
  readonly restrictToFunctions: readonly number[];
  readonly restrictToProcesses: readonly number[];
  readonly color: string | undefined;
}

function parseRequest(argv: string[]): Request {
  const { opts, positional } = parseArgs(argv, SPECS);
  if (positional.length !== 1) {
    throw new CliError(positional.length ? `expected one input file, got ${positional.length}` : 'missing input file (see --help)', EXIT.USAGE);
  }
  const format = parseFormat(opts.get('format') as string | undefined);
  const entry = opts.has('entry') ? parseIntOption('entry', opts.get('entry') as string) : undefined;
  if (entry !== undefined && format !== 'sc32' && format !== 'sc64') {
    throw new CliError('--entry only applies to shellcode (-f sc32 or -f sc64)', EXIT.USAGE);
  }
  const threads = opts.has('threads') ? parseIntOption('threads', opts.get('threads') as string) : defaultThreads();
  if (threads < 1 || threads > 256) throw new CliError(`option --threads: '${opts.get('threads') as string}' is not between 1 and 256`, EXIT.USAGE);
  const sarif = opts.get('sarif') === true;
  if (opts.get('json') === true && sarif) throw new CliError('--json and --sarif are two output formats: choose one', EXIT.USAGE);
  return {
    argv,
    opts,
    path: positional[0]!,
    format,
    os: opts.get('os') as string | undefined,
    entry,
    threads,
    verbosity: (opts.get('verbose') as number | undefined) ?? 0,
    json: opts.get('json') === true || sarif,
    sarif,
    quiet: opts.get('quiet') === true,
    restrictToFunctions: parseRestriction('restrict-to-functions', opts.get('restrict-to-functions') as string | undefined),
    restrictToProcesses: parseRestriction('restrict-to-processes', opts.get('restrict-to-processes') as string | undefined),
    color: opts.get('color') as string | undefined,
  };
}

export async function runAnalyze(argv: string[], io: Io): Promise<number> {
  const parsed = parseRequest(argv);
  const tRead = phaseStart();
  const bytes = readInput(parsed.path);
  phaseEnd('read', tRead);
  const req = { ...parsed, format: autoFormatByName(bytes, parsed.path, parsed.format) };

  // freeze files, sandbox reports and restricted runs: one document through analyzeSampleDocument;
  // a plain static analysis may match its functions on worker threads
  if (req.format !== 'auto' && !(FORMATS as readonly string[]).includes(req.format)) return analyzeDocument(req, bytes, io);
  if (req.format === 'auto' && (isFreeze(bytes) || detectFormat(bytes) === 'unknown')) return analyzeDocument(req, bytes, io);
  if (req.restrictToFunctions.length || req.restrictToProcesses.length) return analyzeDocument(req, bytes, io);
  // worker threads start now, so that their start-up overlaps loading the rules and the analysis
  const pool = startPoolFor(req.threads, bytes.length);
  try {
    return await analyzeFile(req, bytes, pool, io);
  } finally {
    await pool?.close();
  }
}

async function loadRules(req: Request): Promise<ResolvedRules> {
  const t = phaseStart();
  const rules = await resolveRuleOptions(req.opts);
  phaseEnd('rules', t);
  return rules;
}

function render(req: Request, document: ResultDocument, ruleCount: number): string {
  const t = phaseStart();
  const color = useColor(req.color);
  let out: string;
  if (req.sarif) out = renderSarif(document, { toolVersion: VERSION });
  else if (req.json) out = serializeResultDocument(document);
  else if (req.verbosity >= 2) out = renderVeryVerbose(document, { color, ruleCount });
  else if (req.verbosity === 1) out = renderVerbose(document, { color, ruleCount });
  else out = renderDefault(document, { color, ruleCount });
  phaseEnd('render', t);
  return out.endsWith('\n') ? out : out + '\n';
}

async function analyzeDocument(req: Request, bytes: Uint8Array, io: Io): Promise<number> {
  const rules = await loadRules(req);
  const notes = firstRunNotes(rules, bytes, req.format);
  const document = analyzeSampleDocument(bytes, {
    rules,
    format: req.format,
    os: req.os,
    entry: req.entry,
    path: req.path,
    argv: req.argv,
    onProgress: progressLine(req),
    restrictToFunctions: req.restrictToFunctions,
    restrictToProcesses: req.restrictToProcesses,
  });
  return finish(req, document, rules, notes, io);
}

function progressLine(req: Request): ((done: number, total: number) => void) | undefined {
  if (req.quiet || req.json || process.stderr.isTTY !== true) return undefined;
  return (done, total) => {
    if (done === total || done % 64 === 0) process.stderr.write(`\rmatching: ${done}/${total} functions`);
    if (done === total) process.stderr.write('\r\x1b[K');
  };
}

/** the file-limitation check (static, text mode), the report, then the notes */
function finish(req: Request, document: ResultDocument, rules: ResolvedRules, notes: readonly string[], io: Io): number {
  // capa refuses to report on files its rules flag as beyond static analysis (packed, installers, …),
  // in the default text mode only.
  if (!req.json && req.verbosity === 0 && document.meta.flavor === 'static') {
    const limits = Object.values(document.rules).filter((r) => r.meta.namespace === 'internal/limitation/static');
    if (limits.length) {
      for (const l of limits) if (!req.quiet) io.err(`capa-ts: warning: ${l.meta.description.trim() || l.meta.name}\n`);
      return EXIT.FILE_LIMITATION;
    }
  }
  io.out(render(req, document, rules.ruleset.ruleCount));
  if (!req.quiet) for (const n of [...notes, ...restrictionNotes(document, req.restrictToFunctions, req.restrictToProcesses)]) io.err(n);
  markAnalysedFile();
  return EXIT.OK;
}

async function analyzeFile(req: Request, bytes: Uint8Array, pool: ThreadPool | undefined, io: Io): Promise<number> {
  const rules = await loadRules(req);
  const notes = firstRunNotes(rules, bytes, req.format);
  const onProgress = progressLine(req);
  const os = req.os === 'auto' ? undefined : req.os;
  const format = req.format as FormatOption;
  const tSigs = phaseStart();
  const signatures = usesSignatures(bytes, format) ? rules.signatures.load() : [];
  phaseEnd('signatures', tSigs);
  // library functions FLIRT identifies reach the worker threads in the analysis summary
  const extractor = openExtractor(bytes, { format, os, entry: req.entry, signatures });
  const capabilities =
    (pool !== undefined ? await matchOnThreads(pool, extractor, rules, { bytes, format, os, entry: req.entry }, onProgress) : undefined) ??
    findStaticCapabilities(rules.ruleset, extractor, { onProgress });
  const document = staticResultDocument(extractor, capabilities, {
    rules: rules.ruleset,
    format,
    os,
    path: resolve(req.path),
    argv: req.argv,
    rulePaths: rules.paths,
    sampleHashes: nativeSampleHashes(bytes),
  });

  return finish(req, document, rules, notes, io);
}

/**
 * The capabilities, with the functions matched on every thread of `pool`; undefined (and the pool
 * stopped) when the analysis found too little code for threads to pay.
 */
async function matchOnThreads(
  pool: ThreadPool,
  extractor: StaticExtractor,
  rules: ResolvedRules,
  sample: { bytes: Uint8Array; format: FormatOption; os: string | undefined; entry: number | undefined },
  onProgress: ((done: number, total: number) => void) | undefined,
): Promise<StaticCapabilities | undefined> {
  if (!(extractor instanceof X86StaticExtractor)) {
    await pool.close();
    return undefined;
  }
  const summary = extractor.program.summary();
  const sizeOf = new Map<number, number>();
  let code = 0;
  for (let i = 0; i < summary.funcVa.length; i++) {
    let n = 0;
    for (let b = summary.blockStart[i]!; b < summary.blockStart[i + 1]!; b++) n += summary.blockSize[b]!;
    sizeOf.set(summary.funcVa[i]!, n);
    code += n;
  }
  if (!worthThreads(code)) {
    await pool.close();
    return undefined;
  }
  const functions = [...extractor.functions()];
  const vaOf = (i: number): number => (functions[i]!.address as { value: number }).value;
  const chunkStart = planChunks(functions.length, (i) => sizeOf.get(vaOf(i)) ?? 0, (pool.size + 1) * CHUNKS_PER_THREAD);
  const fm = await pool.matchFunctions(
    rules.ruleset,
    extractor,
    functions,
    { rules: rules.prebuilt(), ...sample, summary },
    chunkStart,
    onProgress ? (done) => onProgress(done, functions.length) : undefined,
  );
  return finishStaticCapabilities(rules.ruleset, extractor, fm);
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
