// The worker-thread pool of a corpus scan: N threads, each holding the rule set and analysing one
// sample at a time, with a time limit and a memory limit per sample.
//
// Raw worker_threads rather than piscina/tinypool, because the limits need exactly what those pools
// abstract away: (1) the time limit starts when the thread starts the sample, not when the task is
// queued (piscina/tinypool abort signals count queue time, so a long queue would time out samples
// that never ran); (2) a sample that breaks its limit is attributed to that sample and recorded as
// `timeout` or `memory` (V8's per-isolate heap limit, resourceLimits.maxOldGenerationSizeMb, ends
// the thread with ERR_WORKER_OUT_OF_MEMORY; terminate() ends a thread stuck in synchronous code),
// then the thread is replaced and the scan goes on; (3) the rule set is sent once per thread in the
// rule-cache encoding and kept there, and a queue worker can switch rule sets between jobs. That is
// a small state machine per thread, below.
import { Worker } from 'node:worker_threads';
import type { RulesWire } from './load-rules.js';
import type { SampleRef, ScanRecord } from './scan-record.js';
import { errorRecord } from './scan-record.js';
import { CliError, EXIT } from './exit-codes.js';

export interface SampleTask {
  /** which rule set (see ScanPool.addRules) */
  readonly rulesKey: string;
  readonly sample: SampleRef;
  /** read by the thread unless `bytes` is given */
  readonly path: string;
  /** the sample itself (queue jobs with inline bytes); its buffer is transferred to the thread */
  readonly bytes?: Uint8Array;
  /** also return the serialized result document */
  readonly document: boolean;
}

export interface TaskResult {
  readonly record: ScanRecord;
  /** the result document as `capa-ts -j` prints it, when asked for and the analysis succeeded */
  readonly document?: string;
}

// ---- messages between the pool and its threads (scan-thread.ts)

export interface ThreadInit {
  readonly rulesKey: string;
  readonly wire: RulesWire;
  /** meta.argv of the result documents */
  readonly argv: string[];
}

export type ToThread =
  | { readonly type: 'rules'; readonly rulesKey: string; readonly wire: RulesWire }
  | {
      readonly type: 'task';
      readonly id: number;
      readonly rulesKey: string;
      readonly sample: SampleRef;
      readonly path: string;
      readonly bytes?: Uint8Array;
      readonly document: boolean;
    };

export type FromThread =
  | { readonly type: 'ready' }
  | { readonly type: 'rules-error'; readonly message: string }
  | { readonly type: 'started'; readonly id: number }
  | { readonly type: 'done'; readonly id: number; readonly record: ScanRecord; readonly document?: string };

export interface PoolOptions {
  readonly threads: number;
  /** per-sample time limit in ms (0: none) */
  readonly timeoutMs: number;
  /** per-thread JS heap limit in MiB (rules included); undefined: Node's default */
  readonly maxMemoryMb?: number;
  /** meta.argv of the result documents */
  readonly argv: string[];
}

interface Pending {
  readonly id: number;
  readonly task: SampleTask;
  readonly resolve: (r: TaskResult) => void;
  readonly reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  state: 'starting' | 'idle' | 'busy' | 'dead';
  rulesKey: string;
  current?: Pending;
  timer?: NodeJS.Timeout;
  startedAt?: number;
}

const THREAD_URL = new URL('./scan-thread.js', import.meta.url);
/** rule sets a pool keeps (see addRules) */
const MAX_RULE_SETS = 4;

export class PoolAbortedError extends Error {
  constructor() {
    super('scan pool stopped');
    this.name = 'PoolAbortedError';
  }
}

export class ScanPool {
  private readonly wires = new Map<string, RulesWire>();
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private failure: Error | undefined;
  private startWaiters: { resolve: () => void; reject: (e: Error) => void } | undefined;
  /** threads replaced after a sample broke a limit or crashed */
  replaced = 0;

  constructor(private readonly opts: PoolOptions) {
    if (opts.threads < 1) throw new Error('a scan pool needs at least one thread');
  }

