// CIL (ECMA-335 III) decoding: the complete one- and two-byte (0xFE-prefixed) opcode tables with
// operand kinds, method body headers (tiny / fat), exception-handling sections, and the
// instruction stream. Undefined opcodes decode as one-byte operand-less instructions (as dnlib /
// dncil do); a body that does not fit the file, or an operand cut off by the body's end, makes
// the whole body unreadable (capa then skips that method).

export type OperandKind =
  | 'none' | 'i8' | 'u8' | 'u16' | 'i32' | 'i64' | 'r4' | 'r8'
  | 'br8' | 'br32' | 'switch'
  | 'method' | 'field' | 'type' | 'tok' | 'sig' | 'string';

export interface OpCode {
  readonly name: string;
  /** 0x00–0xFF, or 0xFE00 | second byte */
  readonly value: number;
  readonly operand: OperandKind;
}

const ONE: (OpCode | undefined)[] = new Array(256).fill(undefined);
const TWO: (OpCode | undefined)[] = new Array(256).fill(undefined);

function def(value: number, name: string, operand: OperandKind = 'none'): void {
  const op: OpCode = { name, value, operand };
  if (value >= 0xfe00) TWO[value & 0xff] = op;
  else ONE[value] = op;
}

// one-byte opcodes
const simple1: [number, string][] = [
  [0x00, 'nop'], [0x01, 'break'], [0x02, 'ldarg.0'], [0x03, 'ldarg.1'], [0x04, 'ldarg.2'], [0x05, 'ldarg.3'],
  [0x06, 'ldloc.0'], [0x07, 'ldloc.1'], [0x08, 'ldloc.2'], [0x09, 'ldloc.3'], [0x0a, 'stloc.0'], [0x0b, 'stloc.1'],
  [0x0c, 'stloc.2'], [0x0d, 'stloc.3'], [0x14, 'ldnull'], [0x15, 'ldc.i4.m1'], [0x16, 'ldc.i4.0'], [0x17, 'ldc.i4.1'],
  [0x18, 'ldc.i4.2'], [0x19, 'ldc.i4.3'], [0x1a, 'ldc.i4.4'], [0x1b, 'ldc.i4.5'], [0x1c, 'ldc.i4.6'],
  [0x1d, 'ldc.i4.7'], [0x1e, 'ldc.i4.8'], [0x25, 'dup'], [0x26, 'pop'], [0x2a, 'ret'],
  [0x46, 'ldind.i1'], [0x47, 'ldind.u1'], [0x48, 'ldind.i2'], [0x49, 'ldind.u2'], [0x4a, 'ldind.i4'],
  [0x4b, 'ldind.u4'], [0x4c, 'ldind.i8'], [0x4d, 'ldind.i'], [0x4e, 'ldind.r4'], [0x4f, 'ldind.r8'],
  [0x50, 'ldind.ref'], [0x51, 'stind.ref'], [0x52, 'stind.i1'], [0x53, 'stind.i2'], [0x54, 'stind.i4'],
  [0x55, 'stind.i8'], [0x56, 'stind.r4'], [0x57, 'stind.r8'], [0x58, 'add'], [0x59, 'sub'], [0x5a, 'mul'],
  [0x5b, 'div'], [0x5c, 'div.un'], [0x5d, 'rem'], [0x5e, 'rem.un'], [0x5f, 'and'], [0x60, 'or'], [0x61, 'xor'],
  [0x62, 'shl'], [0x63, 'shr'], [0x64, 'shr.un'], [0x65, 'neg'], [0x66, 'not'], [0x67, 'conv.i1'],
  [0x68, 'conv.i2'], [0x69, 'conv.i4'], [0x6a, 'conv.i8'], [0x6b, 'conv.r4'], [0x6c, 'conv.r8'],
  [0x6d, 'conv.u4'], [0x6e, 'conv.u8'], [0x76, 'conv.r.un'], [0x7a, 'throw'], [0x82, 'conv.ovf.i1.un'],
  [0x83, 'conv.ovf.i2.un'], [0x84, 'conv.ovf.i4.un'], [0x85, 'conv.ovf.i8.un'], [0x86, 'conv.ovf.u1.un'],
  [0x87, 'conv.ovf.u2.un'], [0x88, 'conv.ovf.u4.un'], [0x89, 'conv.ovf.u8.un'], [0x8a, 'conv.ovf.i.un'],
  [0x8b, 'conv.ovf.u.un'], [0x8e, 'ldlen'], [0x90, 'ldelem.i1'], [0x91, 'ldelem.u1'], [0x92, 'ldelem.i2'],
  [0x93, 'ldelem.u2'], [0x94, 'ldelem.i4'], [0x95, 'ldelem.u4'], [0x96, 'ldelem.i8'], [0x97, 'ldelem.i'],
  [0x98, 'ldelem.r4'], [0x99, 'ldelem.r8'], [0x9a, 'ldelem.ref'], [0x9b, 'stelem.i'], [0x9c, 'stelem.i1'],
  [0x9d, 'stelem.i2'], [0x9e, 'stelem.i4'], [0x9f, 'stelem.i8'], [0xa0, 'stelem.r4'], [0xa1, 'stelem.r8'],
  [0xa2, 'stelem.ref'], [0xb3, 'conv.ovf.i1'], [0xb4, 'conv.ovf.u1'], [0xb5, 'conv.ovf.i2'],
  [0xb6, 'conv.ovf.u2'], [0xb7, 'conv.ovf.i4'], [0xb8, 'conv.ovf.u4'], [0xb9, 'conv.ovf.i8'],
  [0xba, 'conv.ovf.u8'], [0xc3, 'ckfinite'], [0xd1, 'conv.u2'], [0xd2, 'conv.u1'], [0xd3, 'conv.i'],
  [0xd4, 'conv.ovf.i'], [0xd5, 'conv.ovf.u'], [0xd6, 'add.ovf'], [0xd7, 'add.ovf.un'], [0xd8, 'mul.ovf'],
  [0xd9, 'mul.ovf.un'], [0xda, 'sub.ovf'], [0xdb, 'sub.ovf.un'], [0xdc, 'endfinally'], [0xdf, 'stind.i'],
  [0xe0, 'conv.u'],
];
for (const [v, n] of simple1) def(v, n);
def(0x0e, 'ldarg.s', 'u8'); def(0x0f, 'ldarga.s', 'u8'); def(0x10, 'starg.s', 'u8');
def(0x11, 'ldloc.s', 'u8'); def(0x12, 'ldloca.s', 'u8'); def(0x13, 'stloc.s', 'u8');
def(0x1f, 'ldc.i4.s', 'i8'); def(0x20, 'ldc.i4', 'i32'); def(0x21, 'ldc.i8', 'i64');
def(0x22, 'ldc.r4', 'r4'); def(0x23, 'ldc.r8', 'r8');
def(0x27, 'jmp', 'method'); def(0x28, 'call', 'method'); def(0x29, 'calli', 'sig');
const br = ['br', 'brfalse', 'brtrue', 'beq', 'bge', 'bgt', 'ble', 'blt', 'bne.un', 'bge.un', 'bgt.un', 'ble.un', 'blt.un'];
br.forEach((n, i) => {
  def(0x2b + i, `${n}.s`, 'br8');
  def(0x38 + i, n, 'br32');
});
def(0x45, 'switch', 'switch');
def(0x6f, 'callvirt', 'method'); def(0x70, 'cpobj', 'type'); def(0x71, 'ldobj', 'type');
def(0x72, 'ldstr', 'string'); def(0x73, 'newobj', 'method'); def(0x74, 'castclass', 'type');
def(0x75, 'isinst', 'type'); def(0x79, 'unbox', 'type');
def(0x7b, 'ldfld', 'field'); def(0x7c, 'ldflda', 'field'); def(0x7d, 'stfld', 'field');
def(0x7e, 'ldsfld', 'field'); def(0x7f, 'ldsflda', 'field'); def(0x80, 'stsfld', 'field');
def(0x81, 'stobj', 'type'); def(0x8c, 'box', 'type'); def(0x8d, 'newarr', 'type'); def(0x8f, 'ldelema', 'type');
def(0xa3, 'ldelem', 'type'); def(0xa4, 'stelem', 'type'); def(0xa5, 'unbox.any', 'type');
def(0xc2, 'refanyval', 'type'); def(0xc6, 'mkrefany', 'type'); def(0xd0, 'ldtoken', 'tok');
def(0xdd, 'leave', 'br32'); def(0xde, 'leave.s', 'br8');
// two-byte opcodes
const simple2: [number, string][] = [
  [0x00, 'arglist'], [0x01, 'ceq'], [0x02, 'cgt'], [0x03, 'cgt.un'], [0x04, 'clt'], [0x05, 'clt.un'],
  [0x0f, 'localloc'], [0x11, 'endfilter'], [0x13, 'volatile.'], [0x14, 'tail.'], [0x17, 'cpblk'],
  [0x18, 'initblk'], [0x1a, 'rethrow'], [0x1d, 'refanytype'], [0x1e, 'readonly.'],
];
for (const [v, n] of simple2) def(0xfe00 | v, n);
def(0xfe06, 'ldftn', 'method'); def(0xfe07, 'ldvirtftn', 'method');
def(0xfe09, 'ldarg', 'u16'); def(0xfe0a, 'ldarga', 'u16'); def(0xfe0b, 'starg', 'u16');
def(0xfe0c, 'ldloc', 'u16'); def(0xfe0d, 'ldloca', 'u16'); def(0xfe0e, 'stloc', 'u16');
def(0xfe12, 'unaligned.', 'u8'); def(0xfe15, 'initobj', 'type'); def(0xfe16, 'constrained.', 'type');
def(0xfe19, 'no.', 'u8'); def(0xfe1c, 'sizeof', 'type');

