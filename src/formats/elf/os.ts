// ELF OS detection (capa-semantics.md §4.8), reproducing capa's `elf.py` heuristic by heuristic,
// including its failure behaviour: capa reads structures with Python `struct`, so a short read
// raises and the whole heuristic yields nothing, while an unreadable program/section header
// (data beyond the end of the file) is merely skipped. `CapaElfView` mirrors capa's own ELF
// reader (not the loader's), because the two disagree on malformed files.

import { ByteReader, ascii, cstrBytes, decodeAscii, decodeUtf8, indexOfBytes } from './reader.js';
import type { ElfFile } from './types.js';

/** raised where Python would raise (struct.error, ValueError, UnicodeDecodeError, …) */
class PyError extends Error {}

const EMPTY = new Uint8Array(0);

/** 2^63: Python file offsets/sizes at or above this overflow (OverflowError, not ValueError) */
const PY_OFF_MAX = 2 ** 63;

const fail = (msg: string): never => {
  throw new PyError(msg);
};

const OSABI: Record<number, string> = {
  1: 'hpux', 2: 'netbsd', 3: 'linux', 4: 'hurd', 5: '86open', 6: 'solaris', 7: 'aix', 8: 'irix', 9: 'freebsd',
  10: 'tru64', 11: 'modesto', 12: 'openbsd', 13: 'openvms', 14: 'nsk', 15: 'aros', 16: 'fenixos', 17: 'cloud',
};

const GNU_ABI_TAG: Record<number, string> = {
  0: 'linux', 1: 'hurd', 2: 'solaris', 3: 'freebsd', 4: 'netbsd', 5: 'syllable', 6: 'nacl',
};

interface Phdr {
  type: number;
  offset: number;
  vaddr: number;
  filesz: number;
  memsz: number;
  flags: number;
  buf: Uint8Array;
}

interface Shdr {
  name: number;
  type: number;
  addr: number;
  offset: number;
  size: number;
  link: number;
  entsize: number;
  buf: Uint8Array;
}

/** capa's `elf.ELF`: header fields plus raw program/section header tables */
export class CapaElfView {
  readonly bitness: 32 | 64;
  readonly r: ByteReader;
  readonly header: Uint8Array;
  readonly phentsize: number;
  readonly phnum: number;
  readonly shentsize: number;
  readonly shnum: number;
  readonly shstrndx: number;
  readonly phbuf: Uint8Array;
  readonly shbuf: Uint8Array;

  constructor(readonly bytes: Uint8Array) {
    this.header = bytes.subarray(0, 0x40);
    if (!(bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46)) fail('missing magic header');
    const cls = bytes[4];
    const data = bytes[5];
    if (cls !== 1 && cls !== 2) fail('invalid ei_class');
    if (data !== 1 && data !== 2) fail('invalid ei_data');
    this.bitness = cls === 1 ? 32 : 64;
    this.r = new ByteReader(bytes, data === 1);
    const h = new ByteReader(this.header, data === 1);
    let phoff: number;
    let shoff: number;
    try {
      if (this.bitness === 32) {
        phoff = h.u32(0x1c);
        shoff = h.u32(0x20);
        this.phentsize = h.u16(0x2a);
        this.phnum = h.u16(0x2c);
        this.shentsize = h.u16(0x2e);
        this.shnum = h.u16(0x30);
        this.shstrndx = h.u16(0x32);
      } else {
        phoff = h.u64(0x20);
        shoff = h.u64(0x28);
        this.phentsize = h.u16(0x36);
        this.phnum = h.u16(0x38);
        this.shentsize = h.u16(0x3a);
        this.shnum = h.u16(0x3c);
        this.shstrndx = h.u16(0x3e);
      }
    } catch {
      throw new PyError('file header truncated');
    }
    // Python's seek() overflows on offsets ≥ 2^63; a read of 0 bytes always "succeeds"
    if (phoff >= PY_OFF_MAX || shoff >= PY_OFF_MAX) fail('offset overflow');
    const phsize = this.phnum * this.phentsize;
    const ph = phsize === 0 ? new Uint8Array(0) : this.r.slice(phoff, phsize);
    this.phbuf = ph ?? new Uint8Array(0);
    if (!ph) this.phnum = 0;
    const shsize = this.shnum * this.shentsize;
    const sh = shsize === 0 ? new Uint8Array(0) : this.r.slice(shoff, shsize);
    this.shbuf = sh ?? new Uint8Array(0);
    if (!sh) this.shnum = 0;
  }

