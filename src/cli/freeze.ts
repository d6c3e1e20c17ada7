// `capa-ts freeze [options] <input> -o <file.frz>`: every feature capa-ts extracts from a sample
// (or a sandbox report), per scope, written as a capa freeze file (`capa0000` + zlib(JSON)), like
// `python -m capa.features.freeze`. capa and capa-ts read it back with `-f freeze` (or by its
// magic) and match rules without the sample.

import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, parseIntOption, type OptionSpec } from './args.js';
import { autoFormatByName, parseFormat, readInput, REPORT_FORMATS } from './analyze.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './rules-fetch.js';
import { loadSignatureFiles, selectSignatures } from './signatures.js';
import { openExtractor, type FormatOption } from '../extractors/open.js';
import { openReportExtractor, ReportError, detectReportFormat, type ReportFormat } from '../dynamic.js';
import { detectFormat } from '../formats/detect.js';
import { freezeExtractor, isFreeze, openFreezeExtractor } from '../freeze.js';
import type { Extractor } from '../features/extractor.js';

const SPECS: readonly OptionSpec[] = [
  { name: 'output', short: 'o', value: true },
  { name: 'format', short: 'f', value: true },
  { name: 'os', value: true },
  { name: 'entry', value: true },
  { name: 'signatures', short: 's', value: true },
  { name: 'reproducible' },
  { name: 'quiet', short: 'q' },
  { name: 'debug' },
];

export const FREEZE_USAGE = 'usage: capa-ts freeze [-f FORMAT] [--os OS] [--entry 0xOFF] [-s SIGS] [--reproducible] <file> -o <out.frz>';

const REPORT_EXIT = { 'invalid-report': EXIT.INVALID_REPORT, 'empty-report': EXIT.EMPTY_REPORT, 'unsupported-report': EXIT.UNSUPPORTED_REPORT } as const;

export async function runFreeze(argv: string[], io: Io): Promise<number> {
  const { opts, positional } = parseArgs(argv, SPECS);
  if (positional.length !== 1) {
    throw new CliError(positional.length ? `expected one input file, got ${positional.length}` : `missing input file (${FREEZE_USAGE})`, EXIT.USAGE);
  }
  const output = opts.get('output') as string | undefined;
  if (output === undefined || output === '') throw new CliError(`missing -o <out.frz> (${FREEZE_USAGE})`, EXIT.USAGE);
  const path = positional[0]!;
  let format = parseFormat(opts.get('format') as string | undefined);
  const entry = opts.has('entry') ? parseIntOption('entry', opts.get('entry') as string) : undefined;
  if (entry !== undefined && format !== 'sc32' && format !== 'sc64') {
    throw new CliError('--entry only applies to shellcode (-f sc32 or -f sc64)', EXIT.USAGE);
  }
  const quiet = opts.get('quiet') === true;
  const bytes = readInput(path);
  format = autoFormatByName(bytes, path, format);

  let x: Extractor;
  const report = (REPORT_FORMATS as readonly string[]).includes(format)
    ? (format as ReportFormat)
    : format === 'auto' && detectFormat(bytes) === 'unknown' && !isFreeze(bytes)
      ? detectReportFormat(bytes, path)
      : undefined;
  if (format === 'freeze' || (format === 'auto' && isFreeze(bytes))) {
    // a freeze of a freeze: the same features, rewritten in canonical order
    x = openFreezeExtractor(bytes);
  } else if (report !== undefined) {
    try {
      x = openReportExtractor(bytes, { format: report, path: resolve(path) });
    } catch (e) {
      if (e instanceof ReportError) throw new CliError(e.message, REPORT_EXIT[e.code]);
      throw e;
    }
  } else {
    // library identification as in the main command (PE only): library functions are recorded
    // with their names, and calls to them carry `api: <name>`
    const sigOption = opts.get('signatures') as string | undefined;
    const isPe = format === 'pe' || (format === 'auto' && detectFormat(bytes) === 'pe');
    let signatures: ReturnType<typeof loadSignatureFiles>['sets'] = [];
    if (isPe) {
      const sel = selectSignatures(sigOption);
      if (sel.source === 'none' && sigOption === undefined && !quiet) {
        io.err('capa-ts: note: no FLIRT signatures installed: library functions were not identified (see `capa-ts info`)\n');
      }
      signatures = loadSignatureFiles(sel.files).sets;
    }
    const os = opts.get('os') as string | undefined;
    x = openExtractor(bytes, { format: format as FormatOption, os: os === 'auto' ? undefined : os, entry, signatures });
  }
  try {
    const frz = freezeExtractor(x, { reproducible: opts.get('reproducible') === true });
    if (output === '-') {
      process.stdout.write(frz);
    } else {
      try {
        writeFileSync(output, frz);
      } catch (e) {
        throw new CliError(`${output}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.MISSING_FILE);
      }
      if (!quiet) io.err(`capa-ts: wrote ${output} (${x.flavor} features, ${frz.length} bytes)\n`);
    }
    return EXIT.OK;
  } finally {
    (x as { dispose?: () => void }).dispose?.();
  }
}
