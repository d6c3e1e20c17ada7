// The parsed form of an ELF file. Numbers are JS numbers (64-bit fields are exact below 2^53).

export const PT_LOAD = 1;
export const PT_DYNAMIC = 2;
export const PT_INTERP = 3;
export const PT_NOTE = 4;

export const SHT_PROGBITS = 1;
export const SHT_SYMTAB = 2;
export const SHT_STRTAB = 3;
export const SHT_RELA = 4;
export const SHT_DYNAMIC = 6;
export const SHT_NOTE = 7;
export const SHT_REL = 9;
export const SHT_DYNSYM = 11;
export const SHT_GNU_VERNEED = 0x6ffffffe;

export const DT_NULL = 0;
export const DT_NEEDED = 1;
export const DT_PLTRELSZ = 2;
export const DT_PLTGOT = 3;
export const DT_STRTAB = 5;
export const DT_SYMTAB = 6;
export const DT_RELA = 7;
export const DT_RELASZ = 8;
export const DT_STRSZ = 10;
export const DT_SYMENT = 11;
export const DT_INIT = 12;
export const DT_FINI = 13;
export const DT_SONAME = 14;
export const DT_REL = 17;
export const DT_RELSZ = 18;
export const DT_PLTREL = 20;
export const DT_JMPREL = 23;
export const DT_INIT_ARRAY = 25;
export const DT_FINI_ARRAY = 26;
export const DT_INIT_ARRAYSZ = 27;
export const DT_FINI_ARRAYSZ = 28;
export const DT_PREINIT_ARRAY = 32;
export const DT_PREINIT_ARRAYSZ = 33;
export const DT_GNU_PRELINKED = 0x6ffffdf5;
export const DT_GNU_CONFLICTSZ = 0x6ffffdf6;

export const ET_EXEC = 2;
export const ET_DYN = 3;

export const EM_386 = 3;
export const EM_X86_64 = 62;

/** x86 relocation types (i386 and amd64 share these numbers where vivisect relies on it) */
export const R_X86_64_64 = 1; // also R_386_32
export const R_X86_64_COPY = 5; // also R_386_COPY
export const R_X86_64_GLOB_DAT = 6; // also R_386_GLOB_DAT
export const R_X86_64_JUMP_SLOT = 7; // also R_386_JMP_SLOT
export const R_X86_64_RELATIVE = 8; // also R_386_RELATIVE
export const R_X86_64_IRELATIVE = 37;

export const STT_OBJECT = 1;
export const STT_FUNC = 2;
export const STT_FILE = 4;
export const STT_GNU_IFUNC = 10;

export interface ElfHeader {
  readonly is64: boolean;
  readonly littleEndian: boolean;
  readonly osabi: number;
  readonly type: number;
  readonly machine: number;
  readonly entry: number;
  readonly phoff: number;
  readonly shoff: number;
  readonly flags: number;
  readonly phentsize: number;
  readonly phnum: number;
  readonly shentsize: number;
  readonly shnum: number;
  readonly shstrndx: number;
}

export interface ProgramHeader {
  readonly type: number;
  readonly flags: number;
  readonly offset: number;
  readonly vaddr: number;
  readonly paddr: number;
  readonly filesz: number;
  readonly memsz: number;
  readonly align: number;
}

export interface SectionHeader {
  readonly index: number;
  /** '' when unnamed or the name table is unusable */
  readonly name: string;
  readonly nameOffset: number;
  readonly type: number;
  readonly flags: number;
  readonly addr: number;
  readonly offset: number;
  readonly size: number;
  readonly link: number;
  readonly info: number;
  readonly addralign: number;
  readonly entsize: number;
}

export interface DynamicEntry {
  readonly tag: number;
  readonly value: number;
}

export interface ElfSymbol {
  readonly name: string;
  readonly value: number;
  readonly size: number;
  readonly info: number;
  readonly other: number;
  readonly shndx: number;
}

export interface ElfRelocation {
  /** r_offset: the VA being relocated (before any load bias) */
  readonly offset: number;
  readonly type: number;
  readonly symIndex: number;
  readonly addend: number;
  /** name of the referenced dynamic symbol, '' if none */
  readonly name: string;
}

export interface ElfNote {
  readonly name: string;
  readonly type: number;
  readonly desc: Uint8Array;
}

export interface ElfFile {
  readonly bytes: Uint8Array;
  readonly header: ElfHeader;
  readonly programHeaders: readonly ProgramHeader[];
  readonly sections: readonly SectionHeader[];
  /** PT_DYNAMIC entries (or `.dynamic` when there is no PT_DYNAMIC), up to DT_NULL */
  readonly dynamic: readonly DynamicEntry[];
  /** DT_NEEDED library names */
  readonly needed: readonly string[];
  readonly soname?: string;
  /** dynamic symbols in table order (index 0 is the null symbol) */
  readonly dynamicSymbols: readonly ElfSymbol[];
  /** `.symtab` symbols */
  readonly symbols: readonly ElfSymbol[];
  /** dynamic relocations (DT_REL/DT_RELA/DT_JMPREL) then section relocations at new offsets */
  readonly relocations: readonly ElfRelocation[];
  /** notes from PT_NOTE segments then SHT_NOTE sections */
  readonly notes: readonly ElfNote[];
  readonly interpreter?: string;
  /** `.comment` contents (the compiler `.ident` strings) */
  readonly comment?: Uint8Array;
  /** `.gnu.version_r`: library → needed version names */
  readonly versionsNeeded: ReadonlyMap<string, readonly string[]>;
  /** first value of a dynamic tag */
  dyn(tag: number): number | undefined;
  /** file offset of a virtual address via PT_LOAD segments (no load bias), if mapped */
  vaToOffset(va: number): number | undefined;
  sectionByName(name: string): SectionHeader | undefined;
  /** file bytes of a section (clamped to the file; empty for SHT_NOBITS) */
  sectionData(s: SectionHeader): Uint8Array;
}
