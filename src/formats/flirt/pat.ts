// IDA FLAIR .pat text files (plain or gzip-compressed), with python-flirt's grammar: lines of
//   PATTERN CRCLEN CRC16 SIZE NAME... [FOOTER] [(OFFS: BB)...]
// where PATTERN is hex bytes and `..` wildcards, names are `:OFFS name` (public), `:OFFS@ name`
// (local) or `^OFFS name` (reference); `#` lines are comments; the list ends with `---`.
// A line that does not fit makes the whole file invalid, as in python-flirt. Patterns become a
// byte-wise trie so that matching a big .pat costs what matching a .sig tree costs.

import { Gunzip } from 'fflate';
import { FlirtSetBuilder, type FlirtSignatureSet } from './set.js';
import { MAX_PATTERN_LENGTH, SignatureError, type FlirtName, type FlirtTailByte } from './types.js';

/** refuse to gunzip a .pat.gz beyond this */
export const MAX_PAT_SIZE = 256 * 1024 * 1024;

class LineError extends Error {}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

class LineParser {
  pos = 0;
  constructor(readonly s: string) {}

  get done(): boolean {
    return this.pos >= this.s.length;
  }

  spaces(): void {
    while (this.s.charCodeAt(this.pos) === 0x20) this.pos++;
  }

  /** exactly two hex digits */
  hexByte(): number | undefined {
    const a = hexValue(this.s.charCodeAt(this.pos));
    const b = hexValue(this.s.charCodeAt(this.pos + 1));
    if (a < 0 || b < 0) return undefined;
    this.pos += 2;
    return (a << 4) | b;
  }

  /** any number of hex digits (none = 0), as python-flirt reads sizes and offsets */
  hexNumber(): number {
    let v = 0;
    for (;;) {
      const d = hexValue(this.s.charCodeAt(this.pos));
      if (d < 0) return v;
      v = v * 16 + d;
      if (v > Number.MAX_SAFE_INTEGER) throw new LineError('number too large');
      this.pos++;
    }
  }

  /** hex bytes and `..` wildcards (at least one) */
  byteSignature(): Int16Array | undefined {
    const out: number[] = [];
    for (;;) {
      const b = this.hexByte();
      if (b !== undefined) {
        out.push(b);
        continue;
      }
      if (this.s.charCodeAt(this.pos) === 0x2e && this.s.charCodeAt(this.pos + 1) === 0x2e) {
        this.pos += 2;
        out.push(-1);
        continue;
      }
      break;
    }
    return out.length ? Int16Array.from(out) : undefined;
  }

  symbol(): FlirtName | undefined {
    const c = this.s.charCodeAt(this.pos);
    let kind: FlirtName['kind'];
    const save = this.pos;
    let offset: number;
    if (c === 0x3a /* : */) {
      this.pos++;
      offset = this.hexNumber();
      if (this.s.charCodeAt(this.pos) === 0x40 /* @ */) {
        this.pos++;
        kind = 'local';
      } else if (this.s.charCodeAt(this.pos) === 0x20) kind = 'public';
      else {
        this.pos = save;
        return undefined;
      }
    } else if (c === 0x5e /* ^ */) {
      this.pos++;
      offset = this.hexNumber();
      kind = 'reference';
    } else return undefined;
    this.spaces();
    const start = this.pos;
    while (this.pos < this.s.length && this.s.charCodeAt(this.pos) !== 0x20) this.pos++;
    if (this.pos === start) {
      this.pos = save;
      return undefined;
    }
    const name = this.s.slice(start, this.pos);
    this.spaces();
    return { name, kind, offset };
  }

  tailByte(): FlirtTailByte | undefined {
    if (this.s.charCodeAt(this.pos) !== 0x28 /* ( */) return undefined;
    const save = this.pos;
    this.pos++;
    const offset = this.hexNumber();
    if (this.s.charCodeAt(this.pos) !== 0x3a) {
      this.pos = save;
      return undefined;
    }
    this.pos++;
    this.spaces();
    const value = this.hexByte();
    if (value === undefined || this.s.charCodeAt(this.pos) !== 0x29 /* ) */) {
      this.pos = save;
      return undefined;
    }
    this.pos++;
    return { offset, value };
  }
}

interface PatLine {
  readonly pattern: Int16Array;
  readonly crcLength: number;
  readonly crc16: number;
  readonly functionSize: number;
  readonly names: FlirtName[];
  readonly tailBytes: FlirtTailByte[];
  readonly footer?: Int16Array;
}

