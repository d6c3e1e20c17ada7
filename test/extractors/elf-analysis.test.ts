// ELF code analysis as capa's vivisect backend does it (src/analysis/elf.ts), on small hand-built
// amd64/i386 images: PLT functions and api names through the stubs, no-return PLT thunks,
// __libc_start_main main/init/fini, .symtab functions, free-hanging pointers, the ELF header at
// the base; plus the vivisect mnemonic spellings and the ELF segment clamp of `bytes`.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportEntry, LoadedImage, SectionEntry, Segment, SymbolEntry } from '../../src/formats/image.js';
import { Memory } from '../../src/formats/image.js';
import { analyzeElfImage } from '../../src/analysis/elf.js';
import { InsnDecoder } from '../../src/analysis/insn.js';
import { REF_CODE } from '../../src/analysis/program.js';
import { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { MemoryProbe } from '../../src/extractors/x86/memory.js';
import { formatFeature } from '../../src/features/feature.js';

const le32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const le64 = (v: number): number[] => [...le32(v % 0x100000000), ...le32(Math.floor(v / 0x100000000))];
const rel32 = (from: number, len: number, to: number): number[] => le32(to - (from + len));

const CODE = 0x401000;
const DATA = 0x600000;

interface Img {
  code: Array<[number, number[]]>;
  data?: Array<[number, number[]]>;
  sections: SectionEntry[];
  imports: ImportEntry[];
  symbols?: SymbolEntry[];
  arch?: 'i386' | 'amd64';
  entry?: number;
  base?: number;
  exports?: LoadedImage['exports'];
}

function elfImage(o: Img): LoadedImage {
  const text = new Uint8Array(0x1000).fill(0xcc);
  for (const [va, bytes] of o.code) text.set(bytes, va - CODE);
  const data = new Uint8Array(0x1000);
  for (const [va, bytes] of o.data ?? []) data.set(bytes, va - DATA);
  const seg = (name: string, va: number, d: Uint8Array, exec: boolean): Segment => ({
    name, va, size: d.length, data: d, fileOffset: 0, readable: true, writable: !exec, executable: exec,
  });
  return {
    format: 'elf',
    arch: o.arch ?? 'amd64',
    baseAddress: o.base ?? 0x400000,
    ...(o.entry !== undefined ? { entryPoint: o.entry } : {}),
    extraEntryPoints: [],
    segments: [seg('PHDR0', CODE, text, true), seg('PHDR1', DATA, data, false)],
    imports: new Map(o.imports.map((i) => [i.va, i])),
    exports: o.exports ?? [],
    relocations: [],
    symbols: o.symbols ?? [],
    sections: o.sections,
    file: new Uint8Array(0),
  };
}

const slot = (va: number, name: string): ImportEntry => ({ va, dll: '*', name, kind: 'slot' });

// amd64 classic lazy PLT: PLT0 + stubs for puts, exit, __libc_start_main
const PLT = CODE;
const GOT = DATA;
const SLOTS = { puts: GOT + 0x18, exit: GOT + 0x20, lsm: GOT + 0x28 };
const STUB = { puts: PLT + 0x10, exit: PLT + 0x20, lsm: PLT + 0x30 };
const START = 0x401100;
const MAIN = 0x401200;
const AFTER_EXIT = MAIN + 18;
const INIT = 0x401300;
const FINI = 0x401310;
const SYMFUNC = 0x401400;
const NOTYPE = 0x401410;
const PTRFUNC = 0x401500;

function plt0(): number[] {
  return [0xff, 0x35, ...rel32(PLT, 6, GOT + 8), 0xff, 0x25, ...rel32(PLT + 6, 6, GOT + 16), 0x0f, 0x1f, 0x40, 0x00];
}
function stub(va: number, slotVa: number, n: number): number[] {
  return [0xff, 0x25, ...rel32(va, 6, slotVa), 0x68, ...le32(n), 0xe9, ...rel32(va + 11, 5, PLT)];
}

function lazyPltImage(): LoadedImage {
  return elfImage({
    entry: START,
    code: [
      [PLT, [...plt0(), ...stub(STUB.puts, SLOTS.puts, 0), ...stub(STUB.exit, SLOTS.exit, 1), ...stub(STUB.lsm, SLOTS.lsm, 2)]],
      // _start: mov r8, FINI; mov rcx, INIT; mov rdi, MAIN; call __libc_start_main@plt; hlt
      [START, [0x49, 0xc7, 0xc0, ...le32(FINI), 0x48, 0xc7, 0xc1, ...le32(INIT), 0x48, 0xc7, 0xc7, ...le32(MAIN),
        0xe8, ...rel32(START + 21, 5, STUB.lsm), 0xf4]],
      // main: push rbp; mov rbp,rsp; call puts@plt; xor edi,edi; call exit@plt | push rbp; mov rbp,rsp; pop rbp; ret
      [MAIN, [0x55, 0x48, 0x89, 0xe5, 0xe8, ...rel32(MAIN + 4, 5, STUB.puts), 0x31, 0xff, 0xe8, ...rel32(MAIN + 11, 5, STUB.exit),
        0x90, 0x90, 0x55, 0x48, 0x89, 0xe5, 0x5d, 0xc3]],
      [INIT, [0xf3, 0xc3]], // repz ret: emulation probing alone would reject it
      [FINI, [0xc3]],
      [SYMFUNC, [0xc3]],
      [NOTYPE, [0xc3]],
      // only referenced by a pointer in .data: push rbp; mov rbp,rsp; xor eax,eax; pop rbp; ret
      [PTRFUNC, [0x55, 0x48, 0x89, 0xe5, 0x31, 0xc0, 0x5d, 0xc3]],
    ],
    data: [[DATA + 0x100, le64(PTRFUNC)]],
    sections: [
      { name: '.plt', va: PLT, size: 0x40 },
      { name: '.text', va: START, size: 0x500 },
      { name: '.got.plt', va: GOT, size: 0x30 },
      { name: '.data', va: DATA + 0x100, size: 0x100 },
    ],
    imports: [
      slot(SLOTS.puts, 'puts'), slot(SLOTS.exit, 'exit'), slot(SLOTS.lsm, '__libc_start_main'),
      // the loader's PLT-stub entry: not an import location for the analysis
      { va: STUB.puts, dll: '*', name: 'puts', kind: 'plt' },
    ],
    symbols: [
      { va: SYMFUNC, name: 'global_func', info: 0x12, size: 1 },
      { va: NOTYPE, name: 'not_a_function', info: 0x10, size: 0 },
    ],
  });
}

test('classic lazy .plt: a function every 16 bytes, PLT0 included; stubs are import thunks', () => {
  const prog = analyzeElfImage(lazyPltImage());
  try {
    for (const va of [PLT, STUB.puts, STUB.exit, STUB.lsm]) assert.ok(prog.functions.includes(va), `PLT function 0x${va.toString(16)}`);
    assert.equal(prog.func(STUB.puts)!.importThunk?.name, 'puts');
    // calls to a stub are code xrefs to the stub; the stub's jmp reaches the GOT slot
    assert.ok(prog.xrefsTo(STUB.puts, REF_CODE).some((x) => x.from === MAIN + 4));
    assert.ok(prog.xrefsFrom(STUB.puts, REF_CODE).some((x) => x.to === SLOTS.puts));
    assert.equal(prog.importAt(STUB.puts), undefined, 'PLT stubs are code, not imports');
  } finally {
    prog.dispose();
  }
});

test('exit@plt never returns: the code after the call is not part of main', () => {
  const prog = analyzeElfImage(lazyPltImage());
  try {
    assert.equal(prog.func(STUB.exit)!.noReturn, true);
    assert.equal(prog.func(STUB.puts)!.noReturn, false);
    assert.ok(prog.isNoReturnCall(MAIN + 11));
    const main = prog.func(MAIN)!;
    const end = Math.max(...main.blocks.map((b) => b.end));
    assert.equal(end, MAIN + 16);
    assert.ok(!main.blocks.some((b) => b.va <= AFTER_EXIT && AFTER_EXIT < b.end));
  } finally {
    prog.dispose();
  }
});

test('__libc_start_main: main, init and fini become functions', () => {
  const prog = analyzeElfImage(lazyPltImage());
  try {
    for (const va of [START, MAIN, INIT, FINI]) assert.ok(prog.functions.includes(va), `function 0x${va.toString(16)}`);
  } finally {
    prog.dispose();
  }
});

test('.symtab STT_FUNC symbols of any binding are functions, other symbol types are not', () => {
  const prog = analyzeElfImage(lazyPltImage());
  try {
    assert.ok(prog.functions.includes(SYMFUNC));
    assert.ok(!prog.functions.includes(NOTYPE));
  } finally {
    prog.dispose();
  }
});

test('a free-hanging pointer in data to code-looking bytes makes a function', () => {
  const prog = analyzeElfImage(lazyPltImage());
  try {
    assert.ok(prog.functions.includes(PTRFUNC));
  } finally {
    prog.dispose();
  }
});

test('api names through PLT stubs; jmp inside a PLT thunk yields no api', () => {
  const x = new X86StaticExtractor({ bytes: new Uint8Array(0), program: analyzeElfImage(lazyPltImage()), globals: [], fileFeatures: () => [] });
  try {
    const apis = new Map<number, string[]>();
    for (const f of x.functions()) {
      for (const bb of x.basicBlocks(f)) {
        for (const ih of x.instructions(f, bb)) {
          for (const l of x.instructionFeatures(f, bb, ih)) {
            if (l.feature.type !== 'api') continue;
            const va = (l.address as { value: number }).value;
            apis.set(va, [...(apis.get(va) ?? []), formatFeature(l.feature)]);
          }
        }
      }
    }
    assert.deepEqual(apis.get(MAIN + 4), ['api: puts']);
    assert.deepEqual(apis.get(MAIN + 11), ['api: exit']);
    assert.deepEqual(apis.get(START + 21), ['api: __libc_start_main']);
    assert.equal(apis.get(STUB.puts), undefined);
  } finally {
    x.dispose();
  }
});

test('IBT PLT: no functions among the .plt trampolines, one per .plt.sec / .plt.got entry (at its endbr64)', () => {
  const SEC = 0x401040;
  const GOTPLT = 0x401060;
  const tramp = (va: number, n: number): number[] => [0xf3, 0x0f, 0x1e, 0xfa, 0x68, ...le32(n), 0xf2, 0xe9, ...rel32(va + 9, 6, PLT), 0x90];
  const secEntry = (va: number, s: number): number[] => [0xf3, 0x0f, 0x1e, 0xfa, 0xf2, 0xff, 0x25, ...rel32(va + 4, 7, s), 0x0f, 0x1f, 0x44, 0x00, 0x00];
  const img = elfImage({
    entry: 0x401100,
    code: [
      [PLT, [0xff, 0x35, ...rel32(PLT, 6, GOT + 8), 0xf2, 0xff, 0x25, ...rel32(PLT + 6, 7, GOT + 16), 0x0f, 0x1f, 0x00]],
      [PLT + 0x10, tramp(PLT + 0x10, 0)],
      [PLT + 0x20, tramp(PLT + 0x20, 1)],
      [SEC, secEntry(SEC, SLOTS.puts)],
      [SEC + 0x10, secEntry(SEC + 0x10, SLOTS.exit)],
      [GOTPLT, secEntry(GOTPLT, SLOTS.lsm)],
      [0x401100, [0xc3]],
    ],
    sections: [
      { name: '.plt', va: PLT, size: 0x30 },
      { name: '.plt.sec', va: SEC, size: 0x20 },
      { name: '.plt.got', va: GOTPLT, size: 0x10 },
      { name: '.got', va: GOT, size: 0x30 },
    ],
    imports: [slot(SLOTS.puts, 'puts'), slot(SLOTS.exit, 'exit'), slot(SLOTS.lsm, '__cxa_finalize')],
  });
  const prog = analyzeElfImage(img);
  try {
    for (const va of [PLT, PLT + 0x10, PLT + 0x20]) assert.ok(!prog.functions.includes(va), `no function at 0x${va.toString(16)}`);
    for (const va of [SEC, SEC + 0x10, GOTPLT]) assert.ok(prog.functions.includes(va), `function at 0x${va.toString(16)}`);
    assert.equal(prog.func(SEC + 0x10)!.noReturn, true, 'exit thunk through .plt.sec');
  } finally {
    prog.dispose();
  }
});

test('i386: __libc_start_main arguments from pushes (main last), call through the GOT slot', () => {
  const slotVa = DATA + 0x10;
  const img = elfImage({
    arch: 'i386',
    entry: START,
    code: [
      // push FINI; push INIT; push ecx; push esi; push MAIN; call [slot]; hlt
      [START, [0x68, ...le32(FINI), 0x68, ...le32(INIT), 0x51, 0x56, 0x68, ...le32(MAIN), 0xff, 0x15, ...le32(slotVa), 0xf4]],
      [MAIN, [0xc3]],
      [INIT, [0xf3, 0xc3]],
      [FINI, [0xc3]],
    ],
    sections: [{ name: '.text', va: START, size: 0x400 }],
    imports: [slot(slotVa, '__libc_start_main')],
  });
  const prog = analyzeElfImage(img);
  try {
    for (const va of [MAIN, INIT, FINI]) assert.ok(prog.functions.includes(va), `function 0x${va.toString(16)}`);
  } finally {
    prog.dispose();
  }
});

test('nothing becomes code inside the ELF header vivisect lays over the base (e.g. an __entry of 0)', () => {
  const img = elfImage({
    base: CODE,
    code: [[CODE, [0x55, 0x48, 0x89, 0xe5, 0x5d, 0xc3]]],
    sections: [{ name: '.text', va: CODE + 0x100, size: 0x100 }],
    imports: [],
    exports: [{ va: CODE, name: '__entry', ordinal: 0 }],
  });
  const prog = analyzeElfImage(img);
  try {
    assert.deepEqual(prog.functions, []);
  } finally {
    prog.dispose();
  }
});

test('vivisect spells string ops and sign extensions by opcode, ignoring 66/REX.W', () => {
  const cases: Array<[number[], string]> = [
    [[0x48, 0x98], 'cwde'],
    [[0x48, 0x99], 'cdq'],
    [[0x66, 0xab], 'stosd'],
    [[0x48, 0xab], 'stosd'],
    [[0x48, 0xa5], 'movsd'],
    [[0x48, 0xad], 'lodsd'],
    [[0xab], 'stosd'],
    [[0xaa], 'stosb'],
  ];
  for (const [bytes, want] of cases) {
    const data = new Uint8Array(bytes);
    const mem = new Memory({ segments: [{ name: '.text', va: 0x1000, size: data.length, data, fileOffset: 0, readable: true, writable: false, executable: true }] });
    const d = new InsnDecoder(mem, 64);
    try {
      assert.equal(d.decodeAt(0x1000)?.mnemonic, want, bytes.map((b) => b.toString(16)).join(' '));
    } finally {
      d.dispose();
    }
  }
});

test('bytes features end at the first vivisect segment containing the address (.ctors, not a PHDR at the same va)', () => {
  const data = new Uint8Array(0x100).fill(0xff);
  const mem = new Memory({ segments: [{ name: 'PHDR1', va: 0x609c10, size: data.length, data, fileOffset: 0, readable: true, writable: true, executable: false }] });
  const probe = new MemoryProbe(mem, 8, [
    { name: '.ctors', va: 0x609c10, size: 0x10 },
    { name: 'PHDR1', va: 0x609c10, size: 0x100 },
  ]);
  assert.equal(probe.bytesAt(0x609c10)?.length, 0x10);
  assert.equal(probe.bytesAt(0x609c20)?.length, 0xf0);
});
