// Decoded x86/x64 instruction model, shaped after vivisect's envi opcode objects so that capa's
// instruction features (spec §4.6) can be computed from it without touching iced-x86.
//
// iced objects live in WASM memory and are never garbage-collected, so one Decoder per segment and a
// single reusable Instruction are kept per `InsnDecoder`; everything handed out is a plain JS object.
//
// Mapping iced → vivisect:
// * mnemonic: iced's name lower-cased, with vivisect's spellings of condition codes
//   (je→jz, jne→jnz, jb→jc, jae→jnc, jp→jpe, jnp→jpo; same for setcc/cmovcc), loope→loopz,
//   loopne→loopnz, xlatb→xlat, iretd→iret, far direct call→callf. `ret` stays `ret` (vivisect names
//   both C3 and C2 `ret`; `retn` never occurs in vivisect output), F1 is `int1`.
//   String instructions keep the size-suffixed name (movsb/movsd/stosd/scasb…); a rep prefix is NOT
//   part of the mnemonic (vivisect keeps it in `prefixes`), see `PREFIX_*`.
// * operands (vivisect operand classes):
//   - Reg    register operand                          → { kind:'reg', reg, name, width }
//   - Imm    immediate, unsigned at operand width after sign-extension (`push -1` → 0xffffffff)
//   - ImmMem `[abs]` without SIB (incl. moffs forms)   → { kind:'immmem', address }
//   - RegMem `[reg+disp]` without SIB byte, disp signed → { kind:'regmem', base, disp }
//   - Sib    any ModRM with a SIB byte: has an index, or base esp/rsp/r12, or a 64-bit `[abs]`
//   - PcRel  relative branch target                    → { kind:'pcrel', target }
//   - RipRel `[rip+disp]`                              → { kind:'riprel', target, disp }
//   Implicit string operands (movs/stos/lods/scas/cmps) are dropped: vivisect lists none.
// * flags: envi IF_* bits. vivisect marks ret/iret (NOFALL|RET), jmp (NOFALL|BRANCH), jcc/loop/jecxz
//   (BRANCH|COND), call (CALL), and hlt, int3, int n, int1, into, ud0/1/2 as NOFALL.

import { Code, Decoder, EncodingKind, FlowControl, DecoderOptions, Instruction, Mnemonic, OpKind, Register, RegisterExt, MemorySizeExt, MemorySize } from 'iced-x86';
import { enviRejects } from './envi-invalid.js';
import type { Memory, Segment } from '../formats/image.js';
// hidden classes of instruction/operand/analysis records: see shapes.ts
import './shapes.js';

export const IF_NOFALL = 0x01;
export const IF_PRIV = 0x02;
export const IF_CALL = 0x04;
export const IF_BRANCH = 0x08;
export const IF_RET = 0x10;
export const IF_COND = 0x20;

export const PREFIX_LOCK = 0x01;
export const PREFIX_REP = 0x02; // F3 on a string instruction (rep / repe / repz)
export const PREFIX_REPNE = 0x04; // F2 on a string instruction
export const PREFIX_CS = 0x10;
export const PREFIX_SS = 0x20;
export const PREFIX_DS = 0x40;
export const PREFIX_ES = 0x80;
export const PREFIX_FS = 0x100;
export const PREFIX_GS = 0x200;

/** coarse control-flow class of an instruction */
export type FlowKind =
  | 'seq' // falls through, no branch
  | 'call' // call (direct or indirect); falls through
  | 'jmp' // unconditional jump (direct or indirect); no fall-through
  | 'cjmp' // conditional branch incl. loop/jecxz; falls through
  | 'ret' // ret/retf/iret
  | 'stop'; // hlt, int3, int n, ud2, …: no fall-through, no target