function parseLine(line: string): PatLine {
  const p = new LineParser(line);
  const pattern = p.byteSignature();
  if (!pattern) throw new LineError('expected a byte pattern');
  if (pattern.length > MAX_PATTERN_LENGTH) throw new LineError(`pattern longer than ${MAX_PATTERN_LENGTH} bytes`);
  p.spaces();
  const crcLength = p.hexByte();
  if (crcLength === undefined) throw new LineError('expected the CRC length');
  p.spaces();
  const c1 = p.hexByte();
  const c2 = c1 === undefined ? undefined : p.hexByte();
  if (c2 === undefined) throw new LineError('expected the CRC16');
  p.spaces();
  const functionSize = p.hexNumber();
  p.spaces();
  const names: FlirtName[] = [];
  for (;;) {
    const n = p.symbol();
    if (!n) break;
    names.push(n);
  }
  if (!names.length) throw new LineError('expected a name');
  p.spaces();
  const footer = p.byteSignature();
  p.spaces();
  const tailBytes: FlirtTailByte[] = [];
  for (;;) {
    const t = p.tailByte();
    if (!t) break;
    tailBytes.push(t);
    if (p.s.charCodeAt(p.pos) === 0x20) p.pos++;
  }
  if (!p.done) throw new LineError(`unexpected text at column ${p.pos + 1}`);
  return { pattern, crcLength, crc16: (c1! << 8) | c2, functionSize, names, tailBytes, ...(footer ? { footer } : {}) };
}

/** gunzip a .pat.gz (bounded) */
export function gunzipPat(b: Uint8Array, source: string, maxSize = MAX_PAT_SIZE): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let ended = false;
  const g = new Gunzip((chunk, final) => {
    total += chunk.length;
    if (total > maxSize) throw new SignatureError(`${source}: inflates beyond ${maxSize} bytes`, 'too-large');
    chunks.push(chunk);
    if (final) ended = true;
  });
  try {
    const STEP = 1 << 16;
    if (b.length === 0) throw new SignatureError(`${source}: empty file`, 'truncated');
    for (let off = 0; off < b.length; off += STEP) {
      const stop = Math.min(b.length, off + STEP);
      g.push(b.subarray(off, stop), stop === b.length);
    }
  } catch (e) {
    if (e instanceof SignatureError) throw e;
    throw new SignatureError(`${source}: not a valid gzip file (${e instanceof Error ? e.message : String(e)})`, 'corrupt');
  }
  if (!ended) throw new SignatureError(`${source}: gzip data is truncated`, 'truncated');
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Parse .pat text (bytes of a plain .pat, or of a gunzipped .pat.gz). */
export function parsePat(bytes: Uint8Array, source: string): FlirtSignatureSet {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new SignatureError(`${source}: not UTF-8 text`, 'corrupt');
  }
  // (viv-utils normalises CRLF before python-flirt parses)
  text = text.replace(/\r\n/g, '\n');
  const out = new FlirtSetBuilder();
  const root = out.addNode();
  const lines: PatLine[] = [];
  let pos = 0;
  let lineNo = 0;
  for (;;) {
    lineNo++;
    if (text.startsWith('---', pos)) break;
    const nl = text.indexOf('\n', pos);
    if (nl < 0) {
      throw new SignatureError(`${source}:${lineNo}: ${pos >= text.length ? 'missing the closing ---' : 'last line has no newline and no closing ---'}`, 'truncated');
    }
    const line = text.slice(pos, nl);
    pos = nl + 1;
    if (line.charCodeAt(0) === 0x23 /* # */) continue;
    let parsed: PatLine;
    try {
      parsed = parseLine(line);
    } catch (e) {
      if (e instanceof LineError) throw new SignatureError(`${source}:${lineNo}: ${e.message}`, 'corrupt');
      throw e;
    }
    lines.push(parsed);
  }
  // modules of one leaf must be added together: group lines by leaf, first-seen order
  const byLeaf = new Map<number, PatLine[]>();
  for (const l of lines) {
    const leaf = insert(out, root, l.pattern);
    const list = byLeaf.get(leaf);
    if (list) list.push(l);
    else byLeaf.set(leaf, [l]);
  }
  for (const [leaf, list] of byLeaf) {
    for (const l of list) {
      // python-flirt's .pat patterns are 32 bytes for the CRC start, whatever the line's length
      out.beginModule(leaf, { patternSize: 32, patternLength: l.pattern.length, crcLength: l.crcLength, crc16: l.crc16, functionSize: l.functionSize });
      for (const n of l.names) out.addName(n.kind, n.offset, n.name);
      for (const t of l.tailBytes) out.addTailByte(t.offset, t.value);
      if (l.footer) out.setFooter(l.footer);
    }
  }
  return out.build({ source, libraryName: '', version: 0 });
}

/** add a pattern to a trie of one-byte edges, returning its leaf */
function insert(out: FlirtSetBuilder, root: number, pattern: Int16Array): number {
  let node = root;
  for (let i = 0; i < pattern.length; i++) {
    const v = pattern[i]!;
    const wild = v < 0;
    node = out.findByteEdge(node, v, wild) ?? out.addEdge(node, new Uint8Array([wild ? 0 : v]), wild ? ONE : undefined);
  }
  return node;
}

const ONE = new Uint8Array([1]);
