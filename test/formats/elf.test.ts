// ELF parser, loader, OS detection and feature extraction: a synthetic ELF built here (always
// runs) plus the shared samples (skipped without the shared test data): every sample parses,
// and 7351f's global/file/function-name features equal capa's freeze snapshot.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { parseElf, loadElfImage, detectElfOs, detectElfOsFromBytes } from '../../src/formats/elf/index.js';
import { FormatError } from '../../src/formats/errors.js';
import { Memory } from '../../src/formats/image.js';
import { elfGlobalFeatures } from '../../src/extractors/elf/global.js';
import { elfFileFeatures, elfFunctionNameFeatures, importSymbols, vivOrdinalName } from '../../src/extractors/elf/file.js';
import type { Located } from '../../src/features/extractor.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

// ---- synthetic ELF64 (amd64, dynamically linked, one import `puts` through the PLT) ----------

const BASE = 0x400000;

function buildElf(opts: { machine?: number; type?: number; abiTag?: number } = {}): Uint8Array {
  const b = new Uint8Array(0x800);
  const dv = new DataView(b.buffer);
  const u16 = (o: number, v: number): void => dv.setUint16(o, v, true);
  const u32 = (o: number, v: number): void => dv.setUint32(o, v, true);
  const u64 = (o: number, v: number): void => dv.setBigUint64(o, BigInt(v), true);
  const str = (o: number, s: string): void => {
    for (let i = 0; i < s.length; i++) b[o + i] = s.charCodeAt(i);
  };
  // ELF header
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  u16(0x10, opts.type ?? 2);
  u16(0x12, opts.machine ?? 62);
  u32(0x14, 1);
  u64(0x18, BASE + 0x1e0); // entry
  u64(0x20, 0x40); // phoff
  u64(0x28, 0x340); // shoff
  u16(0x34, 64);
  u16(0x36, 56);
  u16(0x38, 4);
  u16(0x3a, 64);
  u16(0x3c, 0); // patched below
  // program headers: LOAD, INTERP, NOTE, DYNAMIC
  const ph = (i: number, type: number, flags: number, off: number, size: number): void => {
    const o = 0x40 + i * 56;
    u32(o, type);
    u32(o + 4, flags);
    u64(o + 8, off);
    u64(o + 16, BASE + off);
    u64(o + 24, BASE + off);
    u64(o + 32, size);
    u64(o + 40, size);
    u64(o + 48, type === 1 ? 0x1000 : 8);
  };
  ph(0, 1, 7, 0, 0x340);
  ph(1, 3, 4, 0x120, 28);
  ph(2, 4, 4, 0x140, 32);
  ph(3, 2, 6, 0x220, 176);
  str(0x120, '/lib64/ld-linux-x86-64.so.2');
  // GNU ABI tag note
  u32(0x140, 4);
  u32(0x144, 16);
  u32(0x148, 1);
  str(0x14c, 'GNU');
  u32(0x150, opts.abiTag ?? 0);
  u32(0x154, 3);
  // .dynstr, .dynsym
  str(0x161, 'libc.so.6');
  str(0x16b, 'puts');
  u32(0x170 + 24, 11);
  b[0x170 + 24 + 4] = 0x12; // GLOBAL FUNC, undefined
  // .rela.plt: JUMP_SLOT for symbol 1 at the GOT slot
  u64(0x1a0, BASE + 0x218);
  u64(0x1a8, (1 * 2 ** 32) + 7);
  // .plt: PLT0 then `jmp [rip+disp]` to the slot; .text: ret
  b.set([0xff, 0x35, 0, 0, 0, 0, 0xff, 0x25, 0, 0, 0, 0, 0x0f, 0x1f, 0x40, 0], 0x1c0);
  b.set([0xff, 0x25], 0x1d0);
  u32(0x1d2, 0x218 - 0x1d6);
  b.set([0x68, 0, 0, 0, 0, 0xe9, 0xe6, 0xff, 0xff, 0xff], 0x1d6);
  b[0x1e0] = 0xc3;
  // .dynamic
  const dyn: [number, number][] = [
    [1, 1], [5, BASE + 0x160], [10, 16], [6, BASE + 0x170], [11, 24], [23, BASE + 0x1a0], [2, 24], [20, 7],
    [7, BASE + 0x328], [8, 24], [0, 0],
  ];
  dyn.forEach(([t, v], i) => {
    u64(0x220 + i * 16, t);
    u64(0x228 + i * 16, v);
  });
  // .shstrtab and section headers
  const names = '\0.interp\0.note.ABI-tag\0.dynstr\0.dynsym\0.rela.plt\0.plt\0.text\0.got.plt\0.dynamic\0.shstrtab\0';
  str(0x2d0, names);
  // .rela.dyn: one R_X86_64_RELATIVE for GOT[2], whose file value is the addend
  u64(0x328, BASE + 0x210);
  u64(0x330, 8);
  u64(0x338, BASE + 0x1e0);
  u64(0x210, BASE + 0x1e0);
  const nameOf = (n: string): number => names.indexOf('\0' + n + '\0') + 1;
  const secs: [string, number, number, number, number, number][] = [
    // name, type, off, size, link, entsize
    ['.interp', 1, 0x120, 28, 0, 0],
    ['.note.ABI-tag', 7, 0x140, 32, 0, 0],
    ['.dynstr', 3, 0x160, 16, 0, 0],
    ['.dynsym', 11, 0x170, 48, 3, 24],
    ['.rela.plt', 4, 0x1a0, 24, 4, 24],
    ['.plt', 1, 0x1c0, 32, 0, 16],
    ['.text', 1, 0x1e0, 1, 0, 0],
    ['.got.plt', 1, 0x200, 32, 0, 8],
    ['.dynamic', 6, 0x220, 176, 3, 16],
    ['.shstrtab', 3, 0x2d0, names.length, 0, 0],
  ];
  secs.forEach(([name, type, off, size, link, entsize], k) => {
    const o = 0x340 + (k + 1) * 64;
    u32(o, nameOf(name));
    u32(o + 4, type);
    u64(o + 16, name === '.shstrtab' ? 0 : BASE + off);
    u64(o + 24, off);
    u64(o + 32, size);
    u32(o + 40, link);
    u64(o + 56, entsize);
  });
  u16(0x3c, secs.length + 1);
  u16(0x3e, secs.length);
  return b.subarray(0, 0x340 + (secs.length + 1) * 64);
}

