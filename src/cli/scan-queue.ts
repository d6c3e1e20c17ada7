// Many machines: `capa-ts scan --queue redis://HOST:PORT PATH...` puts one BullMQ job per sample on
// a Redis queue and collects the results into the same JSONL as a local scan; `capa-ts worker
// --queue redis://HOST:PORT [-j N]` runs on each machine and analyses jobs in its worker-thread pool.
//
// - The rules travel once per scan: the producer stores the rule set (rule-cache encoding, gzip) in
//   Redis under a key named by its hash; each job names that key; a worker loads a rule set the
//   first time a job names it.
// - A job carries the sample's path (storage every worker sees) or, with --inline, its bytes.
// - The result is the job's return value, stored by BullMQ atomically with the job's completion.
//   A worker that dies mid-job stops renewing its lock; another worker's stalled-job check puts the
//   job back in the queue, and the dead worker can no longer complete it (its lock is gone), so each
//   job completes once. The collector also writes at most one line per sample.
// - A job that throws (the worker cannot read the path, the pool broke) is retried (--attempts,
//   exponential back-off), then recorded as failed. A sample that breaks a limit is a result
//   (timeout/memory), as in a local scan, not a failure.
import { randomBytes, createHash } from 'node:crypto';
import { gzipSync, gunzipSync } from 'node:zlib';
import { hostname } from 'node:os';
import { readFileSync } from 'node:fs';
import { Job, Queue, QueueEvents, Worker, type ConnectionOptions } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';
import { parseArgs, type OptionSpec } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './rules-fetch.js';
import type { RulesWire } from './load-rules.js';
import { errorRecord, type ErrorKind, type SampleRef, type ScanRecord } from './scan-record.js';
import type { Sample } from './scan-inputs.js';
import { ScanPool, type TaskResult } from './scan-pool.js';
import { intOption, POOL_SPECS, poolLimits, type ScanBackend } from './scan.js';
import { CACHE_FORMAT } from '../rules/cache.js';
import { VERSION } from '../version.js';

export const DEFAULT_QUEUE_NAME = 'capa-ts';
const RULES_TTL_S = 30 * 24 * 3600;
const KEEP_FINISHED_S = 7 * 24 * 3600;

interface ScanJobData {
  /** job format version */
  readonly v: 1;
  /** capa-ts version of the scan: workers of another version refuse the job (results would differ) */
  readonly version: string;
  readonly rulesKey: string;
  readonly sample: SampleRef;
  /** where the worker reads the sample, unless `inline` holds it */
  readonly path: string;
  /** the sample's bytes, base64 (--inline) */
  readonly inline?: string;
  /** return the result document too */
  readonly document: boolean;
}

interface ScanJobResult {
  readonly record: ScanRecord;
  /** the result document, gzip + base64 */
  readonly document?: string;
}

/** ioredis options from `redis://[user:password@]host[:port][/db]` (`rediss://` for TLS). */
export function redisOptions(url: string): RedisOptions & { label: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new CliError(`--queue: '${url}' is not a URL (expected redis://HOST:PORT)`, EXIT.USAGE);
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new CliError(`--queue: '${url}' is not a redis:// or rediss:// URL`, EXIT.USAGE);
  if (!u.hostname) throw new CliError(`--queue: '${url}' names no host`, EXIT.USAGE);
  const port = u.port ? Number(u.port) : 6379;
  const dbText = u.pathname.replace(/^\//, '');
  const db = dbText === '' ? 0 : /^\d+$/.test(dbText) ? Number(dbText) : NaN;
  if (!Number.isSafeInteger(db)) throw new CliError(`--queue: '${dbText}' is not a database number`, EXIT.USAGE);
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  return {
    host,
    port,
    db,
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: {} } : {}),
    // BullMQ's blocking connections must never give up on a command
    maxRetriesPerRequest: null,
    label: `${u.protocol}//${u.host}${db ? '/' + db : ''}`,
  };
}

