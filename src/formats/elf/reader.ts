import { FormatError, type FormatErrorCode } from '../errors.js';

// Bounds-checked reads over the raw file bytes, in either byte order. Every read outside the
// buffer throws FormatError('truncated'), so callers can treat a short structure as corrupt
// without checking each offset themselves.


/** every FormatError of the ELF code is built here (one place to follow the shared signature) */
export function elfError(code: FormatErrorCode, message: string): FormatError {
  return new FormatError(message, code);
}

export class ByteReader {
  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly littleEndian: boolean,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  get length(): number {
    return this.bytes.length;
  }

  private check(off: number, n: number): void {
    if (!Number.isSafeInteger(off) || off < 0 || off + n > this.bytes.length) {
      throw elfError('truncated', `read of ${n} bytes at ${off} is outside the file`);
    }
  }

  u8(off: number): number {
    this.check(off, 1);
    return this.bytes[off]!;
  }

  u16(off: number): number {
    this.check(off, 2);
    return this.view.getUint16(off, this.littleEndian);
  }

  u32(off: number): number {
    this.check(off, 4);
    return this.view.getUint32(off, this.littleEndian);
  }

  /** 64-bit value as a number (exact below 2^53; larger values only ever fail range checks) */
  u64(off: number): number {
    this.check(off, 8);
    const a = this.view.getUint32(off, this.littleEndian);
    const b = this.view.getUint32(off + 4, this.littleEndian);
    return this.littleEndian ? b * 0x100000000 + a : a * 0x100000000 + b;
  }

  /** address-sized read: u32 for ELF32, u64 for ELF64 */
  word(off: number, is64: boolean): number {
    return is64 ? this.u64(off) : this.u32(off);
  }

  /** the bytes [off, off+n) if entirely inside the file, else undefined (no copy) */
  slice(off: number, n: number): Uint8Array | undefined {
    if (!Number.isSafeInteger(off) || !Number.isSafeInteger(n) || off < 0 || n < 0 || off + n > this.bytes.length) {
      return undefined;
    }
    return this.bytes.subarray(off, off + n);
  }

  /** the bytes [off, off+n) clamped to the file (Python `f.seek(off); f.read(n)`) */
  clamp(off: number, n: number): Uint8Array {
    if (!(off >= 0) || !(n > 0) || off >= this.bytes.length) return new Uint8Array(0);
    return this.bytes.subarray(off, Math.min(this.bytes.length, off + n));
  }
}

/** the bytes of a NUL-terminated string starting at off (to the end of buf if unterminated) */
export function cstrBytes(buf: Uint8Array, off: number): Uint8Array {
  if (!(off >= 0) || off >= buf.length) return new Uint8Array(0);
  let end = buf.indexOf(0, off);
  if (end < 0) end = buf.length;
  return buf.subarray(off, end);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** strict UTF-8 decode; throws on invalid input like Python's bytes.decode('utf-8') */
export function decodeUtf8(b: Uint8Array): string {
  try {
    return utf8.decode(b);
  } catch {
    throw elfError('corrupt', 'invalid UTF-8');
  }
}

/** lenient decode for names: UTF-8 when valid, else byte-per-char */
export function decodeName(b: Uint8Array): string {
  try {
    return utf8.decode(b);
  } catch {
    return latin1.decode(b);
  }
}

/** strict ASCII decode (Python `.decode('ascii')`) */
export function decodeAscii(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) {
    const c = b[i]!;
    if (c >= 0x80) throw elfError('corrupt', 'non-ASCII byte');
    s += String.fromCharCode(c);
  }
  return s;
}

/** index of needle in hay from `from`, or -1 */
export function indexOfBytes(hay: Uint8Array, needle: Uint8Array, from = 0): number {
  const n = needle.length;
  if (n === 0) return from <= hay.length ? from : -1;
  const first = needle[0]!;
  const last = hay.length - n;
  for (let i = hay.indexOf(first, from); i >= 0 && i <= last; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < n && hay[i + k] === needle[k]) k++;
    if (k === n) return i;
  }
  return -1;
}

export const ascii = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
};
