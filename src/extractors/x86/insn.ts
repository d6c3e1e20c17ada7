// Instruction-scope features of x86/x64 code as capa's vivisect backend extracts them
// (capa-semantics.md §4.6). Every quirk that decides whether real rules match is reproduced:
// unsigned immediates, readable-address suppression, `add esp` skip, small `add` offsets, SIB
// always → offset (absolute-only SIB → 0), RegMem with esp/ebp base → nothing, `lea` disp also a
// number, pointer-chain strings/bytes, thunk-chain api resolution, the security-cookie exemption.

import { BR_DEREF, BR_PROC } from '../../analysis/branches.js';
import { IF_NOFALL, IF_RET, PREFIX_FS, PREFIX_GS, type Insn, type Operand } from '../../analysis/insn.js';
import { REF_CODE, type BasicBlock, type FunctionInfo } from '../../analysis/program.js';
import { absolute, type Address } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import type { Feature } from '../../features/feature.js';
import { branchTarget } from './branch.js';
import type { X86Context } from './context.js';

/** where features are appended: an array, or the extractor's reusable buffer */
export interface LocatedSink {
  push(l: Located): unknown;
}

/** capa THUNK_CHAIN_DEPTH_DELTA */
const THUNK_CHAIN_DEPTH = 5;
/** capa MAX_STRUCTURE_SIZE: `add reg, imm` below this is also an offset */
const MAX_STRUCTURE_SIZE = 0x10000;
/** capa SECURITY_COOKIE_BYTES_DELTA */
const SECURITY_COOKIE_BYTES_DELTA = 0x40;
/** bound on the backwards register search (hostile input) */
const MAX_DEFINITION_SEARCH = 0x4000;

// all prefixes vivisect names in getPrefixName()
const NAMED_PREFIXES = 0x3f7;

const DESTRUCTIVE = new Set(['mov', 'lea', 'pop', 'xor']);
const XORS = new Set(['xor', 'xorpd', 'xorps', 'pxor']);

/** first code xref from va (capa viv helpers.get_coderef_from) */
export function coderefFrom(ctx: X86Context, va: number): number | undefined {
  // the unfiltered list is the program's own array; a typed query would copy it
  const xs = ctx.program.xrefsFrom(va);
  for (let k = 0; k < xs.length; k++) if (xs[k]!.type === REF_CODE) return xs[k]!.to;
  return undefined;
}

function operandEquals(a: Operand, b: Operand): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'reg':
      return a.reg === (b as typeof a).reg;
    case 'imm':
      return a.value === (b as typeof a).value && a.big === (b as typeof a).big;
    case 'immmem':
      return a.address === (b as typeof a).address && a.width === (b as typeof a).width;
    case 'regmem':
      return a.base === (b as typeof a).base && a.disp === (b as typeof a).disp && a.width === (b as typeof a).width;
    case 'sib': {
      const s = b as typeof a;
      return a.base === s.base && a.index === s.index && a.scale === s.scale && a.disp === s.disp && a.width === s.width;
    }
    case 'pcrel':
      return a.target === (b as typeof a).target;
    case 'riprel':
      return a.target === (b as typeof a).target && a.width === (b as typeof a).width;
  }
}

/** vivisect i386SibOper.imm: the absolute part, only present when there is no base register */
function sibAbsolute(ctx: X86Context, op: Operand & { kind: 'sib' }): number | undefined {
  if (op.base !== 0) return undefined;
  if (ctx.bitness === 32) return op.disp >>> 0;
  return op.disp < 0 ? undefined : op.disp;
}

// ---------------------------------------------------------------------------------------------
// api

function emitImportApi(ctx: X86Context, slot: number, at: Address, out: LocatedSink): void {
  const fs = ctx.apiFeaturesForImport(slot);
  for (let k = 0; k < fs.length; k++) out.push({ feature: fs[k]!, address: at });
}

/** append the local-flow predecessors of va to `out` */
function pushPredecessors(ctx: X86Context, f: FunctionInfo, va: number, out: number[]): void {
  const prev = ctx.prevInsn(f, va);
  if (prev && !(prev.flags & IF_NOFALL)) out.push(prev.va);
  const xs = ctx.program.xrefsTo(va);
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    // calls and pointer derefs are not local flow (vivisect FAR_BRANCH_MASK)
    if (x.type !== REF_CODE || (x.flags & (BR_PROC | BR_DEREF)) !== 0) continue;
    out.push(x.from);
  }
}

