// The result of a whole-image analysis as plain typed arrays, and a Program rebuilt from it.
//
// Feature extraction of a function reads only the analysis' final state: the functions with their
// blocks, thunk imports and no-return flags, the xrefs, the no-return sets, the library functions
// FLIRT named (function-name features, api at their call sites, skipped as library code), and instructions —
// which are a pure function of the image bytes, so they are decoded again where needed instead of
// being shipped. A worker thread that gets this summary (a few typed arrays, transferable) and the
// sample's bytes therefore extracts exactly the features the analysing thread would.

import type { LoadedImage } from '../formats/image.js';
import { Memory } from '../formats/image.js';
import { buildProgram, type MutFunc, type ProgramState } from './analyze.js';
import { InsnDecoder, type Insn } from './insn.js';
import type { Program, Xref } from './program.js';

export interface ProgramSummary {
  readonly bits: 32 | 64;
  /** function entry VAs, in the analysis' creation order */
  readonly funcVa: Float64Array;
  readonly funcNoReturn: Uint8Array;
  /** for import thunks, the VA of the import (its IAT/GOT slot); NaN otherwise */
  readonly funcThunkImport: Float64Array;
  /** function i's blocks are [blockStart[i], blockStart[i + 1]) of blockVa/blockSize, in the analysis' order */
  readonly blockStart: Uint32Array;
  readonly blockVa: Float64Array;
  readonly blockSize: Float64Array;
  /** every xref in creation order */
  readonly xrefFrom: Float64Array;
  readonly xrefTo: Float64Array;
  readonly xrefType: Uint8Array;
  readonly xrefFlags: Int32Array;
  readonly noret: Float64Array;
  readonly noflow: Float64Array;
  /** library functions FLIRT identified (Program.libraryFunctions), in the analysis' order */
  readonly libraryVa: Float64Array;
  readonly libraryName: readonly string[];
}

/** The summary of an analysis' state (Program.summary() calls this). */
export function summarizeState(st: ProgramState): ProgramSummary {
  const nf = st.funcs.size;
  const funcVa = new Float64Array(nf);
  const funcNoReturn = new Uint8Array(nf);
  const funcThunkImport = new Float64Array(nf);
  const blockStart = new Uint32Array(nf + 1);
  let nb = 0;
  for (const f of st.funcs.values()) nb += f.blocks.length;
  const blockVa = new Float64Array(nb);
  const blockSize = new Float64Array(nb);
  let i = 0;
  let b = 0;
  for (const f of st.funcs.values()) {
    funcVa[i] = f.va;
    funcNoReturn[i] = f.noReturn ? 1 : 0;
    funcThunkImport[i] = f.importThunk !== undefined ? f.importThunk.va : NaN;
    blockStart[i] = b;
    for (const [va, size] of f.blocks) {
      blockVa[b] = va;
      blockSize[b] = size;
      b++;
    }
    i++;
  }
  blockStart[nf] = b;
  const nx = st.xrefs.length;
  const xrefFrom = new Float64Array(nx);
  const xrefTo = new Float64Array(nx);
  const xrefType = new Uint8Array(nx);
  const xrefFlags = new Int32Array(nx);
  st.xrefs.forEach((x, k) => {
    xrefFrom[k] = x.from;
    xrefTo[k] = x.to;
    xrefType[k] = x.type;
    xrefFlags[k] = x.flags;
  });
  const libraryVa = new Float64Array(st.library.size);
  const libraryName: string[] = [];
  for (const [va, name] of st.library) {
    libraryVa[libraryName.length] = va;
    libraryName.push(name);
  }
  return {
    bits: st.bits,
    funcVa,
    funcNoReturn,
    funcThunkImport,
    blockStart,
    blockVa,
    blockSize,
    xrefFrom,
    xrefTo,
    xrefType,
    xrefFlags,
    noret: Float64Array.from(st.noret),
    noflow: Float64Array.from(st.noflow),
    libraryVa,
    libraryName,
  };
}

/** The typed arrays of a summary (to transfer it between threads without copying). */
export function summaryBuffers(s: ProgramSummary): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  for (const v of Object.values(s)) if (ArrayBuffer.isView(v)) out.add(v.buffer as ArrayBuffer);
  return [...out];
}

/**
 * The Program an analysis of `image` produced, rebuilt from its summary: same functions, blocks,
 * xrefs (same list orders), no-return knowledge; instructions decoded from the image on demand.
 * `image` must be the image the analysis ran on (same bytes, same loader).
 */
export function programFromSummary(image: LoadedImage, s: ProgramSummary): Program {
  const mem = new Memory(image);
  const bits = image.arch === 'amd64' ? 64 : 32;
  if (bits !== s.bits) throw new Error('program summary: architecture does not match the image');
  const dec = new InsnDecoder(mem, bits);
  const funcs = new Map<number, MutFunc>();
  for (let i = 0; i < s.funcVa.length; i++) {
    const blocks: Array<[number, number]> = [];
    for (let b = s.blockStart[i]!; b < s.blockStart[i + 1]!; b++) blocks.push([s.blockVa[b]!, s.blockSize[b]!]);
    const slot = s.funcThunkImport[i]!;
    const importThunk = Number.isNaN(slot) ? undefined : image.imports.get(slot);
    if (!Number.isNaN(slot) && importThunk === undefined) throw new Error('program summary: thunk import not in the image');
    funcs.set(s.funcVa[i]!, { va: s.funcVa[i]!, blocks, importThunk, noReturn: s.funcNoReturn[i] === 1 });
  }
  const xrefs: Xref[] = new Array<Xref>(s.xrefFrom.length);
  const xFrom = new Map<number, Xref[]>();
  const xTo = new Map<number, Xref[]>();
  for (let k = 0; k < xrefs.length; k++) {
    const x: Xref = { from: s.xrefFrom[k]!, to: s.xrefTo[k]!, type: s.xrefType[k]!, flags: s.xrefFlags[k]! };
    xrefs[k] = x;
    const f = xFrom.get(x.from);
    if (f) f.push(x);
    else xFrom.set(x.from, [x]);
    const t = xTo.get(x.to);
    if (t) t.push(x);
    else xTo.set(x.to, [x]);
  }
  if (s.libraryName.length !== s.libraryVa.length) throw new Error('program summary: library names do not match their addresses');
  const library = new Map<number, string>();
  for (let k = 0; k < s.libraryVa.length; k++) library.set(s.libraryVa[k]!, s.libraryName[k]!);
  // decoded instructions cached per address, as the analysis caches them
  const cache = new Map<number, Insn | null>();
  const decode = (va: number): Insn | undefined => {
    let i = cache.get(va);
    if (i === undefined) {
      i = dec.decodeAt(va) ?? null;
      cache.set(va, i);
    }
    return i ?? undefined;
  };
  return buildProgram({
    image,
    mem,
    dec,
    bits,
    funcs,
    xFrom,
    xTo,
    xrefs,
    noret: new Set(s.noret),
    noflow: new Set(s.noflow),
    library,
    decode,
  });
}
