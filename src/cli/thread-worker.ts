// A worker thread of `--threads` (src/cli/threads.ts): waits for one job, rebuilds the sample's
// extractor from the main thread's analysis summary (no analysis of its own), loads the pre-built
// rule set, then matches chunks of functions taken from the shared counter until none is left.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { openExtractor } from '../extractors/open.js';
import { loadPrebuiltRuleSet } from '../rules/cache.js';
import { matchFunctions } from '../capabilities/static.js';
import { encodeFunctionMatches, transferList } from '../capabilities/transfer.js';
import type { WorkerJob, WorkerMessage } from './threads.js';

function run(job: WorkerJob): void {
  const port = parentPort!;
  // sources and paths are never shown from a worker: no file lookups
  const ruleset = loadPrebuiltRuleSet(job.rules, () => ({ path: '', text: '' }));
  const extractor = openExtractor(job.bytes, { format: job.format, os: job.os, entry: job.entry, summary: job.summary });
  const functions = [...extractor.functions()];
  const next = new Int32Array(job.counter);
  const chunks = job.chunkStart.length - 1;
  for (;;) {
    const k = Atomics.add(next, 0, 1);
    if (k >= chunks) break;
    const fm = matchFunctions(ruleset, extractor, functions.slice(job.chunkStart[k]!, job.chunkStart[k + 1]!));
    const matches = encodeFunctionMatches(fm, ruleset);
    const msg: WorkerMessage = { type: 'chunk', index: k, matches };
    port.postMessage(msg, transferList(matches));
  }
  (extractor as { dispose?: () => void }).dispose?.();
  port.postMessage({ type: 'done' } satisfies WorkerMessage);
}

/** The worker's entry point (the launcher calls it in a worker thread). */
export function workerMain(): void {
  const port = parentPort;
  if (port === null) throw new Error('workerMain: not in a worker thread');
  port.once('message', (m: { type: string; job: WorkerJob }) => {
    if (m.type !== 'job') return;
    try {
      run(m.job);
    } catch (e) {
      const err = e instanceof Error ? e : new Error(String(e));
      port.postMessage({ type: 'error', message: err.message, ...(err.stack ? { stack: err.stack } : {}) } satisfies WorkerMessage);
    }
  });
}

// run as a module script (the unbundled CLI): start right away
if (!isMainThread && (workerData as { capaTsWorker?: boolean } | null)?.capaTsWorker === true && (workerData as { bundled?: boolean }).bundled !== true) {
  workerMain();
}
