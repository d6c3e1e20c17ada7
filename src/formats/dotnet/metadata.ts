// ECMA-335 metadata reader: CLI header (from the PE's COM descriptor), metadata root, stream
// headers, the four heaps and every table of the `#~` / `#-` stream. All reads are bounds-checked;
// malformed structure raises FormatError, while dangling indexes inside otherwise well-formed
// tables resolve to "nothing" (undefined / empty string) the way dnfile tolerates them.

import { FormatError } from '../errors.js';
import type { PeFile } from '../pe/types.js';
import { CODED, codedTagBits, SCHEMAS, type CodedKind, type Column, type TableSchema } from './tables.js';

export const COMIMAGE_FLAGS_ILONLY = 0x1;
export const COMIMAGE_FLAGS_32BITREQUIRED = 0x2;

export interface StreamHeader {
  readonly name: string;
  /** file offset of the stream */
  readonly offset: number;
  readonly size: number;
}

export interface MetadataTable {
  readonly number: number;
  readonly name: string;
  readonly rowCount: number;
  readonly columns: readonly Column[];
  /** raw column values, row-major (rowCount × columns.length) */
  readonly data: Uint32Array;
}

/** a decoded table reference; rid is 1-based (0 = null) */
export interface TableRef {
  readonly table: number;
  readonly rid: number;
}

const utf8 = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** pefile's section lookup for an RVA → file offset (with its alignment adjustments) */
export function pefileRvaToOffset(pe: PeFile, rva: number): number | undefined {
  const fa = pe.fileAlignment;
  const adjFile = (v: number): number => (fa < 0x200 ? v : Math.floor(v / 0x200) * 0x200);
  const adjSect = (v: number): number => {
    let sa = pe.sectionAlignment;
    if (sa < 0x1000) sa = fa;
    if (sa && v % sa) return sa * Math.floor(v / sa);
    return v;
  };
  const secs = pe.sections;
  for (let i = 0; i < secs.length; i++) {
    const s = secs[i]!;
    const va = adjSect(s.virtualAddress);
    let size = Math.max(s.virtualSize, s.sizeOfRawData);
    const next = secs[i + 1];
    if (next !== undefined) {
      const nva = adjSect(next.virtualAddress);
      if (nva > va && va + size > nva) size = nva - va;
    }
    if (rva >= va && rva < va + size) return rva - va + adjFile(s.pointerToRawData);
  }
  if (rva < pe.bytes.length) return rva;
  return undefined;
}

/** where a metadata root is and the CLR header fields that go with it */
export interface MetadataSource {
  readonly bytes: Uint8Array;
  /** file offset of the metadata root (`BSJB`) */
  readonly metadataOffset: number;
  /** CLR header flags (COMIMAGE_FLAGS_*) */
  readonly clrFlags: number;
  readonly entryPointToken: number;
}

/** the metadata of a PE's CLR header (FormatError when it cannot be located) */
export function metadataFromPe(pe: PeFile): DotnetMetadata {
  const clr = pe.clr;
  if (!clr) throw new FormatError('.NET: the CLR header cannot be read', 'corrupt');
  const off = pefileRvaToOffset(pe, clr.metadataRva);
  if (off === undefined) throw new FormatError('.NET: metadata root outside the file', 'truncated');
  return new DotnetMetadata({ bytes: pe.bytes, metadataOffset: off, clrFlags: clr.flags, entryPointToken: clr.entryPointToken });
}

export class DotnetMetadata {
  readonly bytes: Uint8Array;
  /** CLR header flags (COMIMAGE_FLAGS_*) */
  readonly clrFlags: number;
  readonly entryPointToken: number;
  readonly metadataOffset: number;
  readonly versionString: string;
  readonly streams: readonly StreamHeader[];
  readonly tables: readonly (MetadataTable | undefined)[];
  /** HeapSizes of the tables stream */
  readonly heapSizes: number;
  private readonly stringsHeap?: StreamHeader;
  private readonly usHeap?: StreamHeader;
  private readonly blobHeap?: StreamHeader;
  private readonly stringCache = new Map<number, string>();