export interface RegOperand {
  readonly kind: 'reg';
  /** iced `Register` value */
  readonly reg: number;
  /** lower-case register name ('eax', 'r12d', 'xmm0', 'fs') */
  readonly name: string;
  /** bytes */
  readonly width: number;
}
export interface ImmOperand {
  readonly kind: 'imm';
  /** unsigned at `width` after sign-extension; exact when < 2^53 */
  readonly value: number;
  /** exact value, set only when `value` is not exactly representable (64-bit immediates ≥ 2^53) */
  readonly big?: bigint;
  readonly width: number;
}
export interface ImmMemOperand {
  readonly kind: 'immmem';
  /** absolute address `[abs]` */
  readonly address: number;
  readonly width: number;
}
export interface RegMemOperand {
  readonly kind: 'regmem';
  readonly base: number;
  readonly baseName: string;
  /** signed displacement */
  readonly disp: number;
  readonly width: number;
}
export interface SibOperand {
  readonly kind: 'sib';
  /** iced Register.None (0) when absent */
  readonly base: number;
  readonly baseName?: string;
  readonly index: number;
  readonly indexName?: string;
  readonly scale: number;
  /** signed displacement; with no base register this is the absolute part (use `disp >>> 0` in 32-bit) */
  readonly disp: number;
  readonly width: number;
}
export interface PcRelOperand {
  readonly kind: 'pcrel';
  readonly target: number;
  readonly width: number;
}
export interface RipRelOperand {
  readonly kind: 'riprel';
  /** the absolute address referenced */
  readonly target: number;
  readonly disp: number;
  readonly width: number;
}
export type Operand = RegOperand | ImmOperand | ImmMemOperand | RegMemOperand | SibOperand | PcRelOperand | RipRelOperand;
export type OperandKind = Operand['kind'];

export interface Insn {
  readonly va: number;
  readonly length: number;
  /** vivisect spelling, lower-case */
  readonly mnemonic: string;
  /** iced `Mnemonic` value, for fast comparisons */
  readonly mnem: number;
  readonly flow: FlowKind;
  /** envi IF_* bits */
  readonly flags: number;
  /** PREFIX_* bits */
  readonly prefixes: number;
  readonly operands: readonly Operand[];
  /** direct branch/call target (PcRel), when there is one */
  readonly target?: number;
}

// ---------------------------------------------------------------------------------------------
// static tables, computed once

const MNEMONIC_RENAMES: Record<string, string> = {
  je: 'jz', jne: 'jnz', jb: 'jc', jae: 'jnc', jp: 'jpe', jnp: 'jpo',
  sete: 'setz', setne: 'setnz', setb: 'setc', setae: 'setnc', setp: 'setpe', setnp: 'setpo',
  cmove: 'cmovz', cmovne: 'cmovnz', cmovb: 'cmovc', cmovae: 'cmovnc', cmovp: 'cmovpe', cmovnp: 'cmovpo',
  loope: 'loopz', loopne: 'loopnz', xlatb: 'xlat', iretd: 'iret',
  // vivisect names these by opcode, ignoring the 66/REX.W operand size (capa snapshots: `48 98` →
  // cwde, `66 ab` / `48 ab` → stosd, `48 a5` → movsd)
  cdqe: 'cwde', cqo: 'cdq', stosw: 'stosd', stosq: 'stosd', movsw: 'movsd', movsq: 'movsd',
  lodsw: 'lodsd', lodsq: 'lodsd', scasw: 'scasd', scasq: 'scasd', cmpsw: 'cmpsd', cmpsq: 'cmpsd',
  // likewise for the flags/register stack and size conversions (al-khaser_x64: `9c` is pushfd in
  // capa's results, iced says pushfq)
  pushf: 'pushfd', pushfq: 'pushfd', popf: 'popfd', popfq: 'popfd', pusha: 'pushad', popa: 'popad',
  cbw: 'cwde', cwd: 'cdq', iretq: 'iret',
};

const MNEMONIC_NAMES: string[] = [];
for (const [k, v] of Object.entries(Mnemonic)) {
  if (typeof v !== 'number') continue;
  const low = k.toLowerCase();
  MNEMONIC_NAMES[v] = MNEMONIC_RENAMES[low] ?? low;
}

/** vivisect mnemonic for an iced Mnemonic value */
export function mnemonicName(m: number): string {
  return MNEMONIC_NAMES[m] ?? 'invalid';
}

