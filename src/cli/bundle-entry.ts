// Entry point of the bundled CLI (dist/cli/capa-ts.cjs, built by scripts/build-cli.mjs and loaded
// by bin/capa-ts.js). Everything the launcher calls is exported from here.
export { main } from './main.js';
export { analysedFile } from './run-state.js';
export { workerMain } from './thread-worker.js';
export { setWorkerScript } from './threads.js';