/** capa indirect_calls.find_definition: the constant loaded into `reg` before va, if any */
function findRegisterDefinition(ctx: X86Context, f: FunctionInfo, va: number, reg: number): number | undefined {
  const q: number[] = [];
  pushPredecessors(ctx, f, va, q);
  const seen = new Set<number>();
  let head = 0;
  while (head < q.length && seen.size < MAX_DEFINITION_SEARCH) {
    const cur = q[head++]!;
    if (seen.has(cur)) continue;
    seen.add(cur);
    const insn = ctx.program.insnAt(cur);
    if (!insn) continue;
    const op0 = insn.operands[0];
    if (!op0 || op0.kind !== 'reg' || op0.reg !== reg || !DESTRUCTIVE.has(insn.mnemonic)) {
      pushPredecessors(ctx, f, cur, q);
      continue;
    }
    if (insn.mnemonic !== 'mov') return undefined;
    const op1 = insn.operands[1];
    if (!op1) return undefined;
    if (op1.kind === 'imm') return op1.big === undefined ? op1.value : undefined;
    if (op1.kind === 'immmem') return op1.address;
    if (op1.kind === 'riprel') return op1.target;
    return undefined;
  }
  return undefined;
}

/**
 * api features of a direct call/jmp whose code xref leads to `target`: ELF symbols of the target,
 * then its FLIRT library name, else the import reached through a chain of up to THUNK_CHAIN_DEPTH
 * thunks (cached per target).
 */
function directBranchApis(ctx: X86Context, target: number): Feature[] {
  const out: Feature[] = [];
  for (const name of ctx.elfFunctionSymbols(target)) out.push(ctx.feature('api', name));
  // a FLIRT library function: its name, and the name without a leading `_` (capa: some linkers
  // prefix `_`), and nothing else
  const lib = ctx.program.libraryFunctions.get(target);
  if (lib !== undefined) {
    out.push(ctx.feature('api', lib));
    if (lib.startsWith('_')) out.push(ctx.feature('api', lib.slice(1)));
    return out;
  }
  const mem = ctx.program.mem;
  for (let i = 0; i < THUNK_CHAIN_DEPTH; i++) {
    if (ctx.program.importAt(target) !== undefined) {
      for (const f of ctx.apiFeaturesForImport(target)) out.push(f);
      break;
    }
    // skip an ENDBR32/64 at the thunk
    if (mem.u8(target) === 0xf3 && mem.u8(target + 1) === 0x0f && mem.u8(target + 2) === 0x1e) target += 4;
    const next = coderefFrom(ctx, target);
    if (next === undefined) break;
    target = next;
  }
  return out;
}

function extractApi(ctx: X86Context, f: FunctionInfo, insn: Insn, at: Address, out: LocatedSink): void {
  const m = insn.mnemonic;
  if (m !== 'call' && m !== 'jmp') return;
  if (m === 'jmp' && f.isThunk) return;
  const op0 = insn.operands[0];
  if (!op0) return;
  switch (op0.kind) {
    case 'immmem':
      emitImportApi(ctx, op0.address, at, out);
      return;
    case 'riprel':
      emitImportApi(ctx, op0.target, at, out);
      return;
    case 'pcrel': {
      const target = coderefFrom(ctx, insn.va);
      if (target === undefined) return;
      const fs = ctx.directBranchApis(target, directBranchApis);
      for (let k = 0; k < fs.length; k++) out.push({ feature: fs[k]!, address: at });
      return;
    }
    case 'reg': {
      if (m !== 'call') return;
      const target = findRegisterDefinition(ctx, f, insn.va, op0.reg);
      if (target !== undefined) emitImportApi(ctx, target, at, out);
      return;
    }
    default:
      return;
  }
}

// ---------------------------------------------------------------------------------------------
// bytes / strings

function extractBytes(ctx: X86Context, insn: Insn, at: Address, out: LocatedSink): void {
  if (insn.mnemonic === 'call') return;
  const ops = insn.operands;
  for (let k = 0; k < ops.length; k++) {
    const op = ops[k]!;
    let v: number | undefined;
    if (op.kind === 'imm') v = op.big === undefined ? op.value : undefined;
    else if (op.kind === 'regmem') v = op.disp;
    else if (op.kind === 'sib') v = sibAbsolute(ctx, op);
    else if (op.kind === 'riprel') v = op.target;
    if (v === undefined) continue;
    const ps = ctx.probe.derefs(v);
    for (let j = 0; j < ps.length; j++) {
      const p = ps[j]!;
      const buf = ctx.probe.bytesAt(p);
      if (buf) out.push({ feature: ctx.bytesFeature(p, buf), address: at });
    }
  }
}