const REG_NAMES: string[] = [];
const REG_SIZES: number[] = [];
const REG_FULL: number[] = [];
for (const [k, v] of Object.entries(Register)) {
  if (typeof v !== 'number') continue;
  REG_NAMES[v] = k.toLowerCase();
  REG_SIZES[v] = v === Register.None ? 0 : RegisterExt.size(v);
  REG_FULL[v] = v === Register.None ? 0 : RegisterExt.fullRegister(v);
}
// iced names the low byte registers r8l…; vivisect uses r8b
for (let i = 0; i < REG_NAMES.length; i++) {
  const n = REG_NAMES[i];
  if (n && /^r\d+l$/.test(n)) REG_NAMES[i] = n.slice(0, -1) + 'b';
}

export function regName(reg: number): string {
  return REG_NAMES[reg] ?? '';
}
export function regWidth(reg: number): number {
  return REG_SIZES[reg] ?? 0;
}
/** the 64-bit register containing `reg` (eax → rax, al → rax); vivisect shares ids across widths */
export function regFull(reg: number): number {
  return REG_FULL[reg] ?? reg;
}
/** esp/rsp/sp or ebp/rbp/bp (vivisect ids for these are shared across widths) */
export function isStackOrFrameReg(reg: number): boolean {
  const f = REG_FULL[reg];
  return f === Register.RSP || f === Register.RBP;
}
export const REG = Register;

const MEMSIZE_BYTES: number[] = [];
for (const [, v] of Object.entries(MemorySize)) {
  if (typeof v !== 'number') continue;
  MEMSIZE_BYTES[v] = MemorySizeExt.size(v);
}

const NOFALL_MNEMS = new Set<number>([
  Mnemonic.Hlt, Mnemonic.Int3, Mnemonic.Int, Mnemonic.Int1, Mnemonic.Into, Mnemonic.Ud0, Mnemonic.Ud1, Mnemonic.Ud2,
]);
const RET_MNEMS = new Set<number>([Mnemonic.Ret, Mnemonic.Retf, Mnemonic.Iret, Mnemonic.Iretd, Mnemonic.Iretq]);

/**
 * Encodings iced decodes but vivisect's opcode tables leave empty: the hint-nop rows `0F 18 /4-7`,
 * `0F 19`, `0F 1A`, `0F 1B` (MPX bnd* included). vivisect raises InvalidInstruction there, which
 * ends code flow and emulation paths, so they are undecodable here too.
 */
const VIV_INVALID_CODES = new Set<number>();
/** `0F 1C`–`0F 1F` hint nops (other than `nop Ev`): vivisect names them `nop` */
const VIV_NOP_CODES = new Set<number>();
for (const [name, value] of Object.entries(Code)) {
  if (typeof value !== 'number') continue;
  if (/^Bnd/.test(name) || /^Reservednop_.*_0F1[89AB]$/.test(name)) VIV_INVALID_CODES.add(value);
  else if (/^Reservednop_.*_0F1[C-F]$/.test(name)) VIV_NOP_CODES.add(value);
}
const STRING_MNEMS = new Set<number>([
  Mnemonic.Movsb, Mnemonic.Movsw, Mnemonic.Movsd, Mnemonic.Movsq, Mnemonic.Stosb, Mnemonic.Stosw, Mnemonic.Stosd,
  Mnemonic.Stosq, Mnemonic.Lodsb, Mnemonic.Lodsw, Mnemonic.Lodsd, Mnemonic.Lodsq, Mnemonic.Scasb, Mnemonic.Scasw,
  Mnemonic.Scasd, Mnemonic.Scasq, Mnemonic.Cmpsb, Mnemonic.Cmpsw, Mnemonic.Cmpsd, Mnemonic.Cmpsq,
]);

const TWO32 = 0x100000000;

const REG_OPERANDS: RegOperand[] = [];
const NO_OPERANDS: readonly Operand[] = Object.freeze([]) as readonly Operand[];

const MOFFS_CODES = new Set<number>([
  Code.Mov_AL_moffs8, Code.Mov_AX_moffs16, Code.Mov_EAX_moffs32, Code.Mov_RAX_moffs64,
  Code.Mov_moffs8_AL, Code.Mov_moffs16_AX, Code.Mov_moffs32_EAX, Code.Mov_moffs64_RAX,
]);

function immWidth(kind: number): number {
  switch (kind) {
    case OpKind.Immediate8:
    case OpKind.Immediate8_2nd:
      return 1;
    case OpKind.Immediate16:
    case OpKind.Immediate8to16:
      return 2;
    case OpKind.Immediate32:
    case OpKind.Immediate8to32:
      return 4;
    default:
      return 8;
  }
}

