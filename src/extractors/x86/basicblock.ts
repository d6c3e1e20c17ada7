// Basic-block-scope features (capa-semantics.md §4.5): `basic block`, `tight loop` (the last
// instruction branches conditionally back to the block start) and `stack string` (more than 8
// printable bytes moved as immediates into ebp/esp-based memory).

import { BR_COND } from '../../analysis/branches.js';
import type { Insn } from '../../analysis/insn.js';
import type { BasicBlock } from '../../analysis/program.js';
import { absolute, type Address } from '../../features/address.js';
import { branchFlags, branchTarget } from './branch.js';
import type { X86Context } from './context.js';
import type { LocatedSink } from './insn.js';
import { isPrintableByte } from './memory.js';

/** capa MIN_STACKSTRING_LEN: the count must exceed this */
const MIN_STACKSTRING_LEN = 8;
const STACK_BASES = new Set(['ebp', 'rbp', 'esp', 'rsp']);

export function hasTightLoop(bb: BasicBlock): boolean {
  const last = bb.insns[bb.insns.length - 1];
  if (!last) return false;
  // the fall-through is never conditional: only the branch proper can close the loop
  const fl = branchFlags(last);
  return fl >= 0 && (fl & BR_COND) !== 0 && branchTarget(last) === bb.va;
}

/**
 * Characters an immediate contributes: its width when every little-endian byte is printable, half
 * of it when it is printable UTF-16LE (odd bytes NUL, e.g. `mov dword [rsp+0x38], 0x5c003a`), else 0.
 */
function printableLen(value: number, big: bigint | undefined, width: number): number {
  if (width !== 1 && width !== 2 && width !== 4 && width !== 8) return 0;
  let ascii = true;
  let utf16 = true;
  for (let i = 0; i < width; i++) {
    // little-endian byte i (values above 2^53 come as bigint)
    const b = big !== undefined ? Number((big >> BigInt(8 * i)) & 0xffn) : Math.floor(value / 2 ** (8 * i)) % 256;
    if (!isPrintableByte(b)) ascii = false;
    if (i % 2 === 1 ? b !== 0 : !isPrintableByte(b)) utf16 = false;
    if (!ascii && !utf16) return 0;
  }
  if (ascii) return width;
  if (utf16) return width / 2;
  return 0;
}

function movImmToStackLen(insn: Insn): number {
  if (!insn.mnemonic.startsWith('mov') || insn.operands.length !== 2) return 0;
  const dst = insn.operands[0]!;
  const src = insn.operands[1]!;
  if (src.kind !== 'imm') return 0;
  let base: string | undefined;
  if (dst.kind === 'regmem') base = dst.baseName;
  else if (dst.kind === 'sib') base = dst.baseName;
  else return 0;
  if (base === undefined || !STACK_BASES.has(base)) return 0;
  return printableLen(src.value, src.big, src.width);
}

export function hasStackString(bb: BasicBlock): boolean {
  let count = 0;
  const insns = bb.insns;
  for (let i = 0; i < insns.length; i++) {
    count += movImmToStackLen(insns[i]!);
    if (count > MIN_STACKSTRING_LEN) return true;
  }
  return false;
}

export function extractBasicBlockFeatures(ctx: X86Context, bb: BasicBlock, out: LocatedSink, at: Address = absolute(bb.va)): void {
  out.push({ feature: ctx.feature('basic block', null), address: at });
  if (hasTightLoop(bb)) out.push({ feature: ctx.characteristic('tight loop'), address: at });
  if (hasStackString(bb)) out.push({ feature: ctx.characteristic('stack string'), address: at });
}
