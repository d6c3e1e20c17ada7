// Entry point of the bundled CLI (dist/cli/capa-ts.cjs, built by scripts/build-cli.mjs and loaded
// by bin/capa-ts.js). Everything the launcher calls is exported from here.
import { workerData } from 'node:worker_threads';
import { workerMain as matchWorkerMain } from './thread-worker.js';
import { scanThreadMain } from './scan-thread.js';
import type { ThreadKind } from './worker-script.js';

export { main } from './main.js';
export { analysedFile } from './run-state.js';
export { setWorkerScript } from './worker-script.js';

/** A worker thread running the launcher: the kind of worker its creator asked for. */
export function workerMain(): void {
  const kind = (workerData as { capaTsThread?: ThreadKind } | null)?.capaTsThread;
  if (kind === 'scan') scanThreadMain();
  else matchWorkerMain();
}