  get littleEndian(): boolean {
    return this.r.littleEndian;
  }

  get osabi(): string | undefined {
    return OSABI[this.header[7]!];
  }

  get machine(): number {
    return new ByteReader(this.header, this.littleEndian).u16(0x12);
  }

  /** one program header; PyError on a short entry, undefined when its data is not in the file */
  private phdr(i: number): Phdr | undefined {
    // entries live inside phbuf, itself a view of the file: read them through the file reader
    const start = i * this.phentsize;
    const len = Math.max(0, Math.min(this.phentsize, this.phbuf.length - start));
    const e = this.r;
    const o = this.phbuf.byteOffset - this.bytes.byteOffset + start;
    let type: number, offset: number, vaddr: number, filesz: number, memsz: number, flags: number;
    if (this.bitness === 32) {
      if (len < 28) fail('short phdr');
      [type, offset, vaddr, filesz, memsz, flags] = [e.u32(o), e.u32(o + 4), e.u32(o + 8), e.u32(o + 16), e.u32(o + 20), e.u32(o + 24)];
    } else {
      if (len < 48) fail('short phdr');
      [type, flags, offset, vaddr, filesz, memsz] = [e.u32(o), e.u32(o + 4), e.u64(o + 8), e.u64(o + 16), e.u64(o + 32), e.u64(o + 40)];
    }
    if (offset >= PY_OFF_MAX || filesz >= PY_OFF_MAX) fail('offset overflow');
    const buf = filesz === 0 ? EMPTY : this.r.slice(offset, filesz);
    return buf ? { type, offset, vaddr, filesz, memsz, flags, buf } : undefined;
  }

  private phCache?: (Phdr | undefined | PyError)[];

  *programHeaders(): Generator<Phdr> {
    // parsed once: every heuristic walks these, and hostile files have up to 65535 of them
    if (!this.phCache) {
      this.phCache = [];
      for (let i = 0; i < this.phnum; i++) {
        try {
          this.phCache.push(this.phdr(i));
        } catch (e) {
          if (!(e instanceof PyError)) throw e;
          this.phCache.push(e);
          break;
        }
      }
    }
    for (const p of this.phCache) {
      if (p instanceof PyError) throw p;
      if (p) yield p;
    }
  }

  private shCache = new Map<number, Shdr | PyError>();

  /** one section header; PyError on a short entry or unreadable data (capa's ValueError) */
  shdr(i: number): Shdr {
    let r = this.shCache.get(i);
    if (r === undefined) {
      try {
        r = this.parseShdr(i);
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        r = e;
      }
      this.shCache.set(i, r);
    }
    if (r instanceof PyError) throw r;
    return r;
  }

  private parseShdr(i: number): Shdr {
    const ent = this.shbuf.subarray(i * this.shentsize, i * this.shentsize + this.shentsize);
    const e = new ByteReader(ent, this.littleEndian);
    let s: Omit<Shdr, 'buf'>;
    if (this.bitness === 32) {
      if (ent.length < 40) fail('short shdr');
      s = { name: e.u32(0), type: e.u32(4), addr: e.u32(12), offset: e.u32(16), size: e.u32(20), link: e.u32(24), entsize: e.u32(36) };
    } else {
      if (ent.length < 64) fail('short shdr');
      s = { name: e.u32(0), type: e.u32(4), addr: e.u64(16), offset: e.u64(24), size: e.u64(32), link: e.u32(40), entsize: e.u64(56) };
    }
    if (s.offset >= PY_OFF_MAX || s.size >= PY_OFF_MAX) fail('offset overflow');
    const buf = s.size === 0 ? new Uint8Array(0) : this.r.slice(s.offset, s.size);
    if (!buf) throw new ReadError('failed to read section header content');
    return { ...s, buf };
  }

  *sectionHeaders(): Generator<Shdr> {
    for (let i = 0; i < this.shnum; i++) {
      let s: Shdr;
      try {
        s = this.shdr(i);
      } catch (e) {
        if (e instanceof ReadError) continue;
        throw e;
      }
      yield s;
    }
  }

