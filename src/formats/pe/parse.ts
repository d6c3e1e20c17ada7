// PE parser reproducing vivisect's `PE` module semantics (what capa's default backend sees):
// pointer size chosen by machine, section table located via NumberOfRvaAndSizes, vivisect's
// rvaToOffset/checkRva rules, its import/export/relocation table walks and their quirks.
// Every read is bounds-checked; loops are capped so hostile input cannot hang or exhaust memory.

import { FormatError } from '../errors.js';
import { ordLookup } from './ordlookup/index.js';
import {
  DIR,
  IMAGE_FILE_DLL,
  IMAGE_FILE_MACHINE_AMD64,
  IMAGE_FILE_MACHINE_I386,
  IMAGE_FILE_MACHINE_IA64,
  type ClrHeader,
  type DataDirectory,
  type PeExport,
  type PeFile,
  type PeForwarder,
  type PeImport,
  type PeBoundImport,
  type PeRelocation,
  type PeSection,
} from './types.js';

const SECTION_HEADER_SIZE = 40;
const MAX_SECTIONS = 0xffff; // the field is 16-bit; loops are bounded by it
const MAX_IMPORT_DESCRIPTORS = 0x4000;
const MAX_IMPORTS = 0x10000;
const MAX_TLS_CALLBACKS = 0x400;
const MAX_WARNINGS = 64;

const utf8 = new TextDecoder('utf-8');

/** little-endian, bounds-checked reads at file offsets */
class FileView {
  readonly length: number;
  private readonly dv: DataView;