/** opcode values used by the extractor */
export const OP = {
  jmp: 0x27, call: 0x28, calli: 0x29, callvirt: 0x6f, newobj: 0x73, ldstr: 0x72,
  ldfld: 0x7b, ldflda: 0x7c, stfld: 0x7d, ldsfld: 0x7e, ldsflda: 0x7f, stsfld: 0x80,
  ldftn: 0xfe06, ldvirtftn: 0xfe07,
  initobj: 0xfe15, box: 0x8c, castclass: 0x74, cpobj: 0x70, isinst: 0x75, ldelem: 0xa3, ldelema: 0x8f,
  ldobj: 0x71, mkrefany: 0xc6, newarr: 0x8d, refanyval: 0xc2, sizeof: 0xfe1c, stobj: 0x81, unbox: 0x79,
  constrained: 0xfe16, stelem: 0xa4, unboxAny: 0xa5,
} as const;

/** the opcode for a value (undefined opcodes get a synthetic UNKNOWN entry) */
export function opcode(value: number): OpCode {
  const op = value >= 0xfe00 ? TWO[value & 0xff] : ONE[value];
  return op ?? { name: value >= 0xfe00 ? 'UNKNOWN2' : 'UNKNOWN1', value, operand: 'none' };
}

export interface Instruction {
  /** IL offset within the method's code */
  readonly offset: number;
  readonly size: number;
  readonly op: OpCode;
  /**
   * operand: number for integer/branch/token kinds (branch targets are absolute IL offsets),
   * bigint for i64, float for r4/r8, number[] of targets for switch, undefined for none
   */
  readonly operand?: number | bigint | readonly number[];
}