  sectionName(s: Shdr): string {
    const strtab = this.shdr(this.shstrndx);
    return decodeAscii(cstrBytes(strtab.buf, s.name));
  }

  get linker(): string | undefined {
    for (const p of this.programHeaders()) {
      if (p.type !== 3) continue;
      return decodeUtf8(cstrBytes(p.buf, 0));
    }
    return undefined;
  }

  /** `.gnu.version_r` of the first SHT_GNU_verneed section: every needed ABI name */
  versionsNeeded(): string[] {
    for (const s of this.sectionHeaders()) {
      if (s.type !== 0x6ffffffe) continue;
      const linked = this.shdr(s.link);
      const out: string[] = [];
      const b = new ByteReader(s.buf, this.littleEndian);
      let vn = 0;
      for (;;) {
        if (vn + 16 > s.buf.length) fail('verneed out of bounds');
        if (b.u16(vn) !== 1) break;
        const cnt = b.u16(vn + 2);
        decodeUtf8(cstrBytes(linked.buf, b.u32(vn + 4)));
        let vna = vn + b.u32(vn + 8);
        for (let k = 0; k < cnt; k++) {
          if (vna + 16 > s.buf.length) fail('vernaux out of bounds');
          out.push(decodeUtf8(cstrBytes(linked.buf, b.u32(vna + 8))));
          vna += b.u32(vna + 12);
        }
        const next = b.u32(vn + 12);
        vn += next;
        if (next === 0) break;
      }
      return out;
    }
    return [];
  }

  /** (tag, value) pairs of every PT_DYNAMIC segment, each up to DT_NULL */
  *dynamicEntries(): Generator<[number, number]> {
    const w = this.bitness === 32 ? 4 : 8;
    for (const p of this.programHeaders()) {
      if (p.type !== 2) continue;
      const b = new ByteReader(p.buf, this.littleEndian);
      for (let o = 0; ; o += 2 * w) {
        if (o + 2 * w > p.buf.length) fail('dynamic entry out of bounds');
        const tag = b.word(o, w === 8);
        const val = b.word(o + w, w === 8);
        if (tag === 0) break;
        yield [tag, val];
      }
    }
  }

  get dynStrtab(): Uint8Array | undefined {
    let addr: number | undefined;
    let size: number | undefined;
    for (const [t, v] of this.dynamicEntries()) if (t === 5) { addr = v; break; }
    for (const [t, v] of this.dynamicEntries()) if (t === 10) { size = v; break; }
    if (addr === undefined || size === undefined) return undefined;
    let off: number | undefined;
    for (const s of this.sectionHeaders()) {
      if (s.addr && s.addr <= addr && addr < s.addr + s.size) {
        off = s.offset + (addr - s.addr);
        break;
      }
    }
    if (off === undefined) return undefined;
    if (off >= PY_OFF_MAX || size >= PY_OFF_MAX) fail('offset overflow');
    return size === 0 ? new Uint8Array(0) : this.r.slice(off, size);
  }

  *needed(): Generator<string> {
    const strtab = this.dynStrtab;
    if (!strtab || strtab.length === 0) return;
    for (const [t, v] of this.dynamicEntries()) {
      if (t !== 1) continue;
      let name: string;
      try {
        name = decodeUtf8(cstrBytes(strtab, v));
      } catch {
        continue; // capa logs and skips undecodable DT_NEEDED names
      }
      yield name;
    }
  }
}

/** capa's ValueError from a short section read: skipped while iterating sections */
class ReadError extends PyError {}

const align4 = (v: number): number => (v % 4 === 0 ? v : v + (4 - (v % 4)));

interface Note {
  name: string;
  type: number;
  descsz: number;
  descOffset: number;
  buf: Uint8Array;
}

function parseNote(view: CapaElfView, buf: Uint8Array, strict: 'ascii' | 'utf8'): Note {
  if (buf.length < 12) fail('note header truncated');
  const b = new ByteReader(buf, view.littleEndian);
  const namesz = b.u32(0);
  const descsz = b.u32(4);
  const type = b.u32(8);
  const nameBytes = cstrBytes(buf.subarray(12, 12 + namesz), 0);
  const name = strict === 'ascii' ? decodeAscii(nameBytes) : decodeUtf8(nameBytes);
  return { name, type, descsz, descOffset: 12 + align4(namesz), buf };
}

