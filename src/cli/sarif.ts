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

const SPECS: readonly OptionSpec[] = [{ name: 'no-lib' }, { name: 'debug' }];

export async function runSarif(argv: string[], io: Io): Promise<number> {
  const { opts, positional } = parseArgs(argv, SPECS);
  if (positional.length !== 1) throw new CliError('usage: capa-ts sarif [--no-lib] <capa-result.json>', EXIT.USAGE);
  const bytes = readInput(positional[0]!);
  let doc;
  try {
    doc = parseResultDocument(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (typeof doc.meta !== 'object' || doc.meta === null || typeof doc.meta.analysis !== 'object') throw new Error('missing "meta"');
  } catch (e) {
    throw new CliError(`${positional[0]}: not a capa JSON result document (${(e as Error).message})`, EXIT.CORRUPT_FILE);
  }
  io.out(renderSarif(doc, { toolVersion: VERSION, includeLib: opts.get('no-lib') !== true }));
  return EXIT.OK;
}
