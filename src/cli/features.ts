// `capa-ts features [-f FORMAT] [--function 0xADDR] [--os OS] [--entry OFFSET] [-s SIGS] <file>`: print the features capa-ts extracts,
// per scope with addresses, like capa's scripts/show-features.py (PE, ELF, sc32/sc64 shellcode). Bad input surfaces as a
// FormatError, usage problems as CliError (both mapped to exit codes by main).

import { openExtractor, type FormatOption } from '../extractors/open.js';
import { renderFeatureLines } from '../render/features.js';
import { parseArgs, parseIntOption, type OptionSpec } from './args.js';
import { readInput } from './analyze.js';
import { CliError, EXIT } from './exit-codes.js';
import { detectFormat } from '../formats/detect.js';
import { loadSignatureFiles, selectSignatures } from './signatures.js';

const SPECS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', value: true },
  { name: 'function', short: 'F', value: true },
  { name: 'os', value: true },
  { name: 'entry', value: true },
  { name: 'signatures', short: 's', value: true },
  { name: 'debug' },
];

const FORMATS = ['auto', 'pe', 'elf', 'dotnet', 'sc32', 'sc64'];

function parseVa(s: string): number {
  const t = s.trim().toLowerCase();
  const v = t.startsWith('0x') ? Number.parseInt(t.slice(2), 16) : Number.parseInt(t, 10);
  if (!/^(0x[0-9a-f]+|[0-9]+)$/.test(t) || !Number.isSafeInteger(v)) {
    throw new CliError(`option --function: '${s}' is not an address (e.g. 0x401000)`, EXIT.USAGE);
  }
  return v;
}

export async function runFeatures(argv: string[], io: { out(s: string): void; err(s: string): void }): Promise<number> {
  const { opts, positional } = parseArgs(argv, SPECS);
  if (positional.length !== 1) {
    throw new CliError(positional.length ? `expected one input file, got ${positional.length}` : 'missing input file (usage: capa-ts features [-f FORMAT] [--function 0xADDR] <file>)', EXIT.USAGE);
  }
  const format = (opts.get('format') as string | undefined) ?? 'auto';
  if (!FORMATS.includes(format)) throw new CliError(`option --format: '${format}' is not one of ${FORMATS.join(', ')}`, EXIT.USAGE);
  const fn = opts.get('function') as string | undefined;
  const functionVa = fn === undefined ? undefined : parseVa(fn);

  const bytes = readInput(positional[0]!);
  const entry = opts.has('entry') ? parseIntOption('entry', opts.get('entry') as string) : undefined;
  if (entry !== undefined && format !== 'sc32' && format !== 'sc64') {
    throw new CliError('--entry only applies to shellcode (-f sc32 or -f sc64)', EXIT.USAGE);
  }
  // library identification as in the main command (PE only): function-name and api features
  const isPe = format === 'pe' || (format === 'auto' && detectFormat(bytes) === 'pe');
  const signatures = isPe ? loadSignatureFiles(selectSignatures(opts.get('signatures') as string | undefined).files).sets : [];
  const x = openExtractor(bytes, { format: format as FormatOption, os: opts.get('os') as string | undefined, entry, signatures });
  try {
    let buf: string[] = [];
    const flush = (): void => {
      if (buf.length) io.out(buf.join('\n') + '\n');
      buf = [];
    };
    const ok = renderFeatureLines(x, (l) => {
      buf.push(l);
      if (buf.length >= 4096) flush();
    }, functionVa === undefined ? {} : { functionVa });
    flush();
    if (!ok) {
      io.err(`0x${functionVa!.toString(16).toUpperCase()} not a function\n`);
      return EXIT.USAGE;
    }
    return EXIT.OK;
  } finally {
    (x as { dispose?: () => void }).dispose?.();
  }
}