export interface ExceptionClause {
  readonly flags: number;
  readonly tryOffset: number;
  readonly tryLength: number;
  readonly handlerOffset: number;
  readonly handlerLength: number;
  readonly classTokenOrFilterOffset: number;
}

export interface MethodBody {
  /** file offset of the header */
  readonly offset: number;
  readonly headerSize: number;
  readonly fat: boolean;
  readonly maxStack: number;
  readonly codeSize: number;
  readonly localVarSigTok: number;
  readonly instructions: readonly Instruction[];
  readonly exceptionClauses: readonly ExceptionClause[];
}

export class MethodBodyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MethodBodyError';
  }
}

/**
 * Decode the instruction stream of `code` (IL offsets relative to its start). As dncil does,
 * decoding continues while an instruction *starts* before `codeSize`; the last instruction's
 * operand may extend past it (up to the end of `code`, which may hold the rest of the file).
 */
export function decodeInstructions(code: Uint8Array, codeSize: number = code.length): Instruction[] {
  const dv = new DataView(code.buffer, code.byteOffset, code.byteLength);
  const out: Instruction[] = [];
  let p = 0;
  const n = code.length;
  const need = (k: number): void => {
    if (p + k > n) throw new MethodBodyError('instruction runs past the end of the data');
  };
  while (p < codeSize) {
    need(1);
    const start = p;
    let v = code[p++]!;
    if (v === 0xfe) {
      need(1);
      v = 0xfe00 | code[p++]!;
    }
    const op = opcode(v);
    let operand: number | bigint | readonly number[] | undefined;
    switch (op.operand) {
      case 'none': break;
      case 'u8': need(1); operand = code[p]!; p += 1; break;
      case 'i8': need(1); operand = dv.getInt8(p); p += 1; break;
      case 'u16': need(2); operand = dv.getUint16(p, true); p += 2; break;
      case 'i32': need(4); operand = dv.getInt32(p, true); p += 4; break;
      case 'i64': need(8); operand = dv.getBigInt64(p, true); p += 8; break;
      case 'r4': need(4); operand = dv.getFloat32(p, true); p += 4; break;
      case 'r8': need(8); operand = dv.getFloat64(p, true); p += 8; break;
      case 'br8': need(1); operand = p + 1 + dv.getInt8(p); p += 1; break;
      case 'br32': need(4); operand = p + 4 + dv.getInt32(p, true); p += 4; break;
      case 'switch': {
        need(4);
        const count = dv.getUint32(p, true);
        p += 4;
        if (count > (n - p) / 4) throw new MethodBodyError('switch table runs past the end of the data');
        const base = p + 4 * count;
        const targets: number[] = [];
        for (let i = 0; i < count; i++) targets.push(base + dv.getInt32(p + 4 * i, true));
        p = base;
        operand = targets;
        break;
      }
      default: need(4); operand = dv.getUint32(p, true); p += 4; break;
    }
    out.push(operand === undefined ? { offset: start, size: p - start, op } : { offset: start, size: p - start, op, operand });
  }
  return out;
}

