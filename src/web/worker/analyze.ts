// One analysis, as `capa-ts -j` does it (src/cli/analyze.ts): a sandbox report when asked for or
// when no executable format claims the file and it looks like one, else the static pipeline. The
// result is capa's result document, serialized exactly like the CLI's.
import { analyzeDetailed, type FormatOption } from '../../index.js';
import { analyzeReportDetailed, detectReportFormat, type ReportFormat } from '../../dynamic.js';
import { detectFormat } from '../../formats/detect.js';
import { serializeResultDocument } from '../../render/json.js';
import type { ResultDocument } from '../../render/rdoc.js';
import type { AnalyzeRequest, FromWorker } from '../protocol.js';
import type { AnalysisContext } from './context.js';

const REPORT_FORMATS: readonly string[] = ['cape', 'drakvuf', 'vmray'];

/** progress at most every 50 ms (and always the last step): messages are cheap, but not free */
function throttledProgress(post: (m: FromWorker) => void, unit: 'functions' | 'processes'): (done: number, total: number) => void {
  let last = 0;
  return (done, total) => {
    const now = performance.now();
    if (done !== total && now - last < 50) return;
    last = now;
    post({ type: 'progress', unit, done, total });
  };
}

/** capa refuses to report on files its rules flag as beyond static analysis (the CLI's exit 14) */
export function limitationsOf(doc: ResultDocument): string[] {
  return Object.values(doc.rules)
    .filter((r) => r.meta.namespace === 'internal/limitation/static')
    .map((r) => r.meta.description.trim() || r.meta.name);
}

export function analyzeInWorker(ctx: AnalysisContext, req: AnalyzeRequest, post: (m: FromWorker) => void): void {
  const t0 = performance.now();
  const bytes = new Uint8Array(req.bytes);
  const report =
    REPORT_FORMATS.includes(req.format)
      ? (req.format as ReportFormat)
      : req.format === 'auto' && detectFormat(bytes) === 'unknown'
        ? detectReportFormat(bytes, req.name)
        : undefined;
  let doc: ResultDocument;
  if (report !== undefined) {
    doc = analyzeReportDetailed(bytes, {
      rules: ctx.rules,
      format: report,
      path: req.name,
      rulePaths: ctx.rulePaths,
      onProgress: throttledProgress(post, 'processes'),
    }).document;
  } else {
    doc = analyzeDetailed(bytes, {
      rules: ctx.rules,
      format: req.format as FormatOption,
      os: req.os === 'auto' ? undefined : req.os,
      entry: req.entry,
      path: req.name,
      rulePaths: ctx.rulePaths,
      onProgress: throttledProgress(post, 'functions'),
      // (applied to PE files only, as in the CLI)
      signatures: ctx.signatures,
    }).document;
  }
  const json = serializeResultDocument(doc);
  post({ type: 'result', json, limitations: doc.meta.flavor === 'static' ? limitationsOf(doc) : [], analysisMs: performance.now() - t0 });
}
