import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractPeFileFeatures } from '../../src/extractors/pe/file.js';
import { extractPeGlobalFeatures } from '../../src/extractors/pe/global.js';
import { detectFormat } from '../../src/formats/detect.js';
import { FormatError } from '../../src/formats/errors.js';
import { Memory } from '../../src/formats/image.js';
import { loadPeImage, normaliseDllName, ordLookup, parsePE } from '../../src/formats/pe/index.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

// ---- a small synthetic PE32 (one RWX section at RVA 0x1000, file offset 0x200) ----

interface BuildOpts {
  machine?: number;
  sectionAlignment?: number;
}

function buildPe(opts: BuildOpts = {}): Uint8Array {
  const file = new Uint8Array(0x200 + 0x2000);
  const dv = new DataView(file.buffer);
  const u16 = (o: number, v: number): void => dv.setUint16(o, v, true);
  const u32 = (o: number, v: number): void => dv.setUint32(o, v >>> 0, true);
  const ascii = (o: number, s: string): void => {
    for (let i = 0; i < s.length; i++) file[o + i] = s.charCodeAt(i);
  };
  const rva = (r: number): number => r - 0x1000 + 0x200; // RVA → file offset
  ascii(0, 'MZ');
  u32(0x3c, 0x80);
  ascii(0x80, 'PE\0\0');
  const fh = 0x84;
  u16(fh, opts.machine ?? 0x14c);
  u16(fh + 2, 1);
  u16(fh + 16, 224);
  u16(fh + 18, 0x2102);
  const oh = fh + 20;
  u16(oh, 0x10b);
  u32(oh + 4, 0x1000); // SizeOfCode
  u32(oh + 16, 0x1000); // AddressOfEntryPoint
  u32(oh + 20, 0x1000); // BaseOfCode
  u32(oh + 28, 0x400000); // ImageBase
  u32(oh + 32, opts.sectionAlignment ?? 0x1000);
  u32(oh + 36, 0x200);
  u16(oh + 48, 6); // MajorSubsystemVersion
  u32(oh + 56, 0x3000);
  u32(oh + 60, 0x200);
  u16(oh + 68, 2);
  u16(oh + 70, 0x100); // NX_COMPAT
  u32(oh + 92, 16);
  const dd = (i: number, r: number, size: number): void => {
    u32(oh + 96 + i * 8, r);
    u32(oh + 100 + i * 8, size);
  };
  dd(0, 0x1800, 0x200); // exports
  dd(1, 0x1100, 0x50); // imports
  dd(5, 0x1a00, 12); // relocations
  dd(9, 0x1b00, 24); // TLS
  dd(13, 0x1600, 0x40); // delay imports
  const sh = 0x80 + 248;
  ascii(sh, '.text');
  u32(sh + 8, 0x2000);
  u32(sh + 12, 0x1000);
  u32(sh + 16, 0x2000);
  u32(sh + 20, 0x200);
  u32(sh + 36, 0xe0000020);

  // imports: KERNEL32 by name, WS2_32 by ordinal, an unknown dll by ordinal (no INT)
  const desc = (i: number, oft: number, name: number, ft: number): void => {
    const o = rva(0x1100 + i * 20);
    u32(o, oft);
    u32(o + 12, name);
    u32(o + 16, ft);
  };
  desc(0, 0x1200, 0x1400, 0x1300);
  desc(1, 0x1220, 0x1410, 0x1320);
  desc(2, 0, 0x1420, 0x1340);
  ascii(rva(0x1400), 'KERNEL32.dll');
  ascii(rva(0x1410), 'WS2_32.dll');
  ascii(rva(0x1420), 'mystery.dll');
  ascii(rva(0x1502), 'CreateFileA');
  ascii(rva(0x1512), 'Sleep');
  for (const base of [0x1200, 0x1300]) {
    u32(rva(base), 0x1500);
    u32(rva(base + 4), 0x1510);
  }
  for (const base of [0x1220, 0x1320]) {
    u32(rva(base), 0x80000073);
    u32(rva(base + 4), 0x80000017);
  }
  u32(rva(0x1340), 0x80000007);

  // delay import of ADVAPI32!RegOpenKeyExW
  const di = rva(0x1600);
  u32(di, 1);
  u32(di + 4, 0x1680);
  u32(di + 12, 0x1700);
  u32(di + 16, 0x1720);
  ascii(rva(0x1680), 'ADVAPI32.dll');
  u32(rva(0x1720), 0x1740);
  u32(rva(0x1700), 0x1740);
  ascii(rva(0x1742), 'RegOpenKeyExW');

  // exports: one named, one by ordinal only, one forwarded
  const ed = rva(0x1800);
  u32(ed + 12, 0x1900);
  u32(ed + 16, 1);
  u32(ed + 20, 3);
  u32(ed + 24, 2);
  u32(ed + 28, 0x1840);
  u32(ed + 32, 0x1860);
  u32(ed + 36, 0x1870);
  ascii(rva(0x1900), 'test.dll');
  u32(rva(0x1840), 0x1000);
  u32(rva(0x1844), 0x1010);
  u32(rva(0x1848), 0x1880);
  u32(rva(0x1860), 0x1910);
  u32(rva(0x1864), 0x1920);
  u16(rva(0x1870), 0);
  u16(rva(0x1872), 2);
  ascii(rva(0x1880), 'NTDLL.RtlFoo');
  ascii(rva(0x1910), 'Exported');
  ascii(rva(0x1920), 'Fwd');

  // one HIGHLOW relocation at RVA 0x1010 plus an ABSOLUTE padding entry
  u32(rva(0x1a00), 0x1000);
  u32(rva(0x1a04), 12);
  u16(rva(0x1a08), 0x3010);
  u16(rva(0x1a0a), 0);

  // TLS directory with one callback
  u32(rva(0x1b0c), 0x401b40);
  u32(rva(0x1b40), 0x401020);
  return file;
}