const CorILMethod_FormatMask = 0x7;
const CorILMethod_TinyFormat = 0x2;
const CorILMethod_TinyFormat1 = 0x6;
const CorILMethod_FatFormat = 0x3;
const CorILMethod_MoreSects = 0x8;
const CorILMethod_Sect_KindMask = 0x3f;
const CorILMethod_Sect_EHTable = 0x1;
const CorILMethod_Sect_FatFormat = 0x40;

/**
 * Parse the method body whose header is at file offset `off` of `bytes`, the way dncil reads
 * it: tiny (format 2 or 6) or fat (3) header — a fat header's size field is trusted, and below
 * 3 dwords its MoreSects flag is ignored —, instructions, then at most one exception-handling
 * section (tiny or fat clauses). Anything read past the end of the file is a MethodBodyError, as
 * is a code size above `maxCodeSize` (a caller's budget against bodies that overlap on purpose).
 */
export function parseMethodBody(bytes: Uint8Array, off: number, maxCodeSize = Infinity): MethodBody {
  if (off < 0 || off >= bytes.length) throw new MethodBodyError('method body outside the file');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const b0 = bytes[off]!;
  let headerSize: number;
  let codeSize: number;
  let maxStack = 8;
  let localVarSigTok = 0;
  let flags = 0;
  let fat = false;
  const fmt = b0 & CorILMethod_FormatMask;
  if (fmt === CorILMethod_TinyFormat || fmt === CorILMethod_TinyFormat1) {
    headerSize = 1;
    codeSize = b0 >> 2;
  } else if (fmt === CorILMethod_FatFormat) {
    if (off + 12 > bytes.length) throw new MethodBodyError('fat header truncated');
    const w = dv.getUint16(off, true);
    const dwords = w >> 12;
    flags = dwords < 3 ? w & 0xfff7 : w;
    headerSize = dwords * 4;
    maxStack = dv.getUint16(off + 2, true);
    codeSize = dv.getUint32(off + 4, true);
    localVarSigTok = dv.getUint32(off + 8, true);
    fat = true;
  } else {
    throw new MethodBodyError(`bad method header format 0x${fmt.toString(16)}`);
  }
  if (codeSize > maxCodeSize) throw new MethodBodyError('method code exceeds the decoding budget');
  const codeStart = off + headerSize;
  if (codeStart > bytes.length || (codeSize > 0 && codeStart >= bytes.length)) {
    throw new MethodBodyError('method code outside the file');
  }
  // the code may not run past the file end; instructions may straddle the declared code end
  if (codeStart + codeSize > bytes.length) throw new MethodBodyError('method code runs past the file end');
  const instructions = decodeInstructions(bytes.subarray(codeStart), codeSize);
  const exceptionClauses: ExceptionClause[] = [];
  if (fat && flags & CorILMethod_MoreSects) {
    const last = instructions[instructions.length - 1];
    const codeEnd = codeStart + (last ? last.offset + last.size : 0);
    const p = (codeEnd + 3) & ~3;
    if (p + 1 > bytes.length) throw new MethodBodyError('exception section truncated');
    const kind = bytes[p]!;
    if ((kind & CorILMethod_Sect_KindMask) === CorILMethod_Sect_EHTable) {
      const fatSect = (kind & CorILMethod_Sect_FatFormat) !== 0;
      if (p + 4 > bytes.length) throw new MethodBodyError('exception section truncated');
      const dataSize = fatSect ? dv.getUint32(p, true) >>> 8 : bytes[p + 1]!;
      const clauseSize = fatSect ? 24 : 12;
      const n = Math.floor(dataSize / clauseSize);
      if (p + 4 + n * clauseSize > bytes.length) throw new MethodBodyError('exception clauses run past the file end');
      for (let i = 0; i < n; i++) {
        const c = p + 4 + i * clauseSize;
        exceptionClauses.push(fatSect
          ? {
            flags: dv.getUint32(c, true), tryOffset: dv.getUint32(c + 4, true), tryLength: dv.getUint32(c + 8, true),
            handlerOffset: dv.getUint32(c + 12, true), handlerLength: dv.getUint32(c + 16, true),
            classTokenOrFilterOffset: dv.getUint32(c + 20, true),
          }
          : {
            flags: dv.getUint16(c, true), tryOffset: dv.getUint16(c + 2, true), tryLength: bytes[c + 4]!,
            handlerOffset: dv.getUint16(c + 5, true), handlerLength: bytes[c + 7]!,
            classTokenOrFilterOffset: dv.getUint32(c + 8, true),
          });
      }
    }
  }
  return { offset: off, headerSize, fat, maxStack, codeSize, localVarSigTok, instructions, exceptionClauses };
}
