// In-sample parallelism (`--threads N`): the functions of a big sample are matched on N threads.
//
// The whole-image analysis stays on the main thread (it is one sequential fixpoint: every function
// can change what the others look like). Its result goes to the workers as a summary
// (src/analysis/summary.ts: typed arrays) with the sample's bytes and the rule set in its
// pre-built form (src/rules/cache.ts); each worker rebuilds the same extractor without analysing.
// The functions are cut into chunks of about equal code size; the main thread and the workers take
// chunks from a shared counter, so a slow thread takes fewer. Matches come back as plain data
// (src/capabilities/transfer.ts) and are joined in chunk order, file scope last: the result is
// the single-threaded one, byte for byte (test/cli/threads.test.ts compares them).
//
// Workers are started as soon as the file looks big enough, so their start-up (loading the CLI,
// the rules) overlaps the analysis; if the analysis then finds too little code they are stopped
// unused.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FormatOption } from '../extractors/open.js';
import type { FunctionHandle, StaticExtractor } from '../features/extractor.js';
import type { ProgramSummary } from '../analysis/summary.js';
import { matchFunctions, mergeFunctionMatches, type FunctionMatches } from '../capabilities/static.js';
import { decodeFunctionMatches, encodeFunctionMatches, type EncodedFunctionMatches } from '../capabilities/transfer.js';
import type { MatchableRuleSet } from '../capabilities/common.js';
import { phaseEnd, phaseStart } from '../features/timings.js';
import { bundledWorkerScript, type ThreadKind } from './worker-script.js';

/** default thread count: every core */
export function defaultThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * When threads pay (measured, bench/ and issue 14): a worker is a new V8 isolate, so the feature
 * and matching code starts cold in it again — about 2 s of CPU of interpreted and baseline code
 * before it runs optimised — and its matches cost a copy back. Matching a function run is about
 * 0.5 s of CPU per 100 KB of analysed code, so a second thread only wins from a few MB of code:
 * mimikatz (650 KB of code) and al-khaser (140 KB) are faster on one thread, 2f7f5fb5.elf_ (6 MB)
 * on two. Override with CAPA_TS_THREADS_MIN_FILE / CAPA_TS_THREADS_MIN_CODE (bytes; tests set 0
 * to force the parallel path).
 *
 * Files smaller than this start no workers (their analysis cannot find that much code).
 */
const MIN_FILE_BYTES = 1024 * 1024;
/** analysed code (bytes in basic blocks) below this is matched on the main thread alone */
const MIN_CODE_BYTES = 2 * 1024 * 1024;
/** chunks per thread: enough for balancing, few enough that per-chunk overhead stays small */
const CHUNKS_PER_THREAD = 8;

function envNumber(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v === '' || !/^\d+$/.test(v)) return fallback;
  return Number(v);
}

/** The script a worker runs: the launcher when the CLI is bundled (bin/capa-ts.js sets it). */
function scriptUrl(): URL {
  return bundledWorkerScript() ?? new URL('./thread-worker.js', import.meta.url);
}

/** What a worker needs to match functions of the sample. */
export interface WorkerJob {
  readonly rules: Uint8Array;
  readonly bytes: Uint8Array;
  readonly format: FormatOption;
  readonly os?: string;
  readonly entry?: number;
  readonly summary: ProgramSummary;
  /** function i of the extractor's list belongs to chunk k when chunkStart[k] <= i < chunkStart[k + 1] */
  readonly chunkStart: Uint32Array;
  /** Int32Array(1): the next chunk to take */
  readonly counter: SharedArrayBuffer;
}

export type WorkerMessage =
  | { type: 'ready' }
  /** flat typed arrays (transferred), far cheaper across threads than a tree of objects */
  | { type: 'chunk'; index: number; matches: EncodedFunctionMatches }
  | { type: 'done' }
  | { type: 'error'; message: string; stack?: string };

/** Worker threads, started early and either given the job or stopped. */
export class ThreadPool {
  private readonly workers: Worker[] = [];
  private readonly failures: Error[] = [];

