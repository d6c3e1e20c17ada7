// A parsed signature file as flat typed arrays: ~120 000 modules of capa's signatures cost a few
// dozen typed arrays instead of half a million small objects (parsing, GC and the on-disk cache
// all profit), and names stay UTF-8 bytes until a module actually matches.
//
//   node  → first outgoing edge (a singly linked list through edgeNext), its modules (a range)
//   edge  → a run of pattern bytes (bytePool) with wildcard flags (wildPool), the child node
//   module → pattern/CRC/size fields, ranges of names, tail bytes and footer elements

import {
  SignatureError,
  type FlirtModule,
  type FlirtName,
  type FlirtNameKind,
  type FlirtTailByte,
} from './types.js';

const KINDS: readonly FlirtNameKind[] = ['public', 'local', 'reference'];

type Arr = Uint8Array | Uint16Array | Int16Array | Int32Array | Float64Array;
type ArrCtor = { new (n: number): Arr; readonly BYTES_PER_ELEMENT: number; readonly name: string };

/** the columns of a set, in serialisation order */
const COLUMNS = {
  nodeFirstEdge: Int32Array,
  nodeModuleStart: Int32Array,
  nodeModuleCount: Int32Array,
  edgeStart: Int32Array,
  edgeLength: Uint8Array,
  edgeHasWild: Uint8Array,
  edgeNext: Int32Array,
  edgeNode: Int32Array,
  bytePool: Uint8Array,
  wildPool: Uint8Array,
  modPatternSize: Uint8Array,
  modPatternLength: Uint8Array,
  modCrcLength: Uint8Array,
  modCrc: Uint16Array,
  modFunctionSize: Float64Array,
  modNameStart: Int32Array,
  modNameCount: Int32Array,
  modTailStart: Int32Array,
  modTailCount: Int32Array,
  modFooterStart: Int32Array,
  modFooterLength: Int32Array,
  nameKind: Uint8Array,
  nameOffset: Float64Array,
  nameStrStart: Int32Array,
  nameStrLength: Int32Array,
  strPool: Uint8Array,
  tailOffset: Float64Array,
  tailValue: Uint8Array,
  footerPool: Int16Array,
} as const satisfies Record<string, ArrCtor>;

/** the columns as fields of one fixed shape (a record built key by key is slow to read in the hot loops) */
class ColumnSet {
  readonly nodeFirstEdge: Int32Array;
  readonly nodeModuleStart: Int32Array;
  readonly nodeModuleCount: Int32Array;
  readonly edgeStart: Int32Array;
  readonly edgeLength: Uint8Array;
  readonly edgeHasWild: Uint8Array;
  readonly edgeNext: Int32Array;
  readonly edgeNode: Int32Array;
  readonly bytePool: Uint8Array;
  readonly wildPool: Uint8Array;
  readonly modPatternSize: Uint8Array;
  readonly modPatternLength: Uint8Array;
  readonly modCrcLength: Uint8Array;
  readonly modCrc: Uint16Array;
  readonly modFunctionSize: Float64Array;
  readonly modNameStart: Int32Array;
  readonly modNameCount: Int32Array;
  readonly modTailStart: Int32Array;
  readonly modTailCount: Int32Array;
  readonly modFooterStart: Int32Array;
  readonly modFooterLength: Int32Array;
  readonly nameKind: Uint8Array;
  readonly nameOffset: Float64Array;
  readonly nameStrStart: Int32Array;
  readonly nameStrLength: Int32Array;
  readonly strPool: Uint8Array;
  readonly tailOffset: Float64Array;
  readonly tailValue: Uint8Array;
  readonly footerPool: Int16Array;
  constructor(r: Record<string, Arr>) {
    this.nodeFirstEdge = r.nodeFirstEdge as Int32Array;
    this.nodeModuleStart = r.nodeModuleStart as Int32Array;
    this.nodeModuleCount = r.nodeModuleCount as Int32Array;
    this.edgeStart = r.edgeStart as Int32Array;
    this.edgeLength = r.edgeLength as Uint8Array;
    this.edgeHasWild = r.edgeHasWild as Uint8Array;
    this.edgeNext = r.edgeNext as Int32Array;
    this.edgeNode = r.edgeNode as Int32Array;
    this.bytePool = r.bytePool as Uint8Array;
    this.wildPool = r.wildPool as Uint8Array;
    this.modPatternSize = r.modPatternSize as Uint8Array;
    this.modPatternLength = r.modPatternLength as Uint8Array;
    this.modCrcLength = r.modCrcLength as Uint8Array;
    this.modCrc = r.modCrc as Uint16Array;
    this.modFunctionSize = r.modFunctionSize as Float64Array;
    this.modNameStart = r.modNameStart as Int32Array;
    this.modNameCount = r.modNameCount as Int32Array;
    this.modTailStart = r.modTailStart as Int32Array;
    this.modTailCount = r.modTailCount as Int32Array;
    this.modFooterStart = r.modFooterStart as Int32Array;
    this.modFooterLength = r.modFooterLength as Int32Array;
    this.nameKind = r.nameKind as Uint8Array;
    this.nameOffset = r.nameOffset as Float64Array;
    this.nameStrStart = r.nameStrStart as Int32Array;
    this.nameStrLength = r.nameStrLength as Int32Array;
    this.strPool = r.strPool as Uint8Array;
    this.tailOffset = r.tailOffset as Float64Array;
    this.tailValue = r.tailValue as Uint8Array;
    this.footerPool = r.footerPool as Int16Array;
  }
}

