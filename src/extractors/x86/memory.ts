// Memory probes capa's vivisect backend relies on for instruction features (§4.6): pointer
// validity, vivisect's ASCII / UTF-16 string detection (`detectString`, `detectUnicode`), capa's
// `read_string` fudges, pointer-chain walking (`derefs`) and the ≤0x100-byte `bytes` reads.
//
// Everything is cached per VA: the same constants and pointers are referenced from many
// instructions, and the detections scan up to a whole segment.

import type { Memory, SectionEntry, Segment } from '../../formats/image.js';

/** capa MAX_BYTES_FEATURE_SIZE */
export const MAX_BYTES_FEATURE_SIZE = 0x100;
/** capa's `derefs` stops after this many hops */
const MAX_DEREF_DEPTH = 10;
/** bound on a single string scan (hostile input: a segment of printable bytes) */
const MAX_STRING_SCAN = 0x10000;

// Python `string.printable`: 0x20-0x7e plus \t \n \v \f \r
const PRINTABLE = new Uint8Array(256);
for (let c = 0x20; c <= 0x7e; c++) PRINTABLE[c] = 1;
for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d]) PRINTABLE[c] = 1;

export function isPrintableByte(c: number): boolean {
  return PRINTABLE[c] === 1;
}

const NO_POINTERS: readonly number[] = [];
const UTF8 = new TextDecoder('utf-8', { fatal: true });

export class MemoryProbe {
  private readonly stringLen = new Map<number, number>();
  private readonly unicodeLen = new Map<number, number>();
  private readonly strings = new Map<number, string | null>();
  private readonly chains = new Map<number, readonly number[]>();
  private readonly byteBufs = new Map<number, Uint8Array | null>();

  /** vivisect segments when they differ from the memory maps (ELF sections), sorted by va */
  private readonly sections: readonly SectionEntry[] | undefined;

  constructor(
    readonly mem: Memory,
    readonly ptrSize: 4 | 8,
    sections?: readonly SectionEntry[],
  ) {
    this.sections = sections ? [...sections].filter((s) => s.size > 0).sort((a, b) => a.va - b.va) : undefined;
    this.sectionsInOrder = sections?.filter((s) => s.size > 0);
  }

  /** the same segments in vivisect's load order (first match wins) */
  private readonly sectionsInOrder: readonly SectionEntry[] | undefined;