/** A connection for our own keys (the rule sets), checked once so a wrong address fails fast. */
async function connect(opts: RedisOptions & { label: string }): Promise<Redis> {
  const { label, ...o } = opts;
  const client = new Redis({ ...o, lazyConnect: true, connectTimeout: 10_000, maxRetriesPerRequest: 3, retryStrategy: () => null });
  // the socket error says why (ECONNREFUSED, ENOTFOUND, …); connect() only says the connection closed
  let socketError: Error | undefined;
  client.on('error', (e: Error) => (socketError ??= e));
  try {
    await client.connect();
    await client.ping();
  } catch (e) {
    client.disconnect();
    const why = (socketError ?? (e as Error)).message.split('\n')[0];
    throw new CliError(`cannot reach the queue at ${label}: ${why}`, EXIT.QUEUE_UNAVAILABLE);
  }
  // from here on, reconnect like BullMQ's own connections do
  client.options.retryStrategy = (times: number) => Math.min(1000 * times, 10_000);
  return client;
}

function bullConnection(opts: RedisOptions & { label: string }): ConnectionOptions {
  const { label: _label, ...o } = opts;
  return o as ConnectionOptions;
}

const rulesRedisKey = (key: string): string => `capa-ts:rules:${key}`;

// ------------------------------------------------------------------ producer (scan --queue)

export interface QueueScanOptions {
  readonly queueName?: string;
  readonly inline: boolean;
  readonly attempts: number;
  readonly documents: boolean;
  /** a message for the user (stderr) */
  readonly note: (line: string) => void;
}

const ERROR_KINDS = new Set<ErrorKind>(['unreadable', 'too-large', 'changed', 'corrupt-file', 'unsupported-format', 'unsupported-arch', 'unsupported-os', 'invalid-report', 'empty-report', 'unsupported-report', 'timeout', 'memory', 'crash', 'failed', 'internal']);

/** A finally failed job as a line: the worker's `kind: message`, else kind `failed`. */
function failedRecord(sample: SampleRef, reason: string, attempts: number): ScanRecord {
  const m = /^([a-z-]+): (.*)$/s.exec(reason);
  const kind = m && ERROR_KINDS.has(m[1] as ErrorKind) ? (m[1] as ErrorKind) : 'failed';
  const message = (m && kind !== 'failed' ? m[2]! : reason).split('\n')[0]!;
  return errorRecord(sample, { kind, message: `${message} (after ${attempts} attempt${attempts === 1 ? '' : 's'})` }, 0);
}

