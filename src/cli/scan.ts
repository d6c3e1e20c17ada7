// `capa-ts scan PATH...`: capabilities of every sample under the given files and directories, one
// JSON line per sample, on every core of this machine (a worker-thread pool) or on many machines
// through a job queue (`--queue redis://HOST:PORT`, see scan-queue.ts).
import { availableParallelism } from 'node:os';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs, type OptionSpec } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './rules-fetch.js';
import { RULE_OPTION_SPECS, resolveRuleOptions } from './analyze.js';
import { rulesToWire, type RulesWire } from './load-rules.js';
import { collectSamples, type Sample } from './scan-inputs.js';
import { openOutput, prepareDocumentsDir, readDone, writeDocument, type DoneSamples } from './scan-output.js';
import { ScanPool, type TaskResult } from './scan-pool.js';
import { ScanProgress } from './scan-progress.js';
import { errorRecord, ScanSummary } from './scan-record.js';

export const DEFAULT_TIMEOUT_S = 300;
export const DEFAULT_MAX_MEMORY_MB = 2048;
export const DEFAULT_MAX_SIZE_MB = 256;
/** largest sample `scan --queue --inline` puts into a job */
export const INLINE_MAX_MB = 32;

/** Limits of the local pool; `capa-ts worker` takes the same ones. */
export const POOL_SPECS: readonly OptionSpec[] = [
  { name: 'jobs', short: 'j', value: true },
  { name: 'timeout', value: true },
  { name: 'max-memory', value: true },
];

const SPECS: readonly OptionSpec[] = [
  ...RULE_OPTION_SPECS,
  ...POOL_SPECS,
  { name: 'output', short: 'o', value: true },
  { name: 'documents', value: true },
  { name: 'max-size', value: true },
  { name: 'resume' },
  { name: 'progress-every', value: true },
  { name: 'quiet', short: 'q' },
  { name: 'queue', value: true },
  { name: 'queue-name', value: true },
  { name: 'inline' },
  { name: 'attempts', value: true },
  { name: 'debug' },
];

export const SCAN_USAGE = `usage: capa-ts scan [options] <file|dir|->... [-o results.jsonl]

Analyses every file under the given files and directories (recursively; - reads paths from stdin,
one per line), each distinct file (SHA-256) once, and writes one JSON line per sample as it
finishes: sha256, paths, format/arch/os, the capabilities with namespace, ATT&CK and MBC, library
function count and elapsed ms, or the error kind and message.

options:
  -o, --output FILE       write the JSON lines to FILE (default: stdout)
      --resume            skip the samples FILE already has, append the rest
      --documents DIR     also write each sample's result document (as capa-ts -j) to DIR/<sha256>.json
  -r, --rules PATH        rules, as the main command (repeatable; default: embedded + official)
  -t, --tag TAG           only rules whose meta contains TAG
  -j, --jobs N            worker threads (default: the core count)
      --timeout SECONDS   per-sample time limit (default ${DEFAULT_TIMEOUT_S}; 0: none); over it: error kind timeout
      --max-memory MiB    per-thread JS heap limit, the rules included (default ${DEFAULT_MAX_MEMORY_MB}); over it: memory
      --max-size MiB      larger files are not analysed: too-large (default ${DEFAULT_MAX_SIZE_MB})
      --progress-every N  without a terminal, a progress line every N samples (default 100)
  -q, --quiet             no progress and no summary on stderr
      --debug             print stack traces of failures

many machines (BullMQ on Redis; run capa-ts worker --queue URL on each machine):
      --queue URL         redis://[user:password@]HOST[:PORT][/DB]: enqueue the samples, collect the results
      --queue-name NAME   queue name (default capa-ts)
      --inline            put the sample bytes into the job (files up to ${INLINE_MAX_MB} MiB) instead of
                          the path, for workers that do not see this machine's storage
      --attempts N        tries per sample when a worker fails (default 3)

exit codes: 0 scan complete (samples that failed are lines with an error), 2 bad arguments,
  10/12 rules missing/invalid, 11 nothing to scan, 24 queue unreachable, 130 interrupted (resumable)
`;

/** A whole number option within [min, max]. */
export function intOption(opts: Map<string, unknown>, name: string, def: number, min: number, max: number): number {
  const v = opts.get(name);
  if (v === undefined) return def;
  const s = String(v).trim();
  const n = /^\d+$/.test(s) ? Number(s) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    throw new CliError(`option --${name}: '${s}' is not a whole number from ${min} to ${max}`, EXIT.USAGE);
  }
  return n;
}

export interface PoolLimits {
  readonly jobs: number;
  readonly timeoutMs: number;
  readonly maxMemoryMb: number;
}

export function poolLimits(opts: Map<string, unknown>): PoolLimits {
  return {
    jobs: intOption(opts, 'jobs', availableParallelism(), 1, 1024),
    timeoutMs: intOption(opts, 'timeout', DEFAULT_TIMEOUT_S, 0, 7 * 24 * 3600) * 1000,
    maxMemoryMb: intOption(opts, 'max-memory', DEFAULT_MAX_MEMORY_MB, 8, 1 << 20),
  };
}

