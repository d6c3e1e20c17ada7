// The page's side of the analysis workers. Each worker serves one job and is terminated after it
// (or to cancel it), which releases all the memory the job took; a spare worker with the rules
// already loaded waits for the next file, so an analysis starts at once. Workers are created from
// the worker script the page fetched at start-up (a blob: URL) and get the compiled WebAssembly and
// the bundled assets by message: after start-up the page makes no network request.
import type { RuleSource } from '../assets.js';
import type { AnalyzeRequest, BuildRulesRequest, FromWorker, InitRequest, LoadedAsset, Problem, ToWorker } from '../protocol.js';

export interface Ready {
  readonly ruleCount: number;
  readonly sources: readonly RuleSource[];
  readonly startMs: number;
  readonly loadMs: number;
}

export type AnalysisResult = Extract<FromWorker, { type: 'result' }>;
export type RulesBuilt = Extract<FromWorker, { type: 'rules-built' }>;
export type Progress = Extract<FromWorker, { type: 'progress' }>;

/** a job that did not produce its result: a Problem from the worker, or the user cancelled */
export class JobFailed extends Error {
  constructor(readonly problem: Problem | 'cancelled') {
    super(problem === 'cancelled' ? 'cancelled' : problem.title);
  }
}

interface Job {
  /** the worker running it, once it has one */
  worker: Worker | undefined;
  reject: (e: JobFailed) => void;
}

export class Engine {
  private spare: { worker: Worker; ready: Promise<Ready> } | undefined;
  private running: Job | undefined;
  /** the user's rule selection, when it differs from the bundled one */
  private rules: string | undefined;

  /** a worker started before the engine existed (its script loads meanwhile), used as the first spare */
  private started: Worker | undefined;

  constructor(
    private readonly workerUrl: string,
    private readonly wasm: WebAssembly.Module,
    private readonly assets: readonly LoadedAsset[],
    started?: Worker,
  ) {
    this.started = started;
  }

  static startWorker(url: string): Worker {
    return new Worker(url, { name: 'capa-ts analysis' });
  }

  /** The rules of the next analysis, loaded in a spare worker. */
  ready(): Promise<Ready> {
    if (!this.spare) {
      const worker = this.started ?? Engine.startWorker(this.workerUrl);
      this.started = undefined;
      const init: InitRequest = { type: 'init', wasm: this.wasm, assets: this.assets, ...(this.rules !== undefined ? { rules: this.rules } : {}) };
      const ready = this.run(worker, init, [], () => undefined).then((m) => {
        if (m.type !== 'ready') throw new Error(`worker answered ${m.type} to init`);
        return { ruleCount: m.ruleCount, sources: m.sources, startMs: m.startMs, loadMs: m.loadMs };
      });
      // a failed start is reported by whoever awaits ready(); the next call starts afresh
      ready.catch(() => {
        if (this.spare?.worker === worker) this.spare = undefined;
        worker.terminate();
      });
      this.spare = { worker, ready };
    }
    return this.spare.ready;
  }

  get busy(): boolean {
    return this.running !== undefined;
  }

  /** Analyses one file in the spare worker; the bytes are moved to the worker, not copied. */
  async analyze(req: Omit<AnalyzeRequest, 'type'>, onProgress: (p: Progress) => void, signal?: AbortSignal): Promise<AnalysisResult> {
    const m = await this.job(
      () => this.takeSpare(),
      { type: 'analyze', ...req },
      [req.bytes],
      (p) => {
        if (p.type === 'progress') onProgress(p);
      },
      true,
      signal,
    );
    if (m.type !== 'result') throw new Error(`worker answered ${m.type} to analyze`);
    return m;
  }

  /** Builds a rule selection (bundled sources to keep, plus the user's rules) and uses it from now on. */
  async buildRules(req: Omit<BuildRulesRequest, 'type'>): Promise<RulesBuilt> {
    const m = await this.job(async () => new Worker(this.workerUrl, { name: 'capa-ts rules' }), { type: 'build-rules', ...req }, [], () => undefined, false);
    if (m.type !== 'rules-built') throw new Error(`worker answered ${m.type} to build-rules`);
    this.useRules(m.bundle);
    void this.ready().catch(() => undefined);
    return m;
  }

  /** Switches to another rules bundle (undefined: the bundled one); the spare is replaced. */
  useRules(bundle: string | undefined): void {
    this.rules = bundle;
    this.started?.terminate();
    this.started = undefined;
    this.spare?.worker.terminate();
    this.spare = undefined;
  }

  /** Stops the running job at once (its worker is terminated). */
  cancel(): void {
    const job = this.running;
    if (!job) return;
    this.running = undefined;
    job.worker?.terminate();
    job.reject(new JobFailed('cancelled'));
  }

  /** The spare worker once its rules are loaded (a newer spare if the rules changed meanwhile). */
  private async takeSpare(): Promise<Worker> {
    for (;;) {
      void this.ready();
      const s = this.spare!;
      await s.ready;
      if (this.spare === s) {
        this.spare = undefined;
        return s.worker;
      }
    }
  }

  /** One job in its own worker, cancellable from the start; the worker is terminated afterwards. */
  private async job(
    getWorker: () => Promise<Worker>,
    msg: ToWorker,
    transfer: Transferable[],
    onMessage: (m: FromWorker) => void,
    restartSpare: boolean,
    signal?: AbortSignal,
  ): Promise<FromWorker> {
    if (this.running) throw new Error('another job is running');
    if (signal?.aborted) throw new JobFailed('cancelled');
    let reject!: (e: JobFailed) => void;
    const cancelled = new Promise<never>((_, r) => (reject = r));
    const job: Job = { worker: undefined, reject };
    this.running = job;
    const onAbort = (): void => {
      if (this.running === job) this.cancel();
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const pending = getWorker();
    try {
      job.worker = await Promise.race([pending, cancelled]);
      return await Promise.race([this.run(job.worker, msg, transfer, onMessage), cancelled]);
    } catch (e) {
      // cancelled before the worker was there: it is not needed when it comes
      if (job.worker === undefined) void pending.then((w) => w.terminate(), () => undefined);
      throw e;
    } finally {
      signal?.removeEventListener('abort', onAbort);
      if (this.running === job) this.running = undefined;
      job.worker?.terminate();
      // the next spare starts once this job's memory is gone
      if (restartSpare) void this.ready().catch(() => undefined);
    }
  }

  /** Posts one request; resolves with the worker's final answer, rejects with JobFailed. */
  private run(worker: Worker, msg: ToWorker, transfer: Transferable[], onMessage: (m: FromWorker) => void): Promise<FromWorker> {
    return new Promise((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<FromWorker>) => {
        const m = e.data;
        if (m.type === 'progress') onMessage(m);
        else if (m.type === 'failed') reject(new JobFailed(m.problem));
        else resolve(m);
      };
      worker.onerror = (e: ErrorEvent) => {
        e.preventDefault();
        reject(
          new JobFailed({
            kind: 'internal',
            title: 'The analysis stopped',
            message: 'The analysis worker failed (out of memory, or a bug).',
            detail: e.message || undefined,
          }),
        );
      };
      worker.onmessageerror = () =>
        reject(new JobFailed({ kind: 'internal', title: 'The analysis stopped', message: 'A message from the analysis worker could not be read.' }));
      worker.postMessage(msg, transfer);
    });
  }
}
