// Writes IDA .sig files and .pat text for tests: every signature becomes one root edge (its whole
// pattern, with a wildcard mask) leading to a leaf; signatures with equal patterns share the leaf,
// grouped by CRC as IDA groups them. Node's zlib compresses when asked.
import { deflateSync } from 'node:zlib';

export interface TestSignature {
  /** pattern bytes, -1 = wildcard (at most 64) */
  readonly pattern: readonly number[];
  readonly crcLength?: number;
  readonly crc16?: number;
  readonly functionSize?: number;
  /** public/local names; offsets absolute from the function start, ascending */
  readonly names: ReadonlyArray<{ readonly name: string; readonly offset: number; readonly local?: boolean }>;
  readonly tailBytes?: ReadonlyArray<{ readonly offset: number; readonly value: number }>;
  readonly refs?: ReadonlyArray<{ readonly offset: number; readonly name: string }>;
}

export interface SigOptions {
  readonly version?: number;
  readonly patternSize?: number;
  readonly libraryName?: string;
  readonly compressed?: boolean;
}

export function vint16(v: number): number[] {
  if (v < 0 || v > 0x7fff) throw new Error(`vint16 out of range: ${v}`);
  return v < 0x80 ? [v] : [0x80 | (v >> 8), v & 0xff];
}

export function vint32(v: number): number[] {
  if (v < 0 || v > 0xffffffff) throw new Error(`vint32 out of range: ${v}`);
  if (v < 0x80) return [v];
  if (v < 0x4000) return [0x80 | (v >> 8), v & 0xff];
  if (v < 0x20000000) return [0xc0 | (v >>> 24), (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
  return [0xff, (v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];
}

const ascii = (s: string): number[] => [...Buffer.from(s, 'utf8')];

/** the tree bytes (after the header) */
export function sigTree(sigs: readonly TestSignature[], version = 10): number[] {
  const vword = version < 9 ? vint16 : vint32;
  const leaves = new Map<string, TestSignature[]>();
  for (const s of sigs) {
    const k = s.pattern.join(',');
    const l = leaves.get(k) ?? [];
    l.push(s);
    leaves.set(k, l);
  }
  const out: number[] = [...vint16(leaves.size)];
  for (const group of leaves.values()) {
    const pattern = group[0]!.pattern;
    const length = pattern.length;
    out.push(...(version < 10 ? [length] : vint16(length)));
    let hi = 0;
    let lo = 0;
    pattern.forEach((b, p) => {
      if (b >= 0) return;
      const bit = length - 1 - p;
      if (bit >= 32) hi |= 1 << (bit - 32);
      else lo |= 1 << bit;
    });
    if (length > 0 && length < 0x10) out.push(...vint16(lo >>> 0));
    else if (length >= 0x10 && length <= 0x20) out.push(...vint32(lo >>> 0));
    else if (length > 0x20) out.push(...vint32(hi >>> 0), ...vint32(lo >>> 0));
    for (const b of pattern) if (b >= 0) out.push(b);
    out.push(...vint16(0)); // leaf
    // modules grouped by CRC
    const byCrc = new Map<string, TestSignature[]>();
    for (const s of group) {
      const k = `${s.crcLength ?? 0}:${s.crc16 ?? 0}`;
      const l = byCrc.get(k) ?? [];
      l.push(s);
      byCrc.set(k, l);
    }
    const crcGroups = [...byCrc.values()];
    crcGroups.forEach((mods, gi) => {
      out.push(mods[0]!.crcLength ?? 0, ((mods[0]!.crc16 ?? 0) >> 8) & 0xff, (mods[0]!.crc16 ?? 0) & 0xff);
      mods.forEach((m, mi) => {
        out.push(...vword(m.functionSize ?? 0));
        let prev = 0;
        m.names.forEach((n, ni) => {
          const rel = n.offset - prev;
          prev = n.offset;
          out.push(...vword(Math.abs(rel)));
          const nameFlags = (n.local ? 0x02 : 0) | (rel < 0 ? 0x10 : 0);
          if (nameFlags) out.push(nameFlags);
          out.push(...ascii(n.name));
          let flags = 0;
          if (ni < m.names.length - 1) flags |= 0x01;
          else {
            if (m.tailBytes?.length) flags |= 0x02;
            if (m.refs?.length) flags |= 0x04;
            if (mi < mods.length - 1) flags |= 0x08;
            if (mi === mods.length - 1 && gi < crcGroups.length - 1) flags |= 0x10;
          }
          out.push(flags);
        });
        if (m.tailBytes?.length) {
          if (version >= 8) out.push(...vword(m.tailBytes.length));
          for (const t of m.tailBytes) out.push(...vword(t.offset), t.value);
        }
        if (m.refs?.length) {
          if (version >= 8) out.push(...vword(m.refs.length));
          for (const r of m.refs) {
            const b = ascii(r.name);
            out.push(...vword(r.offset));
            if (b.length < 256 && b.length > 0) out.push(b.length);
            else out.push(0, ...vint16(b.length));
            out.push(...b);
          }
        }
      });
    });
  }
  return out;
}

export function sigHeader(opts: SigOptions, count: number): number[] {
  const version = opts.version ?? 10;
  const name = ascii(opts.libraryName ?? 'test library');
  const features = opts.compressed ? 0x10 : 0;
  const le16 = (v: number): number[] => [v & 0xff, (v >> 8) & 0xff];
  const le32 = (v: number): number[] => [v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >>> 24) & 0xff];
  const h = [...ascii('IDASGN'), version, 0, ...le32(0), ...le16(0), ...le16(0), ...le16(features), ...le16(0), ...le16(0)];
  h.push(...new Array<number>(12).fill(0), name.length, ...le16(0));
  if (version >= 6) h.push(...le32(count));
  if (version >= 8) h.push(...le16(opts.patternSize ?? 32));
  if (version >= 10) h.push(...le16(0));
  h.push(...name);
  return h;
}

/** a complete .sig file */
export function writeSig(sigs: readonly TestSignature[], opts: SigOptions = {}): Uint8Array {
  const tree = Uint8Array.from(sigTree(sigs, opts.version ?? 10));
  const body = opts.compressed ? new Uint8Array(deflateSync(tree)) : tree;
  const head = Uint8Array.from(sigHeader(opts, sigs.length));
  const out = new Uint8Array(head.length + body.length);
  out.set(head);
  out.set(body, head.length);
  return out;
}

const hex2 = (b: number): string => b.toString(16).toUpperCase().padStart(2, '0');
const hex4 = (v: number): string => v.toString(16).toUpperCase().padStart(4, '0');

/** the same signatures as .pat text */
export function writePat(sigs: readonly TestSignature[]): string {
  const lines = sigs.map((s) => {
    const parts = [s.pattern.map((b) => (b < 0 ? '..' : hex2(b))).join(''), hex2(s.crcLength ?? 0), hex4(s.crc16 ?? 0), hex4(s.functionSize ?? 0)];
    for (const n of s.names) parts.push(`:${hex4(n.offset)}${n.local ? '@' : ''} ${n.name}`);
    for (const r of s.refs ?? []) parts.push(`^${hex4(r.offset)} ${r.name}`);
    for (const t of s.tailBytes ?? []) parts.push(`(${hex4(t.offset)}: ${hex2(t.value)})`);
    return parts.join(' ');
  });
  return `${lines.join('\n')}\n---\n`;
}
