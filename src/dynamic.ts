// Sandbox reports in, capa's dynamic result document out (CAPE, DRAKVUF, VMRay). Like the
// static entry point in index.ts, no Node APIs: the report arrives as bytes.
//
//   const doc = analyzeReport(bytes, { rules, path: 'report.json.gz' });

import { findDynamicCapabilities } from './capabilities/dynamic.js';
import type { DynamicCapabilities } from './capabilities/common.js';
import { openReportExtractor, type ReportFormat } from './extractors/dynamic/open.js';
import type { DynamicExtractor } from './features/extractor.js';
import { restrictProcesses } from './extractors/filter.js';
import { toResultDocument } from './render/from-capabilities.js';
import type { ResultDocument } from './render/rdoc.js';
import type { RuleSet } from './rules/ruleset.js';
import { RESULT_DOCUMENT_VERSION } from './version.js';

export type { ReportFormat } from './extractors/dynamic/open.js';
export { ReportError, type ReportErrorCode } from './formats/reports/errors.js';
export { detectReportFormat } from './formats/reports/detect.js';
export { openReportExtractor } from './extractors/dynamic/open.js';

export interface AnalyzeReportOptions {
  readonly rules: RuleSet;
  /** default 'auto': by file name as capa does (`.json[.gz]`, `.log[.gz]`, `.zip`), then by content */
  readonly format?: ReportFormat | 'auto';
  /** the report's path: shown as meta.sample.path and used to detect the format */
  readonly path?: string;
  readonly argv?: string[];
  readonly rulePaths?: string[];
  /** calls per span-of-calls window (capa's default 20) */
  readonly spanSize?: number;
  /** match only these processes (pids), like capa's --restrict-to-processes */
  readonly restrictToProcesses?: readonly number[];
  readonly onProgress?: (done: number, total: number) => void;
}

export interface ReportAnalysis {
  readonly extractor: DynamicExtractor;
  readonly capabilities: DynamicCapabilities;
  readonly document: ResultDocument;
}

function globalValue(x: DynamicExtractor, type: 'format' | 'arch' | 'os'): string {
  for (const g of x.globalFeatures()) if (g.feature.type === type) return g.feature.value as string;
  return 'unknown';
}

/** Reads a sandbox report and matches the rules (throws ReportError for unusable reports). */
export function analyzeReportDetailed(bytes: Uint8Array, opts: AnalyzeReportOptions): ReportAnalysis {
  const opened = openReportExtractor(bytes, { format: opts.format ?? 'auto', path: opts.path });
  const extractor = opts.restrictToProcesses?.length ? restrictProcesses(opened, opts.restrictToProcesses) : opened;
  const capabilities = findDynamicCapabilities(opts.rules, extractor, {
    spanSize: opts.spanSize,
    onProgress: opts.onProgress,
  });
  const document = toResultDocument(capabilities, opts.rules, {
    sample: { ...extractor.sampleHashes(), path: opts.path ?? '' },
    version: RESULT_DOCUMENT_VERSION,
    argv: opts.argv,
    extractor: extractor.name,
    rulePaths: opts.rulePaths ?? [],
    format: globalValue(extractor, 'format'),
    arch: globalValue(extractor, 'arch'),
    os: globalValue(extractor, 'os'),
  });
  return { extractor, capabilities, document };
}

export function analyzeReport(bytes: Uint8Array, opts: AnalyzeReportOptions): ResultDocument {
  return analyzeReportDetailed(bytes, opts).document;
}
