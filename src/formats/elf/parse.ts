// ELF parser: own, bounds-checked, both byte orders, ELF32/ELF64. Only a missing magic, an
// unknown class/byte order or a truncated file header are fatal (FormatError); every other
// table is parsed best-effort: entries outside the file are dropped, loops are bounded.
// Symbol/relocation gathering follows vivisect's Elf parser (dynamic info first, then sections).

import { elfError, ByteReader, cstrBytes, decodeName } from './reader.js';
import {
  DT_JMPREL, DT_NEEDED, DT_NULL, DT_PLTREL, DT_PLTRELSZ, DT_REL, DT_RELA, DT_RELASZ, DT_RELSZ, DT_SONAME,
  DT_STRSZ, DT_STRTAB, DT_SYMENT, DT_SYMTAB, PT_DYNAMIC, PT_INTERP, PT_LOAD, PT_NOTE, SHT_GNU_VERNEED, SHT_NOTE,
  SHT_REL, SHT_RELA, SHT_SYMTAB,
  type DynamicEntry, type ElfFile, type ElfHeader, type ElfNote, type ElfRelocation, type ElfSymbol,
  type ProgramHeader, type SectionHeader,
} from './types.js';

const SHT_NOBITS = 8;
/** upper bound on entries of any one table, against hostile counts */
const MAX_ENTRIES = 1 << 20;
const MAX_NOTES = 1 << 16;
/** `.symtab` symbols kept in total (large static binaries have ~10^5) */
const MAX_SYMBOLS = 1 << 19;
/** vivisect's valid st_info type / bind nibbles (Elf.elf_lookup) */
const VALID_STT = new Set([0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 13, 14, 15]);
const VALID_STB = new Set([0, 1, 2, 10, 12, 13, 15]);

export function isElf(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46;
}

export function parseElfHeader(bytes: Uint8Array): ElfHeader {
  if (!isElf(bytes)) throw elfError('unsupported-format', 'not an ELF file (bad magic)');
  const cls = bytes.length > 4 ? bytes[4]! : 0;
  const data = bytes.length > 5 ? bytes[5]! : 0;
  if (cls !== 1 && cls !== 2) throw elfError('corrupt', `invalid ELF class ${cls}`);
  if (data !== 1 && data !== 2) throw elfError('corrupt', `invalid ELF byte order ${data}`);
  const is64 = cls === 2;
  const r = new ByteReader(bytes, data === 1);
  if (bytes.length < (is64 ? 0x40 : 0x34)) throw elfError('truncated', 'ELF header truncated');
  const w = is64 ? 8 : 4;
  const phoffAt = 0x18 + w;
  return {
    is64,
    littleEndian: data === 1,
    osabi: bytes[7]!,
    type: r.u16(0x10),
    machine: r.u16(0x12),
    entry: r.word(0x18, is64),
    phoff: r.word(phoffAt, is64),
    shoff: r.word(phoffAt + w, is64),
    flags: r.u32(phoffAt + 2 * w),
    phentsize: r.u16(phoffAt + 2 * w + 6),
    phnum: r.u16(phoffAt + 2 * w + 8),
    shentsize: r.u16(phoffAt + 2 * w + 10),
    shnum: r.u16(phoffAt + 2 * w + 12),
    shstrndx: r.u16(phoffAt + 2 * w + 14),
  };
}

function parseProgramHeaders(r: ByteReader, h: ElfHeader): ProgramHeader[] {
  const out: ProgramHeader[] = [];
  const min = h.is64 ? 56 : 32;
  if (h.phoff === 0 || h.phentsize < min) return out;
  for (let i = 0; i < h.phnum; i++) {
    const o = h.phoff + i * h.phentsize;
    if (r.slice(o, min) === undefined) break;
    out.push(
      h.is64
        ? {
            type: r.u32(o), flags: r.u32(o + 4), offset: r.u64(o + 8), vaddr: r.u64(o + 16), paddr: r.u64(o + 24),
            filesz: r.u64(o + 32), memsz: r.u64(o + 40), align: r.u64(o + 48),
          }
        : {
            type: r.u32(o), offset: r.u32(o + 4), vaddr: r.u32(o + 8), paddr: r.u32(o + 12), filesz: r.u32(o + 16),
            memsz: r.u32(o + 20), flags: r.u32(o + 24), align: r.u32(o + 28),
          },
    );
  }
  return out;
}

