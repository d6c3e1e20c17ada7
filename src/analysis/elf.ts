// ELF-specific whole-image analysis, modelled on the vivisect ELF analysis modules capa runs
// (capa-semantics.md §4.1), around the generic Analyzer:
// * elfplt (runs before the entry points): every instruction of `.plt` / `.plt.got` is made code
//   by a linear sweep, then a function is made every 16 bytes (vivisect MAGIC_PLT_SIZE). A stub's
//   `jmp [slot]` gets a deref code xref to the GOT slot import, which is how calls to it resolve
//   to `api` names (and how the stub becomes an import thunk).
// * libc_start_main (after the generic passes): the `main` pointer the entry code passes to
//   `__libc_start_main` (first argument: rdi on amd64, the last push before the call on i386)
//   becomes a function.
// PLT stubs are code here, not imports: the loader's `kind: 'plt'` entries are left out of the
// analysis so that vivisect's chain (call stub → stub's jmp → slot) is what resolves them.

import type { ImportEntry, LoadedImage } from '../formats/image.js';
import { Analyzer, type AnalyzeOptions } from './analyze.js';
import type { Insn } from './insn.js';
import { REF_CODE, REF_PTR, type Program } from './program.js';

/** vivisect elfplt MAGIC_PLT_SIZE */
const PLT_ENTRY_SIZE = 16;
/** hostile input bound on the PLT sweep */
const MAX_PLT_BYTES = 1 << 20;
/** hostile input bound: distinct pointer targets the free-pointer pass probes */
const MAX_FREE_POINTER_TARGETS = 1 << 18;
/** how many instructions before a `call __libc_start_main` are searched for the main pointer */
const MAX_ARG_SEARCH = 16;

/** imports vivisect's ELF loader declares as never returning (`addNoReturnApi("*.name")`) */
const ELF_NORETURN = new Set(['abort', 'exit', '_exit', 'longjmp', '_setjmp', 'j__ZSt9terminatev', 'std::terminate(void)', '__assert_fail', '__stack_chk_fail', 'pthread_exit']);

export function isElfNoReturnImport(imp: ImportEntry): boolean {
  return imp.name !== undefined && ELF_NORETURN.has(imp.name.toLowerCase());
}

const STT_FUNC = 2;

/**
 * The image the ELF analysis works on: GOT-slot imports only (PLT stubs are code), and every
 * `.symtab` function symbol (any binding) as a code entry — capa's results list each of them as a
 * function on every ELF sample. `symbolBias` is the load bias (vivisect `addbase`) symbol values get.
 */
export function elfAnalysisImage(image: LoadedImage, symbolBias = 0): LoadedImage {
  const imports = new Map<number, ImportEntry>();
  for (const [va, imp] of image.imports) if (imp.kind !== 'plt') imports.set(va, imp);
  const entries = new Set(image.extraEntryPoints);
  for (const s of image.symbols) {
    if ((s.info & 0xf) !== STT_FUNC || s.va === 0) continue;
    const va = s.va + symbolBias;
    if (va !== image.entryPoint && image.segments.some((g) => g.executable && va >= g.va && va < g.va + g.size)) entries.add(va);
  }
  return { ...image, imports, extraEntryPoints: [...entries].sort((x, y) => x - y) };
}

/** the import slot an indirect `jmp [slot]` goes through, if it is one */
function jmpSlot(a: Analyzer, insn: Insn, gotBase: number | undefined): number | undefined {
  if (insn.flow !== 'jmp') return undefined;
  const op = insn.operands[0];
  let slot: number | undefined;
  if (op?.kind === 'immmem') slot = op.address;
  else if (op?.kind === 'riprel') slot = op.target;
  // i386 PIC stubs: `jmp [ebx+disp]` with ebx = the GOT (vivisect's emulator sets it so)
  else if (op?.kind === 'regmem' && op.baseName === 'ebx' && gotBase !== undefined) slot = (gotBase + op.disp) >>> 0;
  return slot !== undefined && a.image.imports.has(slot) ? slot : undefined;
}

function isEndbr(a: Analyzer, va: number): boolean {
  return a.byteAt(va) === 0xf3 && a.byteAt(va + 1) === 0x0f && a.byteAt(va + 2) === 0x1e && (a.byteAt(va + 3) & 0xfe) === 0xfa;
}

/**
 * make a PLT function; a stub thunking to a no-return import never returns either (vivisect
 * elfplt makeFunctionThunk → checkNoRetApi; the thunk's import is the one its jmp goes through,
 * also behind an `endbr64`)
 */
function makePltFunction(a: Analyzer, fva: number, slot?: number): void {
  a.makeFunction(fva);
  const fn = a.funcs.get(fva);
  const imp = fn?.importThunk ?? (slot !== undefined ? a.image.imports.get(slot) : undefined);
  if (fn && imp && isElfNoReturnImport(imp)) {
    fn.noReturn = true;
    a.noret.add(fva);
  }
}