  constructor(src: MetadataSource) {
    this.bytes = src.bytes;
    this.clrFlags = src.clrFlags;
    this.entryPointToken = src.entryPointToken;
    const mdOff = src.metadataOffset;
    if (mdOff < 0 || mdOff + 16 > this.bytes.length) {
      throw new FormatError('.NET: metadata root outside the file', 'truncated');
    }
    this.metadataOffset = mdOff;
    const b = this.bytes;
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    if (dv.getUint32(mdOff, true) !== 0x424a5342) throw new FormatError('.NET: bad metadata signature', 'corrupt');
    const verLen = dv.getUint32(mdOff + 12, true);
    if (verLen > 255 || mdOff + 16 + verLen + 4 > b.length) throw new FormatError('.NET: bad metadata version length', 'corrupt');
    let vend = mdOff + 16;
    while (vend < mdOff + 16 + verLen && b[vend] !== 0) vend++;
    this.versionString = utf8.decode(b.subarray(mdOff + 16, vend));
    let p = mdOff + 16 + ((verLen + 3) & ~3);
    if (p + 4 > b.length) throw new FormatError('.NET: metadata root truncated', 'truncated');
    const nStreams = dv.getUint16(p + 2, true);
    p += 4;
    const streams: StreamHeader[] = [];
    for (let i = 0; i < nStreams; i++) {
      if (p + 8 > b.length) throw new FormatError('.NET: stream headers truncated', 'truncated');
      const off = dv.getUint32(p, true);
      const size = dv.getUint32(p + 4, true);
      p += 8;
      let e = p;
      while (e < b.length && e < p + 32 && b[e] !== 0) e++;
      if (e >= b.length || b[e] !== 0) throw new FormatError('.NET: bad stream name', 'corrupt');
      const name = utf8.decode(b.subarray(p, e));
      p += (e - p + 1 + 3) & ~3;
      const start = mdOff + off;
      // a stream reaching past the file end is cut at the end (dnfile reads what is there)
      if (start > b.length) continue;
      streams.push({ name, offset: start, size: Math.min(size, b.length - start) });
    }
    this.streams = streams;
    // with several streams of one name the runtime (and dnfile) use the last
    const find = (n: string): StreamHeader | undefined => {
      for (let i = streams.length - 1; i >= 0; i--) if (streams[i]!.name === n) return streams[i];
      return undefined;
    };
    this.stringsHeap = find('#Strings');
    this.usHeap = find('#US');
    this.blobHeap = find('#Blob');
    const guidHeap = find('#GUID');
    const tablesStream = find('#~') ?? find('#-');
    const tables: (MetadataTable | undefined)[] = new Array(64).fill(undefined);
    this.heapSizes = 0;
    if (tablesStream) {
      this.heapSizes = this.parseTables(tablesStream, tables, guidHeap);
    }
    this.tables = tables;
  }

