// vivisect-style location database (what occupies each address: an instruction, a pointer, an
// import slot, …) kept in per-segment typed arrays: analysis of a large image touches hundreds of
// thousands of addresses, and Maps keyed by VA were the main cost (hashing, GC).

import type { Memory, Segment } from '../formats/image.js';
import type { Insn } from './insn.js';

export const LOC_OP = 1;
export const LOC_POINTER = 2;
export const LOC_IMPORT = 3;
export const LOC_NUMBER = 4;
export const LOC_STRING = 5;
/** vivisect LOC_PAD: padding bytes (ms.hotpatch) */
export const LOC_PAD = 6;

/** bytes past a segment's file data that are tracked (zero-filled memory) */
const MAX_TAIL = 0x10000;

interface SegLocs {
  readonly seg: Segment;
  readonly len: number;
  /** location type at its start offset (0 = none) */
  readonly type: Uint8Array;
  /** location size at its start offset (255 = look in the overflow map) */
  readonly size: Uint8Array;
  /** 1 where a location covers the byte */
  readonly cov: Uint8Array;
  /** index+1 into `insns` of the instruction starting here (0 = none) */
  readonly op: Int32Array;
  /** index+1 into `probes` of a decoded-but-unclaimed instruction (-1 = undecodable, 0 = unknown) */
  readonly probe: Int32Array;
}

export class Locations {
  private readonly segs = new Map<Segment, SegLocs>();
  private last: SegLocs | undefined;
  /** sizes of locations (start va → size); only sizes ≠ instruction length are needed rarely */
  private readonly sizes = new Map<number, number>();
  private readonly insns: Insn[] = [];
  private readonly probes: Insn[] = [];
  /** locations outside tracked memory */
  private readonly farType = new Map<number, number>();
  /** largest location size added (bounds the backward scan in `containing`) */
  private maxSize = 0;

  constructor(private readonly mem: Memory) {}

  private at(va: number): SegLocs | undefined {
    const l = this.last;
    if (l && va >= l.seg.va && va < l.seg.va + l.len) return l;
    const seg = this.mem.segmentOf(va);
    if (!seg) return undefined;
    let s = this.segs.get(seg);
    if (!s) {
      const len = Math.max(0, Math.min(seg.size, seg.data.length + MAX_TAIL));
      s = {
        seg,
        len,
        type: new Uint8Array(len),
        size: new Uint8Array(len),
        cov: new Uint8Array(len),
        op: new Int32Array(len),
        probe: new Int32Array(len),
      };
      this.segs.set(seg, s);
    }
    if (va - seg.va >= s.len) return undefined;
    this.last = s;
    return s;
  }

  add(va: number, size: number, type: number): void {
    const s = this.at(va);
    if (!s) {
      this.farType.set(va, type);
      this.sizes.set(va, size);
      return;
    }
    if (size > this.maxSize) this.maxSize = size;
    const off = va - s.seg.va;
    s.type[off] = type;
    if (size < 255) s.size[off] = size;
    else {
      s.size[off] = 255;
      this.sizes.set(va, size);
    }
    const end = Math.min(s.len, off + size);
    for (let i = off; i < end; i++) s.cov[i] = 1;
  }

  addOp(insn: Insn): void {
    this.add(insn.va, insn.length, LOC_OP);
    const s = this.at(insn.va);
    if (s) {
      this.insns.push(insn);
      s.op[insn.va - s.seg.va] = this.insns.length;
    }
  }

  /** type of the location starting exactly at va (0 = none) */
  typeAt(va: number): number {
    const s = this.at(va);
    if (!s) return this.farType.get(va) ?? 0;
    return s.type[va - s.seg.va]!;
  }

  sizeAt(va: number): number {
    const s = this.at(va);
    if (!s) return this.sizes.get(va) ?? 0;
    const z = s.size[va - s.seg.va]!;
    return z === 255 ? (this.sizes.get(va) ?? 0) : z;
  }

  /** instruction location starting at va */
  op(va: number): Insn | undefined {
    const s = this.at(va);
    if (!s) return undefined;
    const k = s.op[va - s.seg.va]!;
    return k === 0 ? undefined : this.insns[k - 1];
  }

  /** start of the location containing va */
  containing(va: number): number | undefined {
    const s = this.at(va);
    if (!s) return this.farType.has(va) ? va : undefined;
    const off = va - s.seg.va;
    if (s.type[off] !== 0) return va;
    if (s.cov[off] === 0) return undefined;
    // instructions are found within 15 bytes; strings and pads can be longer
    const lim = Math.min(off, this.maxSize);
    for (let k = 1; k <= lim; k++) {
      if (s.type[off - k] !== 0) {
        const z = s.size[off - k]!;
        if ((z === 255 ? (this.sizes.get(va - k) ?? 0) : z) > k) return va - k;
      }
    }
    return undefined;
  }

  /** cached probe decode: undefined = not tried, null = undecodable */
  probe(va: number): Insn | null | undefined {
    const s = this.at(va);
    if (!s) return undefined;
    const k = s.probe[va - s.seg.va]!;
    return k === 0 ? undefined : k < 0 ? null : this.probes[k - 1];
  }

  setProbe(va: number, insn: Insn | undefined): void {
    const s = this.at(va);
    if (!s) return;
    if (!insn) s.probe[va - s.seg.va] = -1;
    else {
      this.probes.push(insn);
      s.probe[va - s.seg.va] = this.probes.length;
    }
  }

  /** all instruction locations, in creation order */
  allOps(): readonly Insn[] {
    return this.insns;
  }
}
