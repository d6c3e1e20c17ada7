// `capa-ts rules fmt [--check | -i] PATH…`: capa's canonical rule layout (scripts/capafmt.py).
//   one file, no option: the formatted rule on stdout (capafmt's default);
//   -i/--in-place: rewrite every file that differs;
//   -c/--check: list the files that would change, exit 3 if any (capafmt -c exits 1).
// Each file must be a valid rule first (as capafmt loads it); invalid ones are reported and skipped.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { formatRuleText } from '../rules/format.js';
import { lintRuleText } from '../rules/parse.js';
import { collectRuleFiles } from './rule-cache.js';
import { parseArgs } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './rules-fetch.js';

export async function rulesFmt(argv: string[], io: Io): Promise<number> {
  const { opts, positional } = parseArgs(argv, [{ name: 'check', short: 'c' }, { name: 'in-place', short: 'i' }, { name: 'debug' }]);
  const check = opts.get('check') === true;
  const inPlace = opts.get('in-place') === true;
  if (!positional.length) throw new CliError('usage: capa-ts rules fmt [--check | -i] <dir|file>...', EXIT.USAGE);
  if (check && inPlace) throw new CliError('--check and --in-place exclude each other', EXIT.USAGE);
  let files;
  try {
    files = collectRuleFiles(positional);
  } catch (e) {
    throw new CliError(`${(e as Error).message}`, EXIT.MISSING_FILE);
  }
  if (!check && !inPlace && files.length !== 1) {
    throw new CliError(`${files.length} rule files: use --check or --in-place (printing is for a single file)`, EXIT.USAGE);
  }
  const cwd = process.cwd();
  const shown = (p: string): string => {
    const r = relative(cwd, p);
    return r && !r.startsWith('..') ? r : p;
  };
  let invalid = 0;
  let changed = 0;
  for (const f of files) {
    const problems = lintRuleText(f.text, f.path);
    if (problems.length) {
      invalid++;
      for (const e of problems) {
        if (e.file !== undefined) e.file = shown(e.file);
        io.err(`${String(e)}\n`);
      }
      continue;
    }
    let out: string;
    try {
      out = formatRuleText(f.text);
    } catch (e) {
      invalid++;
      io.err(`${shown(f.path)}: cannot format: ${(e as Error).message}\n`);
      continue;
    }
    if (!check && !inPlace) {
      io.out(out);
      continue;
    }
    if (out === f.text) continue;
    changed++;
    if (check) {
      io.out(`would reformat ${shown(f.path)}${f.text.includes('\r\n') ? ' (use LF line endings)' : ''}\n`);
    } else {
      try {
        writeFileSync(f.path, out);
      } catch (e) {
        throw new CliError(`${shown(f.path)}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.MISSING_FILE);
      }
      io.out(`reformatted ${shown(f.path)}\n`);
    }
  }
  if (check || inPlace) {
    const n = files.length - invalid;
    io.out(check ? `${changed} of ${n} rules would be reformatted\n` : `${changed} of ${n} rules reformatted\n`);
  }
  if (invalid) return EXIT.INVALID_RULE;
  return check && changed ? EXIT.CHECK_FAILED : EXIT.OK;
}