function throwsFormat(fn: () => unknown, code: string): void {
  assert.throws(fn, (e: unknown) => e instanceof FormatError && e.code === code);
}

describe('PE parser: synthetic file', () => {
  const bytes = buildPe();
  const pe = parsePE(bytes);
  const image = loadPeImage(pe);

  it('reads headers and sections', () => {
    assert.equal(pe.arch, 'i386');
    assert.equal(pe.pointerSize, 4);
    assert.equal(pe.imageBase, 0x400000);
    assert.equal(pe.isDll, true);
    assert.deepEqual(
      pe.sections.map((s) => [s.name, s.virtualAddress, s.sizeOfRawData]),
      [['.text', 0x1000, 0x2000]],
    );
    assert.deepEqual(
      image.segments.map((s) => [s.name, s.va, s.size, s.readable, s.writable, s.executable]),
      [
        ['PE_Header', 0x400000, 0x1000, true, false, false],
        ['.text', 0x401000, 0x2000, true, true, true],
      ],
    );
    assert.equal(image.entryPoint, 0x401000);
    assert.equal(new Memory(image).u32(0x401840), 0x1000);
  });

  it('parses imports by name, by ordinal (with vivisect ordinal names) and delay imports', () => {
    assert.deepEqual(
      pe.imports.map((i) => [i.slotRva, i.dll, i.name, i.ordinal, i.delay]),
      [
        [0x1300, 'KERNEL32.dll', 'CreateFileA', undefined, false],
        [0x1304, 'KERNEL32.dll', 'Sleep', undefined, false],
        [0x1320, 'WS2_32.dll', 'WSAStartup', 115, false],
        [0x1324, 'WS2_32.dll', 'socket', 23, false],
        [0x1340, 'mystery.dll', 'ord7', 7, false],
        [0x1700, 'ADVAPI32.dll', 'RegOpenKeyExW', undefined, true],
      ],
    );
    const m = image.imports.get(0x401340)!;
    assert.equal(m.dll, 'mystery');
    assert.equal(m.name, undefined);
    assert.equal(m.ordinal, 7);
    assert.equal(image.imports.get(0x401300)!.dll, 'kernel32');
  });

  it('parses exports like vivisect (named only when names exist) and forwarders', () => {
    assert.deepEqual(pe.exports, [{ rva: 0x1000, ordinal: 1, name: 'Exported' }]);
    assert.deepEqual(pe.forwarders, [{ rva: 0x1880, name: 'Fwd', forwarder: 'NTDLL.RtlFoo' }]);
    assert.equal(pe.exportDllName, 'test.dll');
    assert.deepEqual(pe.boundImports, []);
  });

  it('parses relocations and TLS callbacks', () => {
    assert.deepEqual(pe.relocations, [
      { rva: 0x1010, type: 3 },
      { rva: 0x1000, type: 0 },
    ]);
    assert.deepEqual(image.relocations, [0x401010]);
    assert.deepEqual(pe.tlsCallbacks, [0x401020]);
    assert.deepEqual(image.tlsCallbacks, [0x401020]);
    assert.equal(image.extraEntryPoints.includes(0x401020), false);
  });

  it('yields capa file and global features', () => {
    const got = new Set(
      [...extractPeFileFeatures(pe, image), ...extractPeGlobalFeatures(pe)]
        .filter((l) => l.feature.type !== 'string')
        .map((l) => `${l.feature.type}:${String(l.feature.value)}@${l.address.type === 'absolute' ? l.address.value.toString(16) : l.address.type}`),
    );
    const want = [
      'format:pe@no address',
      'os:windows@no address',
      'arch:i386@no address',
      'section:PE_Header@400000',
      'section:.text@401000',
      'export:__entry@401000',
      'export:Exported@401000',
      'export:ntdll.RtlFoo@401880',
      'characteristic:forwarded export@401880',
      'import:kernel32.CreateFileA@401300',
      'import:CreateFileA@401300',
      'import:kernel32.CreateFile@401300',
      'import:CreateFile@401300',
      'import:kernel32.Sleep@401304',
      'import:Sleep@401304',
      'import:ws2_32.WSAStartup@401320',
      'import:WSAStartup@401320',
      'import:ws2_32.socket@401324',
      'import:socket@401324',
      'import:mystery.#7@401340',
      'import:advapi32.RegOpenKeyExW@401700',
      'import:RegOpenKeyExW@401700',
      'import:advapi32.RegOpenKeyEx@401700',
      'import:RegOpenKeyEx@401700',
    ];
    assert.deepEqual([...got].sort(), [...want].sort());
  });
});

