// The static extractor for PE x86/x64 files: PE globals and file features (this folder's
// global.ts/file.ts), code features from the x86 extractor over the whole-image analysis.

import { analyzeImage, type AnalyzeOptions } from '../../analysis/analyze.js';
import { programFromSummary, type ProgramSummary } from '../../analysis/summary.js';
import { FormatError } from '../../formats/errors.js';
import { loadPeImage } from '../../formats/pe/image.js';
import { parsePE } from '../../formats/pe/parse.js';
import { DIR } from '../../formats/pe/types.js';
import { X86StaticExtractor } from '../x86/extractor.js';
import type { Located } from '../../features/extractor.js';
import { extractPeFileFeatures } from './file.js';
import { extractPeGlobalFeatures } from './global.js';
import { phaseEnd, phaseStart } from '../../features/timings.js';

export interface PeExtractorOptions {
  readonly analysis?: AnalyzeOptions;
  /** rewrites the global features (e.g. an `--os` override) */
  readonly adjustGlobals?: (globals: Located[]) => Located[];
  /** the analysis done elsewhere (another thread): rebuilt from it instead of analysing again */
  readonly summary?: ProgramSummary;
}

/**
 * Parse, load and analyse a PE; throws FormatError for malformed input, unsupported machines
 * and .NET assemblies (those need the .NET backend).
 */
export function openPeExtractor(bytes: Uint8Array, opts: PeExtractorOptions = {}): X86StaticExtractor {
  const tParse = phaseStart();
  const pe = parsePE(bytes);
  if (pe.numberOfRvaAndSizes > DIR.COM_DESCRIPTOR && pe.dataDirectories[DIR.COM_DESCRIPTOR]!.rva !== 0) {
    throw new FormatError('.NET assembly: not handled by the PE x86 backend', 'unsupported-format');
  }
  const image = loadPeImage(pe);
  phaseEnd('parse', tParse);
  const tAnalysis = phaseStart();
  const program = opts.summary ? programFromSummary(image, opts.summary) : analyzeImage(image, opts.analysis ?? {});
  phaseEnd('analysis', tAnalysis);
  return new X86StaticExtractor({
    bytes,
    program,
    globals: opts.adjustGlobals ? opts.adjustGlobals(extractPeGlobalFeatures(pe)) : extractPeGlobalFeatures(pe),
    fileFeatures: () => extractPeFileFeatures(pe, image),
    name: 'VivisectFeatureExtractor',
  });
}
