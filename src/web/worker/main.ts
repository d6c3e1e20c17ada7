// The analysis worker: loads iced-x86 and the rules when told 'init', then runs one job. The page
// terminates it afterwards (or to cancel), which releases everything the job allocated.
//
// The analysis modules compute tables from iced-x86 when they are evaluated, so they are imported
// dynamically, after the WebAssembly is instantiated; only the modules below load at start.
import type { FromWorker, ToWorker } from '../protocol.js';
import { instantiateIced } from './iced.js';
import { describeProblem } from './problems.js';
import type { AnalysisContext } from './context.js';

interface WorkerScope {
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}
const scope = self as unknown as WorkerScope;
const post = (m: FromWorker): void => scope.postMessage(m);

let ctx: AnalysisContext | undefined;
let analysis: typeof import('./analyze.js') | undefined;

async function handle(req: ToWorker): Promise<void> {
  switch (req.type) {
    case 'init': {
      const t0 = performance.now();
      instantiateIced(req.wasm);
      analysis = await import('./analyze.js');
      const { loadContext } = await import('./context.js');
      ctx = loadContext(req.assets, req.rules);
      post({ type: 'ready', ruleCount: ctx.ruleCount, sources: ctx.sources, startMs: t0, loadMs: performance.now() - t0 });
      break;
    }
    case 'analyze':
      if (ctx === undefined || analysis === undefined) throw new Error('analysis requested before the rules were loaded');
      analysis.analyzeInWorker(ctx, req, post);
      break;
    case 'build-rules': {
      const { buildRulesInWorker } = await import('./rules.js');
      buildRulesInWorker(req, post);
      break;
    }
  }
}

scope.onmessage = (e) => {
  const req = e.data;
  handle(req).catch((err: unknown) => post({ type: 'failed', problem: describeProblem(err, req.type === 'analyze' ? req : undefined) }));
};
