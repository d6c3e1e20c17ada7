// A thread of the scan pool (scan-pool.ts): loads the rule set it is given once, then analyses one
// sample per task exactly as `capa-ts -j` would and answers with the sample's record (and document).
// Every failure of a sample is caught here and becomes its record; the thread only ends when the
// pool ends it (time limit) or V8 does (memory limit).
import { parentPort, workerData } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { analyzeSampleDocument, readInput } from './analyze.js';
import { rulesFromWire, type ResolvedRules } from './load-rules.js';
import { errorRecord, recordFromDocument, scanErrorOf, type ScanRecord } from './scan-record.js';
import type { FromThread, ThreadInit, ToThread } from './scan-pool.js';
import { serializeResultDocument } from '../render/json.js';

const port = parentPort;
if (!port) throw new Error('scan-thread.js runs only as a worker thread');
const init = workerData as ThreadInit;

const post = (m: FromThread): void => port.postMessage(m);

let rules: ResolvedRules | undefined;
let rulesError: string | undefined;

function load(wire: ThreadInit['wire']): void {
  try {
    rules = rulesFromWire(wire);
    rulesError = undefined;
  } catch (e) {
    rules = undefined;
    rulesError = e instanceof Error ? e.message : String(e);
  }
}

function analyse(m: Extract<ToThread, { type: 'task' }>): { record: ScanRecord; document?: string } {
  const t0 = performance.now();
  const elapsed = (): number => performance.now() - t0;
  if (!rules) return { record: errorRecord(m.sample, { kind: 'internal', message: `cannot load the rules: ${rulesError}` }, 0) };
  let bytes: Uint8Array;
  try {
    bytes = m.bytes ?? readInput(m.path);
  } catch (e) {
    return { record: errorRecord(m.sample, scanErrorOf(e), elapsed()) };
  }
  // the scan hashed the file earlier: a different file now is reported, not analysed
  if (m.sample.sha256 !== null) {
    const now = createHash('sha256').update(bytes).digest('hex');
    if (now !== m.sample.sha256) {
      return { record: errorRecord(m.sample, { kind: 'changed', message: `${m.path}: the file changed during the scan (SHA-256 is now ${now})` }, elapsed()) };
    }
  }
  try {
    const doc = analyzeSampleDocument(bytes, { rules, path: m.path, argv: init.argv });
    const record = recordFromDocument(doc, m.sample, elapsed());
    return m.document ? { record, document: serializeResultDocument(doc) } : { record };
  } catch (e) {
    return { record: errorRecord(m.sample, scanErrorOf(e), elapsed()) };
  }
}

load(init.wire);
if (rulesError !== undefined) post({ type: 'rules-error', message: rulesError });
else post({ type: 'ready' });

port.on('message', (m: ToThread) => {
  if (m.type === 'rules') {
    load(m.wire);
    return;
  }
  post({ type: 'started', id: m.id });
  const r = analyse(m);
  post({ type: 'done', id: m.id, ...r });
});
