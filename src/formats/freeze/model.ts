// capa's "freeze" feature dump (capa/features/freeze/__init__.py, format version 3): every feature
// an extractor yields, per scope, so rules can be matched later without the sample.
//
//   file  = ASCII `capa0000` + zlib(UTF-8 JSON)
//   JSON  = {version: 3, base_address, sample_hashes, flavor: static|dynamic,
//            extractor: {name, version}, features: {global_, file, functions | processes}}
//
// The model below is the document with features decoded; the readers/writers in this folder map
// it to and from capa's JSON exactly (field names, key order, sort order).

import type { Address } from '../../features/address.js';
import type { Located, SampleHashes } from '../../features/extractor.js';
import type { Feature } from '../../features/feature.js';

export const FREEZE_MAGIC = 'capa0000';
export const FREEZE_VERSION = 3;

export interface FreezeInstruction {
  readonly address: Address;
  readonly features: readonly Located[];
}
export interface FreezeBasicBlock {
  readonly address: Address;
  readonly features: readonly Located[];
  readonly instructions: readonly FreezeInstruction[];
}
export interface FreezeFunction {
  readonly address: Address;
  readonly features: readonly Located[];
  readonly basicBlocks: readonly FreezeBasicBlock[];
}

export interface FreezeCall {
  readonly address: Address;
  /** `Api(arg=val, …) -> ret` */
  readonly name: string;
  readonly features: readonly Located[];
}
export interface FreezeThread {
  readonly address: Address;
  readonly features: readonly Located[];
  readonly calls: readonly FreezeCall[];
}
export interface FreezeProcess {
  readonly address: Address;
  readonly name: string;
  readonly features: readonly Located[];
  readonly threads: readonly FreezeThread[];
}

export interface FreezeLibraryFunction {
  readonly address: Address;
  readonly name: string;
}

interface FreezeCommon {
  readonly version: number;
  readonly baseAddress: Address;
  readonly sampleHashes: SampleHashes;
  /** the backend that extracted the features, e.g. VivisectFeatureExtractor, and its version */
  readonly extractor: { readonly name: string; readonly version: string };
  readonly global: readonly Feature[];
  readonly file: readonly Located[];
}

export interface StaticFreeze extends FreezeCommon {
  readonly flavor: 'static';
  readonly functions: readonly FreezeFunction[];
  /**
   * capa-ts extension (top-level `library_functions`, written only when non-empty): the functions
   * FLIRT identified as library code, so a capa-ts freeze matches like the live analysis. capa's
   * model ignores unknown fields, so capa still reads these files; capa's own freezes carry no
   * library information, and every function in them is matched (as capa does).
   */
  readonly libraryFunctions: readonly FreezeLibraryFunction[];
}

export interface DynamicFreeze extends FreezeCommon {
  readonly flavor: 'dynamic';
  readonly processes: readonly FreezeProcess[];
}

export type Freeze = StaticFreeze | DynamicFreeze;

/** True when the bytes start with the freeze magic `capa0000`. */
export function isFreeze(bytes: Uint8Array): boolean {
  if (bytes.length < FREEZE_MAGIC.length) return false;
  for (let i = 0; i < FREEZE_MAGIC.length; i++) if (bytes[i] !== FREEZE_MAGIC.charCodeAt(i)) return false;
  return true;
}