type Columns = ColumnSet;

export interface SetInfo {
  /** file name the set came from */
  readonly source: string;
  /** .sig library name from the header, or '' */
  readonly libraryName: string;
  /** .sig format version (5–10), or 0 for .pat */
  readonly version: number;
}

const utf8 = new TextDecoder('utf-8');

export class FlirtSignatureSet implements SetInfo {
  readonly source: string;
  readonly libraryName: string;
  readonly version: number;
  readonly c: Columns;
  private readonly namesCache = new Map<number, readonly FlirtName[]>();
  /** a set read from the cache form: names and function sizes stay on disk until asked for */
  private readonly records: NameRecords | undefined;

  constructor(info: SetInfo, columns: Record<string, Arr>, records?: NameRecords) {
    this.source = info.source;
    this.libraryName = info.libraryName;
    this.version = info.version;
    this.c = new ColumnSet(columns);
    this.records = records;
  }

  /** modules carry .pat footers (a .sig set has none, and its cache form drops the empty columns) */
  get hasFooters(): boolean {
    return this.c.footerPool.length > 0;
  }

  /** names are read from the cache file on demand */
  get isLazy(): boolean {
    return this.records !== undefined;
  }

  get moduleCount(): number {
    return this.c.modCrc.length;
  }

  get nodeCount(): number {
    return this.c.nodeFirstEdge.length;
  }

  /** the names of module m (decoded once) */
  names(m: number): readonly FlirtName[] {
    let r = this.namesCache.get(m);
    if (r) return r;
    if (this.records) {
      r = this.records.read(m).names;
      this.namesCache.set(m, r);
      return r;
    }
    const c = this.c;
    const out: FlirtName[] = [];
    const start = c.modNameStart[m]!;
    const end = start + c.modNameCount[m]!;
    for (let i = start; i < end; i++) out.push({ name: this.nameText(i), kind: KINDS[c.nameKind[i]!]!, offset: c.nameOffset[i]! });
    r = out;
    this.namesCache.set(m, r);
    return r;
  }

  private nameText(i: number): string {
    const s = this.c.nameStrStart[i]!;
    const b = this.c.strPool.subarray(s, s + this.c.nameStrLength[i]!);
    let ascii = b.length < 256;
    if (ascii) {
      let out = '';
      for (let k = 0; k < b.length; k++) {
        const x = b[k]!;
        if (x >= 0x80) {
          ascii = false;
          break;
        }
        out += String.fromCharCode(x);
      }
      if (ascii) return out;
    }
    return utf8.decode(b);
  }

