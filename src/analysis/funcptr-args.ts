// vivisect's function emulation (analysis/i386/calling, amd64/emulation) reports every call to an
// API whose import-API definition types an argument as `funcptr`: when that argument is a valid
// address that is not yet a location, vivisect makes a function there. This is how thread start
// routines (`CreateThread(…, lpStartAddress, …)`) become functions even when no emulation probe of
// the pointer would accept them (a thread loop that never returns).
//
// Without an emulator the argument value is recovered statically from the call's basic block:
// i386 stack arguments from the pushes before the call, amd64 register arguments from the last
// write to rcx/rdx/r8/r9.

import { REG, regFull, type Insn } from './insn.js';

/**
 * lower-case `dll.name` → index of the argument vivisect's impapi (impapi/windows/*.py) types
 * `funcptr` (the entries checked against those tables)
 */
const FUNCPTR_ARG: ReadonlyMap<string, number> = new Map([
  ['kernel32.createthread', 2],
  ['user32.drawstatea', 2],
  ['user32.drawstatew', 2],
  ['user32.enumchildwindows', 1],
  ['user32.enumdesktopwindows', 1],
  ['user32.enumdesktopsa', 1],
  ['user32.enumdesktopsw', 1],
  ['user32.enumpropsa', 1],
  ['user32.enumpropsw', 1],
  ['user32.enumpropsexa', 1],
  ['user32.enumpropsexw', 1],
  ['user32.enumthreadwindows', 1],
  ['user32.enumwindowstationsa', 0],
  ['user32.enumwindowstationsw', 0],
  ['user32.enumwindows', 0],
]);

export function funcptrArgIndex(dll: string, name: string | undefined): number | undefined {
  if (name === undefined) return undefined;
  return FUNCPTR_ARG.get(`${dll}.${name}`.toLowerCase());
}

const AMD64_ARG_REGS = [REG.RCX, REG.RDX, REG.R8, REG.R9];

/** writes `reg` (full-register match) as its first operand */
function writesReg(insn: Insn, full: number): boolean {
  const op0 = insn.operands[0];
  if (!op0 || op0.kind !== 'reg' || regFull(op0.reg) !== full) return false;
  const m = insn.mnemonic;
  return m !== 'push' && m !== 'cmp' && m !== 'test' && !m.startsWith('j');
}

/** constant value written by `mov reg, imm` / `lea reg, [abs|rip+x]`, else undefined */
function constantWritten(insn: Insn): number | undefined {
  const src = insn.operands[1];
  if (!src) return undefined;
  if (insn.mnemonic === 'mov' && src.kind === 'imm' && src.big === undefined) return src.value;
  if (insn.mnemonic === 'lea') {
    if (src.kind === 'riprel') return src.target;
    if (src.kind === 'immmem') return src.address;
  }
  return undefined;
}

/** value of register `full` at index `at` of `insns` (exclusive), from the last write before it */
function regValueBefore(insns: readonly Insn[], at: number, full: number): number | undefined {
  for (let k = at - 1; k >= 0; k--) {
    const i = insns[k]!;
    if (i.flow === 'call') return undefined; // clobbered by the callee
    if (writesReg(i, full)) return constantWritten(i);
  }
  return undefined;
}

/**
 * The constant value of argument `index` of the call `insns[callIdx]`, when the call's block sets it
 * from an immediate/address; `insns` is the block's instruction list.
 */
export function callArgValue(insns: readonly Insn[], callIdx: number, index: number, bits: 32 | 64): number | undefined {
  if (bits === 64) {
    const reg = AMD64_ARG_REGS[index];
    if (reg === undefined) return undefined;
    return regValueBefore(insns, callIdx, regFull(reg));
  }
  let pushes = 0;
  for (let k = callIdx - 1; k >= 0; k--) {
    const i = insns[k]!;
    if (i.mnemonic === 'push') {
      if (pushes === index) {
        const op = i.operands[0];
        if (!op) return undefined;
        if (op.kind === 'imm') return op.big === undefined ? op.value : undefined;
        if (op.kind === 'reg') return regValueBefore(insns, k, regFull(op.reg));
        return undefined;
      }
      pushes++;
      continue;
    }
    // anything else that moves the stack pointer makes the count unreliable
    if (i.flow === 'call' || i.mnemonic === 'pop' || i.mnemonic.startsWith('pusha') || i.mnemonic.startsWith('popa')) return undefined;
    const op0 = i.operands[0];
    if (op0 && op0.kind === 'reg' && regFull(op0.reg) === REG.RSP) return undefined;
  }
  return undefined;
}