// ---------------------------------------------------------------------------------------------

interface SegDecoder {
  readonly seg: Segment;
  readonly decoder: Decoder;
  /** the decodable bytes (file-backed bytes plus a zero tail, capped) */
  readonly bytes: Uint8Array;
  /** number of decodable bytes (`bytes.length`) */
  readonly len: number;
  /** va the decoder's position and ip point at after the last decode (-1 = unknown) */
  nextVa: number;
}

/** Maximum zero-filled tail past a segment's file data that is made decodable. */
const MAX_ZERO_TAIL = 0x10000;

/** the address-independent part of a decoded instruction, shared by all decodes of the same bytes */
interface Template {
  readonly mnemonic: string;
  readonly mnem: number;
  readonly flow: FlowKind;
  readonly flags: number;
  readonly prefixes: number;
  readonly operands: readonly Operand[];
}

/** bound on cached templates per decoder (hostile input: memory stays bounded) */
const MAX_TEMPLATES = 1 << 18;

/**
 * Decodes instructions from an image's memory. Holds iced resources: call `dispose()` when done
 * (or keep one per image for its lifetime).
 *
 * Speed: code is full of repeated byte sequences (`push ebp`, `mov ebp, esp`, `call [iat]`), and
 * what an instruction decodes to depends only on its bytes unless it is ip-relative. So after
 * iced has measured an instruction, its bytes are looked up in a template cache and the operand
 * objects/arrays are shared instead of being rebuilt through dozens of WASM getter calls; this also
 * keeps the heap of a 200k-instruction program small (less GC). The decoder's position and ip are
 * only reset when a decode does not continue where the previous one ended.
 */
export class InsnDecoder {
  private readonly decs = new Map<Segment, SegDecoder>();
  private lastSeg: Segment | undefined;
  private lastDec: SegDecoder | undefined;
  private readonly ins = new Instruction();
  private readonly scratch: Operand[] = [];
  private disposed = false;
  /** templates of instructions of ≤ 6 bytes, keyed by bytes and length */
  private readonly short = new Map<number, Template>();
  /** templates of 7–12 byte instructions: first 6 bytes and length, then the remaining bytes */
  private readonly long = new Map<number, Map<number, Template>>();
  private templates = 0;

  constructor(
    readonly mem: Memory,
    readonly bitness: 32 | 64,
  ) {}

  private decoderFor(seg: Segment): SegDecoder {
    if (seg === this.lastSeg) return this.lastDec!;
    let d = this.decs.get(seg);
    if (!d) {
      const len = Math.max(0, Math.min(seg.size, seg.data.length + MAX_ZERO_TAIL));
      let bytes: Uint8Array;
      if (len <= seg.data.length) bytes = seg.data.subarray(0, len);
      else {
        bytes = new Uint8Array(len);
        bytes.set(seg.data);
      }
      const decoder = new Decoder(this.bitness, bytes, DecoderOptions.NoInvalidCheck);
      d = { seg, decoder, bytes, len, nextVa: -1 };
      this.decs.set(seg, d);
    }
    this.lastSeg = seg;
    this.lastDec = d;
    return d;
  }

  /** decode one instruction at va; undefined when unmapped or invalid */
  decodeAt(va: number): Insn | undefined {
    if (this.disposed) throw new Error('InsnDecoder used after dispose()');
    const seg = this.mem.segmentOf(va);
    if (!seg) return undefined;
    const d = this.decoderFor(seg);
    const off = va - seg.va;
    if (off >= d.len) return undefined;
    return this.decodeIn(d, va, off) ?? (this.bitness === 32 ? vpcextAt(seg, d.len, va) : undefined);
  }

