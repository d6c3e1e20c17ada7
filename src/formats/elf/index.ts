// ELF format: parser, loader (LoadedImage) and capa's OS detection.
import type { LoadedImage } from '../image.js';
import { loadElfImage } from './load.js';
import { parseElf } from './parse.js';
import type { ElfFile } from './types.js';

export * from './types.js';
export { parseElf, parseElfHeader, isElf } from './parse.js';
export { loadElfImage, elfArch, elfBase } from './load.js';
export {
  detectElfOs, detectElfOsFromBytes, capaElfView, runOsHeuristic, OS_HEURISTICS, type OsHeuristic,
} from './os.js';
export { demangle, vivisectSymbolName } from './demangle.js';

/** parse + load in one step; throws FormatError (e.g. 'unsupported-arch' for ARM/MIPS/aarch64) */
export function loadElf(bytes: Uint8Array): { elf: ElfFile; image: LoadedImage } {
  const elf = parseElf(bytes);
  return { elf, image: loadElfImage(elf) };
}
