// The capa-ts library: bytes in, capa's result document out. No Node APIs on this path, so the
// same code runs in a browser or a worker.
//
//   import { analyze, loadRules, embeddedRuleFiles } from 'capa-ts';
//   const rules = loadRules(embeddedRuleFiles());
//   const doc = analyze(bytes, { rules });

import { openExtractor, type FormatOption } from './extractors/open.js';
import type { StaticExtractor } from './features/extractor.js';
import { findStaticCapabilities } from './capabilities/static.js';
import type { StaticCapabilities } from './capabilities/common.js';
import { buildRuleSet, type RuleFile } from './rules/load.js';
import type { RuleSet } from './rules/ruleset.js';
import { EMBEDDED_RULES } from './rules/embedded-pack.js';
import { toResultDocument } from './render/from-capabilities.js';
import type { ResultDocument } from './render/rdoc.js';
import { CAPA_DOCUMENT_FORMAT_VERSION, RESULT_DOCUMENT_VERSION, VERSION } from './version.js';
import { NO_ADDRESS } from './features/address.js';
import { detectFormat } from './formats/detect.js';
import { analyzeReport, detectReportFormat } from './dynamic.js';
import type { FlirtSignatureSet } from './formats/flirt/set.js';
import { restrictFunctions } from './extractors/filter.js';
import { analyzeFreeze, isFreeze } from './freeze.js';

export type { ResultDocument } from './render/rdoc.js';
export type { RuleSet } from './rules/ruleset.js';
export type { RuleFile } from './rules/load.js';
export type { FormatOption } from './extractors/open.js';
export { FormatError } from './formats/errors.js';
export { SignatureError } from './formats/flirt/types.js';
export { parseSignatureFile, isSignatureFileName } from './formats/flirt/index.js';
export { FlirtSignatureSet, serializeSignatureSet, deserializeSignatureSet } from './formats/flirt/set.js';
export { RuleError } from './rules/errors.js';
export { serializeResultDocument, parseResultDocument } from './render/json.js';
export { renderDefault, renderVerbose, renderVeryVerbose } from './render/index.js';
export { VERSION, RESULT_DOCUMENT_VERSION, CAPA_DOCUMENT_FORMAT_VERSION };
// freeze files: capa's feature dumps, written from any analysis and matched without the sample
export {
  analyzeFreeze,
  freezeExtractor,
  isFreeze,
  readFreeze,
  openFreezeExtractor,
  type AnalyzeFreezeOptions,
  type FreezeAnalysis,
} from './freeze.js';
export { openExtractor } from './extractors/open.js';
export { restrictFunctions, restrictProcesses } from './extractors/filter.js';
// sandbox reports (CAPE, DRAKVUF, VMRay): dynamic analysis
export {
  analyzeReport,
  analyzeReportDetailed,
  detectReportFormat,
  openReportExtractor,
  ReportError,
  type AnalyzeReportOptions,
  type ReportAnalysis,
  type ReportErrorCode,
  type ReportFormat,
} from './dynamic.js';

export interface AnalyzeOptions {
  readonly rules: RuleSet;
  /** default 'auto': PE / .NET / ELF by magic; raw shellcode needs 'sc32' or 'sc64' */
  readonly format?: FormatOption;
  /** override the detected OS ('auto' = detect) */
  readonly os?: string;
  /** shellcode entry offset */
  readonly entry?: number;
  /** sample path shown in the document (meta.sample.path) */
  readonly path?: string;
  readonly argv?: string[];
  /** rule paths shown in the document (meta.analysis.rules) */
  readonly rulePaths?: string[];
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * FLIRT signature files for library identification (PE only), in load order — capa loads them
   * sorted by file name. See parseSignatureFile.
   */
  readonly signatures?: readonly FlirtSignatureSet[];
  /** match only these functions (VAs; .NET method tokens), like capa's --restrict-to-functions */
  readonly restrictToFunctions?: readonly number[];
}

export interface Analysis {
  readonly extractor: StaticExtractor;
  readonly capabilities: StaticCapabilities;
  readonly document: ResultDocument;
}

/** Builds a rule set from rule files' texts (throws RuleError on the first problem). */
export function loadRules(files: readonly RuleFile[]): RuleSet {
  return buildRuleSet(files);
}

/** The rule pack shipped with capa-ts (rules/ in the repository). */
export function embeddedRuleFiles(): RuleFile[] {
  return EMBEDDED_RULES.map((r) => ({ path: `capa-ts:${r.path}`, text: r.text }));
}

/** As capa: the first global feature of the kind, else what the user asked for, else 'unknown'. */
function globalValue(extractor: StaticExtractor, type: 'format' | 'arch' | 'os', requested?: string): string {
  for (const g of extractor.globalFeatures()) if (g.feature.type === type) return g.feature.value as string;
  return requested !== undefined && requested !== 'auto' ? requested : 'unknown';
}

/** Full analysis, keeping the extractor and raw capabilities for tools that need more than the document. */
export function analyzeDetailed(bytes: Uint8Array, opts: AnalyzeOptions): Analysis {
  const opened = openExtractor(bytes, { format: opts.format ?? 'auto', os: opts.os, entry: opts.entry, signatures: opts.signatures });
  const extractor = opts.restrictToFunctions?.length ? restrictFunctions(opened, opts.restrictToFunctions) : opened;
  const capabilities = findStaticCapabilities(opts.rules, extractor, { onProgress: opts.onProgress });
  const document = toResultDocument(capabilities, opts.rules, {
    sample: { ...extractor.sampleHashes(), path: opts.path ?? '' },
    version: RESULT_DOCUMENT_VERSION,
    argv: opts.argv,
    extractor: extractor.name,
    rulePaths: opts.rulePaths ?? [],
    format: globalValue(extractor, 'format', opts.format),
    arch: globalValue(extractor, 'arch'),
    os: globalValue(extractor, 'os', opts.os),
    baseAddress: extractor.baseAddress() ?? NO_ADDRESS,
  });
  return { extractor, capabilities, document };
}

/**
 * Finds the capabilities of a sample and returns capa's result document. In auto mode a freeze file
 * (`capa0000` magic) is matched as recorded, and input no executable format claims is tried as a
 * sandbox report (CAPE, DRAKVUF, VMRay), as capa does.
 */
export function analyze(bytes: Uint8Array, opts: AnalyzeOptions): ResultDocument {
  if ((opts.format ?? 'auto') === 'auto' && isFreeze(bytes)) {
    return analyzeFreeze(bytes, { rules: opts.rules, path: opts.path, argv: opts.argv, rulePaths: opts.rulePaths, restrictToFunctions: opts.restrictToFunctions }).document;
  }
  if ((opts.format ?? 'auto') === 'auto' && detectFormat(bytes) === 'unknown') {
    const report = detectReportFormat(bytes, opts.path);
    if (report !== undefined) {
      return analyzeReport(bytes, { rules: opts.rules, format: report, path: opts.path, argv: opts.argv, rulePaths: opts.rulePaths });
    }
  }
  return analyzeDetailed(bytes, opts).document;
}