  tailBytes(m: number): FlirtTailByte[] {
    const c = this.c;
    const out: FlirtTailByte[] = [];
    const s = c.modTailStart[m]!;
    for (let i = s; i < s + c.modTailCount[m]!; i++) out.push({ offset: c.tailOffset[i]!, value: c.tailValue[i]! });
    return out;
  }

  /** how many names module m has (without decoding them) */
  namesCount(m: number): number {
    return this.records ? this.records.count(m) : this.c.modNameCount[m]!;
  }

  functionSize(m: number): number {
    return this.records ? this.records.read(m).functionSize : this.c.modFunctionSize[m]!;
  }

  module(m: number): FlirtModule {
    const c = this.c;
    const fs = this.hasFooters ? c.modFooterStart[m]! : -1;
    return {
      index: m,
      patternSize: c.modPatternSize[m]!,
      patternLength: c.modPatternLength[m]!,
      crcLength: c.modCrcLength[m]!,
      crc16: c.modCrc[m]!,
      functionSize: this.functionSize(m),
      names: this.names(m),
      tailBytes: this.tailBytes(m),
      ...(fs >= 0 ? { footer: Array.from(c.footerPool.subarray(fs, fs + c.modFooterLength[m]!)) } : {}),
    };
  }
}

/** a growable typed array */
class Col<T extends Arr> {
  a: T;
  n = 0;
  constructor(private readonly ctor: { new (n: number): T }) {
    this.a = new ctor(64);
  }
  push(v: number): number {
    if (this.n === this.a.length) {
      const b = new this.ctor(this.a.length * 2);
      b.set(this.a as never);
      this.a = b;
    }
    this.a[this.n] = v;
    return this.n++;
  }
  reserve(total: number): void {
    if (total <= this.a.length) return;
    const b = new this.ctor(total);
    b.set(this.a as never);
    this.a = b;
  }
  pushBytes(src: Uint8Array, start: number, end: number): void {
    const need = this.n + (end - start);
    if (need > this.a.length) {
      let len = this.a.length * 2;
      while (len < need) len *= 2;
      this.reserve(len);
    }
    const a = this.a as Uint8Array;
    // names are short: a loop beats creating a subarray view per name
    if (end - start < 64) for (let i = start, o = this.n; i < end; i++, o++) a[o] = src[i]!;
    else a.set(src.subarray(start, end), this.n);
    this.n = need;
  }
  done(): T {
    if (this.n === this.a.length) return this.a;
    // big pools: keep the slack instead of copying megabytes (up to a quarter wasted)
    if (this.n > 1 << 20 && this.a.length - this.n < this.a.length / 4) return this.a.subarray(0, this.n) as T;
    return this.a.slice(0, this.n) as T;
  }
}

type Builders = { [K in keyof typeof COLUMNS]: Col<InstanceType<(typeof COLUMNS)[K]>> };

/** Builds a set: nodes and edges in any order, modules attached to the node being filled. */
export class FlirtSetBuilder {
  private readonly b: Builders;
  private readonly encoder = new TextEncoder();
  /** last edge added under each node (to append to its list) */
  private readonly lastEdge = new Col(Int32Array);

  constructor() {
    this.b = Object.fromEntries(Object.entries(COLUMNS).map(([k, ctor]) => [k, new Col(ctor as never)])) as unknown as Builders;
  }

  get moduleCount(): number {
    return this.b.modCrc.n;
  }

  /** expected size of all names' bytes (avoids regrowing the name pool) */
  reserveNameBytes(n: number): void {
    this.b.strPool.reserve(n);
  }


  addNode(): number {
    const b = this.b;
    b.nodeModuleStart.push(b.modCrc.n);
    b.nodeModuleCount.push(0);
    this.lastEdge.push(-1);
    return b.nodeFirstEdge.push(-1);
  }

