// ELF → LoadedImage, following vivisect's ELF loader (vivisect/parsers/elf.py) for what capa
// observes: PT_LOAD memory maps (length page-aligned), sections (+ PHDRn) as the segments that
// `section` features list, GOT-slot imports named `*.<sym>` from JUMP_SLOT/GLOB_DAT/IRELATIVE
// relocations, exports from defined dynamic symbols plus `__entry` (import/export names demangled
// as vivisect does through cxxfilt), and the load bias vivisect
// picks (0x2000000 for non-prelinked shared objects and PIEs).

import type { ExportEntry, ImportEntry, LoadedImage, Segment, SectionEntry, SymbolEntry } from '../image.js';
import { vivisectSymbolName } from './demangle.js';
import { elfError, ByteReader } from './reader.js';
import {
  DT_FINI, DT_FINI_ARRAY, DT_FINI_ARRAYSZ, DT_GNU_CONFLICTSZ, DT_GNU_PRELINKED, DT_INIT, DT_INIT_ARRAY,
  DT_INIT_ARRAYSZ, DT_PLTGOT, DT_PREINIT_ARRAY, DT_PREINIT_ARRAYSZ, EM_386, EM_X86_64, ET_DYN, PT_LOAD, R_X86_64_64,
  R_X86_64_COPY, R_X86_64_GLOB_DAT, R_X86_64_IRELATIVE, R_X86_64_JUMP_SLOT, R_X86_64_RELATIVE, STT_FUNC, STT_GNU_IFUNC, STT_OBJECT,
  type ElfFile,
} from './types.js';

const PAGE = 0x1000;
const STT_HIOS = 12;
const STT_MDPROC = 14;
const SHARED_OBJECT_BASE = 0x02000000;
const NO_PHDR_BASE = 0x05000000;

export function elfArch(elf: ElfFile): 'i386' | 'amd64' | undefined {
  if (!elf.header.littleEndian) return undefined;
  if (elf.header.machine === EM_386) return 'i386';
  if (elf.header.machine === EM_X86_64) return 'amd64';
  return undefined;
}

/** vivisect's Elf.getBaseAddress() and whether addresses get that base added (`addbase`) */
export function elfBase(elf: ElfFile): { base: number; addbase: boolean } {
  const prelinked = elf.dynamic.some((d) => d.tag === DT_GNU_PRELINKED || d.tag === DT_GNU_CONFLICTSZ);
  if (elf.header.type === ET_DYN && !prelinked) return { base: SHARED_OBJECT_BASE, addbase: true };
  let base: number | undefined;
  for (const p of elf.programHeaders) {
    if (p.vaddr === 0) continue;
    if (base === undefined || p.vaddr < base) base = p.vaddr;
  }
  base ??= 0x20000000;
  // vivisect's `base &= 0xfffff000` also truncates to 32 bits
  return { base: (base % 0x100000000) - (base % PAGE), addbase: false };
}

interface Map_ {
  va: number;
  size: number;
  data: Uint8Array;
  fileOffset: number;
  perms: number;
}

/** add [va, va+size) minus what earlier maps already cover (vivisect: the first map wins) */
function addMap(maps: Map_[], m: Map_): void {
  let pieces: Map_[] = [m];
  for (const e of maps) {
    const next: Map_[] = [];
    for (const p of pieces) {
      const a = p.va;
      const b = p.va + p.size;
      const ea = e.va;
      const eb = e.va + e.size;
      if (b <= ea || a >= eb) {
        next.push(p);
        continue;
      }
      if (a < ea) next.push(cut(p, a, ea));
      if (b > eb) next.push(cut(p, eb, b));
    }
    pieces = next;
  }
  maps.push(...pieces.filter((p) => p.size > 0));
}

function cut(p: Map_, a: number, b: number): Map_ {
  const d = a - p.va;
  const data = p.data.subarray(Math.min(d, p.data.length), Math.min(b - p.va, p.data.length));
  return { va: a, size: b - a, data, fileOffset: p.fileOffset + d, perms: p.perms };
}

/** pointer reads/writes over the memory maps; a written map gets its own copy of the bytes */
class MapWriter {
  private readonly copied = new Set<Map_>();

  constructor(
    private readonly maps: Map_[],
    private readonly psize: number,
  ) {}

  private find(va: number): Map_ | undefined {
    const m = findMap(this.maps, va);
    return m && va + this.psize <= m.va + m.size ? m : undefined;
  }

  readPtr(va: number): number | undefined {
    const m = this.find(va);
    if (!m) return undefined;
    let v = 0;
    for (let k = this.psize - 1; k >= 0; k--) {
      const i = va - m.va + k;
      v = v * 256 + (i < m.data.length ? m.data[i]! : 0);
    }
    return v;
  }