  private parseTables(s: StreamHeader, tables: (MetadataTable | undefined)[], _guid?: StreamHeader): number {
    const b = this.bytes;
    const end = s.offset + s.size;
    if (s.size < 24) throw new FormatError('.NET: tables stream truncated', 'truncated');
    const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
    const heapSizes = b[s.offset + 6]!;
    const validLo = dv.getUint32(s.offset + 8, true);
    const validHi = dv.getUint32(s.offset + 12, true);
    let p = s.offset + 24;
    const rowCounts = new Array<number>(64).fill(0);
    const present: number[] = [];
    for (let i = 0; i < 64; i++) {
      const bit = i < 32 ? (validLo >>> i) & 1 : (validHi >>> (i - 32)) & 1;
      if (!bit) continue;
      if (p + 4 > end) throw new FormatError('.NET: table row counts truncated', 'truncated');
      rowCounts[i] = dv.getUint32(p, true);
      present.push(i);
      p += 4;
    }
    // some writers add an extra dword after the row counts (HeapSizes bit 0x40)
    if (heapSizes & 0x40) p += 4;
    const strW = heapSizes & 1 ? 4 : 2;
    const guidW = heapSizes & 2 ? 4 : 2;
    const blobW = heapSizes & 4 ? 4 : 2;
    const idxW = (t: number): number => ((rowCounts[t] ?? 0) > 0xffff ? 4 : 2);
    const codedW = (k: CodedKind): number => {
      const bits = codedTagBits(k);
      let max = 0;
      for (const t of CODED[k]) if (t >= 0) max = Math.max(max, rowCounts[t] ?? 0);
      return max < 2 ** (16 - bits) ? 2 : 4;
    };
    const width = (c: Column): number => {
      switch (c.kind) {
        case 'u8': return 1;
        case 'u16': return 2;
        case 'u32': return 4;
        case 'str': return strW;
        case 'guid': return guidW;
        case 'blob': return blobW;
        case 'table': return idxW(c.table);
        case 'coded': return codedW(c.coded);
      }
    };
    for (const t of present) {
      // like dnfile: a table number without a schema is skipped and occupies no bytes
      const schema: TableSchema | undefined = SCHEMAS[t];
      if (!schema) continue;
      const widths = schema.columns.map(width);
      const rowSize = widths.reduce((a, w) => a + w, 0);
      // rows past the end of the stream are dropped (dnfile keeps what it could read); this also
      // bounds the allocation by the stream size whatever the declared row count
      const rows = Math.min(rowCounts[t]!, Math.floor(Math.max(0, end - p) / rowSize));
      const nc = widths.length;
      const data = new Uint32Array(rows * nc);
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < nc; c++) {
          const w = widths[c]!;
          data[r * nc + c] = w === 2 ? dv.getUint16(p, true) : w === 4 ? dv.getUint32(p, true) : b[p]!;
          p += w;
        }
      }
      tables[t] = { number: t, name: schema.name, rowCount: rows, columns: schema.columns, data };
    }
    return heapSizes;
  }

  table(t: number): MetadataTable | undefined {
    return this.tables[t];
  }

  rowCount(t: number): number {
    return this.tables[t]?.rowCount ?? 0;
  }

  /** column index by name (throws on a schema typo: a programming error, not input) */
  col(t: number, name: string): number {
    const schema = SCHEMAS[t];
    const i = schema ? schema.columns.findIndex((c) => c.name === name) : -1;
    if (i < 0) throw new Error(`no column ${name} in table ${t}`);
    return i;
  }

  /** raw value of a column of row `rid` (1-based); undefined when the row does not exist */
  raw(t: number, rid: number, col: number): number | undefined {
    const tab = this.tables[t];
    if (!tab || rid < 1 || rid > tab.rowCount) return undefined;
    return tab.data[(rid - 1) * tab.columns.length + col];
  }

  /** string column value of a row ('' when absent) */
  str(t: number, rid: number, col: number): string {
    const v = this.raw(t, rid, col);
    return v === undefined ? '' : this.getString(v);
  }

  /** a coded-index column decoded into (table, rid); table -1 when the tag is unused */
  coded(t: number, rid: number, col: number): TableRef | undefined {
    const tab = this.tables[t];
    const v = this.raw(t, rid, col);
    if (!tab || v === undefined) return undefined;
    const c = tab.columns[col]!;
    if (c.kind !== 'coded') return { table: c.kind === 'table' ? c.table : -1, rid: v };
    const bits = codedTagBits(c.coded);
    const tag = v & ((1 << bits) - 1);
    const target = CODED[c.coded][tag];
    return { table: target === undefined ? -1 : target, rid: v >>> bits };
  }

  /** does row `rid` of table `t` exist? */
  hasRow(t: number, rid: number): boolean {
    return rid >= 1 && rid <= this.rowCount(t);
  }

  /** NUL-terminated UTF-8 string from #Strings ('' for an index outside the heap) */
  getString(index: number): string {
    const h = this.stringsHeap;
    if (!h || index >= h.size) return '';
    const cached = this.stringCache.get(index);
    if (cached !== undefined) return cached;
    const b = this.bytes;
    const start = h.offset + index;
    const end = h.offset + h.size;
    let e = start;
    while (e < end && b[e] !== 0) e++;
    const s = utf8.decode(b.subarray(start, e));
    this.stringCache.set(index, s);
    return s;
  }

  /** ECMA-335 II.24.2.4 compressed unsigned integer at a file offset: [value, size] */
  private compressed(p: number, end: number): [number, number] | undefined {
    const b = this.bytes;
    if (p >= end) return undefined;
    const b0 = b[p]!;
    if ((b0 & 0x80) === 0) return [b0, 1];
    if ((b0 & 0xc0) === 0x80) {
      if (p + 2 > end) return undefined;
      return [((b0 & 0x3f) << 8) | b[p + 1]!, 2];
    }
    if ((b0 & 0xe0) === 0xc0) {
      if (p + 4 > end) return undefined;
      return [(((b0 & 0x1f) << 24) | (b[p + 1]! << 16) | (b[p + 2]! << 8) | b[p + 3]!) >>> 0, 4];
    }
    return undefined;
  }

  /** a length-prefixed blob of #Blob (undefined when it does not fit the heap) */
  getBlob(index: number): Uint8Array | undefined {
    const h = this.blobHeap;
    if (!h || index >= h.size) return undefined;
    const end = h.offset + h.size;
    const c = this.compressed(h.offset + index, end);
    if (!c) return undefined;
    const start = h.offset + index + c[1];
    if (start + c[0] > end) return undefined;
    return this.bytes.subarray(start, start + c[0]);
  }

  /**
   * A #US user string (ldstr operand): UTF-16 text, minus the trailing flag byte. As dnfile
   * reads it, a string running past the heap is cut at the heap end; undefined when the index
   * is outside the heap, the length prefix is invalid, or the text is not valid UTF-16 (odd
   * length, unpaired surrogate).
   */
  getUserString(index: number): string | undefined {
    const h = this.usHeap;
    if (!h || index >= h.size) return undefined;
    const end = h.offset + h.size;
    const c = this.compressed(h.offset + index, end);
    if (!c) return undefined;
    const start = h.offset + index + c[1];
    let stop = Math.min(start + c[0], end);
    if (c[0] % 2 === 1 && stop > start) stop--;
    if ((stop - start) % 2 === 1) return undefined;
    let data = this.bytes.subarray(start, stop);
    // Python's 'utf-16' codec: a leading BOM picks the byte order and is dropped
    let dec = utf16le;
    if (data.length >= 2 && data[0] === 0xff && data[1] === 0xfe) data = data.subarray(2);
    else if (data.length >= 2 && data[0] === 0xfe && data[1] === 0xff) {
      data = data.subarray(2);
      dec = utf16be;
    }
    try {
      return dec.decode(data);
    } catch {
      return undefined;
    }
  }
}
