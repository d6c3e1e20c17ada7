// Command-line entry point. The only stage (with tests and benches) that touches Node APIs.
// Failures are one line on stderr with a distinct exit code (src/cli/exit-codes.ts); `--debug` adds
// the stack. Output is written, then process.exitCode is set: never process.exit() after stdout.
import { CliError, EXIT } from './exit-codes.js';
import { rulesFetch, type Io } from './rules-fetch.js';
import { VERSION } from '../version.js';

export const USAGE = `usage: capa-ts [options] <file>
       capa-ts features [-f FORMAT] [--function 0xADDR] [-s SIGS] <file>
       capa-ts freeze [-f FORMAT] [-s SIGS] [--reproducible] <file> -o <out.frz>
       capa-ts sarif [-t TAG] [-g] [-r] <capa-result.json>   a capa/capa-ts JSON result document as SARIF
       capa-ts scan [options] <file|dir|->... [-o results.jsonl]   (capa-ts scan --help)
       capa-ts worker --queue redis://HOST:PORT [-j N]             (capa-ts worker --help)
       capa-ts rules lint [--samples DIR] [--thorough] [--only IDS] [--skip IDS] [-t TAG] <dir|file>...
       capa-ts rules fmt [--check | -i] <dir|file>...
       capa-ts rules test <dir|file>... --samples <dir>
       capa-ts rules fetch [--repo URL] [--dest DIR] [--sigs-repo URL] [--sigs-dest DIR]
       capa-ts info          which rules and signatures are active
       capa-ts web [--port N] [--dir DIR] | web build [--rules DIR] [--out DIR]

Find capabilities in a PE, ELF, .NET executable, raw shellcode or sandbox report.

options:
  -r, --rules PATH      rule file or directory (repeatable); default: the embedded rule pack,
                        plus the official capa-rules from $CAPA_RULES or \`capa-ts rules fetch\`
  -f, --format FORMAT   auto (default), pe, elf, dotnet, sc32, sc64, cape, drakvuf, vmray,
                        freeze (a capa freeze file: also recognised by its magic)
      --os OS           auto (default), windows, linux, macos, …
      --entry 0xOFF     shellcode entry offset (with -f sc32/sc64)
  -j, --json            print capa's JSON result document
      --sarif           print a SARIF 2.1.0 log (one result per rule match)
      --restrict-to-functions 0xA,0xB   match only these functions (static)
      --restrict-to-processes PID,...   match only these processes (dynamic)
  -v, -vv               verbose / very verbose report
  -q, --quiet           no progress or warnings on stderr
      --color WHEN      auto (default), always, never
  -s, --signatures PATH FLIRT signatures (.sig/.pat file or directory) for library identification
                        in PE files; \`none\` turns it off; default: $CAPA_SIGNATURES or the
                        signatures \`capa-ts rules fetch\` installed
  -t, --tag TAG         only rules whose meta contains TAG
      --debug           print stack traces of failures
      --version         print the version
  -h, --help            this text

exit codes: 0 ok, 1 internal error, 2 bad arguments, 3 check failed (lint/test), 10 no rules,
  11 missing file, 12 invalid rule, 13 corrupt file, 14 file limitation, 15 invalid signatures,
  16 unsupported format, 17 unsupported architecture, 18 unsupported OS, 21-23 bad sandbox
  report, 24 job queue unreachable, 130 scan interrupted
`;

const stdio: Io = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
};

export async function main(argv: string[], io: Io = stdio): Promise<number> {
  const debug = argv.includes('--debug');
  let code: number;
  try {
    code = await dispatch(argv, io);
  } catch (e) {
    code = reportError(e, io, debug);
  }
  process.exitCode = code;
  return code;
}

function reportError(e: unknown, io: Io, debug: boolean): number {
  if (e instanceof CliError) {
    io.err(`capa-ts: error: ${e.message}\n`);
    if (debug && e.stack) io.err(e.stack + '\n');
    return e.exitCode;
  }
  const mapped = mapKnownError(e);
  if (mapped) {
    io.err(`capa-ts: error: ${mapped.message}\n`);
    if (debug && e instanceof Error && e.stack) io.err(e.stack + '\n');
    return mapped.exitCode;
  }
  const msg = e instanceof Error ? e.message : String(e);
  io.err(`capa-ts: internal error: ${msg.split('\n')[0]} (run with --debug for details)\n`);
  if (debug && e instanceof Error && e.stack) io.err(e.stack + '\n');
  return EXIT.INTERNAL;
}