function noteAbiTag(view: CapaElfView, n: Note): string | undefined {
  if (n.name !== 'GNU' || n.descsz < 16) return undefined;
  const desc = n.buf.subarray(n.descOffset, n.descOffset + n.descsz);
  if (desc.length < 16) fail('abi tag truncated');
  return GNU_ABI_TAG[new ByteReader(desc, view.littleEndian).u32(0)];
}

const NOTE_OWNERS: Record<string, string> = { Linux: 'linux', OpenBSD: 'openbsd', NetBSD: 'netbsd', FreeBSD: 'freebsd' };

export function guessOsFromOsabi(v: CapaElfView): string | undefined {
  return v.osabi;
}

export function guessOsFromPhNotes(v: CapaElfView): string | undefined {
  for (const p of v.programHeaders()) {
    if (p.type !== 4) continue;
    const n = parseNote(v, p.buf, 'ascii');
    if (n.type !== 1) continue;
    const owner = NOTE_OWNERS[n.name] ?? (n.name === 'Android' ? 'android' : undefined);
    if (owner) return owner;
    if (n.name === 'GNU' && n.type === 1) {
      const os = noteAbiTag(v, n);
      if (os) return os;
    }
  }
  return undefined;
}

export function guessOsFromShNotes(v: CapaElfView): string | undefined {
  for (const s of v.sectionHeaders()) {
    if (s.type !== 7) continue;
    const n = parseNote(v, s.buf, 'utf8');
    const owner = NOTE_OWNERS[n.name];
    if (owner) return owner;
    if (n.name === 'GNU') {
      const os = noteAbiTag(v, n);
      if (os) return os;
    }
  }
  return undefined;
}

export function guessOsFromIdentDirective(v: CapaElfView): string | undefined {
  for (const s of v.sectionHeaders()) {
    if (s.type !== 1) continue;
    if (v.sectionName(s) !== '.comment') continue;
    let comment: string;
    try {
      comment = decodeUtf8(s.buf);
    } catch {
      continue;
    }
    if (!comment.includes('GCC:')) continue;
    if (comment.includes('Debian') || comment.includes('Ubuntu') || comment.includes('Red Hat') || comment.includes('Alpine')) {
      return 'linux';
    }
    if (comment.includes('Android')) return 'android';
  }
  return undefined;
}

export function guessOsFromLinker(v: CapaElfView): string | undefined {
  const linker = v.linker;
  return linker && linker.includes('ld-linux') ? 'linux' : undefined;
}

export function guessOsFromAbiVersionsNeeded(v: CapaElfView): string | undefined {
  const abis = v.versionsNeeded();
  if (!abis.some((a) => a.startsWith('GLIBC'))) return undefined;
  // glibc runs on Linux and Hurd, Hurd only on i386
  if (v.machine !== 3) return 'linux';
  const linker = v.linker;
  if (linker && linker.includes('ld-linux')) return 'linux';
  if (linker && linker.includes('/ld.so')) return 'hurd';
  return 'linux';
}

export function guessOsFromNeededDependencies(v: CapaElfView): string | undefined {
  for (const needed of v.needed()) {
    if (needed.startsWith('libmachuser.so') || needed.startsWith('libhurduser.so')) return 'hurd';
    if (needed.startsWith('libandroid.so') || needed.startsWith('liblog.so')) return 'android';
  }
  return undefined;
}

export function guessOsFromSymtab(v: CapaElfView): string | undefined {
  let symtab: Shdr | undefined;
  let strtab: Shdr | undefined;
  for (const s of v.sectionHeaders()) {
    if (s.type !== 2) continue;
    symtab = s;
    strtab = v.shdr(s.link);
    break;
  }
  if (!symtab || !strtab) return undefined;
  if (symtab.entsize === 0) return undefined;
  const b = new ByteReader(symtab.buf, v.littleEndian);
  const count = Math.floor(symtab.buf.length / symtab.entsize);
  const entLen = v.bitness === 32 ? 16 : 24;
  // capa parses the whole table before looking at names
  const nameOffsets: number[] = [];
  for (let i = 0; i < count; i++) {
    const o = i * symtab.entsize;
    if (o + entLen > symtab.buf.length) fail('symbol truncated');
    nameOffsets.push(b.u32(o));
  }
  for (const off of nameOffsets) {
    const end = off < strtab.size ? strtab.buf.indexOf(0, off) : -1;
    if (end < 0) fail('symbol name not found');
    const name = decodeUtf8(strtab.buf.subarray(off, end));
    if (name.includes('linux')) return 'linux';
  }
  return undefined;
}