  writePtr(va: number, value: number): void {
    const m = this.find(va);
    if (!m) return;
    const off = va - m.va;
    const need = off + this.psize;
    if (!this.copied.has(m)) {
      // one copy per map, grown once past the file bytes (zero-filled like the rest of the map)
      const len = Math.min(m.size, m.data.length + MAX_RELOC_GROWTH);
      const copy = new Uint8Array(len);
      copy.set(m.data.subarray(0, len));
      m.data = copy;
      this.copied.add(m);
    }
    if (need > m.data.length) return;
    // pointer-width little-endian write of value mod 2^(8*psize)
    let v = value < 0 ? 0 : value;
    for (let k = 0; k < this.psize; k++) {
      m.data[off + k] = v % 256;
      v = Math.floor(v / 256);
    }
  }
}

/** how far past its file bytes a relocation may grow a map's backing copy */
const MAX_RELOC_GROWTH = 1 << 20;
/** PT_LOAD entries beyond this are ignored (only absurd, hostile files have more) */
const MAX_LOAD_MAPS = 4096;

/** the map containing va; maps are sorted by va and do not overlap */
function findMap(maps: readonly Map_[], va: number): Map_ | undefined {
  let lo = 0;
  let hi = maps.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = maps[mid]!;
    if (va < m.va) hi = mid - 1;
    else if (va >= m.va + m.size) lo = mid + 1;
    else return m;
  }
  return undefined;
}

const safe = (...xs: number[]): boolean => xs.every((x) => Number.isSafeInteger(x) && x >= 0);

