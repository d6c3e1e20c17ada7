// x86 instruction / basic-block / function features on a hand-assembled i386 image, checking the
// vivisect quirks of capa-semantics.md §4.4–4.6 one by one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeImage } from '../../src/analysis/analyze.js';
import { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { formatFeature, type Feature } from '../../src/features/feature.js';
import type { ImportEntry, LoadedImage, Segment } from '../../src/formats/image.js';
import type { FunctionHandle } from '../../src/features/extractor.js';

const BASE = 0x400000;
const TEXT = 0x401000;
const RDATA = 0x402000;
const DATA = 0x403000;

/** little assembler: byte list with labels resolved for rel32 calls */
class Asm {
  readonly bytes: number[] = [];
  constructor(readonly va: number) {}
  get pc(): number {
    return this.va + this.bytes.length;
  }
  at(va: number): this {
    while (this.pc < va) this.bytes.push(0xcc);
    return this;
  }
  emit(...b: number[]): this {
    this.bytes.push(...b);
    return this;
  }
  u32(v: number): number[] {
    return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
  }
  call(target: number): this {
    const rel = (target - (this.pc + 5)) | 0;
    return this.emit(0xe8, ...this.u32(rel >>> 0));
  }
}

const F_MAIN = 0x401000;
const F_TIGHT = 0x401100;
const F_LOOP = 0x401200;
const F_MISC = 0x401300;
const F_THUNK = 0x401400;
const F_CALL5 = 0x401500;

const STR_ASCII = 0x402100;
const STR_WIDE = 0x402200;
const PTR_TO_STR = 0x402300;
const SLOT_CREATEFILE = 0x402000;
const SLOT_ORDINAL = 0x402004;

// addresses of interesting instructions, filled while assembling
const at: Record<string, number> = {};

function buildImage(): LoadedImage {
  const a = new Asm(TEXT);
  // main
  a.emit(0x55); // push ebp
  a.emit(0x8b, 0xec); // mov ebp, esp
  at['pushm1'] = a.pc;
  a.emit(0x6a, 0xff); // push -1
  at['pushstr'] = a.pc;
  a.emit(0x68, ...a.u32(STR_ASCII)); // push offset "hello world"
  at['pushwide'] = a.pc;
  a.emit(0x68, ...a.u32(STR_WIDE)); // push offset L"wide string"
  at['callapi'] = a.pc;
  a.emit(0xff, 0x15, ...a.u32(SLOT_CREATEFILE)); // call [CreateFileA]
  at['addesp'] = a.pc;
  a.emit(0x83, 0xc4, 0x0c); // add esp, 0xc
  at['addeax'] = a.pc;
  a.emit(0x83, 0xc0, 0x10); // add eax, 0x10
  at['regmem'] = a.pc;
  a.emit(0x8b, 0x46, 0x04); // mov eax, [esi+4]
  at['ebpmem'] = a.pc;
  a.emit(0x8b, 0x45, 0xf8); // mov eax, [ebp-8]
  at['espsib'] = a.pc;
  a.emit(0x8b, 0x44, 0x24, 0x08); // mov eax, [esp+8]
  at['lea'] = a.pc;
  a.emit(0x8d, 0x43, 0x01); // lea eax, [ebx+1]
  at['ptrchain'] = a.pc;
  a.emit(0xa1, ...a.u32(PTR_TO_STR)); // mov eax, [ptr → "hello world"]
  at['pushptr'] = a.pc;
  a.emit(0x68, ...a.u32(PTR_TO_STR)); // push offset ptr (bytes)
  at['xorself'] = a.pc;
  a.emit(0x31, 0xc0); // xor eax, eax
  at['peb'] = a.pc;
  a.emit(0x64, 0xa1, ...a.u32(0x30)); // mov eax, fs:[0x30]
  a.emit(0xff, 0x15, ...a.u32(SLOT_ORDINAL)); // call [foo.#7]
  a.call(F_LOOP);
  a.call(F_MISC);
  a.call(F_CALL5);
  at['nzxor'] = a.pc;
  a.emit(0x31, 0xd8); // xor eax, ebx (beyond the first 0x40 bytes, not before a return block's tail)
  a.emit(...new Array<number>(0x40).fill(0x90));
  a.call(F_LOOP);
  // last: analysis may treat the self-recursive function as not returning
  a.call(F_TIGHT);
  a.emit(0x5d, 0xc3); // pop ebp; ret

  // tight loop + recursion
  a.at(F_TIGHT);
  a.emit(0x31, 0xc9); // xor ecx, ecx
  at['tightbb'] = a.pc;
  a.emit(0x41); // inc ecx
  a.emit(0x83, 0xf9, 0x0a); // cmp ecx, 10
  a.emit(0x75, 0xfa); // jnz tightbb
  at['recurse'] = a.pc;
  a.call(F_TIGHT);
  a.emit(0xc3);

  // two-block loop
  a.at(F_LOOP);
  a.emit(0x31, 0xc0); // xor eax, eax
  a.emit(0x40); // inc eax
  a.emit(0x3d, 0x00, 0x01, 0x00, 0x00); // cmp eax, 0x100
  a.emit(0x74, 0x02); // jz +2
  a.emit(0xeb, 0xf6); // jmp back to inc
  a.emit(0xc3);

  // stack string, api via register and via thunk
  a.at(F_MISC);
  a.emit(0x55, 0x8b, 0xec);
  a.emit(0xc6, 0x45, 0xf0, 0x41); // mov byte [ebp-0x10], 'A'
  a.emit(0xc7, 0x45, 0xf4, 0x41, 0x42, 0x43, 0x44); // mov dword [ebp-0xc], 'ABCD'
  a.emit(0xc7, 0x45, 0xf8, 0x45, 0x46, 0x47, 0x48); // mov dword [ebp-8], 'EFGH'
  a.emit(0x8b, 0x35, ...a.u32(SLOT_CREATEFILE)); // mov esi, [CreateFileA]
  at['callreg'] = a.pc;
  a.emit(0xff, 0xd6); // call esi
  at['callthunk'] = a.pc;
  a.call(F_THUNK);
  a.emit(0x5d, 0xc3);

  // import thunk
  a.at(F_THUNK);
  at['thunkjmp'] = a.pc;
  a.emit(0xff, 0x25, ...a.u32(SLOT_CREATEFILE)); // jmp [CreateFileA]

  // call $+5
  a.at(F_CALL5);
  at['call5'] = a.pc;
  a.emit(0xe8, 0, 0, 0, 0);
  a.emit(0x58, 0xc3); // pop eax; ret
  a.at(TEXT + 0x600);

  const text = new Uint8Array(a.bytes);
  const rdata = new Uint8Array(0x400);
  const dv = new DataView(rdata.buffer);
  dv.setUint32(SLOT_CREATEFILE - RDATA, 0x2800, true); // hint/name RVAs: not valid pointers
  dv.setUint32(SLOT_ORDINAL - RDATA, 0x80000007, true);
  rdata.set(new TextEncoder().encode('hello world\0'), STR_ASCII - RDATA);
  const wide = 'wide string\0';
  for (let i = 0; i < wide.length; i++) rdata[STR_WIDE - RDATA + 2 * i] = wide.charCodeAt(i);
  dv.setUint32(PTR_TO_STR - RDATA, STR_ASCII, true);
  const seg = (name: string, va: number, data: Uint8Array, x: boolean, w: boolean): Segment => ({
    name, va, size: data.length, data, fileOffset: 0, readable: true, writable: w, executable: x,
  });
  const imports = new Map<number, ImportEntry>([
    [SLOT_CREATEFILE, { va: SLOT_CREATEFILE, dll: 'kernel32', name: 'CreateFileA' }],
    [SLOT_ORDINAL, { va: SLOT_ORDINAL, dll: 'foo', ordinal: 7 }],
  ]);
  return {
    format: 'pe',
    arch: 'i386',
    baseAddress: BASE,
    entryPoint: F_MAIN,
    extraEntryPoints: [],
    segments: [
      seg('.text', TEXT, text, true, false),
      seg('.rdata', RDATA, rdata, false, false),
      seg('.data', DATA, new Uint8Array(0x100), false, true),
    ],
    imports,
    exports: [],
    relocations: [],
    symbols: [],
    file: new Uint8Array(0),
  };
}

const image = buildImage();
const x = new X86StaticExtractor({ bytes: new Uint8Array(0), program: analyzeImage(image), globals: [], fileFeatures: () => [] });

/** features located at `va` from instruction scope, across every function containing it */
function insnFeatures(va: number): Set<string> {
  const out = new Set<string>();
  for (const f of x.functions()) {
    for (const bb of x.basicBlocks(f)) {
      for (const ih of x.instructions(f, bb)) {
        if ((ih.address as { value: number }).value !== va) continue;
        for (const l of x.instructionFeatures(f, bb, ih)) out.add(text(l.feature, l.address));
      }
    }
  }
  return out;
}

function text(f: Feature, a: { type: string; value?: unknown }): string {
  return `${formatFeature(f)} @0x${(a.value as number).toString(16)}`;
}

function fn(va: number): FunctionHandle {
  const h = x.functionAt(va);
  assert.ok(h, `function 0x${va.toString(16)} found`);
  return h;
}

function scopeFeatures(va: number): { func: Set<string>; bbs: Map<number, Set<string>> } {
  const f = fn(va);
  const func = new Set<string>();
  for (const l of x.functionFeatures(f)) func.add(text(l.feature, l.address));
  const bbs = new Map<number, Set<string>>();
  for (const bb of x.basicBlocks(f)) {
    const s = new Set<string>();
    for (const l of x.basicBlockFeatures(f, bb)) s.add(formatFeature(l.feature));
    bbs.set((bb.address as { value: number }).value, s);
  }
  return { func, bbs };
}

const h = (n: number): string => '0x' + n.toString(16);

test('immediates are unsigned and readable addresses are not numbers', () => {
  const s = insnFeatures(at['pushm1']!);
  assert.ok(s.has(`number: 0xFFFFFFFF @${h(at['pushm1']!)}`));
  assert.ok(s.has(`operand[0].number: 0xFFFFFFFF @${h(at['pushm1']!)}`));
  const p = insnFeatures(at['pushstr']!);
  assert.ok(![...p].some((t) => t.startsWith('number:')), 'pointer into .rdata is no number');
});

test('strings: ASCII, UTF-16 and through a pointer', () => {
  assert.ok(insnFeatures(at['pushstr']!).has(`string: hello world @${h(at['pushstr']!)}`));
  assert.ok(insnFeatures(at['pushwide']!).has(`string: wide string @${h(at['pushwide']!)}`));
  assert.ok(insnFeatures(at['ptrchain']!).has(`string: hello world @${h(at['ptrchain']!)}`));
  // strings never become bytes features; pointers do
  assert.ok(![...insnFeatures(at['pushstr']!)].some((t) => t.startsWith('bytes:')));
  assert.ok([...insnFeatures(at['pushptr']!)].some((t) => t.startsWith('bytes: 00 21 40 00')));
});

test('add esp is skipped, add reg also yields an offset', () => {
  assert.deepEqual([...insnFeatures(at['addesp']!)], [`mnemonic: add @${h(at['addesp']!)}`]);
  const s = insnFeatures(at['addeax']!);
  for (const t of ['number: 0x10', 'operand[1].number: 0x10', 'offset: 0x10', 'operand[1].offset: 0x10']) {
    assert.ok(s.has(`${t} @${h(at['addeax']!)}`), t);
  }
});

test('memory operands: RegMem offsets, ebp/esp-based RegMem nothing, SIB always, lea number', () => {
  assert.ok(insnFeatures(at['regmem']!).has(`operand[1].offset: 0x4 @${h(at['regmem']!)}`));
  assert.ok(![...insnFeatures(at['ebpmem']!)].some((t) => t.includes('offset')));
  assert.ok(insnFeatures(at['espsib']!).has(`offset: 0x8 @${h(at['espsib']!)}`));
  const l = insnFeatures(at['lea']!);
  assert.ok(l.has(`offset: 0x1 @${h(at['lea']!)}`));
  assert.ok(l.has(`number: 0x1 @${h(at['lea']!)}`));
  assert.ok(l.has(`operand[1].number: 0x1 @${h(at['lea']!)}`));
});

test('api through the IAT, a register and a thunk; calls from at the target', () => {
  const c = insnFeatures(at['callapi']!);
  assert.ok(c.has(`api: CreateFileA @${h(at['callapi']!)}`));
  assert.ok(c.has(`api: CreateFile @${h(at['callapi']!)}`));
  assert.ok(c.has(`characteristic: calls from @${h(SLOT_CREATEFILE)}`));
  assert.ok(!c.has(`characteristic: cross section flow @${h(at['callapi']!)}`), 'calls to imports are exempt');
  const r = insnFeatures(at['callreg']!);
  assert.ok(r.has(`api: CreateFileA @${h(at['callreg']!)}`));
  assert.ok(r.has(`characteristic: indirect call @${h(at['callreg']!)}`));
  assert.ok(insnFeatures(at['callthunk']!).has(`api: CreateFileA @${h(at['callthunk']!)}`));
  // the thunk's own jmp yields no api, but leaves the section
  const j = insnFeatures(at['thunkjmp']!);
  assert.ok(![...j].some((t) => t.startsWith('api:')));
  assert.ok(j.has(`characteristic: cross section flow @${h(at['thunkjmp']!)}`));
});

test('ordinal imports keep their dll', () => {
  const all = new Set<string>();
  for (const t of insnFeatures(at['peb']! + 6)) all.add(t);
  assert.ok([...all].some((t) => t.startsWith('api: foo.#7')));
});

test('nzxor, fs access, peb access', () => {
  assert.ok(![...insnFeatures(at['xorself']!)].some((t) => t.includes('nzxor')));
  assert.ok(insnFeatures(at['nzxor']!).has(`characteristic: nzxor @${h(at['nzxor']!)}`));
  const p = insnFeatures(at['peb']!);
  assert.ok(p.has(`characteristic: peb access @${h(at['peb']!)}`));
  assert.ok(p.has(`characteristic: fs access @${h(at['peb']!)}`));
});

test('call $+5 and recursive call', () => {
  assert.ok(insnFeatures(at['call5']!).has(`characteristic: call $+5 @${h(at['call5']!)}`));
  assert.ok(insnFeatures(at['recurse']!).has(`characteristic: recursive call @${h(F_TIGHT)}`));
});

test('tight loop is a block feature; loop needs two blocks', () => {
  const t = scopeFeatures(F_TIGHT);
  assert.ok(t.bbs.get(at['tightbb']!)?.has('characteristic: tight loop'));
  assert.ok(![...t.func].some((s) => s.startsWith('characteristic: loop')), 'a self-loop is not a loop');
  const l = scopeFeatures(F_LOOP);
  assert.ok(l.func.has(`characteristic: loop @${h(F_LOOP)}`));
  for (const s of l.bbs.values()) assert.ok(s.has('basic block'));
});

test('stack string and calls to', () => {
  const m = scopeFeatures(F_MISC);
  assert.ok([...m.bbs.values()].some((s) => s.has('characteristic: stack string')));
  const loop = scopeFeatures(F_LOOP);
  const callers = [...loop.func].filter((s) => s.startsWith('characteristic: calls to'));
  assert.equal(callers.length, 2, 'one per call site, located at the caller');
});
