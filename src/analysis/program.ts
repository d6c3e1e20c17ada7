// Result of whole-image code analysis: what the extractors read (functions, basic blocks,
// instructions, code/data cross-references, thunks, no-return knowledge, imports).

import type { ImportEntry, LoadedImage, Memory } from '../formats/image.js';
import type { Insn, InsnDecoder } from './insn.js';

export const REF_CODE = 1;
export const REF_DATA = 2;
export const REF_PTR = 3;

export interface Xref {
  readonly from: number;
  readonly to: number;
  /** REF_CODE | REF_DATA | REF_PTR */
  readonly type: number;
  /** BR_* flags (code xrefs) */
  readonly flags: number;
}

export type EdgeKind = 'fallthrough' | 'conditional' | 'unconditional' | 'table';

export interface Edge {
  readonly to: number;
  readonly kind: EdgeKind;
}

export interface BasicBlock {
  readonly va: number;
  readonly size: number;
  /** va + size */
  readonly end: number;
  /** linear decode of [va, end), as capa iterates a vivisect block */
  readonly insns: readonly Insn[];
  /** successor blocks inside the function (capa-style, from the last instruction) */
  readonly succs: readonly Edge[];
}

export interface FunctionInfo {
  readonly va: number;
  /** sorted by va */
  readonly blocks: readonly BasicBlock[];
  /** vivisect `Thunk` meta: the entry instruction has a code xref to an import */
  readonly importThunk?: ImportEntry;
  /** importThunk, or a single block that ends in a non-fall-through branch to another function */
  readonly isThunk: boolean;
  readonly noReturn: boolean;
}

export interface Program {
  readonly image: LoadedImage;
  readonly mem: Memory;
  readonly bitness: 32 | 64;
  /** shared decoder (owned by the program; `dispose()` frees it) */
  readonly decoder: InsnDecoder;
  /** sorted function entry VAs */
  readonly functions: readonly number[];
  func(va: number): FunctionInfo | undefined;
  /** decoded instruction at va (cached for analysed code, decoded on demand elsewhere) */
  insnAt(va: number): Insn | undefined;
  xrefsTo(va: number, type?: number): readonly Xref[];
  xrefsFrom(va: number, type?: number): readonly Xref[];
  /** functions FLIRT identified as library code: entry → name (empty without signatures) */
  readonly libraryFunctions: ReadonlyMap<number, string>;
  /** the import whose slot (IAT/GOT) is at va */
  importAt(va: number): ImportEntry | undefined;
  /** no-return import slot or function */
  isNoReturn(va: number): boolean;
  /** calls whose fall-through was cut because the callee never returns */
  isNoReturnCall(va: number): boolean;
  /** free iced resources */
  dispose(): void;
}