export function loadElfImage(elf: ElfFile): LoadedImage {
  const arch = elfArch(elf);
  if (!arch) {
    throw elfError('unsupported-arch', `ELF machine ${elf.header.machine} is not supported (i386/amd64 only)`);
  }
  const bytes = elf.bytes;
  const is64 = elf.header.is64;
  const psize = is64 ? 8 : 4;
  let { base, addbase } = elfBase(elf);
  const bias = (va: number): number => (addbase ? va + base : va);

  // memory maps
  const maps: Map_[] = [];
  const loads = elf.programHeaders.filter((p) => p.type === PT_LOAD).slice(0, MAX_LOAD_MAPS);
  for (const p of loads) {
    if (p.memsz === 0) continue;
    const va = bias(p.vaddr);
    const fileLen = Math.max(0, Math.min(p.filesz, bytes.length - p.offset));
    const len = fileLen + Math.max(0, p.memsz - p.filesz);
    const size = Math.ceil(len / PAGE) * PAGE;
    if (!safe(va, size, va + size) || size === 0) continue;
    const data = fileLen > 0 && p.offset < bytes.length ? bytes.subarray(p.offset, p.offset + fileLen) : new Uint8Array(0);
    addMap(maps, { va, size, data, fileOffset: p.offset, perms: p.flags & 7 });
  }
  // sections, as vivisect adds them for `section` features
  let secAddr = (s: { addr: number }): number => s.addr;
  if (elf.programHeaders.length === 0) {
    // vivisect maps merged section file ranges at 0x5000000 + offset when there are no program headers
    const ranges = elf.sections
      .filter((s) => s.offset && s.size)
      .map((s) => [s.offset, s.size] as [number, number])
      .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    const merged: [number, number][] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r[0] === last[0] + last[1]) last[1] += r[1];
      else merged.push([r[0], r[1]]);
    }
    base = NO_PHDR_BASE;
    for (const [off, size] of merged.slice(0, MAX_LOAD_MAPS)) {
      const data = bytes.subarray(Math.min(off, bytes.length), Math.min(off + size, bytes.length));
      if (data.length === 0 || !safe(base + off)) continue;
      addMap(maps, { va: base + off, size: data.length, data, fileOffset: off, perms: 7 });
    }
    secAddr = (s: { addr: number; offset?: number; size?: number }) =>
      s.offset && s.size ? NO_PHDR_BASE + s.offset : s.addr;
  }
  maps.sort((a, b) => a.va - b.va);
  const isValid = (va: number): boolean => findMap(maps, va) !== undefined;

  // imports: GOT slots named by their relocation's dynamic symbol; relocations applied to memory
  // the way vivisect's RTYPE_BASEPTR does (the slot becomes base + value)
  const imports = new Map<number, ImportEntry>();
  const relocations: number[] = [];
  const mem = new MapWriter(maps, psize);
  const postfix = new Map<string, { va: number; addend: number }[]>();
  for (const r of elf.relocations) {
    const va = bias(r.offset);
    if (!safe(va)) continue;
    if (r.name) {
      if (r.type === R_X86_64_IRELATIVE) {
        mem.writePtr(va, base + r.addend);
        relocations.push(va);
      }
      if (r.type === R_X86_64_JUMP_SLOT || r.type === R_X86_64_GLOB_DAT || r.type === R_X86_64_IRELATIVE) {
        if (!imports.has(va)) imports.set(va, { va, dll: '*', name: vivisectSymbolName(r.name), kind: 'slot' });
      } else if (r.type === R_X86_64_COPY) {
        relocations.push(va);
      } else if (r.type === R_X86_64_64) {
        const name = vivisectSymbolName(r.name);
        const list = postfix.get(name) ?? [];
        list.push({ va, addend: r.addend });
        postfix.set(name, list);
      }
    } else if (r.type === R_X86_64_RELATIVE) {
      const cur = mem.readPtr(va);
      if (cur !== undefined) mem.writePtr(va, base + cur);
      relocations.push(va);
    } else if (r.type === R_X86_64_IRELATIVE) {
      mem.writePtr(va, base + r.addend);
      relocations.push(va);
    }
  }
  // symbol-based R_X86_64_64 / R_386_32 slots, resolved against defined dynamic symbols
  for (const s of elf.dynamicSymbols) {
    if (s.value === 0) continue;
    const list = postfix.get(vivisectSymbolName(s.name));
    if (!list) continue;
    const sva = bias(s.value);
    for (const { va, addend } of list) {
      mem.writePtr(va, base + (addbase ? sva + addend - base : sva + addend));
      relocations.push(va);
    }
  }

  const segments: Segment[] = maps.map((m, i) => ({
    name: `PHDR${i}`,
    va: m.va,
    size: m.size,
    data: m.data,
    fileOffset: m.fileOffset,
    readable: (m.perms & 4) !== 0,
    writable: (m.perms & 2) !== 0,
    executable: (m.perms & 1) !== 0,
  }));
  const sections: SectionEntry[] = [];
  for (const s of elf.sections) {
    const a = secAddr(s);
    if (a === 0) continue;
    const va = elf.programHeaders.length === 0 ? a : bias(a);
    if (!safe(va)) continue;
    sections.push({ name: s.name, va, size: s.size });
  }
  if (!sections.some((s) => base >= s.va && base < s.va + s.size)) {
    loads.forEach((p, i) => {
      const va = bias(p.vaddr);
      if (safe(va)) sections.push({ name: `PHDR${i}`, va, size: p.memsz });
    });
  }

  addPltStubs(elf, arch, bias, imports);

  // exports: defined dynamic symbols, then the entry point
  const exports: ExportEntry[] = [];
  const exportKeys = new Set<string>();
  const addExport = (va: number, name: string): void => {
    const k = va + '\u0000' + name;
    if (exportKeys.has(k) || !safe(va)) return;
    exportKeys.add(k);
    exports.push({ va, name, ordinal: exports.length });
  };
  const entries: number[] = [];
  for (const s of elf.dynamicSymbols) {
    if (s.value === 0) continue;
    const va = bias(s.value);
    const t = s.info & 0xf;
    const name = vivisectSymbolName(s.name);
    if (t === STT_FUNC || t === STT_GNU_IFUNC) {
      addExport(va, name);
      entries.push(va);
    } else if (t === STT_OBJECT) {
      if (isValid(va)) addExport(va, name);
    } else if (t === STT_HIOS || t === STT_MDPROC) {
      const ova = bias(s.other);
      if (isValid(ova)) {
        addExport(ova, name);
        if (t === STT_HIOS) entries.push(ova);
      }
    }
  }
  const entry = bias(elf.header.entry);
  const entryValid = isValid(entry);
  if (entryValid) addExport(entry, '__entry');

  // other code entries: init/fini functions and arrays, `.init`/`.fini`, local STT_FUNC symbols
  const init = elf.dyn(DT_INIT);
  const fini = elf.dyn(DT_FINI);
  if (init !== undefined) entries.push(bias(init));
  if (fini !== undefined) entries.push(bias(fini));
  const table = (va: number | undefined, size: number | undefined): void => {
    if (va === undefined || size === undefined) return;
    const off = elf.vaToOffset(va);
    if (off === undefined) return;
    const buf = bytes.subarray(Math.min(off, bytes.length), Math.min(off + size, bytes.length));
    const r = new ByteReader(buf, true);
    for (let o = 0; o + psize <= buf.length && o < 0x100000; o += psize) entries.push(bias(r.word(o, is64)));
  };
  table(elf.dyn(DT_INIT_ARRAY), elf.dyn(DT_INIT_ARRAYSZ));
  table(elf.dyn(DT_FINI_ARRAY), elf.dyn(DT_FINI_ARRAYSZ));
  table(elf.dyn(DT_PREINIT_ARRAY), elf.dyn(DT_PREINIT_ARRAYSZ));
  for (const s of elf.sections) {
    if (s.addr === 0) continue;
    if (s.name === '.init' || s.name === '.fini') entries.push(bias(s.addr));
    else if (s.name === '.init_array' || s.name === '.fini_array') table(s.addr, s.size);
  }
  for (const s of elf.symbols) {
    // vivisect compares the whole st_info with STT_FUNC, i.e. only local functions
    if (s.info === STT_FUNC && s.value !== 0) entries.push(bias(s.value));
  }
  // vivisect lays the ELF header structure over the base address when it is mapped; entries
  // landing inside it (zeroed init/fini array slots) never become functions there
  const ehsize = is64 ? 64 : 52;
  const inHeader = (va: number): boolean => isValid(base) && va >= base && va < base + ehsize;
  const extra = [...new Set(entries)]
    .filter((va) => va !== entry && isValid(va) && !inHeader(va))
    .sort((a, b) => a - b);

  // symtab symbols at their raw st_value: capa compares these with function/target VAs unbiased
  // (unnamed ones included: capa yields `function-name: ""` for STT_SECTION symbols at a function)
  const symbols: SymbolEntry[] = elf.symbols.map((s) => ({ va: s.value, name: s.name, info: s.info, size: s.size }));

  return {
    format: 'elf',
    arch,
    baseAddress: base,
    ...(entryValid && !inHeader(entry) ? { entryPoint: entry } : {}),
    extraEntryPoints: extra,
    segments,
    imports,
    exports,
    relocations: [...new Set(relocations)].sort((a, b) => a - b),
    symbols,
    sections,
    file: bytes,
  };
}