describe('PE parser: hostile and unsupported input', () => {
  it('refuses non-PE input with typed errors', () => {
    throwsFormat(() => parsePE(new Uint8Array(0)), 'unsupported-format');
    throwsFormat(() => parsePE(new TextEncoder().encode('\x7fELF....')), 'unsupported-format');
    throwsFormat(() => parsePE(buildPe().subarray(0, 0x30)), 'truncated');
    throwsFormat(() => parsePE(buildPe().subarray(0, 0x100)), 'truncated');
    const bad = buildPe();
    bad[0x81] = 0x58; // 'PX'
    throwsFormat(() => parsePE(bad), 'corrupt');
  });

  it('parses other machines but refuses to load them', () => {
    const arm = parsePE(buildPe({ machine: 0x1c0 }));
    assert.equal(arm.arch, undefined);
    assert.equal(arm.machine, 0x1c0);
    throwsFormat(() => loadPeImage(arm), 'unsupported-arch');
  });

  it('refuses a zero section alignment like vivisect', () => {
    throwsFormat(() => loadPeImage(parsePE(buildPe({ sectionAlignment: 0 }))), 'corrupt');
  });

  it('caps huge counts without large allocations', () => {
    const b = buildPe();
    const dv = new DataView(b.buffer);
    dv.setUint32(0x200 + 0x800 + 20, 0xffffffff, true); // NumberOfFunctions
    dv.setUint32(0x200 + 0x800 + 24, 0xffffffff, true); // NumberOfNames
    dv.setUint32(0x200 + 0xa04, 0xfffffff0, true); // relocation block size
    const pe = parsePE(b);
    assert.deepEqual(pe.exports, []);
    assert.deepEqual(pe.relocations, []);
  });
});