function isGoBinary(v: CapaElfView): boolean {
  for (const s of v.sectionHeaders()) if (v.sectionName(s) === '.note.go.buildid') return true;
  for (const s of v.sectionHeaders()) if (v.sectionName(s) === '.go.buildinfo') return true;
  return false;
}

function goBuildinfoData(v: CapaElfView): Uint8Array | undefined {
  for (const s of v.sectionHeaders()) if (v.sectionName(s) === '.go.buildinfo') return s.buf;
  for (const p of v.programHeaders()) {
    if (p.type !== 1) continue;
    if ((p.flags & 3) === 2) return p.buf;
  }
  return undefined;
}

/** capa's read_data: first program header (any type) containing rva, zero-padded to memsz */
function readData(v: CapaElfView, rva: number, size: number): Uint8Array | undefined {
  for (const p of v.programHeaders()) {
    if (!(p.vaddr <= rva && rva < p.vaddr + p.memsz)) continue;
    const start = rva - p.vaddr;
    const end = Math.min(start + size, Math.max(p.memsz, p.buf.length));
    const n = Math.max(0, end - start);
    if (n > 0x1000000) fail('slice too large'); // hostile sizes: Python would allocate, we refuse
    const out = new Uint8Array(n);
    if (start < p.buf.length) out.set(p.buf.subarray(start, Math.min(p.buf.length, start + n)));
    return out;
  }
  return undefined;
}

function readGoSlice(v: CapaElfView, rva: number): Uint8Array | undefined {
  const size = v.bitness === 32 ? 8 : 16;
  const sb = readData(v, rva, size);
  if (!sb || sb.length === 0) return undefined;
  if (sb.length < size) fail('go slice header truncated');
  const b = new ByteReader(sb, v.littleEndian);
  const addr = size === 8 ? b.u32(0) : b.u64(0);
  const len = size === 8 ? b.u32(4) : b.u64(8);
  return readData(v, addr, len);
}

const GOOS: [string, string | undefined][] = [
  ['aix', 'aix'], ['android', 'android'], ['dragonfly', 'dragonfly BSD'], ['freebsd', 'freebsd'], ['hurd', 'hurd'],
  ['illumos', 'illumos'], ['linux', 'linux'], ['netbsd', 'netbsd'], ['openbsd', 'openbsd'], ['solaris', 'solaris'],
  ['zos', 'z/os'], ['windows', undefined], ['plan9', undefined], ['ios', undefined], ['darwin', undefined],
  ['nacl', undefined], ['js', undefined],
];

function searchGoos(buf: Uint8Array): { found: boolean; os?: string } {
  for (const [key, os] of GOOS) {
    if (indexOfBytes(buf, ascii('GOOS=' + key)) >= 0) return os === undefined ? { found: true } : { found: true, os };
  }
  return { found: false };
}

const BUILDINFO_MAGIC = ascii('\xff Go buildinf:');

export function guessOsFromGoBuildinfo(v: CapaElfView): string | undefined {
  const buf = goBuildinfoData(v);
  if (!buf || buf.length === 0) return undefined;
  const index = indexOfBytes(buf, BUILDINFO_MAGIC);
  if (index < 0) return undefined;
  const at = index + BUILDINFO_MAGIC.length;
  if (at + 2 > buf.length) fail('buildinfo header truncated');
  const psize = (buf[at]! << 24) >> 24;
  const flags = (buf[at + 1]! << 24) >> 24;
  if (psize !== 4 && psize !== 8) fail('bad pointer size');
  const bigEndian = (flags & 1) !== 0;
  if ((flags & 2) !== 0) return searchGoos(buf).os;
  const ib = new ByteReader(buf, !bigEndian);
  const o = index + 0x10;
  if (o + 2 * psize > buf.length) fail('buildinfo pointers truncated');
  const buildVersionAddr = psize === 4 ? ib.u32(o) : ib.u64(o);
  const modinfoAddr = psize === 4 ? ib.u32(o + 4) : ib.u64(o + 8);
  const buildVersion = readGoSlice(v, buildVersionAddr);
  if (buildVersion && buildVersion.length > 0) decodeUtf8(buildVersion); // capa decodes it for its debug log
  let modinfo = readGoSlice(v, modinfoAddr);
  if (modinfo && modinfo.length > 0) {
    if (modinfo.length < 0x11) fail('modinfo too short');
    if (modinfo[modinfo.length - 0x11] === 0x0a) modinfo = modinfo.subarray(0x10, modinfo.length - 0x10);
    decodeUtf8(modinfo);
  }
  if (!modinfo || modinfo.length === 0) return undefined;
  return searchGoos(modinfo).os;
}

