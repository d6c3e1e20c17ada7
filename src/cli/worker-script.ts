// Which script a worker thread runs. Unbundled, each kind of worker has its own module script
// (thread-worker.js, scan-thread.js). When the CLI runs from its bundle, the launcher
// (bin/capa-ts.js) registers itself here: workers then run the launcher too, which loads the
// bundle through V8's code cache and calls the bundle's workerMain (bundle-entry.ts), which starts
// the kind named in workerData.capaTsThread.
let launcher: URL | undefined;

export type ThreadKind = 'match' | 'scan';

/** bin/capa-ts.js calls this when it has loaded the bundle */
export function setWorkerScript(url: URL): void {
  launcher = url;
}

/** The launcher's URL when the CLI runs bundled, else undefined (use the module script). */
export function bundledWorkerScript(): URL | undefined {
  return launcher;
}