describe('vivisect name tables', () => {
  it('resolves ordinals as vivisect does', () => {
    assert.equal(ordLookup('WS2_32.dll', 115), 'WSAStartup');
    assert.equal(ordLookup('ws2_32.dll', 116), 'WSACleanup');
    assert.equal(ordLookup('ws2_32.dll', 99), 'getnameinfo');
    assert.equal(ordLookup('ws2_32.dll', 100), 'ord100');
    assert.equal(ordLookup('ws2_32.dll', 151), '__WSAFDIsSet');
    assert.equal(ordLookup('ws2_32.dll', 500), 'WEP');
    assert.equal(ordLookup('WSOCK32.dll', 23), 'socket');
    assert.equal(ordLookup('ws2_32', 23), 'ord23');
    assert.equal(ordLookup('oleaut32.dll', 2), 'SysAllocString');
    assert.equal(ordLookup('oleaut32.dll', 301), 'OACreateTypeLib2');
    assert.equal(ordLookup('oleaut32.dll', 302), 'ord302');
    assert.equal(ordLookup('oleaut32.dll', 319), 'VarDateFromUdateEx');
    assert.equal(ordLookup('oleaut32.dll', 349), 'VarI4FromUI8');
    assert.equal(ordLookup('oleaut32.dll', 379), 'VarUI2FromUI8');
    assert.equal(ordLookup('oleaut32.dll', 443), 'UnRegisterTypeLibForUser');
    assert.equal(ordLookup('comctl32.dll', 17), 'InitCommonControls');
    assert.equal(ordLookup('comctl32.dll', 90), '_TrackMouseEvent');
    assert.equal(ordLookup('comctl32.dll', 413), 'DefSubclassProc');
    assert.equal(ordLookup('oledlg.dll', 23), 'OleUIUpdateLinksW');
    assert.equal(ordLookup('kernel32.dll', 1), 'ord1');
  });

  it('names MFC42 and MSVBVM60 ordinals by their decorated export names', () => {
    // MFC42.DEF: CString's default constructor is #540, operator new #823
    assert.equal(ordLookup('MFC42.DLL', 540), '??0CString@@QAE@XZ');
    assert.equal(ordLookup('mfc42.dll', 823), '??2@YAPAXI@Z');
    assert.equal(ordLookup('mfc42.dll', 256), '??0_AFX_CHECKLIST_STATE@@QAE@XZ');
    assert.equal(ordLookup('mfc42.dll', 6931), '?WindowProc@CReBar@@MAEJIIJ@Z');
    // a .DEF alias stays in the name, as vivisect keeps it
    assert.equal(ordLookup('mfc42.dll', 258), '??0_AFX_CONTROLPOS@@QAE@XZ=_AfxBinaryCompatibleStubFunction');
    assert.equal(ordLookup('mfc42.dll', 255), 'ord255');
    assert.equal(ordLookup('mfc42.dll', 6932), 'ord6932');
    // MFC42U / MFC42D are other DLLs with other ordinals: not looked up
    assert.equal(ordLookup('mfc42u.dll', 540), 'ord540');
    assert.equal(ordLookup('MSVBVM60.DLL', 100), 'ThunRTMain');
    assert.equal(ordLookup('msvbvm60.dll', 99), 'ord99');
  });

  it('normalises dll names like vivisect normFileName', () => {
    assert.equal(normaliseDllName('KERNEL32.dll'), 'kernel32');
    assert.equal(normaliseDllName('api-ms-win-crt-runtime-l1-1-0.dll'), 'api_ms_win_crt_runtime_l1_1_0');
    assert.equal(normaliseDllName('foo.bar.DLL'), 'foo_bar');
    assert.equal(normaliseDllName('msvcrt'), 'msvcrt');
    assert.equal(normaliseDllName('dir/Sub.Lib.dll'), 'sub_lib');
  });
});

