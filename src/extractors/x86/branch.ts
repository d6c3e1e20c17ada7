// Allocation-free view of an instruction's one non-fall-through branch, as the analysis'
// `branchesOf` lists it (vivisect `getBranches()` without an emulator). The feature hot paths
// (cross section flow, tight loop, loop edges) run on every branch instruction of the sample, and
// only ever need this single entry; tests check it against `branchesOf` instruction by instruction.

import { BR_COND, BR_DEREF, BR_PROC, BR_TABLE } from '../../analysis/branches.js';
import { IF_BRANCH, IF_CALL, IF_COND, type Insn } from '../../analysis/insn.js';

/** BR_* flags of `insn`'s non-fall-through branch, or -1 when it has none */
export function branchFlags(insn: Insn): number {
  const ops = insn.operands;
  if (ops.length === 0) return -1;
  const fl = insn.flags;
  let flags: number;
  if (fl & IF_CALL) flags = BR_PROC;
  else if (fl & IF_COND && fl & IF_BRANCH) flags = BR_COND;
  else if (fl & IF_BRANCH) {
    const op0 = ops[0]!;
    if (op0.kind === 'sib' && op0.scale === 4 && op0.index !== 0) return BR_DEREF | BR_TABLE;
    flags = 0;
  } else return -1;
  const k = ops[0]!.kind;
  return k === 'immmem' || k === 'riprel' || k === 'sib' || k === 'regmem' ? flags | BR_DEREF : flags;
}

/**
 * va of `insn`'s non-fall-through branch (undefined when it has none, or when it is dynamic:
 * `call eax`, `jmp [ebx+4]`).
 */
export function branchTarget(insn: Insn): number | undefined {
  const ops = insn.operands;
  if (ops.length === 0) return undefined;
  const fl = insn.flags;
  const op0 = ops[0]!;
  if (!(fl & IF_CALL) && !(fl & IF_COND && fl & IF_BRANCH)) {
    if (!(fl & IF_BRANCH)) return undefined;
    if (op0.kind === 'sib' && op0.scale === 4 && op0.index !== 0) return op0.base === 0 ? op0.disp >>> 0 : undefined;
  }
  switch (op0.kind) {
    case 'pcrel':
      return op0.target;
    case 'immmem':
      return op0.address;
    case 'riprel':
      return op0.target;
    case 'sib':
      return op0.base === 0 && op0.index === 0 ? op0.disp >>> 0 : undefined;
    case 'imm':
      return op0.value;
    default:
      return undefined;
  }
}