function extractOperandString(ctx: X86Context, op: Operand, at: Address, out: LocatedSink): void {
  let v: number | undefined;
  if (op.kind === 'imm') v = op.big === undefined ? op.value : undefined;
  else if (op.kind === 'immmem') v = op.address;
  else if (op.kind === 'sib') v = sibAbsolute(ctx, op);
  else if (op.kind === 'riprel') v = op.target;
  if (v === undefined) return;
  const ps = ctx.probe.derefs(v);
  for (let j = 0; j < ps.length; j++) {
    const s = ctx.probe.readString(ps[j]!);
    if (s !== null && s.length >= 4) out.push({ feature: ctx.stringFeature(s), address: at });
  }
}

// ---------------------------------------------------------------------------------------------
// characteristics

function isSecurityCookie(ctx: X86Context, f: FunctionInfo, bb: BasicBlock, insn: Insn): boolean {
  const op1 = insn.operands[1];
  if (op1 && op1.kind === 'reg' && op1.reg !== ctx.spReg && op1.reg !== ctx.bpReg) return false;
  const bb0 = f.blocks[0];
  if (bb0 && bb0.va === bb.va && insn.va < bb.va + SECURITY_COOKIE_BYTES_DELTA) return true;
  const last = bb.insns[bb.insns.length - 1];
  if (last && last.flags & IF_RET && insn.va > bb.va + bb.size - SECURITY_COOKIE_BYTES_DELTA) return true;
  return false;
}

function extractNzxor(ctx: X86Context, f: FunctionInfo, bb: BasicBlock, insn: Insn, at: Address, out: LocatedSink): void {
  if (!XORS.has(insn.mnemonic)) return;
  const a = insn.operands[0];
  const b = insn.operands[1];
  if (!a || !b || operandEquals(a, b)) return;
  if (isSecurityCookie(ctx, f, bb, insn)) return;
  out.push({ feature: ctx.characteristic('nzxor'), address: at });
}

function extractPebAccess(ctx: X86Context, insn: Insn, at: Address, out: LocatedSink): void {
  if (insn.mnemonic !== 'push' && insn.mnemonic !== 'mov') return;
  if (insn.prefixes & PREFIX_FS) {
    for (const op of insn.operands) {
      if ((op.kind === 'regmem' && op.disp === 0x30) || (op.kind === 'immmem' && op.address === 0x30)) {
        out.push({ feature: ctx.characteristic('peb access'), address: at });
      }
    }
  } else if (insn.prefixes & PREFIX_GS) {
    for (const op of insn.operands) {
      if (
        (op.kind === 'regmem' && op.disp === 0x60) ||
        (op.kind === 'sib' && sibAbsolute(ctx, op) === 0x60) ||
        (op.kind === 'immmem' && op.address === 0x60)
      ) {
        out.push({ feature: ctx.characteristic('peb access'), address: at });
      }
    }
  }
}

function extractCrossSection(ctx: X86Context, insn: Insn, at: Address, out: LocatedSink): void {
  if (insn.operands.length === 0 || insn.flow === 'seq' || insn.flow === 'ret' || insn.flow === 'stop') return;
  // only the (single) non-fall-through branch can leave the section
  const va = branchTarget(insn);
  if (va === undefined) return;
  if (insn.mnemonic === 'call') {
    const op0 = insn.operands[0]!;
    // calls through the IAT are expected to leave the section
    if (op0.kind === 'immmem' && ctx.isImport(op0.address)) return;
    if (op0.kind === 'riprel' && ctx.isImport(op0.target)) return;
  }
  const mem = ctx.program.mem;
  const from = mem.segmentOf(insn.va);
  const to = mem.segmentOf(va);
  if (!from || !to) return;
  if (from !== to) out.push({ feature: ctx.characteristic('cross section flow'), address: at });
}

function extractSegmentAccess(ctx: X86Context, insn: Insn, at: Address, out: LocatedSink): void {
  const p = insn.prefixes & NAMED_PREFIXES;
  if (p === PREFIX_FS) out.push({ feature: ctx.characteristic('fs access'), address: at });
  if (p === PREFIX_GS) out.push({ feature: ctx.characteristic('gs access'), address: at });
}

function extractCalls(ctx: X86Context, f: FunctionInfo, insn: Insn, at: Address, out: LocatedSink): void {
  if (insn.mnemonic !== 'call') return;
  const op0 = insn.operands[0];
  if (!op0) return;
  let target: number | undefined;
  if (op0.kind === 'immmem') target = op0.address;
  else if (op0.kind === 'pcrel') target = op0.target;
  else if (op0.kind === 'riprel') target = op0.target;
  if (target !== undefined && target >= 0) {
    const ta = absolute(target);
    out.push({ feature: ctx.characteristic('calls from'), address: ta });
    if (target !== 0 && target === f.va) out.push({ feature: ctx.characteristic('recursive call'), address: ta });
  }
  if (op0.kind === 'reg' || op0.kind === 'regmem' || op0.kind === 'sib') {
    out.push({ feature: ctx.characteristic('indirect call'), address: at });
  }
  // call $+5
  const t = op0.kind === 'pcrel' ? op0.target : op0.kind === 'immmem' ? op0.address : op0.kind === 'riprel' ? op0.target : undefined;
  if (t !== undefined && t === insn.va + 5) out.push({ feature: ctx.characteristic('call $+5'), address: at });
}