/** Where the samples are analysed: this machine's pool, or the job queue. */
export interface ScanBackend {
  /** for the summary: "2 workers", "queue redis://…" */
  readonly label: string;
  /** gets ready with these rules (runs while the inputs are hashed) */
  prepare(rules: RulesWire): Promise<void>;
  /** analyses the samples; resolves when each has a result or after stop() */
  run(samples: Sample[], onResult: (r: TaskResult) => void): Promise<void>;
  /** stops at once (Ctrl-C): samples without a result get none */
  stop(): Promise<void>;
  close(): Promise<void>;
}

export interface ScanRun {
  readonly inputs: string[];
  readonly output?: string;
  readonly documents?: string;
  readonly resume: boolean;
  readonly quiet: boolean;
  readonly progressEvery: number;
  /** larger samples are recorded as too-large */
  readonly maxSizeBytes: number;
  readonly maxSizeReason: string;
}

export async function runScan(argv: string[], io: Io): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    io.out(SCAN_USAGE);
    return EXIT.OK;
  }
  const { opts, positional } = parseArgs(argv.slice(1), SPECS);
  if (positional.length === 0) throw new CliError('scan needs at least one file or directory (or - to read paths from stdin)', EXIT.USAGE);
  const output = opts.get('output') as string | undefined;
  const resume = opts.get('resume') === true;
  if (resume && output === undefined) throw new CliError('--resume needs the output file to continue (-o FILE)', EXIT.USAGE);
  const queueUrl = opts.get('queue') as string | undefined;
  if (queueUrl === undefined) {
    for (const q of ['queue-name', 'inline', 'attempts']) if (opts.has(q)) throw new CliError(`--${q} only applies with --queue`, EXIT.USAGE);
  } else {
    for (const q of ['jobs', 'timeout', 'max-memory']) {
      if (opts.has(q)) throw new CliError(`with --queue, --${q} is set on the workers (capa-ts worker --${q} …)`, EXIT.USAGE);
    }
  }
  let maxSizeMb = intOption(opts, 'max-size', DEFAULT_MAX_SIZE_MB, 1, 1 << 20);
  let maxSizeReason = `--max-size ${maxSizeMb} MiB`;
  if (queueUrl !== undefined && opts.get('inline') === true && maxSizeMb > INLINE_MAX_MB) {
    maxSizeMb = INLINE_MAX_MB;
    maxSizeReason = `the --inline limit of ${INLINE_MAX_MB} MiB`;
  }
  const run: ScanRun = {
    inputs: positional,
    output,
    documents: opts.get('documents') as string | undefined,
    resume,
    quiet: opts.get('quiet') === true,
    progressEvery: intOption(opts, 'progress-every', 100, 1, Number.MAX_SAFE_INTEGER),
    maxSizeBytes: maxSizeMb * 1024 * 1024,
    maxSizeReason,
  };

  let backend: ScanBackend;
  if (queueUrl !== undefined) {
    const { queueBackend } = await import('./scan-queue.js');
    backend = await queueBackend(queueUrl, {
      queueName: opts.get('queue-name') as string | undefined,
      inline: opts.get('inline') === true,
      attempts: intOption(opts, 'attempts', 3, 1, 100),
      documents: run.documents !== undefined,
      note: (line) => {
        if (!run.quiet) io.err(`${process.stderr.isTTY ? '\r\x1b[K' : ''}${line}\n`);
      },
    });
  } else {
    backend = localBackend(poolLimits(opts), argv, run.documents !== undefined);
  }
  try {
    // only the encoded rules are kept here: the workers hold the rule set
    const wire = rulesToWire(await resolveRuleOptions(opts));
    return await scanWith(backend, wire, run, io);
  } finally {
    await backend.close();
  }
}

/** This machine: a pool of worker threads holding the rules. */
function localBackend(limits: PoolLimits, argv: string[], documents: boolean): ScanBackend {
  const pool = new ScanPool({ threads: limits.jobs, timeoutMs: limits.timeoutMs, maxMemoryMb: limits.maxMemoryMb, argv });
  let stopped = false;
  return {
    label: `${limits.jobs} worker${limits.jobs === 1 ? '' : 's'}`,
    async prepare(rules) {
      pool.addRules('scan', rules);
      await pool.start('scan');
    },
    async run(samples, onResult) {
      await Promise.all(
        samples.map((s) =>
          pool.run({ rulesKey: 'scan', sample: s, path: s.paths[0]!, document: documents }).then(onResult, (e: unknown) => {
            if (!stopped) throw e;
          }),
        ),
      );
    },
    async stop() {
      stopped = true;
      await pool.close();
    },
    close: () => pool.close(),
  };
}

function realOrResolved(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return resolve(p);
  }
}

