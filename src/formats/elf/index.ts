// ELF format: parser, loader (LoadedImage) and capa's OS detection.
export * from './types.js';
export { parseElf, parseElfHeader, isElf } from './parse.js';
export { loadElfImage, elfArch, elfBase } from './load.js';
export {
  detectElfOs, detectElfOsFromBytes, capaElfView, runOsHeuristic, OS_HEURISTICS, type OsHeuristic,
} from './os.js';
