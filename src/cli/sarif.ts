// `capa-ts sarif <result.json>`: a capa (or capa-ts) JSON result document as a SARIF 2.1.0 log,
// the counterpart of capa's scripts/capa2sarif.py. The main command writes SARIF directly with
// `--sarif`.

import { parseArgs, type OptionSpec } from './args.js';
import { readInput } from './analyze.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './rules-fetch.js';
import { parseResultDocument } from '../render/json.js';
import { renderSarif } from '../render/sarif.js';
import { VERSION } from '../version.js';

// capa2sarif's options: -g/--ghidra-compat, -r/--radare-compat, -t/--tag (capa2sarif parses the
// tag but does not use it; here it keeps the rules whose meta mentions it, as the main command's -t)
const SPECS: readonly OptionSpec[] = [
  { name: 'no-lib' },
  { name: 'ghidra-compat', short: 'g' },
  { name: 'radare-compat', short: 'r' },
  { name: 'tag', short: 't', value: true },
  { name: 'debug' },
];

export const SARIF_USAGE = 'usage: capa-ts sarif [--no-lib] [-t TAG] [-g|--ghidra-compat] [-r|--radare-compat] <capa-result.json>';

export async function runSarif(argv: string[], io: Io): Promise<number> {
  const { opts, positional } = parseArgs(argv, SPECS);
  if (positional.length !== 1) throw new CliError(SARIF_USAGE, EXIT.USAGE);
  const bytes = readInput(positional[0]!);
  let doc;
  try {
    doc = parseResultDocument(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof doc.meta !== 'object' || doc.meta === null || typeof doc.meta.analysis !== 'object') throw new Error('missing "meta"');
  } catch (e) {
    throw new CliError(`${positional[0]}: not a capa JSON result document (${(e as Error).message})`, EXIT.CORRUPT_FILE);
  }
  const tag = opts.get('tag') as string | undefined;
  if (tag !== undefined) {
    const json = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x));
    doc = { ...doc, rules: Object.fromEntries(Object.entries(doc.rules).filter(([, r]) => json(r.meta).includes(tag))) };
  }
  io.out(
    renderSarif(doc, {
      toolVersion: VERSION,
      includeLib: opts.get('no-lib') !== true,
      ghidraCompat: opts.get('ghidra-compat') === true,
      radareCompat: opts.get('radare-compat') === true,
    }),
  );
  return EXIT.OK;
}
