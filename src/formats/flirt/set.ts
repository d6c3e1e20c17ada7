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

  constructor(info: SetInfo, columns: Record<string, Arr>) {
    this.source = info.source;
    this.libraryName = info.libraryName;
    this.version = info.version;
    this.c = new ColumnSet(columns);
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

  module(m: number): FlirtModule {
    const c = this.c;
    const fs = c.modFooterStart[m]!;
    return {
      index: m,
      patternSize: c.modPatternSize[m]!,
      patternLength: c.modPatternLength[m]!,
      crcLength: c.modCrcLength[m]!,
      crc16: c.modCrc[m]!,
      functionSize: c.modFunctionSize[m]!,
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

const MAGIC = 'capa-ts flirt set 1\n';

/** The set as one buffer (the signature cache's file contents). */
export function serializeSignatureSet(set: FlirtSignatureSet): Uint8Array {
  const header = JSON.stringify({
    source: set.source,
    libraryName: set.libraryName,
    version: set.version,
    columns: Object.keys(COLUMNS).map((k) => [k, (set.c as unknown as Record<string, Arr>)[k]!.length]),
  });
  const enc = new TextEncoder();
  const head = enc.encode(MAGIC + header + '\n');
  let size = align8(head.length);
  for (const k of Object.keys(COLUMNS)) size = align8(size + (set.c as unknown as Record<string, Arr>)[k]!.byteLength);
  const out = new Uint8Array(size);
  out.set(head, 0);
  let off = align8(head.length);
  for (const k of Object.keys(COLUMNS)) {
    const a = (set.c as unknown as Record<string, Arr>)[k]!;
    out.set(new Uint8Array(a.buffer, a.byteOffset, a.byteLength), off);
    off = align8(off + a.byteLength);
  }
  return out;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

/**
 * Read a serialised set back (views into `buf`, no copies). Throws SignatureError when the buffer
 * is not a complete, consistent serialisation (a damaged cache file is then simply rebuilt).
 */
export function deserializeSignatureSet(buf: Uint8Array): FlirtSignatureSet {
  const bad = (why: string): SignatureError => new SignatureError(`signature cache: ${why}`, 'corrupt');
  const magic = new TextEncoder().encode(MAGIC);
  for (let i = 0; i < magic.length; i++) if (buf[i] !== magic[i]) throw bad('not a signature cache');
  const nl = buf.indexOf(0x0a, magic.length);
  if (nl < 0) throw bad('truncated header');
  let h: { source: string; libraryName: string; version: number; columns: Array<[string, number]> };
  try {
    h = JSON.parse(utf8.decode(buf.subarray(magic.length, nl))) as typeof h;
  } catch {
    throw bad('bad header');
  }
  const keys = Object.keys(COLUMNS);
  if (!Array.isArray(h.columns) || h.columns.length !== keys.length) throw bad('bad column list');
  // typed array views need aligned offsets: copy once into an aligned buffer if needed
  if (buf.byteOffset % 8 !== 0) buf = buf.slice();
  let off = align8(nl + 1);
  const cols: Record<string, Arr> = {};
  for (let i = 0; i < keys.length; i++) {
    const [name, length] = h.columns[i]!;
    const ctor = (COLUMNS as Record<string, ArrCtor>)[keys[i]!]!;
    if (name !== keys[i] || !Number.isInteger(length) || length < 0) throw bad('bad column list');
    const bytes = length * ctor.BYTES_PER_ELEMENT;
    if (off + bytes > buf.length) throw bad('truncated');
    cols[name] = new (ctor as unknown as { new (b: ArrayBufferLike, o: number, n: number): Arr })(buf.buffer, buf.byteOffset + off, length);
    off = align8(off + bytes);
  }
  const set = new FlirtSignatureSet({ source: h.source, libraryName: h.libraryName, version: h.version }, cols);
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
  for (const k of ['modPatternSize', 'modPatternLength', 'modCrcLength', 'modFunctionSize', 'modNameStart', 'modNameCount', 'modTailStart', 'modTailCount', 'modFooterStart', 'modFooterLength'] as const) {
    if (c[k].length !== mods) throw bad('modules');
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
    const ns = c.modNameStart[m]!;
    if (ns < 0 || c.modNameCount[m]! < 0 || ns + c.modNameCount[m]! > names) throw bad('module names');
    const ts = c.modTailStart[m]!;
    if (ts < 0 || c.modTailCount[m]! < 0 || ts + c.modTailCount[m]! > c.tailValue.length) throw bad('module tail bytes');
    const fs = c.modFooterStart[m]!;
    if (fs < -1 || (fs >= 0 && fs + c.modFooterLength[m]! > c.footerPool.length)) throw bad('module footer');
  }
  for (let i = 0; i < names; i++) {
    const s = c.nameStrStart[i]!;
    if (s < 0 || c.nameStrLength[i]! < 0 || s + c.nameStrLength[i]! > c.strPool.length || c.nameKind[i]! > 2) throw bad('name text');
  }
}