  /**
   * decode linearly from `va` while the next instruction starts below `end`, stopping after an
   * instruction without fall-through or at an undecodable byte; at most `max` instructions.
   */
  decodeRange(va: number, end: number, max = 1 << 20): Insn[] {
    if (this.disposed) throw new Error('InsnDecoder used after dispose()');
    const out: Insn[] = [];
    const seg = this.mem.segmentOf(va);
    if (!seg) return out;
    const d = this.decoderFor(seg);
    let off = va - seg.va;
    if (off >= d.len) return out;
    while (va < end && out.length < max) {
      const insn = this.decodeIn(d, va, off) ?? (this.bitness === 32 ? vpcextAt(seg, d.len, va) : undefined);
      if (!insn) break;
      out.push(insn);
      if (insn.flags & IF_NOFALL) break;
      va += insn.length;
      off += insn.length;
      if (off >= d.len) break;
    }
    return out;
  }

  /** decode at `off` (< d.len) of a segment; undefined when iced finds no valid instruction */
  private decodeIn(d: SegDecoder, va: number, off: number): Insn | undefined {
    const dec = d.decoder;
    if (d.nextVa !== va) {
      dec.position = off;
      dec.ip = BigInt(va);
    }
    dec.decodeOut(this.ins);
    const length = this.ins.length;
    d.nextVa = va + length;
    const b = d.bytes;
    // template key: the instruction's bytes (at most 12 of them) and its length
    let k = 0;
    const n = length < 6 ? length : 6;
    for (let j = n - 1; j >= 0; j--) k = k * 256 + b[off + j]!;
    k = k * 16 + length;
    let k2 = -1;
    let t: Template | undefined;
    if (length <= 6) t = this.short.get(k);
    else if (length <= 12) {
      k2 = 0;
      for (let j = length - 1; j >= 6; j--) k2 = k2 * 256 + b[off + j]!;
      t = this.long.get(k)?.get(k2);
    }
    if (t !== undefined) {
      return { va, length, mnemonic: t.mnemonic, mnem: t.mnem, flow: t.flow, flags: t.flags, prefixes: t.prefixes, operands: t.operands };
    }
    // (rejected encodings never become templates, so only template misses need the check)
    const insn = this.ins.encoding === EncodingKind.Legacy && enviRejects(b, off, d.len, this.bitness) ? undefined : this.convert(va);
    if (!insn) {
      d.nextVa = -1;
      return undefined;
    }
    if (length <= 12 && this.templates < MAX_TEMPLATES && isAddressIndependent(insn)) {
      const tpl: Template = insn;
      if (k2 < 0) this.short.set(k, tpl);
      else {
        let m = this.long.get(k);
        if (!m) this.long.set(k, (m = new Map()));
        m.set(k2, tpl);
      }
      this.templates++;
    }
    return insn;
  }