  /** an edge from `parent` with `length` pattern bytes taken from src (wild: 1 = wildcard, or undefined) */
  addEdge(parent: number, src: Uint8Array, wild: Uint8Array | undefined): number {
    const b = this.b;
    const child = this.addNode();
    const e = b.edgeStart.push(b.bytePool.n);
    b.bytePool.pushBytes(src, 0, src.length);
    if (wild) b.wildPool.pushBytes(wild, 0, wild.length);
    else for (let i = 0; i < src.length; i++) b.wildPool.push(0);
    b.edgeLength.push(src.length);
    b.edgeHasWild.push(wild ? 1 : 0);
    b.edgeNext.push(-1);
    b.edgeNode.push(child);
    const last = this.lastEdge.a[parent]!;
    if (last < 0) b.nodeFirstEdge.a[parent] = e;
    else b.edgeNext.a[last] = e;
    this.lastEdge.a[parent] = e;
    return child;
  }

  /** the child of `parent` along a one-byte edge (value or wildcard), if there is one */
  findByteEdge(parent: number, value: number, wildcard: boolean): number | undefined {
    const b = this.b;
    for (let e = b.nodeFirstEdge.a[parent]!; e >= 0; e = b.edgeNext.a[e]!) {
      if (b.edgeLength.a[e] !== 1) continue;
      const isWild = b.edgeHasWild.a[e] === 1;
      if (wildcard ? isWild : !isWild && b.bytePool.a[b.edgeStart.a[e]!] === value) return b.edgeNode.a[e];
    }
    return undefined;
  }

  /** Start a module on `node` (modules of one node must be added together). */
  beginModule(node: number, f: { patternSize: number; patternLength: number; crcLength: number; crc16: number; functionSize: number }): void {
    const b = this.b;
    if (b.nodeModuleCount.a[node] === 0) b.nodeModuleStart.a[node] = b.modCrc.n;
    else if (b.nodeModuleStart.a[node]! + b.nodeModuleCount.a[node]! !== b.modCrc.n) {
      throw new SignatureError('internal: modules of a node are not contiguous', 'corrupt');
    }
    b.nodeModuleCount.a[node]!++;
    b.modPatternSize.push(f.patternSize);
    b.modPatternLength.push(f.patternLength);
    b.modCrcLength.push(f.crcLength);
    b.modCrc.push(f.crc16);
    b.modFunctionSize.push(f.functionSize);
    b.modNameStart.push(b.nameKind.n);
    b.modNameCount.push(0);
    b.modTailStart.push(b.tailValue.n);
    b.modTailCount.push(0);
    b.modFooterStart.push(-1);
    b.modFooterLength.push(0);
  }

  /** a name of the current module, from UTF-8 bytes src[start, end) */
  addNameBytes(kind: FlirtNameKind, offset: number, src: Uint8Array, start: number, end: number): void {
    const b = this.b;
    b.nameKind.push(KINDS.indexOf(kind));
    b.nameOffset.push(offset);
    b.nameStrStart.push(this.internName(src, start, end));
    b.nameStrLength.push(end - start);
    b.modNameCount.a[b.modNameCount.n - 1]!++;
  }

  /** hash of a name's bytes → pool offsets of the names stored with it */
  private readonly interned = new Map<number, number | number[]>();

  /**
   * The pool offset of these name bytes, stored once: capa's 225 000 names are 82 000 distinct
   * ones (19 MB → 8 MB), which is most of a parsed set's size.
   */
  private internName(src: Uint8Array, start: number, end: number): number {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++) h = Math.imul(h ^ src[i]!, 0x01000193);
    const pool = this.b.strPool;
    const len = end - start;
    const same = (at: number): boolean => {
      const a = pool.a;
      for (let k = 0; k < len; k++) if (a[at + k] !== src[start + k]) return false;
      return true;
    };
    const hit = this.interned.get(h);
    if (typeof hit === 'number') {
      if (this.lengths.get(hit) === len && same(hit)) return hit;
    } else if (hit) {
      for (const at of hit) if (this.lengths.get(at) === len && same(at)) return at;
    }
    const at = pool.n;
    pool.pushBytes(src, start, end);
    this.lengths.set(at, len);
    if (hit === undefined) this.interned.set(h, at);
    else if (typeof hit === 'number') this.interned.set(h, [hit, at]);
    else hit.push(at);
    return at;
  }

  private readonly lengths = new Map<number, number>();

  addName(kind: FlirtNameKind, offset: number, name: string): void {
    const bytes = this.encoder.encode(name);
    this.addNameBytes(kind, offset, bytes, 0, bytes.length);
  }

  addTailByte(offset: number, value: number): void {
    const b = this.b;
    b.tailOffset.push(offset);
    b.tailValue.push(value);
    b.modTailCount.a[b.modTailCount.n - 1]!++;
  }

  setFooter(footer: Int16Array): void {
    const b = this.b;
    const m = b.modFooterStart.n - 1;
    b.modFooterStart.a[m] = b.footerPool.n;
    b.modFooterLength.a[m] = footer.length;
    for (const v of footer) b.footerPool.push(v);
  }

  build(info: SetInfo): FlirtSignatureSet {
    const cols = Object.fromEntries(Object.entries(this.b).map(([k, col]) => [k, (col as Col<Arr>).done()])) as Record<string, Arr>;
    return new FlirtSignatureSet(info, cols);
  }
}

