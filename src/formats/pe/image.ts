// Map a parsed PE into a LoadedImage the way vivisect's PE loader (vivisect/parsers/pe.py, with
// capa's settings: resources loaded, no NX forcing) builds its workspace: a PE_Header segment
// plus one segment per section with vivisect's permission rules and padding, imports at IAT
// slots that lie in readable memory, `__entry` + exports, relocations, and extra entry points
// (exports in executable memory, SafeSEH handlers, amd64 .pdata function entries).

import { FormatError } from '../errors.js';
import { Memory, type ExportEntry, type ImportEntry, type LoadedImage, type Segment } from '../image.js';
import {
  DIR,
  IMAGE_REL_BASED_DIR64,
  IMAGE_REL_BASED_HIGHLOW,
  IMAGE_SCN_CNT_CODE,
  IMAGE_SCN_MEM_EXECUTE,
  IMAGE_SCN_MEM_READ,
  IMAGE_SCN_MEM_WRITE,
  type PeFile,
} from './types.js';
import { carvedPeFileSize, carvePe } from './carve.js';
import { peMaxRva, peRvaToOffset } from './parse.js';

const MM_READ = 4;
const MM_WRITE = 2;
const MM_EXEC = 1;
const MAX_PDATA_ENTRIES = 0x100000;

function align(v: number, a: number): number {
  const r = v % a;
  return r === 0 ? v : v + (a - r);
}

/** vivisect's normFileName: basename, lower-case, last extension dropped, other chars → `_` */
export function normaliseDllName(filename: string): string {
  let n = filename.slice(Math.max(filename.lastIndexOf('/'), -1) + 1).toLowerCase();
  if (n.includes('.')) {
    const parts = n.split('.');
    n = parts.slice(0, -1).join('_');
  }
  return n.replace(/[^A-Za-z0-9_]/g, '_');
}

/** vivisect's offsetToRva (0 when the offset lies in no section) */
function offsetToRva(pe: PeFile, offset: number): number {
  const maxRva = peMaxRva(pe);
  for (const s of pe.sections) {
    const ssize =
      s.sizeOfRawData + s.pointerToRawData > maxRva ? s.virtualSize : Math.max(s.sizeOfRawData, s.virtualSize);
    if (s.pointerToRawData <= offset && offset < s.pointerToRawData + ssize) return offset - s.pointerToRawData + s.virtualAddress;
  }
  return 0;
}

interface SegmentBuild extends Segment {
  readonly perms: number;
}

function makeSegment(
  pe: PeFile,
  name: string,
  va: number,
  size: number,
  fileOffset: number,
  dataLen: number,
  perms: number,
): SegmentBuild {
  const file = pe.bytes;
  const start = Math.min(Math.max(0, fileOffset), file.length);
  const end = Math.min(file.length, start + Math.max(0, Math.min(dataLen, size)));
  return {
    name,
    va,
    size,
    data: file.subarray(start, end),
    fileOffset: start,
    readable: (perms & MM_READ) !== 0,
    writable: (perms & MM_WRITE) !== 0,
    executable: (perms & MM_EXEC) !== 0,
    perms,
  };
}

