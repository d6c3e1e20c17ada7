// PE format: parse (`parsePE`) and map like vivisect (`loadPeImage`).
export { parsePE, peMaxRva, peRvaToOffset } from './parse.js';
export { loadPeImage, normaliseDllName } from './image.js';
export { ordLookup } from './ordlookup/index.js';
export * from './types.js';

import { loadPeImage as load } from './image.js';
import { parsePE as parse } from './parse.js';
import type { LoadedImage } from '../image.js';
import type { PeFile } from './types.js';

/** parse + load in one step; throws FormatError */
export function loadPe(bytes: Uint8Array): { pe: PeFile; image: LoadedImage } {
  const pe = parse(bytes);
  return { pe, image: load(pe) };
}