const keys = (ls: Located[]): string[] => ls.map((l) => `${l.feature.key}@${JSON.stringify(l.address)}`).sort();

test('synthetic ELF: headers, dynamic info, relocations, notes', () => {
  const elf = parseElf(buildElf());
  assert.equal(elf.header.is64, true);
  assert.equal(elf.programHeaders.length, 4);
  assert.deepEqual(elf.sections.map((s) => s.name).slice(1, 4), ['.interp', '.note.ABI-tag', '.dynstr']);
  assert.deepEqual(elf.needed, ['libc.so.6']);
  assert.equal(elf.interpreter, '/lib64/ld-linux-x86-64.so.2');
  assert.deepEqual(elf.dynamicSymbols.map((s) => s.name), ['', 'puts']);
  assert.deepEqual(elf.relocations.map((r) => [r.offset, r.type, r.name]), [[BASE + 0x210, 8, ''], [BASE + 0x218, 7, 'puts']]);
  assert.deepEqual(elf.notes.map((n) => [n.name, n.type, n.desc.length]), [['GNU', 1, 16], ['GNU', 1, 16]]);
});

test('synthetic ELF: image with GOT import, PLT stub, entry export, memory', () => {
  const img = loadElfImage(parseElf(buildElf()));
  assert.equal(img.arch, 'amd64');
  assert.equal(img.baseAddress, BASE);
  assert.equal(img.entryPoint, BASE + 0x1e0);
  assert.deepEqual(img.imports.get(BASE + 0x218), { va: BASE + 0x218, dll: '*', name: 'puts', kind: 'slot' });
  assert.deepEqual(img.imports.get(BASE + 0x1d0), { va: BASE + 0x1d0, dll: '*', name: 'puts', kind: 'plt' });
  assert.equal(img.imports.size, 2);
  assert.deepEqual(img.exports.map((e) => [e.va, e.name]), [[BASE + 0x1e0, '__entry']]);
  assert.deepEqual(img.segments.map((s) => [s.va, s.size, s.executable]), [[BASE, 0x1000, true]]);
  // vivisect rebases RELATIVE slots by the image base even when nothing moved (ET_EXEC)
  assert.equal(new Memory(img).u64(BASE + 0x210), BASE + BASE + 0x1e0);
  // no section covers the base address, so vivisect adds the PT_LOAD as PHDR0
  assert.deepEqual(img.sections?.map((s) => s.name), [
    '.interp', '.note.ABI-tag', '.dynstr', '.dynsym', '.rela.plt', '.plt', '.text', '.got.plt', '.dynamic', 'PHDR0',
  ]);
});