/** Build the loaded image. Throws FormatError('unsupported-arch') for machines other than i386/amd64. */
export function loadPeImage(pe: PeFile): LoadedImage {
  if (pe.arch === undefined) {
    throw new FormatError(`unsupported PE machine 0x${pe.machine.toString(16)}`, 'unsupported-arch');
  }
  const base = pe.imageBase;
  const file = pe.bytes;
  const entry = base + pe.addressOfEntryPoint;
  const entryRva = pe.addressOfEntryPoint;
  const codervamax = pe.baseOfCode + pe.sizeOfCode;

  if (pe.headerSize > file.length) throw new FormatError('truncated PE header', 'truncated');
  const secalign = pe.sectionAlignment;
  if (secalign === 0) throw new FormatError('section alignment is zero', 'corrupt');

  const segments: SegmentBuild[] = [];
  segments.push(makeSegment(pe, 'PE_Header', base, align(pe.headerSize, secalign), 0, pe.headerSize, MM_READ));

  // vivisect maps every readable section of a pre-Vista PE without NX_COMPAT as executable unless
  // its `parsers.pe.nx` option is set; capa loads through viv-utils, which sets it, so only the
  // section flags, BaseOfCode..SizeOfCode and the entry point's section make code
  const rsrcRva = pe.dataDirectories[DIR.RESOURCE]!.rva;
  const secs = pe.sections;
  // sections starting at a data directory (all but TLS) or holding read-only data are dead data
  const deadvas = new Set<number>([rsrcRva]);
  for (let i = 0; i <= DIR.COM_DESCRIPTOR; i++) {
    if (i !== DIR.TLS && pe.dataDirectories[i]!.rva !== 0) deadvas.add(pe.dataDirectories[i]!.rva);
  }
  const deadData: Array<readonly [number, number]> = [];
  const markDead = (chars: number, start: number, len: number): void => {
    if (!(chars & IMAGE_SCN_CNT_CODE) && !(chars & IMAGE_SCN_MEM_EXECUTE) && !(chars & IMAGE_SCN_MEM_WRITE)) {
      deadData.push([start, start + len]);
    }
  };

  for (let idx = 0; idx < secs.length; idx++) {
    const sec = secs[idx]!;
    const chars = sec.characteristics;
    let flags = 0;
    if (chars & IMAGE_SCN_MEM_READ) flags |= MM_READ;
    if (chars & IMAGE_SCN_MEM_WRITE) flags |= MM_WRITE;
    if (chars & IMAGE_SCN_MEM_EXECUTE) flags |= MM_EXEC;
    if (chars & IMAGE_SCN_CNT_CODE) flags |= MM_EXEC;
    const secrva = sec.virtualAddress;
    const secbase = base + secrva;
    if (secrva >= pe.baseOfCode && secrva < codervamax) flags |= MM_EXEC;
    if (secrva <= entryRva && entryRva < secrva + sec.virtualSize) flags |= MM_EXEC;

    if (sec.virtualSize === 0 || sec.sizeOfRawData === 0) {
      // vivisect fills the gap up to the next section with zeros (nothing for the last one)
      if (idx + 1 >= secs.length) continue;
      const plen = Math.max(0, base + secs[idx + 1]!.virtualAddress - secbase);
      segments.push(makeSegment(pe, sec.name, secbase, plen, 0, 0, flags));
      if (deadvas.has(secrva)) deadData.push([secbase, secbase + plen]);
      markDead(chars, secbase, plen);
      continue;
    }
    if (sec.sizeOfRawData < sec.virtualSize && sec.sizeOfRawData > file.length) continue;
    // vivisect's align() by a zero FileAlignment raises, and the section is skipped
    if (pe.fileAlignment === 0) continue;
    const readsize = align(Math.min(sec.sizeOfRawData, sec.virtualSize), pe.fileAlignment);
    const secoff = peRvaToOffset(pe, secrva);
    const slen = Math.max(0, Math.min(readsize, file.length - secoff));
    const size = Math.max(slen, align(sec.virtualSize, secalign));
    segments.push(makeSegment(pe, sec.name, secbase, size, secoff, slen, flags));
    if (deadvas.has(secrva)) deadData.push([secbase, secbase + size]);
    markDead(chars, secbase, size);
  }

  const memory = new Memory({ segments });
  const probe = (va: number, size: number, perm: number): boolean => {
    const s = memory.segmentOf(va) as SegmentBuild | undefined;
    return s !== undefined && va + size <= s.va + s.size && (s.perms & perm) === perm;
  };

  // exports: `__entry` first, then the table; vivisect refuses a name already used at another VA
  const exports: ExportEntry[] = [];
  const extraEntryPoints: number[] = [];
  const seenEntry = new Set<number>([entry]);
  const addEntry = (va: number): void => {
    if (!seenEntry.has(va)) {
      seenEntry.add(va);
      extraEntryPoints.push(va);
    }
  };
  const nameVa = new Map<string, number>();
  const addExport = (e: ExportEntry): boolean => {
    const prev = nameVa.get(e.name!);
    if (prev !== undefined && prev !== e.va) return false;
    nameVa.set(e.name!, e.va);
    exports.push(e);
    return true;
  };
  addExport({ va: entry, name: '__entry', ordinal: 0 });
  for (const e of pe.exports) {
    const va = base + e.rva;
    const name = e.name ?? `Ordinal_${e.ordinal}`;
    if (addExport({ va, name, ordinal: e.ordinal }) && probe(va, 1, MM_EXEC)) addEntry(va);
  }
  // forwarders are not vivisect exports, but capa reports them; non-ASCII ones it drops
  for (const fw of pe.forwarders) {
    if (fw.forwarder !== undefined) exports.push({ va: base + fw.rva, name: fw.name, ordinal: 0, forwarder: fw.forwarder });
  }

  // relocations vivisect keeps: HIGHLOW/DIR64 whose slot is mapped
  const relocations: number[] = [];
  for (const r of pe.relocations) {
    if (r.type !== IMAGE_REL_BASED_HIGHLOW && r.type !== IMAGE_REL_BASED_DIR64) continue;
    const va = base + r.rva;
    if (memory.segmentOf(va) !== undefined) relocations.push(va);
  }

  // imports at IAT slots in readable memory (later entries replace earlier ones at the same slot)
  const imports = new Map<number, ImportEntry>();
  const dllNames = new Map<string, string>();
  for (const imp of pe.imports) {
    const va = base + imp.slotRva;
    if (!probe(va, 4, MM_READ)) continue;
    let dll = dllNames.get(imp.dll);
    if (dll === undefined) dllNames.set(imp.dll, (dll = normaliseDllName(imp.dll)));
    const e: { -readonly [K in keyof ImportEntry]: ImportEntry[K] } = { va, dll };
    // an ordinal the lookup tables do not know keeps no name (vivisect calls it `ord<N>`)
    if (imp.ordinal === undefined || imp.name !== `ord${imp.ordinal}`) e.name = imp.name;
    if (imp.ordinal !== undefined) e.ordinal = imp.ordinal;
    imports.set(va, e);
  }

  // SafeSEH handler table (vivisect: table VA taken as-is, handlers are RVAs)
  if (pe.seHandlerTable && pe.seHandlerTable.va !== 0) {
    const { va, count } = pe.seHandlerTable;
    if (count * 4 < file.length && memory.isValid(va)) {
      const psize = pe.pointerSize;
      const raw = memory.read(va, count * psize);
      if (raw.length === count * psize) {
        for (let i = 0; i < count; i++) {
          const h = psize === 8 ? memory.u64(va + i * 8)! : memory.u32(va + i * 4)!;
          addEntry(base + h);
        }
      }
    }
  }

  // amd64 .pdata: RUNTIME_FUNCTION entries with version-1 unwind info that are not chained
  const edir = pe.dataDirectories[DIR.EXCEPTION]!;
  if (edir.rva !== 0 && pe.arch === 'amd64') {
    let va = base + edir.rva;
    const vamax = va + edir.size;
    for (let n = 0; va < vamax && n < MAX_PDATA_ENTRIES; n++, va += 12) {
      const begin = memory.u32(va);
      const unwind = memory.u32(va + 8);
      if (begin === undefined || unwind === undefined || !memory.isValid(va + 11)) break;
      const uiva = base + unwind;
      if (!memory.isValid(uiva)) break;
      const verFlags = memory.u8(uiva)!;
      if ((verFlags & 7) !== 1) break;
      if (((verFlags >> 3) & 4) === 0) addEntry(base + begin);
    }
  }

  // embedded PEs are dead data too (vivisect `carvepes`), located through offsetToRva
  for (const c of carvePe(file)) {
    const size = carvedPeFileSize(file, c);
    if (size === undefined) continue;
    const len = Math.max(0, Math.min(size, file.length - c.offset));
    const start = base + offsetToRva(pe, c.offset);
    deadData.push([start, start + len]);
  }

  const image: { -readonly [K in keyof LoadedImage]: LoadedImage[K] } = {
    format: 'pe',
    arch: pe.arch,
    baseAddress: base,
    entryPoint: entry,
    extraEntryPoints,
    segments: segments.map(({ perms: _p, ...s }) => s),
    imports,
    exports,
    relocations,
    symbols: [],
    file,
  };
  if (pe.tlsCallbacks.length > 0) image.tlsCallbacks = pe.tlsCallbacks.slice();
  // vivisect keeps each range once
  const seenDead = new Set<string>();
  image.deadData = deadData.filter(([a, b]) => {
    const k = `${a}:${b}`;
    if (seenDead.has(k)) return false;
    seenDead.add(k);
    return true;
  });
  return image;
}