  constructor(count: number) {
    // the bundle's iced-x86 WebAssembly module, compiled once for all threads (scripts/build-cli.mjs)
    const icedModule = (globalThis as { __capaTsIcedModule?: unknown }).__capaTsIcedModule;
    for (let i = 0; i < count; i++) {
      const w = new Worker(scriptUrl(), {
        // bundled: the launcher calls workerMain itself; else thread-worker.js starts on load
        workerData: { capaTsWorker: true, capaTsThread: 'match' satisfies ThreadKind, bundled: bundledWorkerScript() !== undefined, ...(icedModule ? { icedModule } : {}) },
        // a worker's own output would interleave with the report
        stdout: true,
        stderr: true,
      });
      w.on('error', (e) => this.failures.push(e));
      this.workers.push(w);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Stops every worker (unused or finished). */
  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers.length = 0;
  }

  /**
   * Matches `functions` (the extractor's list) on the main thread and every worker; joined in
   * chunk order. `progress(done)` counts functions.
   */
  async matchFunctions(
    ruleset: MatchableRuleSet,
    extractor: StaticExtractor,
    functions: readonly FunctionHandle[],
    job: Omit<WorkerJob, 'chunkStart' | 'counter'>,
    chunkStart: Uint32Array,
    progress?: (done: number) => void,
  ): Promise<FunctionMatches> {
    const chunks = chunkStart.length - 1;
    const counter = new SharedArrayBuffer(4);
    const next = new Int32Array(counter);
    const results: Array<FunctionMatches | undefined> = new Array<FunctionMatches | undefined>(chunks);
    let done = 0;
    const chunkDone = (k: number, fm: FunctionMatches): void => {
      results[k] = fm;
      done += chunkStart[k + 1]! - chunkStart[k]!;
      progress?.(done);
    };
    const t = phaseStart();
    const finished = this.workers.map(
      (w) =>
        new Promise<void>((resolve, reject) => {
          const onError = (e: Error): void => reject(e);
          const onExit = (code: number): void => reject(new Error(`worker thread exited (${code}) before finishing`));
          w.on('error', onError);
          w.on('exit', onExit);
          w.on('message', (m: WorkerMessage) => {
            if (m.type === 'chunk') chunkDone(m.index, decodeFunctionMatches(m.matches, ruleset));
            else if (m.type === 'error') {
              const e = new Error(m.message);
              if (m.stack) e.stack = m.stack;
              reject(e);
            } else if (m.type === 'done') {
              w.off('error', onError);
              w.off('exit', onExit);
              resolve();
            }
          });
          const full: WorkerJob = { ...job, chunkStart, counter };
          // copied, not transferred: every worker gets the same summary
          w.postMessage({ type: 'job', job: full });
        }),
    );
    if (this.failures.length > 0) throw this.failures[0];
    // the main thread takes chunks too (workers join as soon as they are up); tests set
    // CAPA_TS_THREADS_WORKERS_ONLY=1 so that every chunk is the workers' (a small sample is
    // otherwise often matched by the main thread alone before any worker is up)
    for (;;) {
      if (process.env.CAPA_TS_THREADS_WORKERS_ONLY === '1') break;
      const k = Atomics.add(next, 0, 1);
      if (k >= chunks) break;
      chunkDone(k, matchFunctions(ruleset, extractor, functions.slice(chunkStart[k]!, chunkStart[k + 1]!)));
    }
    await Promise.all(finished);
    phaseEnd('functions (threads)', t);
    for (let k = 0; k < chunks; k++) if (results[k] === undefined) throw new Error(`chunk ${k} of the functions was not matched`);
    return mergeFunctionMatches(results as FunctionMatches[]);
  }
}

/**
 * Chunk boundaries over the functions: about equal code bytes per chunk, never more chunks than
 * functions. `codeSize(i)` is function i's size in bytes.
 */
export function planChunks(count: number, codeSize: (i: number) => number, chunks: number): Uint32Array {
  let total = 0;
  for (let i = 0; i < count; i++) total += codeSize(i);
  const n = Math.max(1, Math.min(chunks, count));
  const out: number[] = [0];
  let acc = 0;
  for (let i = 0; i < count && out.length < n; i++) {
    acc += codeSize(i);
    if (acc >= (total * out.length) / n) out.push(i + 1);
  }
  if (out[out.length - 1] !== count) out.push(count);
  return Uint32Array.from(out);
}

/** Thread policy: the pool to start for a file of this size, if any. */
export function startPoolFor(threads: number, fileBytes: number): ThreadPool | undefined {
  if (threads <= 1) return undefined;
  if (fileBytes < envNumber('CAPA_TS_THREADS_MIN_FILE', MIN_FILE_BYTES)) return undefined;
  return new ThreadPool(threads - 1);
}

/** Enough analysed code to be worth the workers? */
export function worthThreads(codeBytes: number): boolean {
  return codeBytes >= envNumber('CAPA_TS_THREADS_MIN_CODE', MIN_CODE_BYTES);
}

export { CHUNKS_PER_THREAD };