  private convert(va: number): Insn | undefined {
    const i = this.ins;
    const mnem = i.mnemonic;
    if (mnem === Mnemonic.INVALID || VIV_INVALID_CODES.has(i.code)) return undefined;
    const length = i.length;
    const bits = this.bitness;
    let flags = 0;
    let flow: FlowKind = 'seq';
    let target: number | undefined;
    let mnemonic = MNEMONIC_NAMES[mnem] ?? 'invalid';
    // vivisect's amd64 decoder names `66 0F 7F` (movdqa xmm/m128, xmm) after the MMX `0F 7F` movq
    // (capa's pma21 snapshot: `66 0f 7f 85 …` is mnemonic movq)
    if (bits === 64 && i.code === Code.Movdqa_xmmm128_xmm) mnemonic = 'movq';
    else if (mnem === Mnemonic.Reservednop && VIV_NOP_CODES.has(i.code)) mnemonic = 'nop';

    if (mnem === Mnemonic.Call) {
      flags = IF_CALL;
      flow = 'call';
      if (i.op0Kind === OpKind.FarBranch16 || i.op0Kind === OpKind.FarBranch32) mnemonic = 'callf';
    } else if (mnem === Mnemonic.Jmp) {
      flags = IF_NOFALL | IF_BRANCH;
      flow = 'jmp';
    } else if (RET_MNEMS.has(mnem)) {
      flags = IF_NOFALL | IF_RET;
      flow = 'ret';
    } else if (NOFALL_MNEMS.has(mnem)) {
      flags = IF_NOFALL;
      flow = 'stop';
    } else if (i.flowControl === FlowControl.ConditionalBranch) {
      flags = IF_BRANCH | IF_COND;
      flow = 'cjmp';
    }

    let prefixes = 0;
    if (i.hasLockPrefix) prefixes |= PREFIX_LOCK;
    const isString = STRING_MNEMS.has(mnem);
    if (isString) {
      if (i.hasRepePrefix) prefixes |= PREFIX_REP;
      if (i.hasRepnePrefix) prefixes |= PREFIX_REPNE;
    }
    const sp = i.segmentPrefix;
    if (sp !== Register.None) {
      if (sp === Register.FS) prefixes |= PREFIX_FS;
      else if (sp === Register.GS) prefixes |= PREFIX_GS;
      else if (sp === Register.CS) prefixes |= PREFIX_CS;
      else if (sp === Register.SS) prefixes |= PREFIX_SS;
      else if (sp === Register.DS) prefixes |= PREFIX_DS;
      else if (sp === Register.ES) prefixes |= PREFIX_ES;
    }

    const n = isString ? 0 : i.opCount;
    // collected in a scratch array, then copied at exact size (a growing array keeps ~17 slots)
    const operands = this.scratch;
    operands.length = 0;
    for (let k = 0; k < n; k++) {
      const kind = i.opKind(k);
      switch (kind) {
        case OpKind.Register: {
          // register operands are immutable: one shared object per register keeps the heap small
          const reg = i.opRegister(k);
          let op = REG_OPERANDS[reg];
          if (!op) {
            op = { kind: 'reg', reg, name: REG_NAMES[reg] ?? '', width: REG_SIZES[reg] ?? 0 };
            REG_OPERANDS[reg] = op;
          }
          operands.push(op);
          break;
        }
        case OpKind.NearBranch16:
        case OpKind.NearBranch32:
        case OpKind.NearBranch64: {
          const t = kind === OpKind.NearBranch64 ? Number(i.nearBranch64) : kind === OpKind.NearBranch32 ? i.nearBranch32 : i.nearBranch16;
          target = t;
          // rel8 branches are 2 bytes long (3 with a prefix); rel32 ones at least 5
          operands.push({ kind: 'pcrel', target: t, width: length <= 3 ? 1 : 4 });
          break;
        }
        case OpKind.FarBranch16:
        case OpKind.FarBranch32: {
          const v = kind === OpKind.FarBranch32 ? i.farBranch32 : i.farBranch16;
          operands.push({ kind: 'imm', value: v >>> 0, width: kind === OpKind.FarBranch32 ? 4 : 2 });
          break;
        }
        case OpKind.Immediate8:
        case OpKind.Immediate8_2nd:
        case OpKind.Immediate16:
        case OpKind.Immediate32:
        case OpKind.Immediate8to16:
        case OpKind.Immediate8to32: {
          const w = immWidth(kind);
          let v: number;
          if (kind === OpKind.Immediate8) v = i.immediate8 & 0xff;
          else if (kind === OpKind.Immediate16) v = i.immediate16 & 0xffff;
          else if (kind === OpKind.Immediate32) v = i.immediate32 >>> 0;
          else if (kind === OpKind.Immediate8to32) v = i.immediate8to32 >>> 0;
          else if (kind === OpKind.Immediate8to16) v = i.immediate8to16 & 0xffff;
          else v = Number(BigInt.asUintN(8, i.immediate(k)));
          operands.push({ kind: 'imm', value: v, width: w });
          break;
        }
        case OpKind.Immediate64:
        case OpKind.Immediate8to64:
        case OpKind.Immediate32to64: {
          const b = BigInt.asUintN(64, i.immediate(k));
          const v = Number(b);
          if (b > BigInt(Number.MAX_SAFE_INTEGER)) operands.push({ kind: 'imm', value: v, big: b, width: 8 });
          else operands.push({ kind: 'imm', value: v, width: 8 });
          break;
        }
        case OpKind.Memory: {
          operands.push(this.memOperand(va, bits));
          break;
        }
        default:
          // implicit string-instruction memory operands (ins/outs): vivisect has none
          break;
      }
    }

    const ops: readonly Operand[] = operands.length === 0 ? NO_OPERANDS : operands.slice();
    const insn: Insn = target === undefined
      ? { va, length, mnemonic, mnem, flow, flags, prefixes, operands: ops }
      : { va, length, mnemonic, mnem, flow, flags, prefixes, operands: ops, target };
    return insn;
  }

