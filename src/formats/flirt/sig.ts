// IDA .sig files (versions 5–10, the ones python-flirt reads): a header, then — usually
// zlib-compressed — a tree. Inner nodes list children, each a run of pattern bytes with a wildcard
// mask; leaves list modules grouped by CRC16, each with its function size, names, tail bytes and
// referenced names. Every read is bounds-checked; the tree is walked with an explicit stack, so a
// hostile nesting depth cannot exhaust the call stack, and the decompressed size is capped.

import { Inflate } from 'fflate';
import { FlirtSetBuilder, type FlirtSignatureSet } from './set.js';
import { MAX_PATTERN_LENGTH, SignatureError } from './types.js';

/**
 * Refuse to inflate a tree larger than this. capa's signatures inflate ~7× (3_flare_common_libs:
 * 2.9 MB → 21 MB); zlib can reach 1000×, and a parsed tree costs up to ~7 bytes per tree byte, so
 * the cap is relative to the compressed size, within [32 MiB, 256 MiB].
 */
export const MAX_SIG_TREE_SIZE = 256 * 1024 * 1024;
const MIN_SIG_TREE_CAP = 32 * 1024 * 1024;
const MAX_INFLATE_RATIO = 40;

function treeCap(compressed: number, max: number): number {
  return Math.min(max, Math.max(MIN_SIG_TREE_CAP, compressed * MAX_INFLATE_RATIO));
}

const FEATURE_COMPRESSED = 0x10;
/** the feature bits python-flirt knows; others make it refuse the file */
const KNOWN_FEATURES = 0x3f;

// parsing flags after a name
const MORE_PUBLIC_NAMES = 0x01;
const TAIL_BYTES = 0x02;
const REFERENCED_FUNCTIONS = 0x04;
const MORE_MODULES_WITH_SAME_CRC = 0x08;
const MORE_MODULES = 0x10;
// name flags
const NAME_LOCAL = 0x02;
const NAME_NEGATIVE_OFFSET = 0x10;

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface SigHeader {
  readonly version: number;
  readonly arch: number;
  readonly features: number;
  readonly functionsCount: number;
  readonly patternSize: number;
  readonly libraryName: string;
  /** offset of the (possibly compressed) tree */
  readonly size: number;
}

class Reader {
  pos = 0;
  constructor(
    readonly b: Uint8Array,
    readonly what: string,
  ) {}

  private need(n: number): void {
    if (this.pos + n > this.b.length) {
      throw new SignatureError(`${this.what}: truncated at offset 0x${this.pos.toString(16)}`, 'truncated');
    }
  }

  u8(): number {
    this.need(1);
    return this.b[this.pos++]!;
  }

  peek(): number {
    this.need(1);
    return this.b[this.pos]!;
  }

  be16(): number {
    this.need(2);
    const v = (this.b[this.pos]! << 8) | this.b[this.pos + 1]!;
    this.pos += 2;
    return v;
  }

  le16(): number {
    this.need(2);
    const v = this.b[this.pos]! | (this.b[this.pos + 1]! << 8);
    this.pos += 2;
    return v;
  }

  le32(): number {
    this.need(4);
    const b = this.b;
    const p = this.pos;
    this.pos += 4;
    return (b[p]! | (b[p + 1]! << 8) | (b[p + 2]! << 16)) + b[p + 3]! * 0x1000000;
  }

  bytes(n: number): Uint8Array {
    this.need(n);
    const r = this.b.subarray(this.pos, this.pos + n);
    this.pos += n;
    return r;
  }

  /** variable-length integer, at most 16 bits */
  vint16(): number {
    const hi = this.u8();
    if ((hi & 0x80) === 0) return hi;
    return ((hi & 0x7f) << 8) + this.u8();
  }

  /** variable-length integer, at most 32 bits */
  vint32(): number {
    const b = this.u8();
    if ((b & 0x80) === 0) return b;
    if ((b & 0xc0) !== 0xc0) return ((b & 0x7f) << 8) + this.u8();
    if ((b & 0xe0) !== 0xe0) {
      const mid = this.u8();
      const low = this.be16();
      return (((b & 0x3f) << 8) + mid) * 0x10000 + low;
    }
    return this.be16() * 0x10000 + this.be16();
  }

  string(n: number): string {
    const at = this.pos;
    const raw = this.bytes(n);
    try {
      return utf8.decode(raw);
    } catch {
      throw new SignatureError(`${this.what}: name at offset 0x${at.toString(16)} is not UTF-8`, 'corrupt');
    }
  }
}

export function isSigFile(b: Uint8Array): boolean {
  return b.length >= 6 && b[0] === 0x49 && b[1] === 0x44 && b[2] === 0x41 && b[3] === 0x53 && b[4] === 0x47 && b[5] === 0x4e;
}