/** The scan itself, whatever the backend: inputs, resume, output, progress, Ctrl-C, summary. */
export async function scanWith(backend: ScanBackend, rules: RulesWire, run: ScanRun, io: Io): Promise<number> {
  const t0 = performance.now();
  const progress = new ScanProgress({ stream: process.stderr, tty: process.stderr.isTTY === true, every: run.progressEvery, enabled: !run.quiet });
  const summary = new ScanSummary();
  const say = (line: string): void => {
    if (run.quiet) return;
    progress.clear();
    io.err(line + '\n');
  };

  // Ctrl-C / SIGTERM: stop at once, keep every complete line; a second Ctrl-C quits without cleanup
  const abort = new AbortController();
  let interrupted = false;
  let stopping: Promise<void> = Promise.resolve();
  const onSignal = (): void => {
    if (interrupted) {
      process.exit(EXIT.INTERRUPTED);
    }
    interrupted = true;
    abort.abort();
    say('capa-ts: interrupted: stopping the scan (Ctrl-C again to quit at once)');
    stopping = backend.stop();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  // the reader of stdout went away (`scan … | head`): stop like Ctrl-C, quietly
  const onStdoutError = (e: NodeJS.ErrnoException): void => {
    if (e.code !== 'EPIPE' || interrupted) return;
    interrupted = true;
    abort.abort();
    stopping = backend.stop();
  };
  if (run.output === undefined) process.stdout.on('error', onStdoutError);

  try {
    if (run.documents !== undefined) prepareDocumentsDir(run.documents);
    const prepared = backend.prepare(rules);
    // workers that cannot start (rules, memory limit, queue) end the scan at once, even mid-hashing
    let startError: unknown;
    prepared.catch((e: unknown) => {
      startError = e;
      abort.abort();
    });

    const done: DoneSamples = run.resume && run.output ? readDone(run.output) : { sha256s: new Set(), paths: new Set(), lines: 0 };
    const exclude = new Set<string>(run.output ? [realOrResolved(run.output)] : []);
    const excludeDirs = new Set<string>(run.documents ? [realOrResolved(run.documents)] : []);
    const inputs = await collectSamples(run.inputs, {
      ...(run.inputs.includes('-') ? { stdin: process.stdin } : {}),
      exclude,
      excludeDirs,
      signal: abort.signal,
      onFile: (files, bytes) => progress.status(`hashing: ${files} files, ${(bytes / 1048576).toFixed(0)} MiB`),
    });
    progress.clear();
    if (startError !== undefined) throw startError;
    summary.duplicates = inputs.duplicates;

    if (inputs.samples.length === 0 && inputs.problems.length === 0 && !interrupted) {
      throw new CliError(`no files found in ${run.inputs.join(', ')}`, EXIT.MISSING_FILE);
    }
    const sink = openOutput(run.output, run.resume);
    let doneBytes = 0;
    let finished = 0;
    try {
      for (const p of inputs.problems) {
        if (done.paths.has(p.path)) continue;
        const r = errorRecord({ sha256: null, paths: [p.path], size: null }, { kind: 'unreadable', message: p.message }, 0);
        sink.write(r);
        summary.add(r);
      }
      const todo: Sample[] = [];
      for (const s of inputs.samples) {
        if (done.sha256s.has(s.sha256)) {
          summary.resumed++;
          continue;
        }
        if (s.size > run.maxSizeBytes) {
          const r = errorRecord(s, { kind: 'too-large', message: `${s.paths[0]}: ${s.size} bytes, above ${run.maxSizeReason}` }, 0);
          sink.write(r);
          summary.add(r);
          continue;
        }
        todo.push(s);
      }
      // largest first: the long samples start early instead of finishing alone at the end
      todo.sort((a, b) => b.size - a.size);
      const totalBytes = todo.reduce((n, s) => n + s.size, 0);

      if (!interrupted && todo.length > 0) {
        try {
          await prepared;
        } catch (e) {
          if (!interrupted) throw e;
        }
      }
      if (!interrupted && todo.length > 0) {
        progress.begin(todo.length, totalBytes);
        const errorsBefore = summary.errorCount;
        await backend.run(todo, (r) => {
          // the document before the line: a line in the output always has its document (--resume)
          if (run.documents !== undefined && r.document !== undefined && r.record.sha256) writeDocument(run.documents, r.record.sha256, r.document);
          sink.write(r.record);
          summary.add(r.record);
          finished++;
          doneBytes += r.record.size ?? 0;
          progress.update(finished, doneBytes, summary.errorCount - errorsBefore);
        });
      }
      // the backend tidies up after Ctrl-C (the queue takes back the jobs not started)
      await stopping.catch(() => undefined);
      progress.clear();
      const remaining = todo.length - finished;
      if (!run.quiet) {
        const lines = summary.lines({
          wallMs: performance.now() - t0,
          workers: backend.label,
          ...(interrupted ? { interrupted: { remaining: Math.max(0, remaining) } } : {}),
        });
        lines.splice(1, 0, `  peak memory ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (this process${backend.label.startsWith('queue') ? '' : ', all workers'})`);
        for (const l of lines) io.err(l + '\n');
      }
    } finally {
      await sink.close();
    }
    return interrupted ? EXIT.INTERRUPTED : EXIT.OK;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.stdout.off('error', onStdoutError);
  }
}