test('synthetic ELF: global and file features', () => {
  const bytes = buildElf();
  const elf = parseElf(bytes);
  assert.deepEqual(keys(elfGlobalFeatures(elf)), keys([
    { feature: { key: 'format\u0000elf' }, address: { type: 'no address' } },
    { feature: { key: 'os\u0000linux' }, address: { type: 'no address' } },
    { feature: { key: 'arch\u0000amd64' }, address: { type: 'no address' } },
  ] as unknown as Located[]));
  const ff = elfFileFeatures(loadElfImage(elf));
  const imports = ff.filter((l) => l.feature.type === 'import').map((l) => [l.feature.value, l.address]);
  assert.deepEqual(imports, [['*.puts', { type: 'absolute', value: BASE + 0x218 }], ['puts', { type: 'absolute', value: BASE + 0x218 }]]);
  assert.ok(ff.some((l) => l.feature.type === 'string' && l.feature.value === '/lib64/ld-linux-x86-64.so.2'));
  assert.ok(ff.some((l) => l.feature.type === 'section' && l.feature.value === '.plt'));
  // --os overrides detection
  assert.ok(elfGlobalFeatures(elf, { os: 'hurd' }).some((l) => l.feature.key === 'os\u0000hurd'));
});

test('synthetic ELF: OS detection per GNU ABI tag, unknown when nothing matches', () => {
  assert.equal(detectElfOs(parseElf(buildElf({ abiTag: 3 }))), 'freebsd');
  assert.equal(detectElfOs(parseElf(buildElf({ abiTag: 1 }))), 'hurd');
  // unknown ABI tag: the PT_INTERP `ld-linux` heuristic still says linux
  assert.equal(detectElfOs(parseElf(buildElf({ abiTag: 99 }))), 'linux');
  const noHints = buildElf({ abiTag: 99 });
  noHints.fill(0, 0x120, 0x13c); // drop the interpreter
  assert.equal(detectElfOs(parseElf(noHints)), undefined);
  assert.equal(detectElfOsFromBytes(new Uint8Array([1, 2, 3])), undefined);
});

test('synthetic ELF: PIE gets vivisect base 0x2000000, RELATIVE slots become base + value', () => {
  const img = loadElfImage(parseElf(buildElf({ type: 3 })));
  assert.equal(img.baseAddress, 0x2000000);
  assert.equal(img.imports.get(0x2000000 + BASE + 0x218)?.name, 'puts');
  assert.deepEqual(img.relocations, [0x2000000 + BASE + 0x210]);
  assert.equal(new Memory(img).u64(0x2000000 + BASE + 0x210), 0x2000000 + BASE + 0x1e0);
});