// ------------------------------------------------------------------------------------ cache form
//
// A warm run reads only what matching walks: the tree, the modules' match fields and an index of
// per-module records. Names and function sizes (two thirds of a parsed set) stay in the file and
// are read when a module matches — reading the whole file would cost a run ~5 ms per MB in page
// faults alone. Layout:
//   MAGIC, a JSON header line, then (8-aligned) the CORE columns and the record index (Float64:
//   one offset per module, then the end of the records); the records: per module functionSize
//   (f64) and a name count (u32), then per name kind (u8), offset (f64), and where its UTF-8 bytes
//   are in the string section (u32 offset, u32 length); the string section: each distinct name once.

const MAGIC = 'capa-ts flirt set 2\n';
const RECORD_HEAD = 12;
const RECORD_NAME = 17;

/** the columns kept in memory (the name columns live in the records) */
const CORE: ReadonlyArray<keyof typeof COLUMNS> = [
  'nodeFirstEdge',
  'nodeModuleStart',
  'nodeModuleCount',
  'edgeStart',
  'edgeLength',
  'edgeHasWild',
  'edgeNext',
  'edgeNode',
  'bytePool',
  'wildPool',
  'modPatternSize',
  'modPatternLength',
  'modCrcLength',
  'modCrc',
  'modTailStart',
  'modTailCount',
  'modFooterStart',
  'modFooterLength',
  'tailOffset',
  'tailValue',
  'footerPool',
];
const NAME_COLUMNS = Object.keys(COLUMNS).filter((k) => !CORE.includes(k as keyof typeof COLUMNS)) as Array<keyof typeof COLUMNS>;

/** Random access to the bytes of a cache file (a file read piecewise, or a buffer in memory). */
export interface ByteSource {
  readonly size: number;
  /** `length` bytes at `offset` (fewer only if the source is shorter than it claimed) */
  read(offset: number, length: number): Uint8Array;
}

export function bufferSource(buf: Uint8Array): ByteSource {
  return { size: buf.length, read: (offset, length) => buf.subarray(offset, offset + length) };
}

/** The per-module records of a cache file, read and decoded on demand. */
export class NameRecords {
  constructor(
    private readonly src: ByteSource,
    /** record i spans [index[i], index[i+1]) in src (checked: increasing, inside the records) */
    private readonly index: Float64Array,
    /** the string section: [stringsAt, stringsAt + stringsSize) */
    private readonly stringsAt: number,
    private readonly stringsSize: number,
    private readonly source: string,
  ) {}

  count(m: number): number {
    return (this.index[m + 1]! - this.index[m]! - RECORD_HEAD) / RECORD_NAME;
  }

