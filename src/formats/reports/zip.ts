// A small, bounds-checked ZIP reader for VMRay analysis archives: central directory, stored and
// deflated entries (fflate's inflate), and traditional PKWARE encryption, which VMRay uses with
// the password `infected`. ZIP64 and AES-encrypted entries are refused (ReportError).

import { inflateSync } from 'fflate';
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

/** traditional PKWARE decryption; returns the data without its 12-byte header */
function zipDecrypt(data: Uint8Array, password: Uint8Array): Uint8Array {
  let k0 = 0x12345678;
  let k1 = 0x23456789;
  let k2 = 0x34567890;
  const update = (c: number): void => {
    k0 = CRC_TABLE[(k0 ^ c) & 0xff]! ^ (k0 >>> 8);
    k1 = (Math.imul((k1 + (k0 & 0xff)) >>> 0, 134775813) + 1) >>> 0;
    k2 = CRC_TABLE[(k2 ^ (k1 >>> 24)) & 0xff]! ^ (k2 >>> 8);
  };
  for (const c of password) update(c);
  if (data.length < 12) throw bad('truncated encrypted entry');
  const out = new Uint8Array(data.length - 12);
  for (let i = 0; i < data.length; i++) {
    const t = (k2 | 2) & 0xffff;
    const c = data[i]! ^ ((Math.imul(t, t ^ 1) >>> 8) & 0xff);
    update(c);
    if (i >= 12) out[i - 12] = c;
  }
  return out;
}

/** The bytes of one entry (decrypted with `password` when encrypted), CRC-checked. */
export function readZipEntry(b: Uint8Array, e: ZipEntry, password?: Uint8Array): Uint8Array {
  const lo = e.localOffset;
  if (u32(b, lo) !== 0x04034b50) throw bad(`bad local header for ${e.name}`);
  const start = lo + 30 + u16(b, lo + 26) + u16(b, lo + 28);
  const end = start + e.compressedSize;
  if (end > b.length) throw bad(`${e.name} is truncated`);
  let data = b.subarray(start, end);
  if (e.flags & 1) {
    if (e.method === 99 || e.flags & 0x40) throw new ReportError(`${e.name}: AES-encrypted entries are not supported`, 'unsupported-report');
    if (!password) throw new ReportError(`${e.name} is encrypted`, 'unsupported-report');
    data = zipDecrypt(data, password);
  }
  if (e.size > MAX_ENTRY_SIZE) throw new ReportError(`${e.name} is too large (${e.size} bytes)`, 'invalid-report');
  let out: Uint8Array;
  if (e.method === 0) out = data;
  else if (e.method === 8) {
    try {
      out = inflateSync(data, { out: new Uint8Array(e.size) });
    } catch (err) {
      throw bad(`${e.name}: corrupt deflate data (${(err as Error).message})`);
    }
  } else throw new ReportError(`${e.name}: compression method ${e.method} is not supported`, 'unsupported-report');
  if (out.length !== e.size || crc32(out) !== e.crc) {
    throw bad(`${e.name}: checksum mismatch${e.flags & 1 ? ' (wrong password?)' : ''}`);
  }
  return out;
}