/** Errors thrown by the library stages, turned into CLI errors. Filled in as stages land. */
export function mapKnownError(e: unknown): CliError | undefined {
  if (!(e instanceof Error)) return undefined;
  const code = (e as { code?: unknown }).code;
  if (e.name === 'FormatError') {
    const exit =
      code === 'unsupported-arch'
        ? EXIT.UNSUPPORTED_ARCH
        : code === 'unsupported-os'
          ? EXIT.UNSUPPORTED_OS
          : code === 'unsupported-format'
            ? EXIT.UNSUPPORTED_FORMAT
            : EXIT.CORRUPT_FILE;
    return new CliError(e.message, exit);
  }
  if (e.name === 'RuleError' || e.name === 'RuleSetError') return new CliError(String(e), EXIT.INVALID_RULE);
  if (e.name === 'SignatureError') return new CliError(`invalid signature file: ${e.message}`, EXIT.INVALID_SIGNATURES);
  return undefined;
}

async function dispatch(argv: string[], io: Io): Promise<number> {
  if (argv.length === 0) {
    io.err(USAGE);
    return EXIT.USAGE;
  }
  if (argv[0] === '-h' || argv[0] === '--help') {
    io.out(USAGE);
    return EXIT.OK;
  }
  if (argv[0] === '--version') {
    io.out(`capa-ts ${VERSION}\n`);
    return EXIT.OK;
  }
  if (argv[0] === 'rules') return rulesCommand(argv.slice(1), io);
  if (argv[0] === 'info') {
    const { runInfo } = await import('./info.js');
    return runInfo(argv.slice(1), io);
  }
  if (argv[0] === 'freeze') {
    const { runFreeze } = await import('./freeze.js');
    return runFreeze(argv.slice(1), io);
  }
  if (argv[0] === 'sarif') {
    const { runSarif } = await import('./sarif.js');
    return runSarif(argv.slice(1), io);
  }
  if (argv[0] === 'web') {
    const { runWeb } = await import('./web.js');
    return runWeb(argv.slice(1), io);
  }
  if (argv[0] === 'scan') {
    const { runScan } = await import('./scan.js');
    return runScan(argv, io);
  }
  if (argv[0] === 'worker') {
    const { runWorker } = await import('./scan-queue.js');
    return runWorker(argv, io);
  }
  if (argv[0] === 'features') {
    const { runFeatures } = await import('./features.js');
    return runFeatures(argv.slice(1), io);
  }
  const { runAnalyze } = await import('./analyze.js');
  return runAnalyze(argv, io);
}

async function rulesCommand(argv: string[], io: Io): Promise<number> {
  const { parseArgs } = await import('./args.js');
  const sub = argv[0];
  if (sub === 'fetch') {
    const { opts, positional } = parseArgs(argv.slice(1), [
      { name: 'repo', value: true },
      { name: 'dest', value: true },
      { name: 'sigs-repo', value: true },
      { name: 'sigs-dest', value: true },
      { name: 'debug' },
    ]);
    if (positional.length) throw new CliError(`rules fetch takes no arguments (got ${positional[0]})`, EXIT.USAGE);
    return rulesFetch(io, {
      repo: opts.get('repo') as string | undefined,
      dest: opts.get('dest') as string | undefined,
      sigsRepo: opts.get('sigs-repo') as string | undefined,
      sigsDest: opts.get('sigs-dest') as string | undefined,
    });
  }
  if (sub === 'lint') {
    const { rulesLint } = await import('./rules-lint.js');
    return rulesLint(argv.slice(1), io);
  }
  if (sub === 'fmt') {
    const { rulesFmt } = await import('./rules-fmt.js');
    return rulesFmt(argv.slice(1), io);
  }
  if (sub === 'test') {
    const { rulesTest } = await import('./rules-test.js');
    return rulesTest(argv.slice(1), io);
  }
  throw new CliError(`unknown rules command '${sub ?? ''}' (expected lint, fmt, test or fetch)`, EXIT.USAGE);
}