export async function queueBackend(url: string, opts: QueueScanOptions): Promise<ScanBackend> {
  const ropts = redisOptions(url);
  const name = opts.queueName ?? DEFAULT_QUEUE_NAME;
  const client = await connect(ropts);
  const connection = bullConnection(ropts);
  const queue = new Queue<ScanJobData, ScanJobResult>(name, { connection });
  const events = new QueueEvents(name, { connection });
  queue.on('error', () => undefined);
  events.on('error', () => undefined);
  // this scan's jobs are `<scanId>-<sha256>`
  const scanId = randomBytes(6).toString('hex');
  let rulesKey = '';
  const pending = new Map<string, Sample>();
  let stopped = false;
  let adding: Promise<void> = Promise.resolve();
  let wake: (() => void) | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;

  const close = async (): Promise<void> => {
    if (sweepTimer) clearInterval(sweepTimer);
    await Promise.allSettled([events.close(), queue.close()]);
    client.disconnect();
  };

  return {
    label: `queue ${ropts.label} '${name}'`,
    async prepare(wire: RulesWire) {
      const text = JSON.stringify(wire);
      rulesKey = createHash('sha256').update(text).digest('hex').slice(0, 32);
      await client.set(rulesRedisKey(rulesKey), gzipSync(text), 'EX', RULES_TTL_S);
      await events.waitUntilReady();
    },
    async run(samples, onResult) {
      const checking = new Set<string>();
      const deliver = (id: string, r: TaskResult): void => {
        if (!pending.has(id)) return;
        pending.delete(id);
        onResult(r);
        if (pending.size === 0) wake?.();
      };
      const check = async (id: string): Promise<void> => {
        if (!pending.has(id) || checking.has(id) || stopped) return;
        checking.add(id);
        try {
          const job = await Job.fromId<ScanJobData, ScanJobResult>(queue, id);
          const sample = pending.get(id);
          if (!sample) return;
          if (!job) {
            deliver(id, { record: errorRecord(sample, { kind: 'failed', message: 'the job was removed from the queue before it finished' }, 0) });
            return;
          }
          const state = await job.getState();
          if (state === 'completed') {
            const rv = job.returnvalue;
            if (!rv || typeof rv !== 'object' || !rv.record) {
              deliver(id, { record: errorRecord(sample, { kind: 'failed', message: 'the worker returned no record' }, 0) });
            } else {
              const document = rv.document !== undefined ? gunzipSync(Buffer.from(rv.document, 'base64')).toString('utf8') : undefined;
              // the worker read the sample under its first path; the line lists every path found here
              deliver(id, { record: { ...rv.record, paths: [...sample.paths] }, ...(document !== undefined ? { document } : {}) });
            }
          } else if (state === 'failed') {
            deliver(id, { record: failedRecord(sample, job.failedReason ?? 'failed', job.attemptsMade) });
          } else return;
          await job.remove().catch(() => undefined);
        } catch {
          // Redis hiccup: the sweep looks again
        } finally {
          checking.delete(id);
        }
      };
      events.on('completed', ({ jobId }) => void check(jobId));
      events.on('failed', ({ jobId }) => void check(jobId));

      // enqueue
      const jobs = samples.map((s) => {
        const id = `${scanId}-${s.sha256}`;
        pending.set(id, s);
        return { id, s };
      });
      // enqueued in chunks; stop() waits for a chunk on its way before taking the jobs back
      const CHUNK = 200;
      const enqueue = async (): Promise<void> => {
        for (let i = 0; i < jobs.length && !stopped; i += CHUNK) {
          const chunk = jobs.slice(i, i + CHUNK);
          const bulk = [];
          for (const { id, s } of chunk) {
            let inline: string | undefined;
            if (opts.inline) {
              try {
                inline = readFileSync(s.paths[0]!).toString('base64');
              } catch (e) {
                deliver(id, { record: errorRecord(s, { kind: 'unreadable', message: `${s.paths[0]}: ${(e as NodeJS.ErrnoException).code ?? 'cannot be read'}` }, 0) });
                continue;
              }
            }
            const data: ScanJobData = { v: 1, version: VERSION, rulesKey, sample: { sha256: s.sha256, paths: s.paths, size: s.size }, path: s.paths[0]!, document: opts.documents, ...(inline !== undefined ? { inline } : {}) };
            bulk.push({
              name: 'sample',
              data,
              opts: {
                jobId: id,
                attempts: opts.attempts,
                backoff: { type: 'exponential', delay: 1000 },
                removeOnComplete: { age: KEEP_FINISHED_S },
                removeOnFail: { age: KEEP_FINISHED_S },
              },
            });
          }
          if (bulk.length) await queue.addBulk(bulk);
        }
      };
      adding = enqueue();
      await adding;

      // nobody working on the queue: say so instead of waiting in silence
      const idleHint = setTimeout(() => {
        if (stopped || pending.size < jobs.length) return;
        void queue
          .getActiveCount()
          .then((active) => {
            if (active === 0 && !stopped && pending.size === jobs.length) {
              opts.note(`capa-ts: no worker has taken a job yet; start \`capa-ts worker --queue ${ropts.label}${name !== DEFAULT_QUEUE_NAME ? ` --queue-name ${name}` : ''}\` where the samples can be read`);
            }
          })
          .catch(() => undefined);
      }, 15_000);

      // collect: events first, a sweep for anything an event did not bring (reconnects, trims)
      let ticks = 0;
      sweepTimer = setInterval(() => {
        if (stopped || pending.size === 0) return;
        ticks++;
        void (async () => {
          try {
            for (let start = 0; ; start += 500) {
              const page = await queue.getJobs(['completed', 'failed'], start, start + 499, true);
              for (const j of page) if (j?.id && pending.has(j.id)) void check(j.id);
              if (page.length < 500) break;
            }
            // now and then, every pending job: one that vanished is reported instead of awaited forever
            if (ticks % 15 === 0) for (const id of [...pending.keys()]) await check(id);
          } catch {
            // Redis unreachable for now: try again next tick
          }
        })();
      }, 2000);
      if (pending.size > 0 && !stopped) await new Promise<void>((res) => (wake = res));
      clearInterval(sweepTimer);
      clearTimeout(idleHint);
    },
    async stop() {
      stopped = true;
      await adding;
      // jobs not started yet are taken back; running ones finish and expire with their results
      const ids = [...pending.keys()];
      pending.clear();
      wake?.();
      for (const id of ids) {
        try {
          const job = await Job.fromId(queue, id);
          const state = job ? await job.getState() : 'unknown';
          if (job && (state === 'waiting' || state === 'delayed' || state === 'prioritized')) await job.remove();
        } catch {
          // locked (running) or gone
        }
      }
    },
    close,
  };
}

