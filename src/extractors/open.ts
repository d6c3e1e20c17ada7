// Picks the backend for an input: PE / ELF by magic, raw shellcode only when asked for (-f sc32/sc64,
// capa never guesses it). Every refusal is a FormatError with a code the CLI maps to an exit code.
import { detectFormat } from '../formats/detect.js';
import { FormatError } from '../formats/errors.js';
import { parseElf } from '../formats/elf/parse.js';
import { elfBase, loadElfImage } from '../formats/elf/load.js';
import { loadShellcode } from '../formats/shellcode.js';
import { analyzeImage } from '../analysis/analyze.js';
import { analyzeElfImage } from '../analysis/elf.js';
import { FlirtMatcher } from '../analysis/flirt.js';
import type { FlirtSignatureSet } from '../formats/flirt/set.js';
import { NO_ADDRESS } from '../features/address.js';
import { arch as archFeature, os as osFeature, OS_VALUES } from '../features/feature.js';
import type { Located, StaticExtractor } from '../features/extractor.js';
import { openPeExtractor } from './pe/extractor.js';
import { openDotnetExtractor } from './dotnet/extractor.js';
import { X86StaticExtractor } from './x86/extractor.js';
import { elfGlobalFeatures } from './elf/global.js';
import { elfFileFeatures } from './elf/file.js';
import { extractFileStrings } from './common/strings.js';
import { extractEmbeddedPe } from './common/embedded-pe.js';
import { extractPeSectionFeatures } from './pe/file.js';

export type FormatOption = 'auto' | 'pe' | 'elf' | 'dotnet' | 'sc32' | 'sc64';

export interface OpenOptions {
  readonly format: FormatOption;
  /** OS override; undefined or 'auto' = detect */
  readonly os?: string;
  /** shellcode entry offset */
  readonly entry?: number;
  /** FLIRT signature files, in load order (PE only, as capa) */
  readonly signatures?: readonly FlirtSignatureSet[];
}

function withOs(globals: Located[], os: string | undefined): Located[] {
  if (os === undefined || os === 'auto') return globals;
  if (!(OS_VALUES as readonly string[]).includes(os)) {
    throw new FormatError(`unknown OS '${os}' (expected one of: ${OS_VALUES.join(', ')})`, 'unsupported-os');
  }
  return [...globals.filter((g) => g.feature.type !== 'os'), { feature: osFeature(os), address: NO_ADDRESS }];
}

function openElf(bytes: Uint8Array, os: string | undefined): StaticExtractor {
  const elf = parseElf(bytes);
  const image = loadElfImage(elf);
  const globals = withOs(elfGlobalFeatures(elf, os && os !== 'auto' ? { os } : {}), os);
  return new X86StaticExtractor({
    bytes,
    program: analyzeElfImage(image, { symbolBias: elfBase(elf).addbase ? image.baseAddress : 0 }),
    globals,
    fileFeatures: () => elfFileFeatures(image),
    name: 'VivisectFeatureExtractor',
  });
}

function openShellcode(bytes: Uint8Array, format: 'sc32' | 'sc64', opts: OpenOptions): StaticExtractor {
  const image = loadShellcode(bytes, format, opts.entry ?? 0);
  // like capa: the architecture is known, the format and OS are not (unless --os says so)
  const globals = withOs([{ feature: archFeature(image.arch), address: NO_ADDRESS }], opts.os);
  return new X86StaticExtractor({
    bytes,
    program: analyzeImage(image),
    globals,
    fileFeatures: () => [
      ...extractFileStrings(bytes),
      ...extractEmbeddedPe(bytes),
      ...extractPeSectionFeatures(image),
    ],
    name: 'VivisectFeatureExtractor',
  });
}

export function openExtractor(bytes: Uint8Array, opts: OpenOptions): StaticExtractor {
  if (opts.format === 'sc32' || opts.format === 'sc64') return openShellcode(bytes, opts.format, opts);
  if (bytes.length === 0) throw new FormatError('the file is empty', 'unsupported-format');
  const detected = detectFormat(bytes);
  const format = opts.format === 'auto' ? detected : opts.format;
  if (opts.format !== 'auto' && detected !== 'unknown' && detected !== opts.format) {
    throw new FormatError(`the file is ${detected}, not ${opts.format}`, 'unsupported-format');
  }
  switch (format) {
    case 'pe': {
      return openPeExtractor(bytes, {
        adjustGlobals: (g) => withOs(g, opts.os),
        analysis: opts.signatures?.length ? { signatures: opts.signatures.map((s) => new FlirtMatcher(s)) } : {},
      });
    }
    case 'elf':
      return openElf(bytes, opts.os);
    case 'dotnet':
      return openDotnetExtractor(bytes, { adjustGlobals: (g) => withOs(g, opts.os) });
    default:
      throw new FormatError(
        'not a supported file format (PE, ELF); for raw shellcode pass -f sc32 or -f sc64',
        'unsupported-format',
      );
  }
}