  private memOperand(va: number, bits: 32 | 64): Operand {
    const i = this.ins;
    const width = MEMSIZE_BYTES[i.memorySize] ?? 0;
    if (i.isIpRelMemoryOperand) {
      const target = Number(i.ipRelMemoryAddress);
      const disp = target - (va + i.length);
      return { kind: 'riprel', target, disp, width };
    }
    const base = i.memoryBase;
    const index = i.memoryIndex;
    const displ = i.memoryDisplacement;
    const dispSigned = bits === 64 ? Number(BigInt.asIntN(64, displ)) : Number(displ) | 0;
    if (index === Register.None) {
      if (base === Register.None) {
        // [abs]: SIB-encoded in 64-bit mode unless it is a moffs (8-byte displacement)
        if (bits === 64 && !MOFFS_CODES.has(i.code)) {
          return { kind: 'sib', base: 0, index: 0, scale: 1, disp: dispSigned, width };
        }
        const address = bits === 64 ? Number(BigInt.asUintN(64, displ)) : Number(displ) >>> 0;
        return { kind: 'immmem', address, width };
      }
      const full = REG_FULL[base];
      if (full !== Register.RSP && full !== Register.R12) {
        return { kind: 'regmem', base, baseName: REG_NAMES[base] ?? '', disp: dispSigned, width };
      }
    }
    const op: SibOperand = {
      kind: 'sib',
      base,
      index,
      scale: i.memoryIndexScale,
      disp: dispSigned,
      width,
      ...(base !== Register.None ? { baseName: REG_NAMES[base] } : {}),
      ...(index !== Register.None ? { indexName: REG_NAMES[index] } : {}),
    };
    return op;
  }

  /** release the iced resources */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    for (const d of this.decs.values()) d.decoder.free();
    this.decs.clear();
    this.ins.free();
  }
}

/** no ip-relative operand: the same bytes decode to the same instruction anywhere */
function isAddressIndependent(insn: Insn): boolean {
  if (insn.target !== undefined) return false;
  for (const o of insn.operands) if (o.kind === 'pcrel' || o.kind === 'riprel') return false;
  return true;
}

/** `mnem` of instructions iced-x86 does not know (vivisect-only opcodes) */
export const MNEM_EXTRA = -1;

/**
 * vivisect's i386 table decodes `0F 3F ib ib` as Virtual PC's `vpcext imm8, imm8` (capa's VPCEXT
 * anti-VM rule relies on it; envi's amd64 tables do not have it); iced-x86 rejects the opcode. Called
 * only for i386, when iced found no instruction.
 */
function vpcextAt(seg: Segment, len: number, va: number): Insn | undefined {
  const off = va - seg.va;
  if (off < 0 || off + 4 > len) return undefined;
  const b = (i: number): number => (off + i < seg.data.length ? seg.data[off + i]! : 0);
  if (b(0) !== 0x0f || b(1) !== 0x3f) return undefined;
  const operands: Operand[] = [
    { kind: 'imm', value: b(2), width: 1 },
    { kind: 'imm', value: b(3), width: 1 },
  ];
  return { va, length: 4, mnemonic: 'vpcext', mnem: MNEM_EXTRA, flow: 'seq', flags: 0, prefixes: 0, operands };
}

/** convenience: decode one instruction (allocates a temporary decoder; prefer `InsnDecoder` in loops) */
export function decodeAt(mem: Memory, va: number, bitness: 32 | 64): Insn | undefined {
  const d = new InsnDecoder(mem, bitness);
  try {
    return d.decodeAt(va);
  } finally {
    d.dispose();
  }
}

/** absolute address an operand refers to without registers (Imm value, ImmMem, RipRel, base-less Sib) */
export function operandAbsolute(op: Operand, bitness: 32 | 64): number | undefined {
  switch (op.kind) {
    case 'imm':
      return op.big === undefined ? op.value : undefined;
    case 'immmem':
      return op.address;
    case 'riprel':
      return op.target;
    case 'sib':
      if (op.base !== 0) return undefined;
      return bitness === 32 ? op.disp >>> 0 : op.disp < 0 ? op.disp + TWO32 * TWO32 : op.disp;
    case 'pcrel':
      return op.target;
    default:
      return undefined;
  }
}
