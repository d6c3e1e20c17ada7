// Branch lists in vivisect's envi semantics (`Opcode.getBranches()` without an emulator). Both the
// code-flow analysis and capa's `loop` feature (which inspects the last instruction of each block)
// are defined in terms of these.

import { IF_BRANCH, IF_CALL, IF_COND, IF_NOFALL, type Insn } from './insn.js';

export const BR_PROC = 0x01; // procedural branch (call)
export const BR_COND = 0x02; // conditional branch / jump-table case
export const BR_DEREF = 0x04; // target is the address of a pointer to the destination
export const BR_TABLE = 0x08; // target is the base of a jump table
export const BR_FALL = 0x10; // fall-through to the next instruction

export interface Branch {
  /** undefined for dynamic targets (`call eax`, `jmp [ebx+4]`) */
  readonly va: number | undefined;
  readonly flags: number;
}

/**
 * vivisect's branch list of an instruction: the fall-through first (unless NOFALL), then for
 * call/jmp/jcc the target: PcRel → target; `[abs]`/`[rip+x]` → the slot with BR_DEREF;
 * `jmp [index*4+table]` → the table base with BR_DEREF|BR_TABLE; register-based → undefined.
 */
export function branchesOf(insn: Insn): Branch[] {
  const out: Branch[] = [];
  if (!(insn.flags & IF_NOFALL)) out.push({ va: insn.va + insn.length, flags: BR_FALL });
  const ops = insn.operands;
  if (ops.length === 0) return out;
  let flags = 0;
  let addb = false;
  if (insn.flags & IF_CALL) {
    flags |= BR_PROC;
    addb = true;
  } else if (insn.flags & IF_COND && insn.flags & IF_BRANCH) {
    flags |= BR_COND;
    addb = true;
  } else if (insn.flags & IF_BRANCH) {
    const op0 = ops[0]!;
    if (op0.kind === 'sib' && op0.scale === 4 && op0.index !== 0) {
      // no emulator: only the constant part of the address is known
      const base = op0.base === 0 ? op0.disp >>> 0 : 0;
      out.push({ va: op0.base === 0 ? base : undefined, flags: flags | BR_DEREF | BR_TABLE });
    } else addb = true;
  }
  if (addb) {
    const op0 = ops[0]!;
    switch (op0.kind) {
      case 'pcrel':
        out.push({ va: op0.target, flags });
        break;
      case 'immmem':
        out.push({ va: op0.address, flags: flags | BR_DEREF });
        break;
      case 'riprel':
        out.push({ va: op0.target, flags: flags | BR_DEREF });
        break;
      case 'sib':
        out.push({ va: op0.base === 0 && op0.index === 0 ? op0.disp >>> 0 : undefined, flags: flags | BR_DEREF });
        break;
      case 'regmem':
        out.push({ va: undefined, flags: flags | BR_DEREF });
        break;
      case 'imm':
        out.push({ va: op0.value, flags });
        break;
      default:
        out.push({ va: undefined, flags });
    }
  }
  return out;
}