function parseSections(r: ByteReader, h: ElfHeader): SectionHeader[] {
  const raw: Omit<SectionHeader, 'name'>[] = [];
  const min = h.is64 ? 64 : 40;
  if (h.shoff === 0 || h.shentsize < min) return [];
  for (let i = 0; i < h.shnum; i++) {
    const o = h.shoff + i * h.shentsize;
    if (r.slice(o, min) === undefined) break;
    raw.push(
      h.is64
        ? {
            index: i, nameOffset: r.u32(o), type: r.u32(o + 4), flags: r.u64(o + 8), addr: r.u64(o + 16),
            offset: r.u64(o + 24), size: r.u64(o + 32), link: r.u32(o + 40), info: r.u32(o + 44),
            addralign: r.u64(o + 48), entsize: r.u64(o + 56),
          }
        : {
            index: i, nameOffset: r.u32(o), type: r.u32(o + 4), flags: r.u32(o + 8), addr: r.u32(o + 12),
            offset: r.u32(o + 16), size: r.u32(o + 20), link: r.u32(o + 24), info: r.u32(o + 28),
            addralign: r.u32(o + 32), entsize: r.u32(o + 36),
          },
    );
  }
  const strsec = raw[h.shstrndx];
  const names = strsec ? r.clamp(strsec.offset, strsec.size) : new Uint8Array(0);
  return raw.map((s) => ({ ...s, name: decodeName(cstrBytes(names, s.nameOffset)) }));
}

function parseSymbol(r: ByteReader, o: number, is64: boolean, strtab: Uint8Array): ElfSymbol | undefined {
  if (r.slice(o, is64 ? 24 : 16) === undefined) return undefined;
  const st_name = r.u32(o);
  const name = st_name === 0 ? '' : decodeName(cstrBytes(strtab, st_name));
  return is64
    ? { name, info: r.u8(o + 4), other: r.u8(o + 5), shndx: r.u16(o + 6), value: r.u64(o + 8), size: r.u64(o + 16) }
    : { name, value: r.u32(o + 4), size: r.u32(o + 8), info: r.u8(o + 12), other: r.u8(o + 13), shndx: r.u16(o + 14) };
}

function parseNotes(buf: Uint8Array, r: ByteReader, out: ElfNote[]): void {
  // notes are 4-byte aligned records: namesz, descsz, type, name, desc
  const nr = new ByteReader(buf, r.littleEndian);
  let off = 0;
  for (let n = 0; n < 4096 && out.length < MAX_NOTES && off + 12 <= buf.length; n++) {
    const namesz = nr.u32(off);
    const descsz = nr.u32(off + 4);
    const type = nr.u32(off + 8);
    const nameAt = off + 12;
    const descAt = nameAt + align4(namesz);
    if (descAt > buf.length) break;
    const name = decodeName(cstrBytes(buf.subarray(nameAt, nameAt + namesz), 0));
    const desc = buf.subarray(Math.min(descAt, buf.length), Math.min(descAt + descsz, buf.length));
    out.push({ name, type, desc });
    const next = descAt + align4(descsz);
    if (next <= off) break;
    off = next;
  }
}

const align4 = (v: number): number => (v % 4 === 0 ? v : v + (4 - (v % 4)));