// ------------------------------------------------------------------ worker (capa-ts worker)

const WORKER_SPECS: readonly OptionSpec[] = [
  ...POOL_SPECS,
  { name: 'queue', value: true },
  { name: 'queue-name', value: true },
  { name: 'lock-ms', value: true },
  { name: 'quiet', short: 'q' },
  { name: 'debug' },
];

export const WORKER_USAGE = `usage: capa-ts worker --queue redis://HOST:PORT [options]

Analyses the samples that \`capa-ts scan --queue\` puts on the queue, until stopped (Ctrl-C / SIGTERM
lets the running samples finish; a second Ctrl-C quits at once and the queue hands them to another worker).

options:
      --queue URL         redis://[user:password@]HOST[:PORT][/DB] (rediss:// for TLS)
      --queue-name NAME   queue name (default ${DEFAULT_QUEUE_NAME}); the same as the scan's
  -j, --jobs N            samples analysed at once (worker threads; default: the core count)
      --timeout SECONDS   per-sample time limit (default 300; 0: none)
      --max-memory MiB    per-thread JS heap limit, the rules included (default 2048)
      --lock-ms MS        how long a job of a worker that died stays locked before another worker
                          takes it (default 30000)
  -q, --quiet             no per-job lines on stderr
`;

export async function runWorker(argv: string[], io: Io): Promise<number> {
  const args = argv.slice(1);
  if (args.includes('-h') || args.includes('--help')) {
    io.out(WORKER_USAGE);
    return EXIT.OK;
  }
  const { opts, positional } = parseArgs(args, WORKER_SPECS);
  if (positional.length) throw new CliError(`worker takes no file arguments (got ${positional[0]})`, EXIT.USAGE);
  const url = opts.get('queue') as string | undefined;
  if (url === undefined) throw new CliError('worker needs --queue redis://HOST:PORT', EXIT.USAGE);
  const limits = poolLimits(opts);
  const lockMs = intOption(opts, 'lock-ms', 30_000, 1000, 3_600_000);
  const quiet = opts.get('quiet') === true;
  const ropts = redisOptions(url);
  const name = (opts.get('queue-name') as string | undefined) ?? DEFAULT_QUEUE_NAME;
  const log = (s: string): void => {
    if (!quiet) io.err(`capa-ts worker: ${s}\n`);
  };

  const client = await connect(ropts);
  const pool = new ScanPool({ threads: limits.jobs, timeoutMs: limits.timeoutMs, maxMemoryMb: limits.maxMemoryMb, argv });
  let started: Promise<void> | undefined;
  let fatal: Error | undefined;
  const loading = new Map<string, Promise<void>>();

  const ensureRules = async (key: string): Promise<void> => {
    if (pool.hasRules(key)) return;
    let p = loading.get(key);
    if (!p) {
      p = (async () => {
        const gz = await client.getBuffer(rulesRedisKey(key));
        if (!gz) throw new Error(`the rule set ${key} is not in Redis (expired, or another Redis than the scan's)`);
        const wire = JSON.parse(gunzipSync(gz).toString('utf8')) as RulesWire;
        if (wire.format !== CACHE_FORMAT) throw new Error(`the rule set ${key} is in rule encoding ${wire.format}, this worker reads ${CACHE_FORMAT}`);
        pool.addRules(key, wire);
      })();
      loading.set(key, p);
      p.catch(() => undefined).finally(() => loading.delete(key));
    }
    await p;
    started ??= pool.start(key);
    await started;
  };

  const worker = new Worker<ScanJobData, ScanJobResult>(
    name,
    async (job) => {
      const d = job.data;
      if (!d || d.v !== 1) throw new Error(`job ${job.id} has an unknown format (a newer capa-ts?)`);
      if (d.version !== VERSION) throw new Error(`the scan runs capa-ts ${d.version}, this worker (${hostname()}) capa-ts ${VERSION}`);
      await ensureRules(d.rulesKey);
      log(`start ${job.id} ${d.path}${d.inline !== undefined ? ' (inline)' : ''}`);
      const bytes = d.inline !== undefined ? new Uint8Array(Buffer.from(d.inline, 'base64')) : undefined;
      let r: TaskResult;
      try {
        r = await pool.run({ rulesKey: d.rulesKey, sample: d.sample, path: d.path, document: d.document, ...(bytes ? { bytes } : {}) });
      } catch (e) {
        // the pool itself broke (not the sample): stop taking jobs; this one goes back to the queue
        fatal ??= e instanceof Error ? e : new Error(String(e));
        void worker.close(true);
        throw e;
      }
      const e = r.record.error;
      // a path this machine cannot read may be readable on another: retry rather than record
      if (e?.kind === 'unreadable') {
        log(`fail ${job.id} ${e.message} (on ${hostname()})`);
        throw new Error(`unreadable: ${e.message} (on ${hostname()})`);
      }
      log(`done ${job.id} ${e ? e.kind : 'ok'} ${r.record.elapsed_ms} ms`);
      return { record: r.record, ...(r.document !== undefined ? { document: gzipSync(r.document).toString('base64') } : {}) };
    },
    { connection: bullConnection(ropts), concurrency: limits.jobs, lockDuration: lockMs, stalledInterval: lockMs, maxStalledCount: 2 },
  );
  // Redis away: one line per distinct error, not one per reconnect attempt
  let lastError = '';
  worker.on('error', (e) => {
    const m = e.message.split('\n')[0]!;
    if (m !== lastError) log(`queue error: ${m}`);
    lastError = m;
  });
  worker.on('active', () => (lastError = ''));
  await worker.waitUntilReady();
  log(`waiting for jobs on ${ropts.label} '${name}' with ${limits.jobs} thread${limits.jobs === 1 ? '' : 's'}`);

  let stopping = false;
  await new Promise<void>((res) => {
    const onSignal = (): void => {
      if (stopping) process.exit(EXIT.INTERRUPTED);
      stopping = true;
      log('stopping: letting the running samples finish (Ctrl-C again to quit at once)');
      void worker.close().then(res, res);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    worker.on('closed', () => res());
  });
  await pool.close();
  client.disconnect();
  if (fatal) throw fatal;
  log('stopped');
  return EXIT.OK;
}
