import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ImportEntry, LoadedImage, Segment } from '../../src/formats/image.js';
import { analyzeImage } from '../../src/analysis/analyze.js';
import { REF_CODE } from '../../src/analysis/program.js';

const BASE = 0x400000;
const TEXT = 0x401000;
const IDATA = 0x402000;

/** a tiny i386 image: .text with hand-assembled code, .idata with two IAT slots */
function image(code: Array<[number, number[]]>, opts: { relocs?: number[]; data?: Array<[number, number[]]> } = {}): LoadedImage {
  const text = new Uint8Array(0x1000).fill(0xcc);
  for (const [va, bytes] of code) text.set(bytes, va - TEXT);
  const idata = new Uint8Array(0x1000);
  for (const [va, bytes] of opts.data ?? []) idata.set(bytes, va - IDATA);
  const seg = (name: string, va: number, data: Uint8Array, exec: boolean): Segment => ({
    name, va, size: data.length, data, fileOffset: 0, readable: true, writable: !exec, executable: exec,
  });
  const imports = new Map<number, ImportEntry>([
    [IDATA, { va: IDATA, dll: 'kernel32', name: 'ExitProcess' }],
    [IDATA + 4, { va: IDATA + 4, dll: 'kernel32', name: 'CreateFileA' }],
  ]);
  return {
    format: 'pe', arch: 'i386', baseAddress: BASE, entryPoint: TEXT, extraEntryPoints: [],
    segments: [seg('.text', TEXT, text, true), seg('.idata', IDATA, idata, false)],
    imports, exports: [], relocations: opts.relocs ?? [], symbols: [], file: new Uint8Array(0),
  };
}

const le32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const call = (from: number, to: number): number[] => [0xe8, ...le32(to - (from + 5))];

test('entry, callees, blocks and call xrefs', () => {
  const prog = analyzeImage(
    image([
      [0x401000, [...call(0x401000, 0x401010), 0xc3]], // entry: call f; ret
      // f: test eax,eax; jz +2; inc eax; ret
      [0x401010, [0x85, 0xc0, 0x74, 0x01, 0x40, 0xc3]],
    ]),
  );
  try {
    assert.deepEqual(prog.functions, [0x401000, 0x401010]);
    const f = prog.func(0x401010)!;
    assert.deepEqual(f.blocks.map((b) => b.va), [0x401010, 0x401014, 0x401015]);
    assert.deepEqual(f.blocks[0]!.succs.map((e) => [e.to, e.kind]).sort(), [[0x401014, 'fallthrough'], [0x401015, 'conditional']]);
    assert.deepEqual(prog.xrefsTo(0x401010, REF_CODE).map((x) => x.from), [0x401000]);
    assert.equal(f.noReturn, false);
  } finally {
    prog.dispose();
  }
});

test('import thunk and no-return import cut the fall-through', () => {
  const prog = analyzeImage(
    image([
      // entry: call thunk; push 0; call [ExitProcess]; (garbage after)
      [0x401000, [...call(0x401000, 0x401020), 0x6a, 0x00, 0xff, 0x15, ...le32(IDATA), 0x90, 0x90, 0xc3]],
      [0x401020, [0xff, 0x25, ...le32(IDATA + 4)]], // jmp [CreateFileA]
    ]),
  );
  try {
    assert.deepEqual(prog.functions, [0x401000, 0x401020]);
    const thunk = prog.func(0x401020)!;
    assert.equal(thunk.importThunk?.name, 'CreateFileA');
    assert.ok(thunk.isThunk);
    const entry = prog.func(0x401000)!;
    // the block ends at the ExitProcess call: the nops after it are not part of the function
    assert.equal(entry.blocks.length, 1);
    assert.equal(entry.blocks[0]!.end, 0x40100d);
    assert.ok(prog.isNoReturnCall(0x401007));
    assert.ok(entry.noReturn);
  } finally {
    prog.dispose();
  }
});

test('relocated pointer to code becomes a function; prologue signature found by scanning', () => {
  const prog = analyzeImage(
    image(
      [
        [0x401000, [0xc3]],
        // pointed-to callback: xor eax,eax; ret
        [0x401040, [0x33, 0xc0, 0xc3]],
        // unreferenced function with a push ebp; mov ebp,esp prologue
        [0x401080, [0x55, 0x8b, 0xec, 0x5d, 0xc3]],
      ],
      { relocs: [IDATA + 0x100], data: [[IDATA + 0x100, le32(0x401040)]] },
    ),
  );
  try {
    assert.deepEqual(prog.functions, [0x401000, 0x401040, 0x401080]);
  } finally {
    prog.dispose();
  }
});