class ParsedElf implements ElfFile {
  readonly header: ElfHeader;
  readonly programHeaders: ProgramHeader[];
  readonly sections: SectionHeader[];
  readonly dynamic: DynamicEntry[] = [];
  readonly needed: string[] = [];
  soname?: string;
  readonly dynamicSymbols: ElfSymbol[] = [];
  readonly symbols: ElfSymbol[] = [];
  readonly relocations: ElfRelocation[] = [];
  readonly notes: ElfNote[] = [];
  interpreter?: string;
  comment?: Uint8Array;
  readonly versionsNeeded = new Map<string, string[]>();
  private readonly r: ByteReader;
  private dynstr: Uint8Array = new Uint8Array(0);
  /** relocation entries examined so far (duplicates included), bounded against hostile tables */
  private relocWork = 0;

  constructor(readonly bytes: Uint8Array) {
    this.header = parseElfHeader(bytes);
    this.r = new ByteReader(bytes, this.header.littleEndian);
    this.programHeaders = parseProgramHeaders(this.r, this.header);
    this.sections = parseSections(this.r, this.header);
    this.parseDynamic();
    this.parseDynamicSymbols();
    this.parseRelocations();
    this.parseSymtab();
    this.parseNotesAndStrings();
    this.parseVersionsNeeded();
  }

  dyn(tag: number): number | undefined {
    for (const d of this.dynamic) if (d.tag === tag) return d.value;
    return undefined;
  }

  vaToOffset(va: number): number | undefined {
    for (const p of this.programHeaders) {
      if (p.type !== PT_LOAD) continue;
      if (va >= p.vaddr && va < p.vaddr + p.memsz) return p.offset + (va - p.vaddr);
    }
    return undefined;
  }

  sectionByName(name: string): SectionHeader | undefined {
    // vivisect keeps the last section of a given name
    let found: SectionHeader | undefined;
    for (const s of this.sections) if (s.name === name) found = s;
    return found;
  }

  sectionData(s: SectionHeader): Uint8Array {
    if (s.type === SHT_NOBITS) return new Uint8Array(0);
    return this.r.clamp(s.offset, s.size);
  }

  /** bytes at a VA, clamped to the file */
  private readVa(va: number, n: number): Uint8Array {
    const off = this.vaToOffset(va);
    return off === undefined ? new Uint8Array(0) : this.r.clamp(off, n);
  }

  private parseDynamic(): void {
    const is64 = this.header.is64;
    const ent = is64 ? 16 : 8;
    let buf: Uint8Array | undefined;
    const ph = this.programHeaders.find((p) => p.type === PT_DYNAMIC);
    if (ph) buf = this.r.clamp(ph.offset, ph.filesz);
    else {
      const s = this.sectionByName('.dynamic');
      if (s) buf = this.sectionData(s);
    }
    if (!buf) return;
    const dr = new ByteReader(buf, this.header.littleEndian);
    for (let o = 0; o + ent <= buf.length && this.dynamic.length < MAX_ENTRIES; o += ent) {
      const tag = dr.word(o, is64);
      const value = dr.word(o + ent / 2, is64);
      this.dynamic.push({ tag, value });
      if (tag === DT_NULL) break;
    }
    const strtab = this.dyn(DT_STRTAB);
    const strsz = this.dyn(DT_STRSZ);
    if (strtab !== undefined && strsz !== undefined) this.dynstr = this.readVa(strtab, strsz);
    if (this.dynstr.length === 0) {
      const s = this.sectionByName('.dynstr');
      if (s) this.dynstr = this.sectionData(s);
    }
    for (const d of this.dynamic) {
      if (d.tag === DT_NEEDED) this.needed.push(decodeName(cstrBytes(this.dynstr, d.value)));
      else if (d.tag === DT_SONAME && this.soname === undefined) this.soname = decodeName(cstrBytes(this.dynstr, d.value));
    }
  }

  private symEntSize(): number {
    const min = this.header.is64 ? 24 : 16;
    const e = this.dyn(DT_SYMENT);
    return e !== undefined && e >= min && e <= 0x100 ? e : min;
  }