  read(m: number): { functionSize: number; names: FlirtName[] } {
    const start = this.index[m]!;
    const end = this.index[m + 1]!;
    const bad = (): SignatureError => new SignatureError(`signature cache of ${this.source}: damaged record of module ${m}`, 'corrupt');
    const b = this.src.read(start, end - start);
    if (b.length !== end - start || b.length < RECORD_HEAD) throw bad();
    const dv = new DataView(b.buffer, b.byteOffset, b.length);
    const functionSize = dv.getFloat64(0, true);
    const count = dv.getUint32(8, true);
    if (b.length !== RECORD_HEAD + count * RECORD_NAME) throw bad();
    const names: FlirtName[] = [];
    for (let i = 0, p = RECORD_HEAD; i < count; i++, p += RECORD_NAME) {
      const kind = KINDS[b[p]!];
      const offset = dv.getFloat64(p + 1, true);
      const at = dv.getUint32(p + 9, true);
      const len = dv.getUint32(p + 13, true);
      if (kind === undefined || !Number.isFinite(offset) || at + len > this.stringsSize) throw bad();
      const text = this.src.read(this.stringsAt + at, len);
      if (text.length !== len) throw bad();
      names.push({ name: decodeName(text), kind, offset });
    }
    return { functionSize, names };
  }
}

function decodeName(b: Uint8Array): string {
  if (b.length < 256) {
    let out = '';
    for (let k = 0; k < b.length; k++) {
      const x = b[k]!;
      if (x >= 0x80) return utf8.decode(b);
      out += String.fromCharCode(x);
    }
    return out;
  }
  return utf8.decode(b);
}

/** The set as one buffer (the signature cache's file contents). */
export function serializeSignatureSet(set: FlirtSignatureSet): Uint8Array {
  const cols = set.c as unknown as Record<string, Arr>;
  const mods = set.moduleCount;
  // a .sig set has no footers: its two footer columns would be ~1 MB of -1 and 0
  const core = CORE.map((k) =>
    !set.hasFooters && (k === 'modFooterStart' || k === 'modFooterLength') ? (new Int32Array(0) as Arr) : cols[k]!,
  );
  // names: a parsed set's string pool is already one copy of each name; a set read from a cache
  // (names decoded from its records) gets its names interned again
  const c = set.c;
  let strings: Uint8Array;
  let nameAt: (m: number) => Array<{ kind: number; offset: number; at: number; len: number }>;
  if (!set.isLazy) {
    strings = c.strPool;
    nameAt = (m) => {
      const out = [];
      const ns = c.modNameStart[m]!;
      for (let i = ns; i < ns + c.modNameCount[m]!; i++) {
        out.push({ kind: c.nameKind[i]!, offset: c.nameOffset[i]!, at: c.nameStrStart[i]!, len: c.nameStrLength[i]! });
      }
      return out;
    };
  } else {
    const enc = new TextEncoder();
    const seen = new Map<string, { at: number; len: number }>();
    const parts: Uint8Array[] = [];
    let size = 0;
    const perModule: Array<Array<{ kind: number; offset: number; at: number; len: number }>> = [];
    for (let m = 0; m < mods; m++) {
      perModule.push(
        set.names(m).map((n) => {
          let e = seen.get(n.name);
          if (!e) {
            const t = enc.encode(n.name);
            e = { at: size, len: t.length };
            seen.set(n.name, e);
            parts.push(t);
            size += t.length;
          }
          return { kind: KINDS.indexOf(n.kind), offset: n.offset, ...e };
        }),
      );
    }
    strings = new Uint8Array(size);
    let o = 0;
    for (const t of parts) {
      strings.set(t, o);
      o += t.length;
    }
    nameAt = (m) => perModule[m]!;
  }
  const header = new TextEncoder().encode(
    MAGIC +
      JSON.stringify({
        source: set.source,
        libraryName: set.libraryName,
        version: set.version,
        columns: CORE.map((k, i) => [k, core[i]!.length]),
        modules: mods,
        strings: strings.length,
      }) +
      '\n',
  );
  let size = align8(header.length);
  for (const a of core) size = align8(size + a.byteLength);
  const indexAt = size;
  const index = new Float64Array(mods + 1);
  size += index.byteLength;
  let recordsSize = 0;
  for (let m = 0; m < mods; m++) recordsSize += RECORD_HEAD + RECORD_NAME * set.namesCount(m);
  const out = new Uint8Array(size + recordsSize + strings.length);
  out.set(header, 0);
  let off = align8(header.length);
  for (const a of core) {
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), off);
    off = align8(off + a.byteLength);
  }
  const dv = new DataView(out.buffer);
  let p = size;
  for (let m = 0; m < mods; m++) {
    index[m] = p;
    const names = nameAt(m);
    dv.setFloat64(p, set.functionSize(m), true);
    dv.setUint32(p + 8, names.length, true);
    p += RECORD_HEAD;
    for (const n of names) {
      out[p] = n.kind;
      dv.setFloat64(p + 1, n.offset, true);
      dv.setUint32(p + 9, n.at, true);
      dv.setUint32(p + 13, n.len, true);
      p += RECORD_NAME;
    }
  }
  index[mods] = p;
  out.set(new Uint8Array(index.buffer), indexAt);
  out.set(strings, p);
  return out;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/**
 * Read a serialised set back: the core columns in one read (views, no copies), names on demand.
 * Throws SignatureError when the buffer is not a complete, consistent serialisation (a damaged
 * cache file is then simply rebuilt); a record found damaged later throws SignatureError too.
 */