const OS_FILENAME: [string, string][] = [
  ['aix', 'aix'], ['android', 'android'], ['dragonfly', 'dragonfly BSD'], ['freebsd', 'freebsd'],
  ['freebsd2', 'freebsd'], ['freebsd_', 'freebsd'], ['illumos', 'illumos'], ['linux', 'linux'], ['netbsd', 'netbsd'],
  ['only_solaris', 'solaris'], ['openbsd', 'openbsd'], ['solaris', 'solaris'], ['unix_nonlinux', 'unix'],
];
const RT0_FILENAME: [string, string][] = [
  ['aix', 'aix'], ['android', 'android'], ['dragonfly', 'dragonfly BSD'], ['freebsd', 'freebsd'],
  ['illumos', 'illumos'], ['linux', 'linux'], ['netbsd', 'netbsd'], ['openbsd', 'openbsd'], ['solaris', 'solaris'],
];

function goSourceScan(v: CapaElfView, needle: string, ext: string, table: [string, string][]): string | undefined {
  const nb = ascii(needle);
  const eb = ascii(ext);
  for (const p of v.programHeaders()) {
    const i = indexOfBytes(p.buf, nb);
    if (i < 0) continue;
    const rest = p.buf.subarray(i + nb.length, i + nb.length + 32);
    const cut = indexOfBytes(rest, eb);
    const filename = decodeUtf8(cut < 0 ? rest : rest.subarray(0, cut));
    for (const [prefix, os] of table) if (filename.startsWith(prefix)) return os;
  }
  return undefined;
}

export function guessOsFromGoSource(v: CapaElfView): string | undefined {
  if (!isGoBinary(v)) return undefined;
  return (
    goSourceScan(v, '/src/runtime/os_', '.go', OS_FILENAME) ?? goSourceScan(v, '/src/runtime/rt0_', '.s', RT0_FILENAME)
  );
}

// (symbol, version) pairs of the Linux vDSO for every architecture (man 7 vdso)
const VDSO: [string, string][] = [
  ['__vdso_gettimeofday', 'LINUX_2.6'], ['__vdso_clock_gettime', 'LINUX_2.6'],
  ['__kernel_rt_sigreturn', 'LINUX_2.6.39'], ['__kernel_gettimeofday', 'LINUX_2.6.39'],
  ['__kernel_clock_gettime', 'LINUX_2.6.39'], ['__kernel_clock_getres', 'LINUX_2.6.39'],
  ['__kernel_gettimeofday', 'LINUX_2.6'], ['__kernel_clock_gettime', 'LINUX_2.6'],
  ['__kernel_sigtramp', 'LINUX_2.5'], ['__kernel_syscall_via_break', 'LINUX_2.5'], ['__kernel_syscall_via_epc', 'LINUX_2.5'],
  ['__kernel_clock_getres', 'LINUX_2.6.15'], ['__kernel_clock_gettime', 'LINUX_2.6.15'],
  ['__kernel_clock_gettime64', 'LINUX_5.11'], ['__kernel_datapage_offset', 'LINUX_2.6.15'],
  ['__kernel_get_syscall_map', 'LINUX_2.6.15'], ['__kernel_get_tbfreq', 'LINUX_2.6.15'], ['__kernel_getcpu', 'LINUX_2.6.15'],
  ['__kernel_gettimeofday', 'LINUX_2.6.15'], ['__kernel_sigtramp_rt32', 'LINUX_2.6.15'], ['__kernel_sigtramp32', 'LINUX_2.6.15'],
  ['__kernel_sync_dicache', 'LINUX_2.6.15'], ['__kernel_sync_dicache_p5', 'LINUX_2.6.15'],
  ['__kernel_sigtramp_rt64', 'LINUX_2.6.15'],
  ['__vdso_rt_sigreturn', 'LINUX_4.15'], ['__vdso_gettimeofday', 'LINUX_4.15'], ['__vdso_clock_gettime', 'LINUX_4.15'],
  ['__vdso_clock_getres', 'LINUX_4.15'], ['__vdso_getcpu', 'LINUX_4.15'], ['__vdso_flush_icache', 'LINUX_4.15'],
  ['__kernel_clock_getres', 'LINUX_2.6.29'], ['__kernel_clock_gettime', 'LINUX_2.6.29'], ['__kernel_gettimeofday', 'LINUX_2.6.29'],
  ['__kernel_rt_sigreturn', 'LINUX_2.6'], ['__kernel_sigreturn', 'LINUX_2.6'], ['__kernel_vsyscall', 'LINUX_2.6'],
  ['__kernel_sigreturn', 'LINUX_2.5'], ['__kernel_rt_sigreturn', 'LINUX_2.5'], ['__kernel_vsyscall', 'LINUX_2.5'],
  ['__vdso_time', 'LINUX_2.6'], ['__vdso_getcpu', 'LINUX_2.6'],
];