  /**
   * Registers a rule set the tasks can name. A long-lived queue worker meets a new rule set per scan
   * whose rules differ: only the last few are kept (a task naming a dropped one is rejected; the
   * queue worker fetches it again).
   */
  addRules(key: string, wire: RulesWire): void {
    this.wires.delete(key);
    this.wires.set(key, wire);
    if (this.wires.size <= MAX_RULE_SETS) return;
    const inUse = new Set<string>(this.queue.map((p) => p.task.rulesKey));
    for (const s of this.slots) if (s.current) inUse.add(s.current.task.rulesKey);
    for (const k of [...this.wires.keys()]) {
      if (this.wires.size <= MAX_RULE_SETS) break;
      if (k !== key && !inUse.has(k)) this.wires.delete(k);
    }
  }

  hasRules(key: string): boolean {
    return this.wires.has(key);
  }

  /** Starts the threads with the given rule set; resolves when every thread has loaded it. */
  start(rulesKey: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.startWaiters = { resolve, reject };
      for (let i = 0; i < this.opts.threads; i++) this.slots.push(this.spawn(rulesKey));
    });
  }

  /** Analyses one sample. Resolves with its record whatever happens to the sample. */
  run(task: SampleTask): Promise<TaskResult> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.closed) return Promise.reject(new PoolAbortedError());
    if (!this.wires.has(task.rulesKey)) return Promise.reject(new Error(`unknown rule set ${task.rulesKey}`));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, task, resolve, reject });
      this.dispatch();
    });
  }

  get busy(): number {
    return this.slots.filter((s) => s.state === 'busy').length + this.queue.length;
  }

  /** Stops every thread now; samples in flight or queued are rejected with PoolAbortedError. */
  async close(): Promise<void> {
    this.closed = true;
    const err = new PoolAbortedError();
    this.startWaiters?.reject(err);
    this.startWaiters = undefined;
    for (const p of this.queue.splice(0)) p.reject(err);
    const ends: Promise<unknown>[] = [];
    for (const s of this.slots) {
      if (s.timer) clearTimeout(s.timer);
      if (s.current) s.current.reject(err);
      s.current = undefined;
      s.state = 'dead';
      ends.push(s.worker.terminate());
    }
    this.slots.length = 0;
    await Promise.allSettled(ends);
  }

  private spawn(wanted: string): Slot {
    // a replacement thread starts with the rules of the sample that ended its predecessor, or the
    // newest rule set if those were dropped meanwhile
    const rulesKey = this.wires.has(wanted) ? wanted : [...this.wires.keys()].pop();
    const wire = rulesKey !== undefined ? this.wires.get(rulesKey) : undefined;
    if (rulesKey === undefined || !wire) throw new Error('a scan pool thread needs a rule set');
    const init: ThreadInit = { rulesKey, wire, argv: this.opts.argv };
    const worker = new Worker(THREAD_URL, {
      workerData: init,
      ...(this.opts.maxMemoryMb !== undefined ? { resourceLimits: { maxOldGenerationSizeMb: this.opts.maxMemoryMb } } : {}),
    });
    const slot: Slot = { worker, state: 'starting', rulesKey };
    worker.on('message', (m: FromThread) => this.onMessage(slot, m));
    worker.on('error', (e: Error & { code?: string }) => this.onThreadEnd(slot, e));
    worker.on('exit', (code) => this.onThreadEnd(slot, undefined, code));
    return slot;
  }

  private onMessage(slot: Slot, m: FromThread): void {
    if (slot.state === 'dead') return;
    switch (m.type) {
      case 'ready':
        slot.state = 'idle';
        if (this.startWaiters && this.slots.every((s) => s.state !== 'starting')) {
          this.startWaiters.resolve();
          this.startWaiters = undefined;
        }
        this.dispatch();
        return;
      case 'rules-error':
        this.fail(new CliError(`a scan worker cannot load the rules: ${m.message}`, EXIT.INVALID_RULE));
        return;
      case 'started':
        if (slot.current?.id !== m.id) return;
        slot.startedAt = performance.now();
        if (this.opts.timeoutMs > 0) slot.timer = setTimeout(() => this.onTimeout(slot), this.opts.timeoutMs);
        return;
      case 'done': {
        const p = slot.current;
        if (!p || p.id !== m.id) return;
        if (slot.timer) clearTimeout(slot.timer);
        slot.timer = undefined;
        slot.current = undefined;
        slot.state = 'idle';
        p.resolve(m.document !== undefined ? { record: m.record, document: m.document } : { record: m.record });
        this.dispatch();
        return;
      }
    }
  }

  private onTimeout(slot: Slot): void {
    const p = slot.current;
    if (!p || slot.state !== 'busy') return;
    const secs = this.opts.timeoutMs / 1000;
    this.retire(slot, errorRecord(p.task.sample, { kind: 'timeout', message: `analysis exceeded the time limit of ${secs} s` }, this.opts.timeoutMs));
  }

  /** The thread ended on its own: out of memory, an uncaught error, or an exit. */
  private onThreadEnd(slot: Slot, e?: Error & { code?: string }, exitCode?: number): void {
    if (slot.state === 'dead') return;
    const p = slot.current;
    const oom = e?.code === 'ERR_WORKER_OUT_OF_MEMORY';
    if (slot.state === 'starting') {
      // a thread that cannot even load the rules: nothing will work
      this.fail(
        oom
          ? new CliError(`--max-memory ${this.opts.maxMemoryMb} MiB is too small for a scan worker to hold the rules`, EXIT.USAGE)
          : new Error(`a scan worker failed to start: ${e?.message ?? `exit code ${exitCode}`}`),
      );
      return;
    }
    if (!p) {
      // an idle thread died (should not happen): replace it
      this.retire(slot, undefined);
      return;
    }
    const elapsed = slot.startedAt !== undefined ? performance.now() - slot.startedAt : 0;
    const error = oom
      ? { kind: 'memory' as const, message: `analysis exceeded the memory limit of ${this.opts.maxMemoryMb} MiB (worker heap)` }
      : { kind: 'crash' as const, message: `the worker thread ended: ${e?.message.split('\n')[0] ?? `exit code ${exitCode}`}` };
    this.retire(slot, errorRecord(p.task.sample, error, elapsed));
  }

  /** Ends a thread (settling its sample with `record`) and starts a replacement. */
  private retire(slot: Slot, record: ScanRecord | undefined): void {
    const p = slot.current;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.current = undefined;
    slot.state = 'dead';
    void slot.worker.terminate();
    const i = this.slots.indexOf(slot);
    if (i >= 0 && !this.closed && !this.failure) {
      this.replaced++;
      this.slots[i] = this.spawn(p?.task.rulesKey ?? slot.rulesKey);
    }
    if (p && record) p.resolve({ record });
  }

  private fail(e: Error): void {
    if (this.failure) return;
    this.failure = e;
    if (this.startWaiters) {
      this.startWaiters.reject(e);
      this.startWaiters = undefined;
    }
    for (const p of this.queue.splice(0)) p.reject(e);
    for (const s of this.slots) {
      if (s.current) s.current.reject(e);
      s.current = undefined;
      if (s.timer) clearTimeout(s.timer);
      s.state = 'dead';
      void s.worker.terminate();
    }
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.state !== 'idle') continue;
      const p = this.queue.shift()!;
      slot.state = 'busy';
      slot.current = p;
      slot.startedAt = undefined;
      if (slot.rulesKey !== p.task.rulesKey) {
        slot.rulesKey = p.task.rulesKey;
        slot.worker.postMessage({ type: 'rules', rulesKey: p.task.rulesKey, wire: this.wires.get(p.task.rulesKey)! } satisfies ToThread);
      }
      const msg: ToThread = {
        type: 'task',
        id: p.id,
        rulesKey: p.task.rulesKey,
        sample: p.task.sample,
        path: p.task.path,
        document: p.task.document,
        ...(p.task.bytes ? { bytes: p.task.bytes } : {}),
      };
      const bytes = p.task.bytes;
      // a whole buffer of its own is moved to the thread, a view into a larger one is copied
      const transfer = bytes && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : [];
      slot.worker.postMessage(msg, transfer);
    }
  }
}