export function parseSigHeader(b: Uint8Array, what: string): SigHeader {
  if (!isSigFile(b)) throw new SignatureError(`${what}: not an IDA signature file (no IDASGN magic)`, 'corrupt');
  const r = new Reader(b, what);
  r.pos = 6;
  const version = r.u8();
  if (version < 5 || version > 10) throw new SignatureError(`${what}: .sig version ${version} is not supported (5–10 are)`, 'unsupported');
  const arch = r.u8();
  r.le32(); // file types
  r.le16(); // os types
  r.le16(); // app types
  const features = r.le16();
  if (features & ~KNOWN_FEATURES) throw new SignatureError(`${what}: unknown .sig feature flags 0x${features.toString(16)}`, 'unsupported');
  r.le16();
  r.le16(); // header crc16
  r.bytes(12);
  const nameLength = r.u8();
  r.le16(); // ctypes crc16
  let functionsCount = 0;
  let patternSize = 32;
  if (version >= 6) functionsCount = r.le32();
  if (version >= 8) patternSize = r.le16();
  if (version >= 10) r.le16();
  if (patternSize === 0 || patternSize > MAX_PATTERN_LENGTH) {
    throw new SignatureError(`${what}: pattern size ${patternSize} is not supported (at most ${MAX_PATTERN_LENGTH})`, 'unsupported');
  }
  const libraryName = r.string(nameLength);
  return { version, arch, features, functionsCount, patternSize, libraryName, size: r.pos };
}

/** the tree bytes after the header, inflated when the header says so (bounded) */
export function sigTreeBytes(b: Uint8Array, h: SigHeader, what: string, maxSize = MAX_SIG_TREE_SIZE): Uint8Array {
  const body = b.subarray(h.size);
  if (!(h.features & FEATURE_COMPRESSED)) return body;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > maxSize) throw new SignatureError(`${what}: signature tree inflates beyond ${maxSize} bytes`, 'too-large');
    chunks.push(chunk);
    if (final) ended = true;
  });
  // zlib wrapper: CMF/FLG, then raw deflate; the adler32 trailer is not checked (python-flirt
  // does not need it either)
  if (body.length < 2 || (body[0]! & 0x0f) !== 8 || ((body[0]! << 8) | body[1]!) % 31 !== 0 || body[1]! & 0x20) {
    throw new SignatureError(`${what}: compressed tree is not a zlib stream`, 'corrupt');
  }
  const STEP = 1 << 16;
  try {
    for (let off = 2; off < body.length && !ended; off += STEP) {
      const stop = Math.min(body.length, off + STEP);
      inflater.push(body.subarray(off, stop), stop === body.length);
    }
  } catch (e) {
    if (e instanceof SignatureError) throw e;
    throw new SignatureError(`${what}: compressed tree is corrupt (${e instanceof Error ? e.message : String(e)})`, 'corrupt');
  }
  if (!ended) throw new SignatureError(`${what}: compressed tree is truncated`, 'truncated');
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

interface Frame {
  readonly node: number;
  remaining: number;
  readonly depth: number;
}

export interface ParseSigOptions {
  /** cap on the inflated tree */
  readonly maxTreeSize?: number;
  /**
   * zlib inflater to use instead of fflate's (the CLI passes Node's, several times faster); it must
   * throw on corrupt data and stop at `maxSize` bytes
   */
  readonly inflate?: (zlibData: Uint8Array, maxSize: number) => Uint8Array;
}

