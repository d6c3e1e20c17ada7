// `capa-ts [options] <file>`: find capabilities and print capa's report or result document.
import { createHash } from 'node:crypto';
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
import { markAnalysedFile } from './run-state.js';
import { phaseEnd, phaseStart } from '../features/timings.js';
import type { SampleHashes } from '../features/extractor.js';

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

  const tRead = phaseStart();
  const bytes = readInput(path);
  phaseEnd('read', tRead);
  const tRules = phaseStart();
  const rules = await resolveRules({
    paths: (opts.get('rules') as string[] | undefined) ?? [],
    tag: opts.get('tag') as string | undefined,
  });
  phaseEnd('rules', tRules);

  const progress = !quiet && !json && process.stderr.isTTY === true;
  const onProgress = progress
    ? (done: number, total: number): void => {
        if (done === total || done % 64 === 0) process.stderr.write(`\rmatching: ${done}/${total} functions`);
        if (done === total) process.stderr.write('\r\x1b[K');
      }
    : undefined;

  // sandbox reports: asked for with -f, or in auto mode a file no magic claims, named and shaped
  // like a report (capa: magic first, then the extension)
  const report = (REPORT_FORMATS as readonly string[]).includes(format)
    ? (format as ReportFormat)
    : format === 'auto' && detectFormat(bytes) === 'unknown'
      ? detectReportFormat(bytes, path)
      : undefined;
  if (report !== undefined) {
    let dyn;
    try {
      dyn = analyzeReportDetailed(bytes, { rules: rules.ruleset, format: report, path: resolve(path), argv, rulePaths: rules.paths });
    } catch (e) {
      if (e instanceof ReportError) throw new CliError(e.message, REPORT_EXIT[e.code]);
      throw e;
    }
    const color = useColor(opts.get('color') as string | undefined);
    const d = dyn.document;
    const text = json ? serializeResultDocument(d) : verbosity >= 2 ? renderVeryVerbose(d, { color }) : verbosity === 1 ? renderVerbose(d, { color }) : renderDefault(d, { color });
    io.out(text.endsWith('\n') ? text : text + '\n');
    return EXIT.OK;
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
    sampleHashes: nativeSampleHashes(bytes),
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

  const tRender = phaseStart();
  const color = useColor(opts.get('color') as string | undefined);
  let out: string;
  if (json) out = serializeResultDocument(document);
  else if (verbosity >= 2) out = renderVeryVerbose(document, { color });
  else if (verbosity === 1) out = renderVerbose(document, { color });
  else out = renderDefault(document, { color });
  phaseEnd('render', tRender);
  io.out(out.endsWith('\n') ? out : out + '\n');
  markAnalysedFile();
  return EXIT.OK;
}