test('refusals: bad magic, truncated header, unsupported machine', () => {
  const code = (f: () => unknown): string | undefined => {
    try {
      f();
    } catch (e) {
      assert.ok(e instanceof FormatError, String(e));
      return e.code;
    }
    return undefined;
  };
  assert.equal(code(() => parseElf(new Uint8Array([0x4d, 0x5a, 0, 0]))), 'unsupported-format');
  assert.equal(code(() => parseElf(buildElf().subarray(0, 0x30))), 'truncated');
  const arm = parseElf(buildElf({ machine: 40 }));
  assert.equal(detectElfOs(arm), 'linux'); // still parsed for OS detection
  assert.equal(code(() => loadElfImage(arm)), 'unsupported-arch');
  const be = buildElf();
  be[5] = 2;
  assert.equal(code(() => loadElfImage(parseElf(be))), 'unsupported-arch');
});

test('import symbol forms (generate_symbols with dll)', () => {
  assert.deepEqual(importSymbols('*', 'puts'), ['*.puts', 'puts']);
  assert.deepEqual(importSymbols('*', 'CreateFileA'), ['*.CreateFileA', 'CreateFileA', '*.CreateFile', 'CreateFile']);
  assert.equal(vivOrdinalName('ord12'), '#12');
  assert.equal(vivOrdinalName('order'), 'order');
  assert.deepEqual(importSymbols('*', vivOrdinalName('ord12')), ['*.#12']);
});

// ---- shared samples ------------------------------------------------------------------------

const skip = requireTestdata('elf formats');

test('every shared ELF sample parses; x86 ones load, others are refused cleanly', { skip }, () => {
  const dir = testdata('testfiles');
  const files = readdirSync(dir).filter((f) => f.endsWith('.elf_'));
  assert.ok(files.length > 0);
  for (const f of files) {
    const elf = parseElf(new Uint8Array(readFileSync(`${dir}/${f}`)));
    if (elf.header.machine === 3 || elf.header.machine === 62) {
      const img = loadElfImage(elf);
      assert.ok(img.segments.length > 0, f);
      // every named JUMP_SLOT import is reachable through a PLT stub
      const plt = new Set([...img.imports.values()].filter((i) => i.kind === 'plt').map((i) => i.name));
      for (const r of elf.relocations) {
        if (r.type !== 7 || !r.name) continue;
        const slot = img.imports.get(img.baseAddress === 0x2000000 ? r.offset + 0x2000000 : r.offset);
        assert.ok(slot && plt.has(slot.name), `${f}: no PLT stub for ${r.name}`);
      }
    } else {
      assert.throws(() => loadElfImage(elf), (e: unknown) => e instanceof FormatError && e.code === 'unsupported-arch');
    }
  }
});

interface FrozenFeature {
  type: string;
  [k: string]: unknown;
}

function frozenKey(f: FrozenFeature, addr: { type: string; value?: number }): string {
  const field = f.type === 'import' ? 'import_' : f.type === 'function name' ? 'function_name' : f.type;
  return `${f.type}|${String(f[field])}|${addr.type}:${addr.value ?? ''}`;
}

const ourKey = (l: Located): string => {
  const a = l.address as { type: string; value?: number };
  return `${l.feature.type}|${String(l.feature.value)}|${a.type}:${a.value ?? ''}`;
};

const SNAPSHOT = () => testdata('capa-tests', 'snapshots', '7351f-elf.frz');
const SAMPLE_7351F = () => testdata('testfiles', '7351f8a40c5450557b24622417fc478d.elf_');