/** Parse a whole .sig file. */
export function parseSig(b: Uint8Array, source: string, opts: ParseSigOptions = {}): FlirtSignatureSet {
  const h = parseSigHeader(b, source);
  const maxTreeSize = treeCap(b.length - h.size, opts.maxTreeSize ?? MAX_SIG_TREE_SIZE);
  let tree: Uint8Array;
  if (opts.inflate && h.features & FEATURE_COMPRESSED) {
    try {
      tree = opts.inflate(b.subarray(h.size), maxTreeSize);
    } catch (e) {
      if (e instanceof SignatureError) throw e;
      throw new SignatureError(`${source}: compressed tree is corrupt (${e instanceof Error ? e.message : String(e)})`, 'corrupt');
    }
    if (tree.length > maxTreeSize) throw new SignatureError(`${source}: signature tree inflates beyond ${maxTreeSize} bytes`, 'too-large');
  } else tree = sigTreeBytes(b, h, source, maxTreeSize);
  const r = new Reader(tree, source);
  const vword = h.version < 9 ? (): number => r.vint16() : (): number => r.vint32();
  const out = new FlirtSetBuilder();
  // names are most of a tree's bytes (90 % of capa's signatures; 40 % once repeated ones are stored once)
  out.reserveNameBytes(tree.length >>> 1);

  const readLeaf = (node: number, depth: number): void => {
    let flags = 0;
    do {
      const crcLength = r.u8();
      const crc16 = r.be16();
      do {
        let offset = 0;
        const functionSize = vword();
        out.beginModule(node, { patternSize: h.patternSize, patternLength: depth, crcLength, crc16, functionSize });
        do {
          const rel = vword();
          const nameFlags = r.peek() < 0x20 ? r.u8() : 0;
          offset = nameFlags & NAME_NEGATIVE_OFFSET ? offset - rel : offset + rel;
          const start = r.pos;
          while (r.peek() >= 0x20) r.pos++;
          checkUtf8(tree, start, r.pos, source);
          flags = r.u8();
          if (flags & ~0x1f) throw new SignatureError(`${source}: bad parsing flags 0x${flags.toString(16)} at offset 0x${(r.pos - 1).toString(16)}`, 'corrupt');
          out.addNameBytes(nameFlags & NAME_LOCAL ? 'local' : 'public', offset, tree, start, r.pos - 1);
        } while (flags & MORE_PUBLIC_NAMES);
        if (flags & TAIL_BYTES) {
          const n = h.version < 8 ? 1 : vword();
          for (let i = 0; i < n; i++) {
            const off = vword();
            out.addTailByte(off, r.u8());
          }
        }
        if (flags & REFERENCED_FUNCTIONS) {
          const n = h.version < 8 ? 1 : vword();
          for (let i = 0; i < n; i++) {
            const off = vword();
            let size = r.u8();
            if (size === 0) size = r.vint16();
            const start = r.pos;
            r.bytes(size);
            checkUtf8(tree, start, r.pos, source);
            out.addNameBytes('reference', off, tree, start, r.pos);
          }
        }
      } while (flags & MORE_MODULES_WITH_SAME_CRC);
    } while (flags & MORE_MODULES);
  };

  const openNode = (node: number, depth: number, stack: Frame[]): void => {
    const children = r.vint16();
    if (children === 0) readLeaf(node, depth);
    else stack.push({ node, remaining: children, depth });
  };
  const root = out.addNode();
  const stack: Frame[] = [];
  openNode(root, 0, stack);
  while (stack.length) {
    const f = stack[stack.length - 1]!;
    if (f.remaining === 0) {
      stack.pop();
      continue;
    }
    f.remaining--;
    const at = r.pos;
    const length = h.version < 10 ? r.u8() : r.vint16();
    if (length > 0x40 || f.depth + length > MAX_PATTERN_LENGTH) {
      throw new SignatureError(`${source}: pattern longer than ${MAX_PATTERN_LENGTH} bytes at offset 0x${at.toString(16)}`, 'corrupt');
    }
    // an empty run would let a tree nest without bound (and never occurs in FLAIR's output)
    if (length === 0) throw new SignatureError(`${source}: empty pattern run at offset 0x${at.toString(16)}`, 'corrupt');
    // wildcard mask, most significant bit = first byte of the run
    let hi = 0;
    let lo = 0;
    if (length === 0) lo = 0;
    else if (length < 0x10) lo = r.vint16();
    else if (length <= 0x20) lo = r.vint32();
    else {
      hi = r.vint32();
      lo = r.vint32();
    }
    let wildCount = 0;
    for (let i = 0; i < 64; i++) {
      if (!(i >= 32 ? (hi >>> (i - 32)) & 1 : (lo >>> i) & 1)) continue;
      if (i >= length) throw new SignatureError(`${source}: wildcard mask wider than its pattern at offset 0x${at.toString(16)}`, 'corrupt');
      wildCount++;
    }
    const literals = r.bytes(length - wildCount);
    const bytes = new Uint8Array(length);
    const wild = wildCount ? new Uint8Array(length) : undefined;
    for (let p = 0, k = 0; p < length; p++) {
      const bit = length - 1 - p;
      if (bit >= 32 ? (hi >>> (bit - 32)) & 1 : (lo >>> bit) & 1) wild![p] = 1;
      else bytes[p] = literals[k++]!;
    }
    const child = out.addEdge(f.node, bytes, wild);
    openNode(child, f.depth + length, stack);
  }
  return out.build({ source, libraryName: h.libraryName, version: h.version });
}

function checkUtf8(b: Uint8Array, start: number, end: number, source: string): void {
  for (let i = start; i < end; i++) {
    if (b[i]! < 0x80) continue;
    try {
      utf8.decode(b.subarray(start, end));
    } catch {
      throw new SignatureError(`${source}: name at offset 0x${start.toString(16)} is not UTF-8`, 'corrupt');
    }
    return;
  }
}
