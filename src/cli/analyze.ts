// `capa-ts [options] <file>`: find capabilities and print capa's report or result document.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, parseIntOption, type OptionSpec } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './rules-fetch.js';
import { resolveRules } from './load-rules.js';
import { analyzeDetailed, type FormatOption } from '../index.js';
import { serializeResultDocument } from '../render/json.js';
import { renderDefault, renderVerbose, renderVeryVerbose } from '../render/index.js';
import { analyzeReportDetailed, detectReportFormat, ReportError, type ReportFormat } from '../dynamic.js';
import { detectFormat } from '../formats/detect.js';
import type { FlirtSignatureSet } from '../formats/flirt/set.js';
import { loadSignatureFiles, selectSignatures } from './signatures.js';
import { analyzeFreeze, FreezeRestrictionError, isFreeze } from '../freeze.js';
import { renderSarif } from '../render/sarif.js';
import type { ResultDocument } from '../render/rdoc.js';
import { VERSION } from '../version.js';

export const FORMATS: readonly FormatOption[] = ['auto', 'pe', 'elf', 'dotnet', 'sc32', 'sc64'];
/** sandbox reports (dynamic analysis) */
export const REPORT_FORMATS: readonly ReportFormat[] = ['cape', 'drakvuf', 'vmray'];

const REPORT_EXIT = { 'invalid-report': EXIT.INVALID_REPORT, 'empty-report': EXIT.EMPTY_REPORT, 'unsupported-report': EXIT.UNSUPPORTED_REPORT } as const;

const SPECS: readonly OptionSpec[] = [
  { name: 'rules', short: 'r', value: true, repeat: true },
  { name: 'format', short: 'f', value: true },
  { name: 'os', value: true },
  { name: 'entry', value: true },
  { name: 'json', short: 'j' },
  { name: 'verbose', short: 'v', count: true },
  { name: 'quiet', short: 'q' },
  { name: 'color', value: true, choices: ['auto', 'always', 'never'] },
  { name: 'tag', short: 't', value: true },
  { name: 'signatures', short: 's', value: true },
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

export function parseFormat(v: string | undefined): FormatOption | ReportFormat | 'freeze' {
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
  const restrictFunctions = parseRestriction('restrict-to-functions', opts.get('restrict-to-functions') as string | undefined);
  const restrictProcesses = parseRestriction('restrict-to-processes', opts.get('restrict-to-processes') as string | undefined);
  if (opts.get('json') === true && sarif) throw new CliError('--json and --sarif are two output formats: choose one', EXIT.USAGE);

  const bytes = readInput(path);
  const rules = await resolveRules({
    paths: (opts.get('rules') as string[] | undefined) ?? [],
    tag: opts.get('tag') as string | undefined,
  });
  // what a first run is missing, said once the results are out (a failure stays one line)
  const notes: string[] = [];
  if (!rules.official && !(opts.get('rules') as string[] | undefined)?.length) {
    notes.push(
      `capa-ts: note: the official capa rules are not installed: only the ${rules.ruleset.ruleCount} rules of the capa-ts pack were used ` +
        '(install them with `capa-ts rules fetch`, or point $CAPA_RULES or -r at a capa-rules checkout)\n',
    );
  }

  const progress = !quiet && !json && process.stderr.isTTY === true;
  const onProgress = progress
    ? (done: number, total: number): void => {
        if (done === total || done % 64 === 0) process.stderr.write(`\rmatching: ${done}/${total} functions`);
        if (done === total) process.stderr.write('\r\x1b[K');
      }
    : undefined;

  const color = useColor(opts.get('color') as string | undefined);
  const ruleCount = rules.ruleset.ruleCount;
  const emit = (d: ResultDocument): number => {
    const text = sarif
      ? renderSarif(d, { toolVersion: VERSION })
      : json
        ? serializeResultDocument(d)
        : verbosity >= 2
          ? renderVeryVerbose(d, { color, ruleCount })
          : verbosity === 1
            ? renderVerbose(d, { color, ruleCount })
            : renderDefault(d, { color, ruleCount });
    io.out(text.endsWith('\n') ? text : text + '\n');
    if (!quiet) for (const n of [...notes, ...restrictionNotes(d, restrictFunctions, restrictProcesses)]) io.err(n);
    return EXIT.OK;
  };

  // capa's freeze files (-f freeze, or the `capa0000` magic): matched as recorded
  if (format === 'freeze' || (format === 'auto' && isFreeze(bytes))) {
    try {
      const frz = analyzeFreeze(bytes, {
        rules: rules.ruleset,
        path: resolve(path),
        argv,
        rulePaths: rules.paths,
        restrictToFunctions: restrictFunctions,
        restrictToProcesses: restrictProcesses,
        onProgress,
      });
      return emit(frz.document);
    } catch (e) {
      if (e instanceof FreezeRestrictionError) throw new CliError(e.message, EXIT.USAGE);
      throw e;
    }
  }

  // sandbox reports: asked for with -f, or in auto mode a file no magic claims, named and shaped
  // like a report (capa: magic first, then the extension)
  const report = (REPORT_FORMATS as readonly string[]).includes(format)
    ? (format as ReportFormat)
    : format === 'auto' && detectFormat(bytes) === 'unknown'
      ? detectReportFormat(bytes, path)
      : undefined;
  if (report !== undefined) {
    if (restrictFunctions.length) throw new CliError('cannot restrict functions in dynamic analysis (use --restrict-to-processes)', EXIT.USAGE);
    let dyn;
    try {
      dyn = analyzeReportDetailed(bytes, {
        rules: rules.ruleset,
        format: report,
        path: resolve(path),
        argv,
        rulePaths: rules.paths,
        restrictToProcesses: restrictProcesses,
      });
    } catch (e) {
      if (e instanceof ReportError) throw new CliError(e.message, REPORT_EXIT[e.code]);
      throw e;
    }
    return emit(dyn.document);
  }
  if (restrictProcesses.length) throw new CliError('cannot restrict processes in static analysis (use --restrict-to-functions)', EXIT.USAGE);

  // library identification, as capa: PE files only
  let signatures: FlirtSignatureSet[] = [];
  const sigOption = opts.get('signatures') as string | undefined;
  if (format === 'pe' || (format === 'auto' && detectFormat(bytes) === 'pe')) {
    const sel = selectSignatures(sigOption);
    if (sel.source === 'none' && sigOption === undefined) {
      notes.push(
        'capa-ts: note: no FLIRT signatures installed: library functions were not identified, so results can differ from capa\'s ' +
          '(install them with `capa-ts rules fetch`, point $CAPA_SIGNATURES or -s at capa\'s sigs/ folder, or pass -s none)\n',
      );
    }
    signatures = loadSignatureFiles(sel.files).sets;
  }

  const { document } = analyzeDetailed(bytes, {
    rules: rules.ruleset,
    format: format as FormatOption,
    os: os === 'auto' ? undefined : os,
    entry,
    path: resolve(path),
    argv,
    rulePaths: rules.paths,
    onProgress,
    signatures,
    restrictToFunctions: restrictFunctions,
  });

  // capa refuses to report on files its rules flag as beyond static analysis (packed, installers, …),
  // in the default text mode only.
  if (!json && verbosity === 0) {
    const limits = Object.values(document.rules).filter((r) => r.meta.namespace === 'internal/limitation/static');
    if (limits.length) {
      for (const l of limits) if (!quiet) io.err(`capa-ts: warning: ${l.meta.description.trim() || l.meta.name}\n`);
      return EXIT.FILE_LIMITATION;
    }
  }

  return emit(document);
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