test('hostile input: jumps into data, self loops and recursion stay bounded', () => {
  const prog = analyzeImage(
    image([
      // entry: call self; jmp $; 
      [0x401000, [...call(0x401000, 0x401000), 0xeb, 0xfe]],
      // jump into unmapped memory
      [0x401100, [0xe9, ...le32(0x10000000)]],
    ]),
    { maxInstructions: 1000 },
  );
  try {
    assert.ok(prog.functions.includes(0x401000));
  } finally {
    prog.dispose();
  }
});

test('CreateThread start routine becomes a function (vivisect funcptr argument), other APIs do not', () => {
  const threadFn = 0x401040;
  // push 0; push 0; push 0; push threadFn; push 0; push 0; call [slot]; ret
  const caller = (slot: number): number[] => [
    0x6a, 0x00, 0x6a, 0x00, 0x6a, 0x00, 0x68, ...le32(threadFn), 0x6a, 0x00, 0x6a, 0x00, 0xff, 0x15, ...le32(slot), 0xc3,
  ];
  // thread: inc eax; jmp thread (never returns, so no emulation probe accepts it)
  const code: Array<[number, number[]]> = [[threadFn, [0x40, 0xeb, 0xfd]]];
  const withThread = (slot: number): LoadedImage => {
    const img = image([[0x401000, caller(slot)], ...code]);
    const imports = new Map(img.imports);
    imports.set(IDATA + 8, { va: IDATA + 8, dll: 'kernel32', name: 'CreateThread' });
    return { ...img, imports };
  };
  const prog = analyzeImage(withThread(IDATA + 8));
  try {
    assert.deepEqual(prog.functions, [0x401000, threadFn]);
  } finally {
    prog.dispose();
  }
  const other = analyzeImage(withThread(IDATA + 4)); // CreateFileA: no funcptr argument
  try {
    assert.deepEqual(other.functions, [0x401000]);
  } finally {
    other.dispose();
  }
});

test('a call back into a function still being analysed keeps flowing past the call (capa 9.4 vivisect)', () => {
  const prog = analyzeImage(
    image([
      [0x401000, [...call(0x401000, 0x401020), 0xc3]], // f: call g; ret
      [0x401020, [...call(0x401020, 0x401000), 0x40, 0xc3]], // g: call f; inc eax; ret
    ]),
  );
  try {
    assert.deepEqual(prog.functions, [0x401000, 0x401020]);
    const g = prog.func(0x401020)!;
    assert.deepEqual(g.blocks.flatMap((b) => b.insns.map((i) => i.mnemonic)), ['call', 'inc', 'ret']);
    assert.equal(g.noReturn, false);
    assert.equal(prog.isNoReturnCall(0x401020), false);
  } finally {
    prog.dispose();
  }
});

test('MSVC GS cookie: a block with a mov of the cookie becomes a function (vivisect ms.msvcfunc)', () => {
  const cookie = IDATA + 0x100;
  const build = (sigOk: boolean): LoadedImage =>
    image([
      // entry: call check; test eax,eax; jz L; ret; L: mov eax,[cookie]; ret
      [0x401000, [...call(0x401000, 0x401040), 0x85, 0xc0, 0x74, 0x07, 0xc3]],
      [0x401010, [0xa1, ...le32(cookie), 0xc3]],
      // __security_check_cookie: cmp ecx,[cookie]; jnz +2; rep ret; jmp fail
      [0x401040, [0x3b, 0x0d, ...le32(cookie), 0x75, sigOk ? 0x02 : 0x03, 0xf3, 0xc3, 0xe9, ...le32(0x401060 - 0x401050)]],
      [0x401060, [0xc3]],
    ]);
  const prog = analyzeImage(build(true));
  try {
    assert.ok(prog.functions.includes(0x401010), 'block with the cookie mov is a function');
    assert.ok(prog.functions.includes(0x401040));
  } finally {
    prog.dispose();
  }
  const other = analyzeImage(build(false));
  try {
    assert.ok(!other.functions.includes(0x401010), 'no security_check_cookie signature, no new function');
  } finally {
    other.dispose();
  }
});