  /** end of the vivisect segment containing va (a section for ELF, else the memory map) */
  private segmentEnd(va: number): number | undefined {
    const secs = this.sections;
    if (!secs) {
      const seg = this.mem.segmentOf(va);
      return seg ? seg.va + seg.size : undefined;
    }
    // vivisect getSegment: the first segment in load order (ELF sections before the PHDRn
    // fallbacks) that contains va, e.g. `.ctors` rather than the PHDR starting at the same va
    if (this.sectionsInOrder) {
      for (const s of this.sectionsInOrder) if (va >= s.va && va < s.va + s.size) return s.va + s.size;
      return undefined;
    }
    let lo = 0;
    let hi = secs.length - 1;
    let found: number | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = secs[mid]!;
      if (va < s.va) hi = mid - 1;
      else {
        if (va < s.va + s.size) found = s.va + s.size;
        lo = mid + 1;
      }
    }
    if (found !== undefined) return found;
    // overlapping sections: fall back to a linear scan
    for (const s of secs) if (va >= s.va && va < s.va + s.size) return s.va + s.size;
    return undefined;
  }

  /** vivisect isValidPointer: inside some memory map */
  isValidPointer(va: number): boolean {
    return Number.isSafeInteger(va) && va >= 0 && this.mem.segmentOf(va) !== undefined;
  }

  /** vivisect probeMemory(va, 1, MM_READ) */
  isReadable(va: number): boolean {
    if (!Number.isSafeInteger(va) || va < 0) return false;
    return this.mem.segmentOf(va)?.readable === true;
  }

  private byteAt(seg: Segment, off: number): number {
    return off < seg.data.length ? seg.data[off]! : 0;
  }

  /**
   * `mem.read(va, n)` without the copy when the bytes are file-backed: a view of the segment data
   * (the buffers are only read, and the segment outlives every feature).
   */
  private view(va: number, n: number): Uint8Array {
    const seg = this.mem.segmentOf(va);
    if (seg) {
      const i = va - seg.va;
      const len = Math.max(0, Math.min(n, seg.size - i));
      if (i + len <= seg.data.length) return seg.data.subarray(i, i + len);
    }
    return this.mem.read(va, n);
  }

  /** readMemValue with vivisect's permission check; undefined when it would raise */
  private readValue(va: number, size: number): number | undefined {
    const seg = this.mem.segmentOf(va);
    if (!seg || !seg.readable) return undefined;
    const off = va - seg.va;
    if (off + size > seg.size) return undefined;
    let v = 0;
    for (let k = size - 1; k >= 0; k--) v = v * 256 + this.byteAt(seg, off + k);
    return v;
  }

  /** vivisect detectString: length in bytes of a NUL-terminated printable run (or Pascal/Delphi), else -1 */
  detectString(va: number): number {
    const cached = this.stringLen.get(va);
    if (cached !== undefined) return cached;
    const r = this.detectStringUncached(va);
    this.stringLen.set(va, r);
    return r;
  }

  private detectStringUncached(va: number): number {
    const seg = this.mem.segmentOf(va);
    if (!seg) return -1;
    // vivisect has made referenced UTF-16 text a LOC_UNI location, and its ASCII scan gives up
    // when it runs into another location (e.g. "M\0i\0" after a length-like word of 1)
    if (this.detectUnicode(va) > 0) return -1;
    let plen = -1;
    let dlen = -1;
    if (this.isReadable(va - 4)) {
      plen = this.mem.u16(va - 2) ?? -1;
      dlen = this.mem.u32(va - 4) ?? -1;
    }
    const off = va - seg.va;
    const maxlen = Math.min(seg.size - off, MAX_STRING_SCAN);
    for (let count = 0; count < maxlen; count++) {
      const c = this.byteAt(seg, off + count);
      if (c === 0 && count >= 4) return count;
      if (c === 0 && (count === dlen || count === plen)) return count;
      if (PRINTABLE[c] !== 1) return -1;
    }
    return -1;
  }

  /** vivisect detectUnicode: byte length of simple UTF-16LE text (>4 chars) before a NUL char, else -1 */
  detectUnicode(va: number): number {
    const cached = this.unicodeLen.get(va);
    if (cached !== undefined) return cached;
    const r = this.detectUnicodeUncached(va);
    this.unicodeLen.set(va, r);
    return r;
  }

  private detectUnicodeUncached(va: number): number {
    const seg = this.mem.segmentOf(va);
    if (!seg) return -1;
    const off = va - seg.va;
    const total = seg.size - off;
    if (total < 2) return -1;
    const maxlen = Math.min(total, MAX_STRING_SCAN);
    const charset = this.byteAt(seg, off + 1);
    for (let count = 0; count < maxlen; count += 2) {
      const c0 = this.byteAt(seg, off + count);
      if (count + 1 >= total) return -1;
      const c1 = this.byteAt(seg, off + count + 1);
      if (c0 === 0) return count > 8 ? count : -1;
      if (PRINTABLE[c0] !== 1) return -1;
      if (c1 !== charset) return -1;
    }
    return -1;
  }

  isProbablyString(va: number): boolean {
    return this.detectString(va) > 0;
  }

  isProbablyUnicode(va: number): boolean {
    return this.detectUnicode(va) > 0;
  }

  /**
   * capa `read_string` + `rstrip('\0')`: the string at va, or null when there is none (or it
   * does not decode). Length filtering (≥4) is left to the caller.
   */
  readString(va: number): string | null {
    const cached = this.strings.get(va);
    if (cached !== undefined) return cached;
    const r = this.readStringUncached(va);
    this.strings.set(va, r);
    return r;
  }

  private readStringUncached(va: number): string | null {
    const alen = this.detectString(va);
    if (alen > 0) {
      let buf = this.view(va, alen);
      const nul = buf.indexOf(0);
      if (nul >= 0) buf = buf.subarray(0, nul);
      try {
        return UTF8.decode(buf);
      } catch {
        return null;
      }
    }
    let ulen = this.detectUnicode(va);
    if (ulen > 0) {
      ulen += ulen % 2 === 1 ? 1 : 2;
      const buf = this.view(va, ulen);
      let s = '';
      for (let i = 0; i + 1 < buf.length; i += 2) {
        const u = buf[i]! | (buf[i + 1]! << 8);
        if (u === 0) break;
        s += String.fromCharCode(u);
      }
      // Python's utf-16 codec rejects lone surrogates (UnicodeDecodeError → not a string)
      if (buf.length % 2 === 1 || hasLoneSurrogate(buf)) return null;
      return s;
    }
    return null;
  }

  /** capa `derefs`: p, then what it points to, … while valid; stops after a string */
  derefs(p: number): readonly number[] {
    if (!this.isValidPointer(p)) return NO_POINTERS;
    const cached = this.chains.get(p);
    if (cached !== undefined) return cached;
    const out: number[] = [];
    const start = p;
    let depth = 0;
    for (;;) {
      if (!this.isValidPointer(p)) break;
      out.push(p);
      if (this.isProbablyString(p) || this.isProbablyUnicode(p)) break;
      const next = this.readValue(p, this.ptrSize);
      if (next === undefined || next === p) break;
      depth++;
      if (depth > MAX_DEREF_DEPTH) break;
      p = next;
    }
    this.chains.set(start, out);
    return out;
  }

  /**
   * capa `read_bytes` for the bytes feature: up to 0x100 bytes clamped to the segment end
   * (permissions ignored); null when all zero, string-looking, or outside every segment.
   */
  bytesAt(va: number): Uint8Array | null {
    const cached = this.byteBufs.get(va);
    if (cached !== undefined) return cached;
    // read_bytes: up to the end of vivisect's segment (none → SegmentationViolation → no bytes)
    const end = this.segmentEnd(va);
    let r: Uint8Array | null = end === undefined ? new Uint8Array(0) : this.view(va, Math.min(MAX_BYTES_FEATURE_SIZE, end - va));
    let zero = true;
    for (let i = 0; i < r.length; i++) {
      if (r[i] !== 0) {
        zero = false;
        break;
      }
    }
    if (zero || this.isProbablyString(va) || this.isProbablyUnicode(va)) r = null;
    this.byteBufs.set(va, r);
    return r;
  }
}

function hasLoneSurrogate(buf: Uint8Array): boolean {
  for (let i = 0; i + 1 < buf.length; i += 2) {
    const u = buf[i]! | (buf[i + 1]! << 8);
    if (u >= 0xd800 && u <= 0xdbff) {
      const n = i + 3 < buf.length ? buf[i + 2]! | (buf[i + 3]! << 8) : -1;
      if (n < 0xdc00 || n > 0xdfff) return true;
      i += 2;
    } else if (u >= 0xdc00 && u <= 0xdfff) return true;
  }
  return false;
}