/**
 * vivisect elfplt over the `.plt*` sections: every instruction is made code (linear sweep; PLT
 * code only flows within the PLT). Functions, as capa's results show them: a classic lazy `.plt`
 * (stubs `jmp [slot]; push n; jmp PLT0`) gets one every 16 bytes, PLT0 included; an IBT `.plt`
 * (trampolines only, the slot jumps live in `.plt.sec`) gets none; `.plt.got` / `.plt.sec` get one
 * per `jmp [slot]` entry (starting at its `endbr`, if any).
 */
export function analyzePltSections(a: Analyzer, image: LoadedImage): void {
  const sections = image.sections ?? [];
  const gotBase = (sections.find((s) => s.name === '.got.plt') ?? sections.find((s) => s.name === '.got'))?.va;
  for (const s of sections) {
    if (s.name !== '.plt' && s.name !== '.plt.got' && s.name !== '.plt.sec') continue;
    if (s.size <= 0 || !a.isExec(s.va)) continue;
    const end = s.va + Math.min(s.size, MAX_PLT_BYTES);
    const slotJumps: number[] = [];
    let va = s.va;
    while (va < end) {
      const loc = a.getLocation(va);
      if (loc === undefined) {
        const insn = a.decode(va);
        if (insn) {
          a.makeOpcode(insn);
          if (jmpSlot(a, insn, gotBase) !== undefined) slotJumps.push(insn.va);
          va += insn.length;
        } else va++;
        continue;
      }
      const op = a.ops.get(loc);
      if (op && loc === va && jmpSlot(a, op, gotBase) !== undefined) slotJumps.push(loc);
      va = loc + (a.locSize.get(loc) ?? 1);
    }
    if (s.name === '.plt') {
      if (slotJumps.length === 0) continue;
      for (let fva = s.va; fva < end; fva += PLT_ENTRY_SIZE) makePltFunction(a, fva);
      continue;
    }
    for (const j of slotJumps) {
      let fva = j; // a `bnd` prefix is part of the jmp itself
      if (fva - 4 >= s.va && isEndbr(a, fva - 4)) fva -= 4;
      const jmp = a.ops.get(j);
      makePltFunction(a, fva, jmp ? jmpSlot(a, jmp, gotBase) : undefined);
    }
  }
}

/** no-return import slots (calls through them cut the fall-through) */
export function markElfNoReturnImports(a: Analyzer, image: LoadedImage): void {
  for (const imp of image.imports.values()) if (imp.kind !== 'plt' && isElfNoReturnImport(imp)) a.noret.add(imp.va);
}

/** the VA of the import slot `__libc_start_main`, if the ELF imports it */
function libcStartMainSlots(image: LoadedImage): Set<number> {
  const out = new Set<number>();
  for (const imp of image.imports.values()) if (imp.kind !== 'plt' && imp.name === '__libc_start_main') out.add(imp.va);
  return out;
}

/** does a call at `insn` reach the import slot (directly, or through a PLT stub's jmp)? */
function callsSlot(a: Analyzer, insn: Insn, slots: Set<number>): boolean {
  for (const x of a.xFrom.get(insn.va) ?? []) {
    if (x.type !== REF_CODE) continue;
    if (slots.has(x.to)) return true;
    for (const y of a.xFrom.get(x.to) ?? []) if (y.type === REF_CODE && slots.has(y.to)) return true;
  }
  return false;
}

const AMD64_ARG_REGS: ReadonlyArray<readonly string[]> = [
  ['rdi', 'edi'], ['rsi', 'esi'], ['rdx', 'edx'], ['rcx', 'ecx'], ['r8', 'r8d'], ['r9', 'r9d'],
];

/**
 * The constant arguments of the call at `call` (index → value), from the straight-line code
 * before it: amd64 the argument registers' last `mov reg, imm` / `lea reg, [rip+x]`; i386 the
 * pushes (the last one is argument 0) of immediates.
 */
export function constantCallArguments(a: Analyzer, call: Insn): Map<number, number> {
  const out = new Map<number, number>();
  const decided = new Set<number>();
  let pushes = 0;
  let va = call.va;
  for (let n = 0; n < MAX_ARG_SEARCH; n++) {
    let prev: Insn | undefined;
    for (let k = 1; k <= 15 && !prev; k++) {
      const i = a.ops.get(va - k);
      if (i && i.va + i.length === va) prev = i;
    }
    if (!prev || prev.flow !== 'seq') break;
    va = prev.va;
    const op0 = prev.operands[0];
    const op1 = prev.operands[1];
    if (a.bits === 64) {
      if (op0?.kind !== 'reg') continue;
      const idx = AMD64_ARG_REGS.findIndex((names) => names.includes(op0.name));
      if (idx < 0 || decided.has(idx)) continue;
      decided.add(idx);
      if (prev.mnemonic === 'mov' && op1?.kind === 'imm' && op1.big === undefined) out.set(idx, op1.value);
      else if (prev.mnemonic === 'lea' && op1?.kind === 'riprel') out.set(idx, op1.target);
      continue;
    }
    if (prev.mnemonic !== 'push') continue;
    if (op0?.kind === 'imm' && op0.big === undefined) out.set(pushes, op0.value);
    if (++pushes >= 7) break;
  }
  return out;
}