test('amd64 PE: call [rip+ExitProcess] keeps its fall-through (capa vivisect), i386 cuts it', () => {
  const disp = IDATA - (0x401000 + 6);
  const img = image([[0x401000, [0xff, 0x15, ...le32(disp), 0xcc]]]);
  const prog = analyzeImage({ ...img, arch: 'amd64' });
  try {
    assert.deepEqual(prog.func(0x401000)!.blocks.flatMap((b) => b.insns.map((i) => i.mnemonic)), ['call', 'int3']);
    assert.equal(prog.isNoReturnCall(0x401000), false);
  } finally {
    prog.dispose();
  }
  const i386 = analyzeImage(image([[0x401000, [0xff, 0x15, ...le32(IDATA), 0xcc]]]));
  try {
    assert.deepEqual(i386.func(0x401000)!.blocks.flatMap((b) => b.insns.map((i) => i.mnemonic)), ['call']);
    assert.equal(i386.isNoReturnCall(0x401000), true);
  } finally {
    i386.dispose();
  }
});

test('emulation probe: a call through a no-return import slot is not a return (vivisect isNoReturnVa)', () => {
  const ptr = IDATA + 0x20;
  const probe = (slot: number) =>
    analyzeImage(
      image(
        [
          [0x401000, [0xc3]],
          [0x401040, [0x6a, 0x00, 0xff, 0x15, ...le32(slot), 0xc3]], // push 0; call [slot]; ret
          [0x401060, [0x6a, 0x00, 0xff, 0x15, ...le32(slot), 0xcc]], // push 0; call [slot]; int3
        ],
        { relocs: [ptr, ptr + 4], data: [[ptr, [...le32(0x401040), ...le32(0x401060)]]] },
      ),
    );
  const exit = probe(IDATA); // ExitProcess
  try {
    assert.deepEqual(exit.functions, [0x401000, 0x401040]);
  } finally {
    exit.dispose();
  }
});

test('CreateThread called through a callee-saved register loaded in an earlier block', () => {
  const threadFn = 0x401040;
  const img = image([
    // mov ebp,[CreateThread]; test eax,eax; jz +0; push 0; push 0; push 0; push thread; push 0; push 0; call ebp; ret
    [0x401000, [0x8b, 0x2d, ...le32(IDATA + 8), 0x85, 0xc0, 0x74, 0x00, 0x6a, 0, 0x6a, 0, 0x6a, 0, 0x68, ...le32(threadFn), 0x6a, 0, 0x6a, 0, 0xff, 0xd5, 0xc3]],
    [threadFn, [0x40, 0xeb, 0xfd]],
  ]);
  const imports = new Map(img.imports);
  imports.set(IDATA + 8, { va: IDATA + 8, dll: 'kernel32', name: 'CreateThread' });
  const prog = analyzeImage({ ...img, imports });
  try {
    assert.deepEqual(prog.functions, [0x401000, threadFn]);
  } finally {
    prog.dispose();
  }
});

test('emulation probe follows vivisect runFunction: target first, unimplemented ops end a path, undecodable bytes and out fail', async () => {
  const { Analyzer } = await import('../../src/analysis/analyze.js');
  const looksGood = (bytes: number[]): boolean => new Analyzer(image([[0x401100, bytes]]), {}).emulateLooksGood(0x401100);
  // jz L; <undecodable>; L: ret — the branch target is explored first and returns
  assert.equal(looksGood([0x74, 0x02, 0x0f, 0x04, 0xc3]), true);
  // jz L; ret; L: fsin (x87, not emulated: that path ends); the fall-through returns
  assert.equal(looksGood([0x74, 0x01, 0xc3, 0xd9, 0xfe, 0xcc]), true);
  // jz L; ret; L: undecodable — InvalidInstruction is an anomaly, not a path end
  assert.equal(looksGood([0x74, 0x01, 0xc3, 0x0f, 0x04]), false);
  // out fails the probe
  assert.equal(looksGood([0xe6, 0x10, 0xc3]), false);
  // one mnemonic ≥ 67% only counts past four instructions
  assert.equal(looksGood([0x90, 0x90, 0x90, 0xc3]), true);
  assert.equal(looksGood([0x90, 0x90, 0x90, 0x90, 0xc3]), false);
  // 00 00 (add [eax], al) is vivisect's bad op
  assert.equal(looksGood([0x00, 0x00, 0xc3]), false);
});
