// A loaded executable image: what the format parsers (PE, ELF, raw shellcode) hand to the code
// analysis. Everything is a virtual address (number). Parsers fill it; analysis only reads it.

export interface Segment {
  /** section name ('.text'), or 'PE_Header' for the PE header segment, as vivisect names them */
  readonly name: string;
  readonly va: number;
  /** mapped size in memory (bytes beyond `data.length` read as zero) */
  readonly size: number;
  /** the bytes from the file backing this segment (may be shorter than `size`) */
  readonly data: Uint8Array;
  /** file offset of data[0] */
  readonly fileOffset: number;
  readonly readable: boolean;
  readonly writable: boolean;
  readonly executable: boolean;
}

export interface ImportEntry {
  /** VA of the IAT slot (PE) / GOT slot or PLT stub (ELF) the code references */
  readonly va: number;
  /** library name normalised as vivisect does (PE: lower-case basename without extension) */
  readonly dll: string;
  /** symbol name; undefined when imported by ordinal and not resolved */
  readonly name?: string;
  readonly ordinal?: number;
  /** ELF: 'plt' marks a PLT stub (code that jumps through the import's GOT slot); absent = the slot itself.
   * Only slots are vivisect imports (`import` features); stubs let `call stub` resolve to the api. */
  readonly kind?: 'slot' | 'plt';
}

/** A named region as vivisect lists it for `section` features (ELF: the section headers + PHDRn). */
export interface SectionEntry {
  readonly name: string;
  readonly va: number;
  readonly size: number;
}

export interface ExportEntry {
  readonly va: number;
  readonly name?: string;
  readonly ordinal: number;
  /** `DLL.Symbol` forwarder string (PE), when the export is forwarded */
  readonly forwarder?: string;
}

export interface SymbolEntry {
  readonly va: number;
  readonly name: string;
  /** ELF st_info; PE symbols use 2 (function) */
  readonly info: number;
  readonly size: number;
}

export interface LoadedImage {
  readonly format: 'pe' | 'elf' | 'sc32' | 'sc64';
  readonly arch: 'i386' | 'amd64';
  readonly baseAddress: number;
  /** the program entry point, when there is one */
  readonly entryPoint?: number;
  /** other code entries: TLS callbacks, ELF init/fini arrays, … */
  readonly extraEntryPoints: readonly number[];
  /**
   * PE TLS callback VAs. Kept apart from extraEntryPoints because vivisect (capa's backend)
   * does not seed analysis from them; analysis may opt in.
   */
  readonly tlsCallbacks?: readonly number[];
  /**
   * VA ranges [start, end) the loader marks as dead data (vivisect `markDeadData`: PE sections
   * holding data directories or read-only data, carved embedded PEs). vivisect's pointer and
   * code-discovery passes skip targets inside them.
   */
  readonly deadData?: ReadonlyArray<readonly [number, number]>;
  readonly segments: readonly Segment[];
  /** keyed by `ImportEntry.va` */
  readonly imports: ReadonlyMap<number, ImportEntry>;
  readonly exports: readonly ExportEntry[];
  /** VAs of pointer-sized slots the loader relocates (PE base relocations, ELF RELATIVE relocs) */
  readonly relocations: readonly number[];
  readonly symbols: readonly SymbolEntry[];
  /** vivisect segments when they differ from the memory maps in `segments` (ELF: sections at their VA,
   * while `segments` are the PT_LOAD maps); absent = `segments` serve for `section` features */
  readonly sections?: readonly SectionEntry[];
  /** the whole file */
  readonly file: Uint8Array;
}

/** Bounds-checked little-endian reads by virtual address over an image's segments. */
export class Memory {
  private readonly segs: Segment[];

  constructor(readonly image: Pick<LoadedImage, 'segments'>) {
    this.segs = [...image.segments].sort((a, b) => a.va - b.va);
  }

  /** the segment containing va, if any (binary search) */
  segmentOf(va: number): Segment | undefined {
    const s = this.segs;
    let lo = 0;
    let hi = s.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const m = s[mid]!;
      if (va < m.va) hi = mid - 1;
      else if (va >= m.va + m.size) lo = mid + 1;
      else return m;
    }
    return undefined;
  }

  isValid(va: number): boolean {
    return this.segmentOf(va) !== undefined;
  }

  isExecutable(va: number): boolean {
    return this.segmentOf(va)?.executable === true;
  }

  u8(va: number): number | undefined {
    const s = this.segmentOf(va);
    if (!s) return undefined;
    const i = va - s.va;
    return i < s.data.length ? s.data[i]! : 0;
  }

  u16(va: number): number | undefined {
    const a = this.u8(va);
    const b = this.u8(va + 1);
    return a === undefined || b === undefined ? undefined : a | (b << 8);
  }

  u32(va: number): number | undefined {
    const s = this.segmentOf(va);
    if (!s || va + 4 > s.va + s.size) {
      const lo = this.u16(va);
      const hi = this.u16(va + 2);
      return lo === undefined || hi === undefined ? undefined : (lo | (hi << 16)) >>> 0;
    }
    const i = va - s.va;
    const d = s.data;
    if (i + 4 <= d.length) return (d[i]! | (d[i + 1]! << 8) | (d[i + 2]! << 16) | (d[i + 3]! << 24)) >>> 0;
    let v = 0;
    for (let k = 3; k >= 0; k--) v = v * 256 + (i + k < d.length ? d[i + k]! : 0);
    return v;
  }

  /** 64-bit read as a number; values above 2^53 lose precision (never valid VAs here anyway) */
  u64(va: number): number | undefined {
    const lo = this.u32(va);
    const hi = this.u32(va + 4);
    return lo === undefined || hi === undefined ? undefined : hi * 0x100000000 + lo;
  }

  /** up to `n` bytes starting at va, clamped to the end of its segment */
  read(va: number, n: number): Uint8Array {
    const s = this.segmentOf(va);
    if (!s) return new Uint8Array(0);
    const i = va - s.va;
    const len = Math.max(0, Math.min(n, s.size - i));
    const out = new Uint8Array(len);
    const avail = Math.max(0, Math.min(len, s.data.length - i));
    if (avail > 0) out.set(s.data.subarray(i, i + avail));
    return out;
  }
}