/**
 * PLT stubs: `jmp [slot]` through an import's GOT slot (amd64 `ff 25` rip-relative, with optional
 * `bnd` prefix; i386 `ff 25` absolute or `ff a3` relative to the GOT in ebx), in `.plt`,
 * `.plt.sec` and `.plt.got`. The stub starts at the jump, or at an `endbr` right before it.
 */
function addPltStubs(
  elf: ElfFile,
  arch: 'i386' | 'amd64',
  bias: (va: number) => number,
  imports: Map<number, ImportEntry>,
): void {
  const gotplt = elf.sectionByName('.got.plt') ?? elf.sectionByName('.got');
  const pltgot = elf.dyn(DT_PLTGOT);
  // i386 PIC stubs jump through [ebx+disp], ebx = DT_PLTGOT (the `.got.plt` address)
  const gotBase = pltgot !== undefined ? bias(pltgot) : gotplt ? bias(gotplt.addr) : undefined;
  const regions: { va: number; data: Uint8Array; lazyOnly: boolean }[] = [];
  for (const name of ['.plt', '.plt.sec', '.plt.got']) {
    const s = elf.sectionByName(name);
    if (s && s.addr !== 0) regions.push({ va: bias(s.addr), data: elf.sectionData(s), lazyOnly: false });
  }
  if (regions.length === 0) {
    // no section headers to name the PLT (stripped): accept only classic lazy stubs in code,
    // 16-byte aligned `jmp [slot]; push imm32`
    for (const p of elf.programHeaders) {
      if (p.type !== PT_LOAD || (p.flags & 1) === 0) continue;
      const data = elf.bytes.subarray(Math.min(p.offset, elf.bytes.length), Math.min(p.offset + p.filesz, elf.bytes.length));
      regions.push({ va: bias(p.vaddr), data, lazyOnly: true });
    }
  }
  for (const { va: secVa, data, lazyOnly } of regions) {
    const r = new ByteReader(data, true);
    for (let i = 0; i + 6 <= data.length; i++) {
      if (lazyOnly && ((secVa + i) % 16 !== 0 || data[i + 6] !== 0x68)) continue;
      if (data[i] !== 0xff || (data[i + 1] !== 0x25 && data[i + 1] !== 0xa3)) continue;
      const disp = r.u32(i + 2) | 0;
      let slot: number;
      if (data[i + 1] === 0x25) slot = arch === 'amd64' ? secVa + i + 6 + disp : disp >>> 0;
      else if (arch === 'i386' && gotBase !== undefined) slot = (gotBase + disp) >>> 0;
      else continue;
      const imp = imports.get(slot);
      if (!imp || imp.kind === 'plt') continue;
      let start = i;
      if (start > 0 && data[start - 1] === 0xf2) start--; // bnd jmp
      if (start >= 4 && data[start - 4] === 0xf3 && data[start - 3] === 0x0f && data[start - 2] === 0x1e &&
        (data[start - 1] === 0xfa || data[start - 1] === 0xfb)) start -= 4; // endbr64 / endbr32
      const va = secVa + start;
      if (!imports.has(va)) imports.set(va, { va, dll: imp.dll, name: imp.name!, kind: 'plt' });
      i += 5;
    }
  }
}