const LINUX_ = ascii('LINUX_');

export function guessOsFromVdsoStrings(v: CapaElfView): string | undefined {
  for (const p of v.programHeaders()) {
    // every version string starts with LINUX_: without it no pair can match
    if (indexOfBytes(p.buf, LINUX_) < 0) continue;
    const has = new Map<string, boolean>();
    const contains = (s: string): boolean => {
      let r = has.get(s);
      if (r === undefined) has.set(s, (r = indexOfBytes(p.buf, ascii(s)) >= 0));
      return r;
    };
    for (const [sym, ver] of VDSO) if (contains(sym) && contains(ver)) return 'linux';
  }
  return undefined;
}

export const OS_HEURISTICS = {
  osabi: guessOsFromOsabi,
  ph_notes: guessOsFromPhNotes,
  sh_notes: guessOsFromShNotes,
  ident_directive: guessOsFromIdentDirective,
  linker: guessOsFromLinker,
  abi_versions_needed: guessOsFromAbiVersionsNeeded,
  needed_dependencies: guessOsFromNeededDependencies,
  symtab: guessOsFromSymtab,
  go_buildinfo: guessOsFromGoBuildinfo,
  go_source: guessOsFromGoSource,
  vdso_strings: guessOsFromVdsoStrings,
} as const;

export type OsHeuristic = keyof typeof OS_HEURISTICS;

/** capa's view of the file, or undefined when capa could not parse it at all */
export function capaElfView(bytes: Uint8Array): CapaElfView | undefined {
  try {
    return new CapaElfView(bytes);
  } catch {
    return undefined;
  }
}

/** run one heuristic alone; a Python-level failure inside it means "no guess" */
export function runOsHeuristic(name: OsHeuristic, view: CapaElfView): string | undefined {
  try {
    return OS_HEURISTICS[name](view);
  } catch {
    return undefined;
  }
}

/** capa's `detect_elf_os`: the first guess by priority; undefined = "unknown" */
export function detectElfOsFromBytes(bytes: Uint8Array): string | undefined {
  const v = capaElfView(bytes);
  if (!v) return undefined;
  const g = (n: OsHeuristic): string | undefined => runOsHeuristic(n, v);
  const osabi = g('osabi');
  const ph = g('ph_notes');
  const sh = g('sh_notes');
  const ident = g('ident_directive');
  const linker = g('linker');
  const abi = g('abi_versions_needed');
  const needed = g('needed_dependencies');
  let symtab = g('symtab');
  const goos = g('go_buildinfo');
  const gosrc = g('go_source');
  let vdso: string | undefined;
  try {
    vdso = OS_HEURISTICS.vdso_strings(v);
  } catch {
    symtab = undefined; // capa's handler clears the symtab guess here (sic)
  }
  return osabi ?? ph ?? sh ?? linker ?? abi ?? needed ?? symtab ?? goos ?? gosrc ?? ident ?? vdso;
}

export function detectElfOs(elf: ElfFile): string | undefined {
  return detectElfOsFromBytes(elf.bytes);
}