/**
 * vivisect libc_start_main: `main` (argument 0 of the call to `__libc_start_main`) becomes a
 * function; so do the `init` / `fini` pointers (arguments 3 and 4), which vivisect's emulation
 * passes make functions of (capa lists even a lone `repz ret` __libc_csu_fini).
 */
export function findLibcStartMain(a: Analyzer, image: LoadedImage): number[] {
  const slots = libcStartMainSlots(image);
  if (slots.size === 0) return [];
  const mains: number[] = [];
  for (const insn of [...a.ops.values()]) {
    if (insn.flow !== 'call' || !callsSlot(a, insn, slots)) continue;
    const args = constantCallArguments(a, insn);
    const main = args.get(0);
    if (main !== undefined && a.isExec(main)) {
      mains.push(main);
      a.makeFunction(main);
    }
    for (const i of [3, 4]) {
      const f = args.get(i);
      if (f !== undefined && a.isExec(f)) a.makeFunction(f);
    }
  }
  return mains;
}

/**
 * vivisect findPointers: aligned pointer-sized values in not-yet-claimed bytes of every memory map
 * that point into mapped memory, as (slot, target) pairs.
 */
export function findPointers(a: Analyzer): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const size = a.psize;
  // envi's archGetPointerAlignment is 1 for i386/amd64: every byte offset is a candidate
  const align = 1;
  for (const seg of a.mem.image.segments) {
    const maxsize = Math.min(seg.size, seg.data.length) - size;
    let offset = 0;
    while (offset + size < maxsize) {
      const va = seg.va + offset;
      const loc = a.getLocation(va);
      if (loc !== undefined) {
        offset = loc + (a.locSize.get(loc) ?? 1) - seg.va;
        if (offset % align) offset = offset - (offset % align) + align;
        continue;
      }
      const x = a.readPtr(va);
      if (x !== undefined && a.isValid(x)) {
        out.push([va, x]);
        offset += size;
        continue;
      }
      offset = offset - (offset % align) + align;
    }
  }
  return out;
}

/** vivisect generic.pointers (the last analysis pass): follow free-hanging pointers */
export function followFreePointers(a: Analyzer): void {
  const done = new Set<number>();
  for (const [, target] of findPointers(a)) {
    // only code can come of it here (string locations matter only inside executable memory too)
    if (done.has(target) || !a.isExec(target)) continue;
    done.add(target);
    if (done.size > MAX_FREE_POINTER_TARGETS) break;
    a.followPointer(target);
  }
}

/**
 * vivisect generic.emucode again over pointer targets nobody has claimed (after the pointer pass
 * found more code, its immediate pointers are candidates too).
 */
export function emucodePass(a: Analyzer, maxRounds = 64): void {
  const tried = new Set<number>();
  for (let round = 0; round < maxRounds; round++) {
    const docode: number[] = [];
    for (const [to, xs] of a.xTo) {
      if (tried.has(to) || a.getLocation(to) !== undefined || !a.isExec(to)) continue;
      if (!xs.some((x) => x.type === REF_PTR)) continue;
      tried.add(to);
      if (a.emulateLooksGood(to)) docode.push(to);
    }
    if (docode.length === 0) return;
    docode.sort((x, y) => x - y);
    for (const va of docode) if (a.getLocation(va) === undefined) a.makeFunction(va);
  }
}

/** location type for the ELF header structure vivisect lays over the base (not code, not a pointer) */
const LOC_STRUCT = 7;

/**
 * vivisect lays the ELF header structure over the base address when it is mapped, so nothing
 * (an `__entry` export of 0, a pointer into the header) becomes code there.
 */
export function claimElfHeader(a: Analyzer, image: LoadedImage): void {
  const base = image.baseAddress;
  if (!a.isValid(base) || a.getLocation(base) !== undefined) return;
  a.addLocation(base, image.arch === 'amd64' ? 64 : 52, LOC_STRUCT);
}

/** Analyse a loaded ELF image the way capa's vivisect backend does (PLT, entry points, main). */
export function analyzeElfImage(image: LoadedImage, opts: AnalyzeOptions & { symbolBias?: number } = {}): Program {
  const a = new Analyzer(elfAnalysisImage(image, opts.symbolBias ?? 0), opts);
  markElfNoReturnImports(a, image);
  claimElfHeader(a, image);
  analyzePltSections(a, image);
  a.run();
  findLibcStartMain(a, image);
  followFreePointers(a);
  emucodePass(a);
  return a.toProgram();
}