export function deserializeSignatureSet(input: Uint8Array | ByteSource): FlirtSignatureSet {
  const src = input instanceof Uint8Array ? bufferSource(input) : input;
  const bad = (why: string): SignatureError => new SignatureError(`signature cache: ${why}`, 'corrupt');
  const magic = new TextEncoder().encode(MAGIC);
  const first = src.read(0, Math.min(src.size, 1 << 16));
  for (let i = 0; i < magic.length; i++) if (first[i] !== magic[i]) throw bad('not a signature cache');
  const nl = first.indexOf(0x0a, magic.length);
  if (nl < 0) throw bad('truncated header');
  let h: { source: string; libraryName: string; version: number; columns: Array<[string, number]>; modules: number; strings: number };
  try {
    h = JSON.parse(utf8.decode(first.subarray(magic.length, nl))) as typeof h;
  } catch {
    throw bad('bad header');
  }
  if (!h || !Array.isArray(h.columns) || h.columns.length !== CORE.length) throw bad('bad column list');
  const mods = h.modules;
  if (!Number.isInteger(mods) || mods < 0 || !Number.isInteger(h.strings) || h.strings < 0) throw bad('bad header');
  // the extent of the core columns and the record index
  const start = align8(nl + 1);
  let end = start;
  for (let i = 0; i < CORE.length; i++) {
    const col = h.columns[i];
    if (!Array.isArray(col) || col[0] !== CORE[i] || !Number.isInteger(col[1]) || col[1] < 0) throw bad('bad column list');
    end = align8(end + col[1] * COLUMNS[CORE[i]!].BYTES_PER_ELEMENT);
  }
  const indexAt = end;
  end += (mods + 1) * 8;
  if (end > src.size) throw bad('truncated');
  let core = src.read(start, end - start);
  if (core.length !== end - start) throw bad('truncated');
  // typed array views need aligned offsets: copy once into an aligned buffer if needed
  if (core.byteOffset % 8 !== 0) core = core.slice();
  const cols: Record<string, Arr> = {};
  let off = 0;
  for (let i = 0; i < CORE.length; i++) {
    const length = h.columns[i]![1];
    const ctor = COLUMNS[CORE[i]!] as unknown as { new (b: ArrayBufferLike, o: number, n: number): Arr; BYTES_PER_ELEMENT: number };
    cols[CORE[i]!] = new ctor(core.buffer, core.byteOffset + off, length);
    off = align8(off + length * ctor.BYTES_PER_ELEMENT);
  }
  for (const k of NAME_COLUMNS) cols[k] = new COLUMNS[k](0);
  const index = new Float64Array(core.buffer, core.byteOffset + (indexAt - start), mods + 1);
  // records: one after another from the end of the index; the strings end the file
  const stringsAt = index[mods]!;
  if (index[0] !== end || stringsAt + h.strings !== src.size) throw bad('truncated records');
  for (let m = 0; m < mods; m++) {
    const n = index[m + 1]! - index[m]!;
    if (!(n >= RECORD_HEAD && (n - RECORD_HEAD) % RECORD_NAME === 0)) throw bad('record index');
  }
  const set = new FlirtSignatureSet(
    { source: String(h.source), libraryName: String(h.libraryName), version: Number(h.version) },
    cols,
    new NameRecords(src, index, stringsAt, h.strings, String(h.source)),
  );
  checkConsistency(set);
  return set;
}

