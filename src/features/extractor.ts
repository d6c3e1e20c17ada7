// The contract between the extractors (producers of features) and the engine/capabilities stages
// (consumers). Mirrors capa's static and dynamic feature extractor interfaces: every backend
// (PE/x86, ELF, shellcode, .NET, sandbox reports, the matcher fixtures' null extractor) implements
// one of these two, and nothing downstream knows which one it is.

import type { Address } from './address.js';
import type { Feature } from './feature.js';

/** A feature found at an address. */
export interface Located {
  readonly feature: Feature;
  readonly address: Address;
}

export interface SampleHashes {
  readonly md5: string;
  readonly sha1: string;
  readonly sha256: string;
}

/** Handles carry the address plus whatever the backend needs (opaque to consumers). */
export interface FunctionHandle {
  readonly address: Address;
  readonly inner?: unknown;
}
export interface BasicBlockHandle {
  readonly address: Address;
  readonly inner?: unknown;
}
export interface InsnHandle {
  readonly address: Address;
  readonly inner?: unknown;
}

export interface StaticExtractor {
  readonly flavor: 'static';
  /** e.g. 'VivisectFeatureExtractor'-like name of this backend, reported in the result document */
  readonly name: string;
  baseAddress(): Address;
  sampleHashes(): SampleHashes;
  globalFeatures(): Iterable<Located>;
  fileFeatures(): Iterable<Located>;
  functions(): Iterable<FunctionHandle>;
  isLibraryFunction(f: Address): boolean;
  functionName(f: Address): string | undefined;
  functionFeatures(f: FunctionHandle): Iterable<Located>;
  basicBlocks(f: FunctionHandle): Iterable<BasicBlockHandle>;
  basicBlockFeatures(f: FunctionHandle, bb: BasicBlockHandle): Iterable<Located>;
  instructions(f: FunctionHandle, bb: BasicBlockHandle): Iterable<InsnHandle>;
  instructionFeatures(f: FunctionHandle, bb: BasicBlockHandle, insn: InsnHandle): Iterable<Located>;
}

export interface ProcessHandle {
  readonly address: Address; // type 'process'
  readonly inner?: unknown;
}
export interface ThreadHandle {
  readonly address: Address; // type 'thread'
  readonly inner?: unknown;
}
export interface CallHandle {
  readonly address: Address; // type 'call'
  readonly inner?: unknown;
}

export interface DynamicExtractor {
  readonly flavor: 'dynamic';
  readonly name: string;
  /** the sample's image base (VA) when the report says (capa's optional get_base_address) */
  baseAddress?(): number | undefined;
  sampleHashes(): SampleHashes;
  globalFeatures(): Iterable<Located>;
  fileFeatures(): Iterable<Located>;
  processes(): Iterable<ProcessHandle>;
  processFeatures(p: ProcessHandle): Iterable<Located>;
  processName(p: ProcessHandle): string;
  threads(p: ProcessHandle): Iterable<ThreadHandle>;
  threadFeatures(p: ProcessHandle, t: ThreadHandle): Iterable<Located>;
  calls(p: ProcessHandle, t: ThreadHandle): Iterable<CallHandle>;
  callFeatures(p: ProcessHandle, t: ThreadHandle, c: CallHandle): Iterable<Located>;
  /** `Api(arg=val, …) -> ret`, for the layout and reports */
  callName(p: ProcessHandle, t: ThreadHandle, c: CallHandle): string;
}

export type Extractor = StaticExtractor | DynamicExtractor;