  constructor(readonly bytes: Uint8Array) {
    this.length = bytes.length;
    this.dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  has(off: number, n: number): boolean {
    return off >= 0 && n >= 0 && off + n <= this.length;
  }

  u8(off: number): number {
    return this.dv.getUint8(off);
  }
  u16(off: number): number {
    return this.dv.getUint16(off, true);
  }
  u32(off: number): number {
    return this.dv.getUint32(off, true);
  }
  /** u64 as a number; values above 2^53 are returned as Infinity so callers can reject them */
  u64(off: number): number {
    const lo = this.dv.getUint32(off, true);
    const hi = this.dv.getUint32(off + 4, true);
    return hi >= 0x200000 ? Infinity : hi * 0x100000000 + lo;
  }

  /** vivisect readAtOffset: exactly n bytes, or (shortok) what is there; null when short */
  read(off: number, n: number, shortok = false): Uint8Array | null {
    if (off < 0 || n < 0) return null;
    const end = Math.min(this.length, off + n);
    if (off >= this.length) return shortok ? new Uint8Array(0) : n === 0 ? new Uint8Array(0) : null;
    if (end - off !== n && !shortok) return null;
    return this.bytes.subarray(off, end);
  }
}

function cstr(b: Uint8Array): Uint8Array {
  const z = b.indexOf(0);
  return z < 0 ? b : b.subarray(0, z);
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}

/** strict UTF-8 validation without exceptions (hostile tables can make us decode many names) */
function isValidUtf8(b: Uint8Array): boolean {
  const n = b.length;
  let i = 0;
  while (i < n) {
    const c = b[i]!;
    if (c < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (c >= 0xc2 && c <= 0xdf) (need = 1), (min = 0x80);
    else if (c >= 0xe0 && c <= 0xef) (need = 2), (min = 0x800);
    else if (c >= 0xf0 && c <= 0xf4) (need = 3), (min = 0x10000);
    else return false;
    if (i + need >= n) return false;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const d = b[i + k];
      if (d === undefined || (d & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

function decodeUtf8(b: Uint8Array): string | undefined {
  if (isAscii(b)) return latin1(b);
  return isValidUtf8(b) ? utf8.decode(b) : undefined;
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i]! > 0x7f) return false;
  return true;
}

/** Parse a PE file. Throws FormatError for input that is not a loadable PE. */
export function parsePE(bytes: Uint8Array): PeFile {
  const f = new FileView(bytes);
  const warnings: string[] = [];
  const warn = (msg: string): void => {
    if (warnings.length < MAX_WARNINGS) warnings.push(msg);
  };

  if (!f.has(0, 2) || f.u8(0) !== 0x4d || f.u8(1) !== 0x5a) {
    throw new FormatError('not a PE file (no MZ signature)', 'unsupported-format');
  }
  if (!f.has(0x3c, 4)) throw new FormatError('truncated DOS header', 'truncated');
  const eLfanew = f.u32(0x3c);
  if (!f.has(eLfanew, 4 + 20)) throw new FormatError('e_lfanew points past the end of the file', 'truncated');
  if (f.u32(eLfanew) !== 0x00004550) throw new FormatError('missing PE signature', 'corrupt');

  const fh = eLfanew + 4;
  const machine = f.u16(fh);
  const numberOfSections = f.u16(fh + 2);
  const timeDateStamp = f.u32(fh + 4);
  const sizeOfOptionalHeader = f.u16(fh + 16);
  const characteristics = f.u16(fh + 18);

  // vivisect picks the 64-bit header layout by machine, not by the optional header magic
  const pe32p = machine === IMAGE_FILE_MACHINE_AMD64 || machine === IMAGE_FILE_MACHINE_IA64;
  const pointerSize: 4 | 8 = pe32p ? 8 : 4;
  const optSize = pe32p ? 240 : 224;
  const ntSize = 4 + 20 + optSize;
  const oh = fh + 20;
  if (!f.has(eLfanew, ntSize)) throw new FormatError('truncated NT headers', 'truncated');

  const optionalMagic = f.u16(oh);
  const addressOfEntryPoint = f.u32(oh + 16);
  const baseOfCode = f.u32(oh + 20);
  const sizeOfCode = f.u32(oh + 4);
  const imageBase = pe32p ? f.u64(oh + 24) : f.u32(oh + 28);
  if (!Number.isFinite(imageBase) || imageBase + 0x100000000 > Number.MAX_SAFE_INTEGER) {
    throw new FormatError('image base above 2^53', 'too-large');
  }
  const sectionAlignment = f.u32(oh + 32);
  const fileAlignment = f.u32(oh + 36);
  const majorSubsystemVersion = f.u16(oh + 48);
  const minorSubsystemVersion = f.u16(oh + 50);
  const sizeOfImage = f.u32(oh + 56);
  const sizeOfHeaders = f.u32(oh + 60);
  const subsystem = f.u16(oh + 68);
  const dllCharacteristics = f.u16(oh + 70);
  const rvaCountOff = pe32p ? oh + 108 : oh + 92;
  const numberOfRvaAndSizes = f.u32(rvaCountOff);
  const dataDirectories: DataDirectory[] = [];
  for (let i = 0; i < 16; i++) {
    const o = rvaCountOff + 4 + i * 8;
    dataDirectories.push({ rva: f.u32(o), size: f.u32(o + 4) });
  }

  // section table: vivisect locates it from NumberOfRvaAndSizes, not SizeOfOptionalHeader
  const secTableOff = eLfanew + ntSize - 16 * 8 + numberOfRvaAndSizes * 8;
  if (numberOfSections > MAX_SECTIONS) throw new FormatError('too many sections', 'corrupt');
  if (!f.has(secTableOff, numberOfSections * SECTION_HEADER_SIZE)) {
    throw new FormatError('truncated section headers', 'truncated');
  }
  const sections: PeSection[] = [];
  for (let i = 0; i < numberOfSections; i++) {
    const o = secTableOff + i * SECTION_HEADER_SIZE;
    sections.push({
      // vstruct v_str: cut at the first NUL, UTF-8 (vivisect fails on invalid UTF-8; we keep latin-1)
      name: ((n) => decodeUtf8(n) ?? latin1(n))(cstr(bytes.subarray(o, o + 8))),
      virtualSize: f.u32(o + 8),
      virtualAddress: f.u32(o + 12),
      sizeOfRawData: f.u32(o + 16),
      pointerToRawData: f.u32(o + 20),
      characteristics: f.u32(o + 36),
      headerOffset: o,
    });
  }

  // the PE_Header segment vivisect maps ("SizeOfHeaders spoofable...")
  const currOffset = eLfanew + ntSize;
  const secOffset = eLfanew + 4 + 20 + sizeOfOptionalHeader;
  const headerSize =
    secOffset !== currOffset
      ? secOffset + numberOfSections * SECTION_HEADER_SIZE
      : currOffset + numberOfSections * SECTION_HEADER_SIZE;

  // ---- vivisect address helpers ----
  let maxRva = 0;
  for (const s of sections) {
    let end = s.virtualAddress + s.virtualSize;
    if (sectionAlignment > 0) {
      end = sectionAlignment * (Math.floor(end / sectionAlignment) + 1);
      maxRva = Math.max(maxRva, end);
    }
  }
  const checkRva = (rva: number, size?: number): boolean => {
    if (rva === 0 || rva > maxRva) return false;
    return size === undefined || rva + size <= maxRva;
  };
  const rvaToOffset = (rva: number): number => {
    if (rva >= 0 && rva < sizeOfHeaders) return rva;
    for (const s of sections) {
      const ssize =
        s.sizeOfRawData + s.pointerToRawData > maxRva ? s.virtualSize : Math.max(s.sizeOfRawData, s.virtualSize);
      if (rva >= s.virtualAddress && rva < s.virtualAddress + ssize) return s.pointerToRawData + (rva - s.virtualAddress);
    }
    return 0;
  };
  const readAtRva = (rva: number, n: number, shortok = false): Uint8Array | null => f.read(rvaToOffset(rva), n, shortok);
  const readPointerAtRva = (rva: number): number | null => {
    const off = rvaToOffset(rva);
    if (!f.has(off, pointerSize)) return null;
    return pointerSize === 8 ? f.u64(off) : f.u32(off);
  };
  // vivisect reads these one byte at a time, remapping each RVA
  const readStringAtRva = (rva: number, maxsize: number): Uint8Array => {
    const out: number[] = [];
    while (out.length < maxsize) {
      const off = rvaToOffset(rva);
      if (off >= f.length) break;
      const c = f.u8(off);
      if (c === 0) break;
      out.push(c);
      rva++;
    }
    return Uint8Array.from(out);
  };

  // ---- imports and delay imports ----
  let importBudget = MAX_IMPORTS;
  const parseImportTable = (dirRva: number, delay: boolean): PeImport[] => {
    const isize = delay ? 32 : 20;
    let irva = dirRva;
    if (!checkRva(irva, isize)) return [];
    let desc = readAtRva(irva, isize);
    if (!desc) return [];
    const list: PeImport[] = [];
    for (let nd = 0; nd < MAX_IMPORT_DESCRIPTORS; nd++) {
      const dv = new DataView(desc.buffer, desc.byteOffset, desc.byteLength);
      const entryName = dv.getUint32(delay ? 4 : 12, true);
      if (!checkRva(entryName)) break;
      const libBytes = readStringAtRva(entryName, 256);
      const libname = decodeUtf8(libBytes);
      if (libname === undefined) {
        warn(`import library name at RVA 0x${entryName.toString(16)} is not UTF-8`);
        break;
      }
      let byName: number;
      let slotBase: number;
      if (delay) {
        byName = dv.getUint32(16, true) || dv.getUint32(12, true);
        slotBase = dv.getUint32(12, true);
      } else {
        byName = dv.getUint32(0, true) || dv.getUint32(16, true);
        slotBase = dv.getUint32(16, true);
      }
      if (!checkRva(byName)) break;
      for (let idx = 0; ; idx++) {
        const arrayoff = pointerSize * idx;
        // vivisect discards the whole table when a thunk array runs past the file size
        if (arrayoff > f.length) return [];
        if (--importBudget < 0) {
          warn('import table too large, truncated');
          return list;
        }
        const toff = rvaToOffset(byName + arrayoff);
        if (!f.has(toff, pointerSize)) break;
        const lo = f.u32(toff);
        const hi = pointerSize === 8 ? f.u32(toff + 4) : 0;
        if (lo === 0 && hi === 0) break;
        const ordFlag = pointerSize === 8 ? (hi & 0x80000000) !== 0 : (lo & 0x80000000) !== 0;
        const ibn = hi * 0x100000000 + lo;
        let funcname: string | undefined;
        let ordinal: number | undefined;
        let hint: number | undefined;
        if (ordFlag) {
          ordinal = lo & 0x7fffffff;
          funcname = ordLookup(libname, ordinal);
        } else if (!checkRva(ibn)) {
          break;
        } else {
          const diff = maxRva - ibn - 2;
          const nameLen = Math.max(0, Math.min(diff, 128));
          const b = readAtRva(ibn, 2 + nameLen, true);
          if (!b || b.length === 0) break;
          if (b.length < 2) continue;
          hint = b[0]! | (b[1]! << 8);
          funcname = decodeUtf8(cstr(b.subarray(2)));
          if (funcname === undefined) warn(`import name at RVA 0x${ibn.toString(16)} is not UTF-8`);
        }
        if (funcname !== undefined) {
          const imp: { -readonly [K in keyof PeImport]: PeImport[K] } = {
            slotRva: slotBase + arrayoff,
            dll: libname,
            name: funcname,
            delay,
          };
          if (ordinal !== undefined) imp.ordinal = ordinal;
          if (hint !== undefined) imp.hint = hint;
          list.push(imp);
        }
      }
      irva += isize;
      if (!checkRva(irva, isize)) break;
      desc = readAtRva(irva, isize);
      if (!desc) break;
    }
    return list;
  };
  const imports = [
    ...parseImportTable(dataDirectories[DIR.IMPORT]!.rva, false),
    ...parseImportTable(dataDirectories[DIR.DELAY_IMPORT]!.rva, true),
  ];

  // ---- exports ----
  const exports: PeExport[] = [];
  const forwarders: PeForwarder[] = [];
  let exportDllName: string | undefined;
  parseExports();

  function parseExports(): void {
    const edir = dataDirectories[DIR.EXPORT]!;
    const poff = rvaToOffset(edir.rva);
    if (poff === 0) return;
    const ed = f.read(poff, 40);
    if (!ed) return;
    const dv = new DataView(ed.buffer, ed.byteOffset, 40);
    const nameRva = dv.getUint32(12, true);
    const base = dv.getUint32(16, true);
    const numberOfFunctions = dv.getUint32(20, true);
    const numberOfNames = dv.getUint32(24, true);
    const funcoff = rvaToOffset(dv.getUint32(28, true));
    const funcsize = 4 * numberOfFunctions;
    const nameoff = rvaToOffset(dv.getUint32(32, true));
    const namesize = 4 * numberOfNames;
    const ordoff = rvaToOffset(dv.getUint32(36, true));
    const ordsize = 2 * numberOfNames;
    if (!funcoff || funcsize > 0x7fff || ordoff > 0 !== nameoff > 0) return;
    if (funcsize === 0) return;
    const funcbytes = f.read(funcoff, funcsize);
    if (!funcbytes) return;
    const rawName = readAtRva(nameRva, 32);
    if (rawName) {
      const n = cstr(rawName);
      if (isAscii(n)) exportDllName = latin1(n);
    }
    const funclist: number[] = [];
    for (let i = 0; i + 4 <= funcbytes.length; i += 4) {
      funclist.push((funcbytes[i]! | (funcbytes[i + 1]! << 8) | (funcbytes[i + 2]! << 16) | (funcbytes[i + 3]! << 24)) >>> 0);
    }
    if (nameoff && ordoff) {
      // vivisect reads these without a length check; a short read means no names
      const namebytes = f.read(nameoff, namesize) ?? new Uint8Array(0);
      const ordbytes = f.read(ordoff, ordsize) ?? new Uint8Array(0);
      const n = Math.min(namebytes.length >> 2, ordbytes.length >> 1);
      for (let i = 0; i < n; i++) {
        const ordl = ordbytes[2 * i]! | (ordbytes[2 * i + 1]! << 8);
        const nrva =
          (namebytes[4 * i]! | (namebytes[4 * i + 1]! << 8) | (namebytes[4 * i + 2]! << 16) | (namebytes[4 * i + 3]! << 24)) >>>
          0;
        if (ordl >= funclist.length) return; // vivisect gives up on the rest of the table
        const frva = funclist[ordl]!;
        const noff = rvaToOffset(nrva);
        const nameBytes = noff !== 0 ? cstr(f.read(noff, 256, true) ?? new Uint8Array(0)) : null;
        const name = nameBytes ? decodeUtf8(nameBytes) : `ord_${ordl.toString(16).padStart(4, '0')}`;
        if (frva >= edir.rva && frva < edir.rva + edir.size) {
          if (name === undefined) continue;
          const fwd = cstr(readAtRva(frva, 260, true) ?? new Uint8Array(0));
          const fw: { -readonly [K in keyof PeForwarder]: PeForwarder[K] } = { rva: frva, name };
          if (isAscii(fwd)) fw.forwarder = latin1(fwd);
          forwarders.push(fw);
        } else if (name === undefined) {
          warn(`export name for ordinal ${ordl} is not UTF-8`);
        } else {
          exports.push({ rva: frva, ordinal: (base + ordl) >>> 0, name });
        }
      }
    } else {
      if (funclist.length !== numberOfFunctions) return;
      for (let i = 0; i < funclist.length; i++) {
        if (funclist[i]! > 0) exports.push({ rva: funclist[i]!, ordinal: (base + i) >>> 0 });
      }
    }
  }

  // ---- base relocations ----
  const relocations: PeRelocation[] = [];
  {
    const rd = dataDirectories[DIR.BASERELOC]!;
    if (checkRva(rd.rva)) {
      let rel = f.read(rvaToOffset(rd.rva), rd.size);
      while (rel && rel.length >= 8) {
        const dv = new DataView(rel.buffer, rel.byteOffset, rel.byteLength);
        const pageva = dv.getUint32(0, true);
        const chunksize = dv.getUint32(4, true);
        if (chunksize === 0 || chunksize > rel.length || chunksize < 8) {
          if (chunksize !== 0 && chunksize <= rel.length) warn('corrupt relocation block');
          break;
        }
        for (let o = 8; o < chunksize && o + 2 <= rel.length; o += 2) {
          const r = dv.getUint16(o, true);
          relocations.push({ rva: pageva + (r & 0xfff), type: r >> 12 });
        }
        rel = rel.subarray(chunksize);
      }
    }
  }

  // ---- bound imports: the directory "RVA" is a file offset; names are relative to its start ----
  const boundImports: PeBoundImport[] = [];
  {
    const bd = dataDirectories[DIR.BOUND_IMPORT]!;
    const start = bd.rva;
    const name = (rel: number): string => {
      const b = f.read(start + rel, 256, true);
      return b ? latin1(cstr(b)) : '';
    };
    let off = start;
    for (let n = 0; start !== 0 && n < MAX_IMPORT_DESCRIPTORS && f.has(off, 8); n++) {
      const ts = f.u32(off);
      const nameOff = f.u16(off + 4);
      const nrefs = f.u16(off + 6);
      if (ts === 0 && nameOff === 0 && nrefs === 0) break;
      const refs: { dll: string; timeDateStamp: number }[] = [];
      for (let r = 0; r < nrefs && f.has(off + 8 + r * 8, 8); r++) {
        const ro = off + 8 + r * 8;
        refs.push({ dll: name(f.u16(ro + 4)), timeDateStamp: f.u32(ro) });
      }
      boundImports.push({ dll: name(nameOff), timeDateStamp: ts, forwarderRefs: refs });
      off += 8 + nrefs * 8;
    }
  }

  // ---- TLS callbacks (absolute VAs, read through the file mapping) ----
  const tlsCallbacks: number[] = [];
  {
    const td = dataDirectories[DIR.TLS]!;
    if (checkRva(td.rva)) {
      const cbField = td.rva + (pointerSize === 8 ? 24 : 12);
      const arrVa = readPointerAtRva(cbField);
      if (arrVa !== null && arrVa > imageBase && Number.isFinite(arrVa)) {
        let rva = arrVa - imageBase;
        for (let i = 0; i < MAX_TLS_CALLBACKS && checkRva(rva, pointerSize); i++, rva += pointerSize) {
          const cb = readPointerAtRva(rva);
          if (cb === null || cb === 0 || !Number.isFinite(cb)) break;
          tlsCallbacks.push(cb);
        }
      }
    }
  }

  // ---- load config: SafeSEH table, read with vivisect's 32-bit structure layout ----
  let seHandlerTable: { va: number; count: number } | undefined;
  {
    const lc = dataDirectories[DIR.LOAD_CONFIG]!;
    if (checkRva(lc.rva, lc.size)) {
      const b = readAtRva(lc.rva, 0x48);
      if (b) {
        const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
        seHandlerTable = { va: dv.getUint32(0x40, true), count: dv.getUint32(0x44, true) };
      }
    }
  }

  // ---- CLR (COM descriptor) header, honouring NumberOfRvaAndSizes as the .NET loader does ----
  let clr: ClrHeader | undefined;
  if (numberOfRvaAndSizes > DIR.COM_DESCRIPTOR) {
    const cd = dataDirectories[DIR.COM_DESCRIPTOR]!;
    if (cd.rva !== 0 && cd.size !== 0) {
      const b = readAtRva(cd.rva, 0x48);
      if (b) {
        const dv = new DataView(b.buffer, b.byteOffset, b.byteLength);
        clr = {
          rva: cd.rva,
          size: cd.size,
          majorRuntimeVersion: dv.getUint16(4, true),
          minorRuntimeVersion: dv.getUint16(6, true),
          metadataRva: dv.getUint32(8, true),
          metadataSize: dv.getUint32(12, true),
          flags: dv.getUint32(16, true),
          entryPointToken: dv.getUint32(20, true),
        };
      }
    }
  }

  // ---- overlay: data past the furthest section (or header) end ----
  let overlayOffset = Math.min(f.length, sizeOfHeaders);
  for (const s of sections) {
    if (s.sizeOfRawData === 0) continue;
    overlayOffset = Math.max(overlayOffset, Math.min(f.length, s.pointerToRawData + s.sizeOfRawData));
  }

  let arch: 'i386' | 'amd64' | undefined;
  if (machine === IMAGE_FILE_MACHINE_I386) arch = 'i386';
  else if (machine === IMAGE_FILE_MACHINE_AMD64) arch = 'amd64';

  const pe: { -readonly [K in keyof PeFile]: PeFile[K] } = {
    bytes,
    eLfanew,
    machine,
    pointerSize,
    optionalMagic,
    numberOfSections,
    sizeOfOptionalHeader,
    characteristics,
    timeDateStamp,
    isDll: (characteristics & IMAGE_FILE_DLL) !== 0,
    addressOfEntryPoint,
    baseOfCode,
    sizeOfCode,
    imageBase,
    sectionAlignment,
    fileAlignment,
    majorSubsystemVersion,
    minorSubsystemVersion,
    sizeOfImage,
    sizeOfHeaders,
    subsystem,
    dllCharacteristics,
    numberOfRvaAndSizes,
    dataDirectories,
    sections,
    imports,
    exports,
    forwarders,
    relocations,
    boundImports,
    tlsCallbacks,
    overlayOffset,
    headerSize,
    warnings,
  };
  if (arch !== undefined) pe.arch = arch;
  if (exportDllName !== undefined) pe.exportDllName = exportDllName;
  if (seHandlerTable !== undefined) pe.seHandlerTable = seHandlerTable;
  if (clr !== undefined) pe.clr = clr;
  return pe;
}

/** vivisect's rvaToOffset for a parsed file (0 when the RVA maps nowhere) */
export function peRvaToOffset(pe: PeFile, rva: number): number {
  if (rva >= 0 && rva < pe.sizeOfHeaders) return rva;
  const maxRva = peMaxRva(pe);
  for (const s of pe.sections) {
    const ssize =
      s.sizeOfRawData + s.pointerToRawData > maxRva ? s.virtualSize : Math.max(s.sizeOfRawData, s.virtualSize);
    if (rva >= s.virtualAddress && rva < s.virtualAddress + ssize) return s.pointerToRawData + (rva - s.virtualAddress);
  }
  return 0;
}

/** vivisect's getMaxRva: the highest section end, rounded up past the alignment */
export function peMaxRva(pe: PeFile): number {
  let maxRva = 0;
  for (const s of pe.sections) {
    const end = s.virtualAddress + s.virtualSize;
    if (pe.sectionAlignment > 0) maxRva = Math.max(maxRva, pe.sectionAlignment * (Math.floor(end / pe.sectionAlignment) + 1));
  }
  return maxRva;
}