/** every index points inside its table (a set that passes can be walked without bounds errors) */
export function checkConsistency(set: FlirtSignatureSet): void {
  const c = set.c;
  const bad = (why: string): SignatureError => new SignatureError(`signature set: inconsistent ${why}`, 'corrupt');
  const nodes = c.nodeFirstEdge.length;
  const edges = c.edgeStart.length;
  const mods = c.modCrc.length;
  if (nodes === 0) throw bad('nodes');
  if (c.nodeModuleStart.length !== nodes || c.nodeModuleCount.length !== nodes) throw bad('nodes');
  for (const k of ['edgeLength', 'edgeHasWild', 'edgeNext', 'edgeNode'] as const) if (c[k].length !== edges) throw bad('edges');
  if (c.wildPool.length !== c.bytePool.length) throw bad('wildcards');
  const lazyNames = set.isLazy;
  for (const k of ['modPatternSize', 'modPatternLength', 'modCrcLength', 'modTailStart', 'modTailCount'] as const) {
    if (c[k].length !== mods) throw bad('modules');
  }
  if (!lazyNames) for (const k of ['modFunctionSize', 'modNameStart', 'modNameCount'] as const) if (c[k].length !== mods) throw bad('modules');
  const footers = set.hasFooters;
  if (footers || c.modFooterStart.length !== 0 || c.modFooterLength.length !== 0) {
    for (const k of ['modFooterStart', 'modFooterLength'] as const) if (c[k].length !== mods) throw bad('modules');
  }
  const names = c.nameKind.length;
  if (c.nameOffset.length !== names || c.nameStrStart.length !== names || c.nameStrLength.length !== names) throw bad('names');
  if (c.tailOffset.length !== c.tailValue.length) throw bad('tail bytes');
  for (let e = 0; e < edges; e++) {
    const s = c.edgeStart[e]!;
    if (s < 0 || s + c.edgeLength[e]! > c.bytePool.length) throw bad('edge bytes');
    const next = c.edgeNext[e]!;
    // siblings are listed in increasing order, so following a list always terminates
    if (next < -1 || next >= edges || (next >= 0 && next <= e)) throw bad('edge links');
  }
  // a tree: every node but the root has exactly one parent, listed before it
  const parents = new Uint8Array(nodes);
  for (let n = 0; n < nodes; n++) {
    const ms = c.nodeModuleStart[n]!;
    const mc = c.nodeModuleCount[n]!;
    if (ms < 0 || mc < 0 || ms + mc > mods) throw bad('node modules');
    const first = c.nodeFirstEdge[n]!;
    if (first < -1 || first >= edges) throw bad('node edge');
    for (let e = first; e >= 0; e = c.edgeNext[e]!) {
      const child = c.edgeNode[e]!;
      if (child <= n || child >= nodes || parents[child]!++ !== 0) throw bad('tree');
    }
  }
  for (let m = 0; m < mods; m++) {
    if (!lazyNames) {
      const ns = c.modNameStart[m]!;
      if (ns < 0 || c.modNameCount[m]! < 0 || ns + c.modNameCount[m]! > names) throw bad('module names');
    }
    const ts = c.modTailStart[m]!;
    if (ts < 0 || c.modTailCount[m]! < 0 || ts + c.modTailCount[m]! > c.tailValue.length) throw bad('module tail bytes');
    if (c.modFooterStart.length === 0) continue;
    const fs = c.modFooterStart[m]!;
    if (fs < -1 || (fs >= 0 && fs + c.modFooterLength[m]! > c.footerPool.length)) throw bad('module footer');
  }
  for (let i = 0; i < names; i++) {
    const s = c.nameStrStart[i]!;
    if (s < 0 || c.nameStrLength[i]! < 0 || s + c.nameStrLength[i]! > c.strPool.length || c.nameKind[i]! > 2) throw bad('name text');
  }
}