  private parseDynamicSymbols(): void {
    const is64 = this.header.is64;
    const symtab = this.dyn(DT_SYMTAB);
    const ent = this.symEntSize();
    let base: number | undefined;
    if (symtab !== undefined) base = this.vaToOffset(symtab);
    if (base !== undefined) {
      // vivisect walks DT_SYMTAB until an entry no longer looks like a symbol
      for (let i = 0; i < MAX_ENTRIES; i++) {
        const o = base + i * ent;
        if (this.r.slice(o, is64 ? 24 : 16) === undefined) break;
        const st_name = this.r.u32(o);
        const info = this.r.u8(o + (is64 ? 4 : 12));
        if (!VALID_STT.has(info & 0xf) || !VALID_STB.has(info >> 4) || st_name > this.dynstr.length) break;
        this.dynamicSymbols.push(parseSymbol(this.r, o, is64, this.dynstr)!);
      }
    }
    // then any further entries the `.dynsym` section holds
    const sec = this.sectionByName('.dynsym');
    if (sec) {
      const sent = is64 ? 24 : 16;
      const count = Math.min(MAX_ENTRIES, Math.floor(this.sectionData(sec).length / sent));
      for (let i = this.dynamicSymbols.length; i < count; i++) {
        const s = parseSymbol(this.r, sec.offset + i * sent, is64, this.dynstr);
        if (!s) break;
        this.dynamicSymbols.push(s);
      }
    }
  }

  /** dynamic symbol by index, reading past the known table like vivisect's getDynSymbol (bounded) */
  private dynSymbol(idx: number): ElfSymbol | undefined {
    if (idx < this.dynamicSymbols.length) return this.dynamicSymbols[idx];
    const symtab = this.dyn(DT_SYMTAB);
    if (symtab === undefined || idx > this.dynamicSymbols.length + 4096) return undefined;
    const ent = this.symEntSize();
    while (this.dynamicSymbols.length <= idx) {
      const off = this.vaToOffset(symtab + this.dynamicSymbols.length * ent);
      const s = off === undefined ? undefined : parseSymbol(this.r, off, this.header.is64, this.dynstr);
      if (!s) return undefined;
      this.dynamicSymbols.push(s);
    }
    return this.dynamicSymbols[idx];
  }

  private relocTable(buf: Uint8Array, rela: boolean, fromSection: boolean, seen: Set<number>): void {
    const is64 = this.header.is64;
    const ent = (is64 ? 16 : 8) + (rela ? (is64 ? 8 : 4) : 0);
    const rr = new ByteReader(buf, this.header.littleEndian);
    const count = Math.min(MAX_ENTRIES, Math.floor(buf.length / ent));
    for (let i = 0; i < count && this.relocations.length < MAX_ENTRIES && this.relocWork++ < 4 * MAX_ENTRIES; i++) {
      const o = i * ent;
      const offset = rr.word(o, is64);
      let type: number;
      let symIndex: number;
      if (is64) {
        type = rr.u8(this.header.littleEndian ? o + 8 : o + 15);
        symIndex = rr.u32(this.header.littleEndian ? o + 12 : o + 8);
      } else {
        const info = rr.u32(o + 4);
        type = info & 0xff;
        symIndex = info >>> 8;
      }
      let addend = 0;
      if (rela) {
        addend = is64 ? rr.u64(o + 16) : rr.u32(o + 8);
        // signed addend
        if (is64 && addend >= 2 ** 63) addend -= 2 ** 64;
        if (!is64 && addend >= 2 ** 31) addend -= 2 ** 32;
      }
      if (fromSection && seen.has(offset)) continue;
      const sym = fromSection
        ? symIndex < this.dynamicSymbols.length ? this.dynamicSymbols[symIndex] : undefined
        : this.dynSymbol(symIndex);
      this.relocations.push({ offset, type, symIndex, addend, name: sym?.name ?? '' });
      seen.add(offset);
    }
  }

