// A small, bounds-checked ZIP reader for VMRay analysis archives: central directory, stored and
// deflated entries (fflate's inflate), and traditional PKWARE encryption, which VMRay uses with
// the password `infected`. ZIP64 and AES-encrypted entries are refused (ReportError).

import { Inflate } from 'fflate';
import { ReportError } from './errors.js';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localOffset: number;
}

/** refuse to inflate entries announcing more than this (zip bombs) */
export const MAX_ENTRY_SIZE = 2 ** 31;
/** entries loaded whole (not streamed) are smaller still */
export const MAX_READ_SIZE = 2 ** 29;

const bad = (msg: string): ReportError => new ReportError(`invalid archive: ${msg}`, 'invalid-report');

function u16(b: Uint8Array, o: number): number {
  if (o + 2 > b.length) throw bad('truncated');
  return b[o]! | (b[o + 1]! << 8);
}
function u32(b: Uint8Array, o: number): number {
  if (o + 4 > b.length) throw bad('truncated');
  return (b[o]! | (b[o + 1]! << 8) | (b[o + 2]! << 16) | (b[o + 3]! << 24)) >>> 0;
}

export function listZipEntries(b: Uint8Array): ZipEntry[] {
  // end of central directory: 22 bytes + up to 64 KiB of comment, from the end
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw bad('no end of central directory (truncated or not a zip file)');
  const count = u16(b, eocd + 10);
  const cdOffset = u32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    throw new ReportError('ZIP64 archives are not supported', 'unsupported-report');
  }
  const out: ZipEntry[] = [];
  const dec = new TextDecoder('utf-8');
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (u32(b, p) !== 0x02014b50) throw bad('bad central directory entry');
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    if (p + 46 + nameLen > b.length) throw bad('truncated');
    out.push({
      flags: u16(b, p + 8),
      method: u16(b, p + 10),
      crc: u32(b, p + 16),
      compressedSize: u32(b, p + 20),
      size: u32(b, p + 24),
      localOffset: u32(b, p + 42),
      name: dec.decode(b.subarray(p + 46, p + 46 + nameLen)),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** traditional PKWARE decryption, chunk by chunk (the 12-byte header is consumed first) */
class ZipDecrypter {
  private k0 = 0x12345678;
  private k1 = 0x23456789;
  private k2 = 0x34567890;
  private header = 12;

  constructor(password: Uint8Array) {
    for (const c of password) this.update(c);
  }

  private update(c: number): void {
    this.k0 = CRC_TABLE[(this.k0 ^ c) & 0xff]! ^ (this.k0 >>> 8);
    this.k1 = (Math.imul((this.k1 + (this.k0 & 0xff)) >>> 0, 134775813) + 1) >>> 0;
    this.k2 = CRC_TABLE[(this.k2 ^ (this.k1 >>> 24)) & 0xff]! ^ (this.k2 >>> 8);
  }

  decrypt(data: Uint8Array): Uint8Array {
    const out = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) {
      const t = (this.k2 | 2) & 0xffff;
      const c = data[i]! ^ ((Math.imul(t, t ^ 1) >>> 8) & 0xff);
      this.update(c);
      out[i] = c;
    }
    const skip = Math.min(this.header, out.length);
    this.header -= skip;
    return out.subarray(skip);
  }

  get headerDone(): boolean {
    return this.header === 0;
  }
}

const STEP = 1 << 16;

/**
 * Streams one entry's bytes to `onData` (decrypted with `password` when encrypted, inflated),
 * never holding the whole uncompressed entry; the CRC and size are checked at the end.
 */
export function streamZipEntry(b: Uint8Array, e: ZipEntry, onData: (chunk: Uint8Array) => void, password?: Uint8Array): void {
  const lo = e.localOffset;
  if (u32(b, lo) !== 0x04034b50) throw bad(`bad local header for ${e.name}`);
  const start = lo + 30 + u16(b, lo + 26) + u16(b, lo + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw bad(`${e.name} is truncated`);
  let dec: ZipDecrypter | undefined;
  if (e.flags & 1) {
    if (e.method === 99 || e.flags & 0x40) throw new ReportError(`${e.name}: AES-encrypted entries are not supported`, 'unsupported-report');
    if (!password) throw new ReportError(`${e.name} is encrypted`, 'unsupported-report');
    dec = new ZipDecrypter(password);
  }
  if (e.size > MAX_ENTRY_SIZE) throw new ReportError(`${e.name} is too large (${e.size} bytes)`, 'invalid-report');
  let crc = 0xffffffff;
  let size = 0;
  const out = (chunk: Uint8Array): void => {
    size += chunk.length;
    if (size > e.size) throw bad(`${e.name}: more data than announced`);
    for (let i = 0; i < chunk.length; i++) crc = CRC_TABLE[(crc ^ chunk[i]!) & 0xff]! ^ (crc >>> 8);
    onData(chunk);
  };
  let inflater: Inflate | undefined;
  let ended = false;
  if (e.method === 8) {
    inflater = new Inflate((chunk, final) => {
      if (chunk.length) out(chunk);
      if (final) ended = true;
    });
  } else if (e.method !== 0) {
    throw new ReportError(`${e.name}: compression method ${e.method} is not supported`, 'unsupported-report');
  }
  try {
    for (let off = start; off < end; off += STEP) {
      const stop = Math.min(end, off + STEP);
      let data = b.subarray(off, stop);
      if (dec) data = dec.decrypt(data);
      if (inflater) inflater.push(data, stop === end);
      else if (data.length) out(data);
    }
    if (dec && !dec.headerDone) throw bad(`${e.name}: truncated encrypted entry`);
    if (inflater && !ended) {
      if (e.compressedSize === 0) inflater.push(new Uint8Array(0), true);
      if (!ended) throw bad(`${e.name}: truncated deflate data`);
    }
  } catch (err) {
    if (err instanceof ReportError) throw err;
    throw bad(`${e.name}: corrupt deflate data (${(err as Error).message})`);
  }
  if (size !== e.size || (crc ^ 0xffffffff) >>> 0 !== e.crc) {
    throw bad(`${e.name}: checksum mismatch${e.flags & 1 ? ' (wrong password?)' : ''}`);
  }
}

/** The bytes of one entry (decrypted with `password` when encrypted), CRC-checked. */
export function readZipEntry(b: Uint8Array, e: ZipEntry, password?: Uint8Array, maxSize = MAX_READ_SIZE): Uint8Array {
  if (e.size > maxSize) throw new ReportError(`${e.name} is too large to load (${e.size} bytes)`, 'invalid-report');
  const parts: Uint8Array[] = [];
  streamZipEntry(b, e, (c) => parts.push(c.slice()), password);
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
