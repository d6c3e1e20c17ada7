// Freeze files in the library API: write one from any extractor, and match rules on one (capa's
// `-f freeze`) without the sample. No Node APIs: bytes in, bytes or a result document out.
//
//   const frz = freezeExtractor(openExtractor(bytes, { format: 'auto' }));
//   const doc = analyzeFreeze(frz, { rules }).document;

import { findDynamicCapabilities } from './capabilities/dynamic.js';
import { findStaticCapabilities } from './capabilities/static.js';
import type { DynamicCapabilities, StaticCapabilities } from './capabilities/common.js';
import { openFreezeExtractor, type FreezeExtractor } from './extractors/freeze/extractor.js';
import { restrictFunctions, restrictProcesses } from './extractors/filter.js';
import type { DynamicExtractor, Extractor, StaticExtractor } from './features/extractor.js';
import { freezeDynamic, freezeStatic, writeFreeze, type ReadFreezeOptions } from './formats/freeze/index.js';
import { toResultDocument } from './render/from-capabilities.js';
import type { ResultDocument } from './render/rdoc.js';
import type { RuleSet } from './rules/ruleset.js';
import { RESULT_DOCUMENT_VERSION } from './version.js';

export { isFreeze, readFreeze, freezeToJson, writeFreeze, type Freeze } from './formats/freeze/index.js';
export { openFreezeExtractor, FreezeStaticExtractor, FreezeDynamicExtractor, type FreezeExtractor } from './extractors/freeze/extractor.js';

export interface FreezeWriteOptions {
  /** capa's `--reproducible`: no version in the header, so equal inputs give equal files */
  readonly reproducible?: boolean;
}

/** Every feature the extractor yields, as a freeze file (capa's `capa.features.freeze.dump`). */
export function freezeExtractor(x: Extractor, opts: FreezeWriteOptions = {}): Uint8Array {
  const o = { version: RESULT_DOCUMENT_VERSION, reproducible: opts.reproducible };
  return writeFreeze(x.flavor === 'static' ? freezeStatic(x, o) : freezeDynamic(x, o));
}

export interface AnalyzeFreezeOptions extends ReadFreezeOptions {
  readonly rules: RuleSet;
  /** the freeze file's path (meta.sample.path) */
  readonly path?: string;
  readonly argv?: string[];
  readonly rulePaths?: string[];
  /** static freezes: match only these functions (VAs or .NET tokens), like --restrict-to-functions */
  readonly restrictToFunctions?: readonly number[];
  /** dynamic freezes: match only these processes, like --restrict-to-processes */
  readonly restrictToProcesses?: readonly number[];
  /** dynamic: calls per span-of-calls window (capa's default 20) */
  readonly spanSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export type FreezeAnalysis =
  | { readonly flavor: 'static'; readonly extractor: StaticExtractor; readonly capabilities: StaticCapabilities; readonly document: ResultDocument }
  | { readonly flavor: 'dynamic'; readonly extractor: DynamicExtractor; readonly capabilities: DynamicCapabilities; readonly document: ResultDocument };

/** As capa: the first global feature of the kind, else 'freeze' for the format and 'unknown' otherwise. */
function globalValue(x: Extractor, type: 'format' | 'arch' | 'os'): string {
  for (const g of x.globalFeatures()) if (g.feature.type === type) return g.feature.value as string;
  return type === 'format' ? 'freeze' : 'unknown';
}

/** Matches the rules on a freeze file (capa's or ours): throws FormatError on a malformed one. */
export function analyzeFreeze(bytes: Uint8Array, opts: AnalyzeFreezeOptions): FreezeAnalysis {
  const opened: FreezeExtractor = openFreezeExtractor(bytes, opts);
  const meta = (x: Extractor) => ({
    sample: { ...x.sampleHashes(), path: opts.path ?? '' },
    version: RESULT_DOCUMENT_VERSION,
    argv: opts.argv,
    extractor: x.name,
    rulePaths: opts.rulePaths ?? [],
    format: globalValue(x, 'format'),
    arch: globalValue(x, 'arch'),
    os: globalValue(x, 'os'),
  });
  if (opened.flavor === 'static') {
    if (opts.restrictToProcesses?.length) throw new FreezeRestrictionError('a static freeze has no processes to restrict to (use --restrict-to-functions)');
    const x: StaticExtractor = opts.restrictToFunctions?.length ? restrictFunctions(opened, opts.restrictToFunctions) : opened;
    const capabilities = findStaticCapabilities(opts.rules, x, { onProgress: opts.onProgress });
    const document = toResultDocument(capabilities, opts.rules, { ...meta(x), baseAddress: x.baseAddress() });
    return { flavor: 'static', extractor: x, capabilities, document };
  }
  if (opts.restrictToFunctions?.length) throw new FreezeRestrictionError('a dynamic freeze has no functions to restrict to (use --restrict-to-processes)');
  const x: DynamicExtractor = opts.restrictToProcesses?.length ? restrictProcesses(opened, opts.restrictToProcesses) : opened;
  const capabilities = findDynamicCapabilities(opts.rules, x, { spanSize: opts.spanSize, onProgress: opts.onProgress });
  const document = toResultDocument(capabilities, opts.rules, meta(x));
  return { flavor: 'dynamic', extractor: x, capabilities, document };
}

/** A restriction that does not fit the freeze's flavor (a usage error). */
export class FreezeRestrictionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FreezeRestrictionError';
  }
}