  private parseRelocations(): void {
    const seen = new Set<number>();
    const rel = this.dyn(DT_REL);
    const rela = this.dyn(DT_RELA);
    const jmprel = this.dyn(DT_JMPREL);
    if (rel !== undefined) this.relocTable(this.readVa(rel, this.dyn(DT_RELSZ) ?? 0), false, false, seen);
    if (rela !== undefined) this.relocTable(this.readVa(rela, this.dyn(DT_RELASZ) ?? 0), true, false, seen);
    if (jmprel !== undefined) {
      this.relocTable(this.readVa(jmprel, this.dyn(DT_PLTRELSZ) ?? 0), this.dyn(DT_PLTREL) === DT_RELA, false, seen);
    }
    for (const s of this.sections) {
      if (this.relocations.length >= MAX_ENTRIES) break;
      if (s.type !== SHT_REL && s.type !== SHT_RELA) continue;
      this.relocTable(this.sectionData(s), s.type === SHT_RELA, true, seen);
    }
  }

  private parseSymtab(): void {
    const is64 = this.header.is64;
    const ent = is64 ? 24 : 16;
    for (const s of this.sections) {
      if (s.type !== SHT_SYMTAB) continue;
      const link = this.sections[s.link];
      const strsec = link ?? this.sectionByName('.strtab');
      const strtab = strsec ? this.sectionData(strsec) : new Uint8Array(0);
      const count = Math.min(MAX_SYMBOLS - this.symbols.length, Math.floor(this.sectionData(s).length / ent));
      for (let i = 0; i < count; i++) {
        const sym = parseSymbol(this.r, s.offset + i * ent, is64, strtab);
        if (!sym) break;
        this.symbols.push(sym);
      }
    }
  }

  private parseNotesAndStrings(): void {
    for (const p of this.programHeaders) {
      if (p.type === PT_NOTE) parseNotes(this.r.clamp(p.offset, p.filesz), this.r, this.notes);
      else if (p.type === PT_INTERP && this.interpreter === undefined) {
        this.interpreter = decodeName(cstrBytes(this.r.clamp(p.offset, p.filesz), 0));
      }
    }
    for (const s of this.sections) {
      if (s.type === SHT_NOTE) parseNotes(this.sectionData(s), this.r, this.notes);
      if (s.name === '.comment' && this.comment === undefined) this.comment = this.sectionData(s);
    }
  }

  private parseVersionsNeeded(): void {
    const sec = this.sections.find((s) => s.type === SHT_GNU_VERNEED);
    if (!sec) return;
    const buf = this.sectionData(sec);
    const link = this.sections[sec.link];
    const strs = link ? this.sectionData(link) : new Uint8Array(0);
    const vr = new ByteReader(buf, this.header.littleEndian);
    let vn = 0;
    for (let guard = 0; guard < 4096 && vn + 16 <= buf.length; guard++) {
      if (vr.u16(vn) !== 1) break;
      const cnt = vr.u16(vn + 2);
      const lib = decodeName(cstrBytes(strs, vr.u32(vn + 4)));
      const list = this.versionsNeeded.get(lib) ?? [];
      this.versionsNeeded.set(lib, list);
      let vna = vn + vr.u32(vn + 8);
      for (let k = 0; k < cnt && k < 4096 && vna + 16 <= buf.length; k++) {
        const name = decodeName(cstrBytes(strs, vr.u32(vna + 8)));
        if (!list.includes(name)) list.push(name);
        const next = vr.u32(vna + 12);
        if (next === 0) break;
        vna += next;
      }
      const next = vr.u32(vn + 12);
      if (next === 0) break;
      vn += next;
    }
  }
}

/** Parse an ELF file. Throws FormatError only when not even the file header is usable. */
export function parseElf(bytes: Uint8Array): ElfFile {
  return new ParsedElf(bytes);
}
