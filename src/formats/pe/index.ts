// PE format: parse (`parsePE`) and map like vivisect (`loadPeImage`).
export { parsePE, peMaxRva, peRvaToOffset } from './parse.js';
export { loadPeImage, normaliseDllName } from './image.js';
export { ordLookup } from './ordlookup/index.js';
export * from './types.js';