describe('PE parser: real samples', { skip: requireTestdata('pe parser') }, () => {
  const load = (name: string): Uint8Array | undefined => {
    const p = testdata('testfiles', name);
    return existsSync(p) ? new Uint8Array(readFileSync(p)) : undefined;
  };

  it('maps PMA 01-01 DLL like vivisect', () => {
    const b = load('Practical Malware Analysis Lab 01-01.dll_');
    if (!b) return;
    const pe = parsePE(b);
    const img = loadPeImage(pe);
    assert.equal(img.baseAddress, 0x10000000);
    assert.deepEqual(
      img.segments.map((s) => [s.name, s.va]),
      [
        ['PE_Header', 0x10000000],
        ['.text', 0x10001000],
        ['.rdata', 0x10002000],
        ['.data', 0x10026000],
        ['.reloc', 0x10027000],
      ],
    );
    assert.equal(img.imports.get(0x10002030)?.name, 'socket');
    assert.equal(img.imports.get(0x10002030)?.ordinal, 23);
    // .rdata holds the import directory, .reloc the relocations: both dead data for vivisect
    assert.deepEqual(img.deadData, [
      [0x10002000, 0x10026000],
      [0x10027000, 0x10028000],
    ]);
  });

  it('resolves MFC42 ordinal imports to names (import features as capa yields them)', () => {
    const b = load('07f7846bbcda782e5639292ad93907eb.exe_');
    assert.ok(b, '07f7846bbcda782e5639292ad93907eb.exe_ is in testfiles');
    const pe = parsePE(b);
    const mfc = pe.imports.filter((i) => i.dll.toLowerCase() === 'mfc42.dll');
    assert.equal(mfc.length, 13);
    assert.ok(mfc.every((i) => i.ordinal !== undefined && !i.name.startsWith('ord')));
    const image = loadPeImage(pe);
    const names = new Set(extractPeFileFeatures(pe, image).filter((f) => f.feature.type === 'import').map((f) => String(f.feature.value)));
    assert.ok(names.has('mfc42.??0CInternetSession@@QAE@PBDKK00K@Z'));
    assert.ok(names.has('??0CInternetSession@@QAE@PBDKK00K@Z'));
    assert.ok(![...names].some((n) => n.startsWith('mfc42.#')));
  });

  it('marks carved embedded PEs as dead data (PMA 12-04 resource)', () => {
    const b = load('Practical Malware Analysis Lab 12-04.exe_');
    if (!b) return;
    const img = loadPeImage(parsePE(b));
    assert.ok(img.deadData!.some(([s, e]) => s === 0x404060 && e === 0x408060));
  });

  it('handles PE32+ (al-khaser x64)', () => {
    const b = load('al-khaser_x64.exe_');
    if (!b) return;
    const pe = parsePE(b);
    assert.equal(pe.arch, 'amd64');
    assert.equal(pe.pointerSize, 8);
    assert.equal(pe.optionalMagic, 0x20b);
    const img = loadPeImage(pe);
    // its .pdata starts with zeroed entries: vivisect stops at the first (unwind info at the base)
    assert.deepEqual(img.extraEntryPoints, []);
    assert.ok(img.imports.size > 100);
    for (const va of img.imports.keys()) assert.ok(new Memory(img).isValid(va));
  });

  it('takes amd64 .pdata function entries (PMA 21-01)', () => {
    const b = load('Practical Malware Analysis Lab 21-01.exe_');
    if (!b) return;
    const img = loadPeImage(parsePE(b));
    assert.equal(img.extraEntryPoints.length, 107);
    assert.ok(img.extraEntryPoints.includes(0x140001000));
  });

  it('reads bound import descriptors', () => {
    const b = load('e365e3e3febb8a71267b5cd64457744a00e2d61edafb7c98b205b729315e97de.dll_');
    if (!b) return;
    const pe = parsePE(b);
    assert.deepEqual(pe.boundImports[1], {
      dll: 'KERNEL32.dll',
      timeDateStamp: 1111716948,
      forwarderRefs: [{ dll: 'ntdll.dll', timeDateStamp: 1111716948 }],
    });
  });

  it('reads kernel32 exports and forwarders', () => {
    const b = load('kernel32.dll_');
    if (!b) return;
    const pe = parsePE(b);
    assert.ok(pe.exports.some((e) => e.name === 'BaseThreadInitThunk'));
    assert.ok(pe.forwarders.length > 0);
    assert.ok(pe.forwarders.every((f) => f.forwarder === undefined || f.forwarder.includes('.')));
  });

  it('detects formats by magic', () => {
    const pma = load('Practical Malware Analysis Lab 01-01.exe_');
    if (pma) assert.equal(detectFormat(pma), 'pe');
    const dn = load('dotnet/1c444ebeba24dcba8628b7dfe5fec7c6.exe_');
    if (dn) assert.equal(detectFormat(dn), 'dotnet');
    const elf = load('7351f8a40c5450557b24622417fc478d.elf_');
    if (elf) assert.equal(detectFormat(elf), 'elf');
    assert.equal(detectFormat(new Uint8Array([1, 2, 3])), 'unknown');
  });
});