test('7351f: global, file and function-name features equal capa snapshot', { skip }, () => {
  if (!existsSync(SNAPSHOT()) || !existsSync(SAMPLE_7351F())) return;
  const raw = readFileSync(SNAPSHOT());
  assert.equal(raw.subarray(0, 8).toString('latin1'), 'capa0000');
  const snap = JSON.parse(inflateSync(raw.subarray(8)).toString('utf8')) as {
    features: {
      global_: { feature: FrozenFeature }[];
      file: { address: { type: string; value: number }; feature: FrozenFeature }[];
      functions: { address: { value: number }; features: { feature: FrozenFeature; address: { type: string; value: number } }[] }[];
    };
  };
  const elf = parseElf(new Uint8Array(readFileSync(SAMPLE_7351F())));
  const img = loadElfImage(elf);

  const expGlobal = snap.features.global_.map((g) => frozenKey(g.feature, { type: 'no address' })).sort();
  assert.deepEqual(elfGlobalFeatures(elf).map(ourKey).sort(), expGlobal);

  const expFile = new Set(snap.features.file.map((x) => frozenKey(x.feature, x.address)));
  const gotFile = new Set(elfFileFeatures(img).map(ourKey));
  assert.deepEqual([...gotFile].filter((k) => !expFile.has(k)), [], 'extra file features');
  assert.deepEqual([...expFile].filter((k) => !gotFile.has(k)), [], 'missing file features');

  for (const fn of snap.features.functions) {
    const exp = fn.features.filter((x) => x.feature.type === 'function name').map((x) => frozenKey(x.feature, x.address));
    const got = elfFunctionNameFeatures(img, fn.address.value).map(ourKey);
    assert.deepEqual([...new Set(got)].sort(), [...new Set(exp)].sort(), `function 0x${fn.address.value.toString(16)}`);
  }
});

test('static.json: ELF file-scope feature cases', { skip }, () => {
  const fx = JSON.parse(readFileSync(testdata('capa-tests', 'features', 'static.json'), 'utf8')) as {
    files: { key: string; path: string }[];
    features: { file: string; location: string; feature: string; expected?: boolean }[];
  };
  const paths = new Map(fx.files.map((f) => [f.key, f.path.replace(/^data\//, '')]));
  let ran = 0;
  for (const c of fx.features) {
    const path = paths.get(c.file)!;
    if (!path.endsWith('.elf_') || c.location !== 'file') continue;
    if (!existsSync(testdata('testfiles', path))) continue;
    const elf = parseElf(new Uint8Array(readFileSync(testdata('testfiles', path))));
    const all = [...elfGlobalFeatures(elf), ...elfFileFeatures(loadElfImage(elf))];
    const sep = c.feature.indexOf(': ');
    const [type, value] = [c.feature.slice(0, sep), c.feature.slice(sep + 2)];
    const found = all.some((l) => l.feature.type === type && l.feature.value === value);
    assert.equal(found, c.expected ?? true, `${c.file} ${c.feature}`);
    ran++;
  }
  assert.ok(ran >= 10, `ran ${ran} cases`);
});

test('static.json: ELF function-name cases from .symtab', { skip }, () => {
  const path = testdata('testfiles', '2bf18d0403677378adad9001b1243211.elf_');
  if (!existsSync(path)) return;
  const img = loadElfImage(parseElf(new Uint8Array(readFileSync(path))));
  const names = elfFunctionNameFeatures(img, 0x4088a4).map((l) => l.feature.value);
  for (const n of ['__GI_connect', 'connect', '__libc_connect']) assert.ok(names.includes(n), n);
});

test('capa results: every ELF code seed (entry, init/fini, symbols) is a function capa reported', { skip }, () => {
  const dir = testdata('capa-results');
  if (!existsSync(dir)) return;
  let checked = 0;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.elf_.json'))) {
    const sample = testdata('testfiles', f.replace(/\.json$/, '').replace(/__/g, '/'));
    if (!existsSync(sample)) continue;
    const doc = JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as { functions: string[]; os: string; arch: string };
    const fns = new Set(doc.functions.map((a) => parseInt(a.split(':')[1]!, 16)));
    const elf = parseElf(new Uint8Array(readFileSync(sample)));
    const img = loadElfImage(elf);
    assert.equal(detectElfOs(elf), doc.os, f);
    assert.equal(img.arch, doc.arch, f);
    for (const va of [img.entryPoint, ...img.extraEntryPoints]) {
      if (va === undefined) continue;
      assert.ok(fns.has(va), `${f}: seed 0x${va.toString(16)} is not a capa function`);
      checked++;
    }
  }
  assert.ok(checked > 0);
});