// ---------------------------------------------------------------------------------------------
// numbers and offsets

// vivisect's amd64 decoder does not sign-extend the imm32 of `mov r/m64, imm32` (C7 /0):
// `mov qword [rbx], -2` → 0xfffffffe, while `cmp rdx, -0x1000` (81 /7) → 0xfffffffffffff000
const IMM32_OPCODES = new Set([0xc7]);

/**
 * The immediate as vivisect reports it (see IMM32_OPCODES); 8-bit immediates are always
 * sign-extended to the operand width (`cmp rax, -1` → 0xffffffffffffffff).
 */
export function vivImmValue(ctx: X86Context, insn: Insn, op: Operand & { kind: 'imm' }): number | bigint {
  if (op.big === undefined) return op.value;
  if (ctx.bitness === 64 && op.width === 8) {
    const b = ctx.program.mem.read(insn.va, Math.min(insn.length, 15));
    let i = 0;
    while (i < b.length && (b[i] === 0x66 || b[i] === 0x67 || b[i] === 0xf2 || b[i] === 0xf3 || b[i] === 0x2e ||
      b[i] === 0x36 || b[i] === 0x3e || b[i] === 0x26 || b[i] === 0x64 || b[i] === 0x65 || b[i] === 0xf0)) i++;
    if (i < b.length && (b[i]! & 0xf0) === 0x40) i++;
    if (i < b.length && IMM32_OPCODES.has(b[i]!)) return Number(op.big & 0xffffffffn);
  }
  return op.big;
}

function extractOperandNumbers(ctx: X86Context, insn: Insn, i: number, op: Operand, at: Address, out: LocatedSink): void {
  if (op.kind === 'imm' || op.kind === 'immmem') {
    const v = op.kind === 'imm' ? vivImmValue(ctx, insn, op) : op.address;
    if (typeof v === 'number' && ctx.probe.isReadable(v)) return;
    const add = insn.mnemonic === 'add';
    if (add) {
      const op0 = insn.operands[0];
      if (op0 && op0.kind === 'reg' && op0.reg === ctx.spReg) return;
    }
    out.push({ feature: ctx.numberFeature(v), address: at });
    out.push({ feature: ctx.operandNumberFeature(i, v), address: at });
    if (add && op.kind === 'imm' && v > 0 && v < MAX_STRUCTURE_SIZE) {
      out.push({ feature: ctx.offsetFeature(v), address: at });
      out.push({ feature: ctx.operandOffsetFeature(i, v), address: at });
    }
  } else if (op.kind === 'regmem') {
    if (op.base === ctx.spReg || op.base === ctx.bpReg) return;
    const v = op.disp;
    out.push({ feature: ctx.offsetFeature(v), address: at });
    out.push({ feature: ctx.operandOffsetFeature(i, v), address: at });
    if (insn.mnemonic === 'lea' && i === 1 && !ctx.probe.isReadable(v)) {
      out.push({ feature: ctx.numberFeature(v), address: at });
      out.push({ feature: ctx.operandNumberFeature(i, v), address: at });
    }
  } else if (op.kind === 'sib') {
    // vivisect keeps an absolute-only SIB address in `imm`, leaving disp 0
    const v = op.base === 0 ? 0 : op.disp;
    out.push({ feature: ctx.offsetFeature(v), address: at });
    out.push({ feature: ctx.operandOffsetFeature(i, v), address: at });
  }
}

// ---------------------------------------------------------------------------------------------

/** Append the features of one instruction (capa's handler order) to `out`. */
export function extractInsnFeatures(ctx: X86Context, f: FunctionInfo, bb: BasicBlock, insn: Insn, out: LocatedSink, at: Address = absolute(insn.va)): void {
  extractApi(ctx, f, insn, at, out);
  extractBytes(ctx, insn, at, out);
  extractNzxor(ctx, f, bb, insn, at, out);
  out.push({ feature: ctx.mnemonicFeature(insn.mnemonic), address: at });
  extractPebAccess(ctx, insn, at, out);
  extractCrossSection(ctx, insn, at, out);
  extractSegmentAccess(ctx, insn, at, out);
  extractCalls(ctx, f, insn, at, out);
  const ops = insn.operands;
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    extractOperandNumbers(ctx, insn, i, op, at, out);
    extractOperandString(ctx, op, at, out);
  }
}
