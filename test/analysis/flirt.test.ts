// Library identification with viv-utils' semantics, on a scripted workspace (each rule in
// isolation) and through the real analysis of a synthetic PE image (timing inside vivisect-like
// function creation, api/function-name features, skipped matching).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FlirtMatcher, LibraryIdentifier, type FlirtWorkspace } from '../../src/analysis/flirt.js';
import { analyzeImage } from '../../src/analysis/analyze.js';
import { REF_CODE, REF_DATA } from '../../src/analysis/program.js';
import { parseSig } from '../../src/formats/flirt/sig.js';
import type { ImportEntry, LoadedImage, Segment } from '../../src/formats/image.js';
import { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { writeSig, type TestSignature } from '../helpers/sig-writer.js';
import { requireTestdata } from '../helpers/testdata.js';
import { sharedSignature } from '../helpers/signatures.js';

/** functions at given VAs, each with its bytes and the xrefs of the instruction at some offset */
interface FakeFunction {
  readonly bytes: number[];
  /** offset inside the function → xrefs of the instruction there */
  readonly xrefs?: Record<number, Array<{ to: number; type: number }>>;
}

function workspace(funcs: Record<number, FakeFunction>, made: number[] = []): FlirtWorkspace {
  const f = new Map(Object.entries(funcs).map(([k, v]) => [Number(k), v]));
  const isFunction = (va: number): boolean => f.has(va);
  return {
    isFunction,
    functionSize: (va) => f.get(va)?.bytes.length ?? 0,
    readCurrentSection: (va, size) => {
      // every function sits at the start of its own 0x1000-byte section
      const fn = f.get(va);
      const b = new Uint8Array(Math.min(size, 0x1000));
      if (fn) b.set(fn.bytes.slice(0, b.length));
      return b;
    },
    locationOf: (va) => {
      for (const [start, fn] of f) if (va >= start && va < start + fn.bytes.length) return va; // one-byte "instructions"
      return undefined;
    },
    xrefsFrom: (va) => {
      for (const [start, fn] of f) if (va >= start && va < start + fn.bytes.length) return fn.xrefs?.[va - start] ?? [];
      return [];
    },
    isExecutable: () => true,
    makeFunction: (va) => {
      made.push(va);
      f.set(va, { bytes: [0xc3] });
    },
  };
}

/** a signature for functions starting with these bytes (no CRC) */
function sig(start: number[], names: TestSignature['names'], refs?: TestSignature['refs']): TestSignature {
  return { pattern: start, names, ...(refs ? { refs } : {}) };
}

function identifier(sigs: TestSignature[][], ws: FlirtWorkspace): LibraryIdentifier {
  return new LibraryIdentifier(
    sigs.map((s, i) => new FlirtMatcher(parseSig(writeSig(s), `${i}.sig`))),
    ws,
  );
}

const A = [0x11, 0x22, 0x33, 0x44];
const B = [0x55, 0x66, 0x77, 0x88];

test('one matching signature names the function; disagreeing candidates name nothing; agreeing ones do', () => {
  const ws = workspace({ 0x1000: { bytes: [...A, 0xc3] }, 0x2000: { bytes: [...B, 0xc3] } });
  const id = identifier([[sig(A, [{ name: '_a', offset: 0 }]), sig(B, [{ name: '_b1', offset: 0 }]), sig([0x55, 0x66], [{ name: '_b2', offset: 0 }])]], ws);
  id.analyzeFunction(0x1000);
  id.analyzeFunction(0x2000);
  assert.deepEqual([...id.names], [[0x1000, '_a']]);
  const same = identifier([[sig(B, [{ name: '_b', offset: 0 }]), sig([0x55, 0x66], [{ name: '_b', offset: 0 }])]], ws);
  same.analyzeFunction(0x2000);
  assert.deepEqual([...same.names], [[0x2000, '_b']]);
});

test('a referenced name must be a library function reached by a code xref from the instruction there', () => {
  const funcs = {
    0x1000: { bytes: [...A, 0xe8, 0, 0, 0, 0, 0xc3], xrefs: { 5: [{ to: 0x2000, type: REF_CODE }] } },
    0x2000: { bytes: [...B, 0xc3] },
  };
  // the callee is matched on demand (recursively), then the caller
  const sigs = [sig(A, [{ name: '_caller', offset: 0 }], [{ offset: 5, name: '_callee' }]), sig(B, [{ name: '_callee', offset: 0 }])];
  const id = identifier([sigs], workspace(funcs));
  id.analyzeFunction(0x1000);
  assert.deepEqual(new Map(id.names), new Map([[0x1000, '_caller'], [0x2000, '_callee']]));
  // a wrong name at the target, or a data xref, does not verify
  const wrong = identifier([[sigs[0]!, sig(B, [{ name: '_other', offset: 0 }])]], workspace(funcs));
  wrong.analyzeFunction(0x1000);
  assert.equal(wrong.names.get(0x1000), undefined);
  const data = identifier([sigs], workspace({ ...funcs, 0x1000: { bytes: funcs[0x1000].bytes, xrefs: { 5: [{ to: 0x2000, type: REF_DATA }] } } }));
  data.analyzeFunction(0x1000);
  assert.equal(data.names.get(0x1000), undefined);
  // no location at the reference: no match
  const beyond = identifier([[sig(A, [{ name: '_caller', offset: 0 }], [{ offset: 0x40, name: '_callee' }]), sigs[1]!]], workspace(funcs));
  beyond.analyzeFunction(0x1000);
  assert.equal(beyond.names.get(0x1000), undefined);
});

test("reference `.` is any data xref; python's loop lets the last xref decide", () => {
  const mk = (types: number[]): FlirtWorkspace =>
    workspace({ 0x1000: { bytes: [...A, 0xa1, 0, 0, 0, 0, 0xc3], xrefs: { 5: types.map((t) => ({ to: 0x5000, type: t })) } } });
  const sigs = [[sig(A, [{ name: '_d', offset: 0 }], [{ offset: 5, name: '.' }])]];
  for (const [types, named] of [[[REF_DATA], true], [[REF_DATA, REF_CODE], false], [[REF_CODE, REF_DATA], true]] as const) {
    const id = identifier(sigs, mk([...types]));
    id.analyzeFunction(0x1000);
    assert.equal(id.names.has(0x1000), named, JSON.stringify(types));
  }
});

test('reference cycles end (python: RecursionError, the whole identification of that function is dropped)', () => {
  const funcs = {
    0x1000: { bytes: [...A, 0xe8, 0, 0, 0, 0, 0xc3], xrefs: { 5: [{ to: 0x2000, type: REF_CODE }] } },
    0x2000: { bytes: [...B, 0xe8, 0, 0, 0, 0, 0xc3], xrefs: { 5: [{ to: 0x1000, type: REF_CODE }] } },
  };
  const id = identifier([[sig(A, [{ name: '_a', offset: 0 }], [{ offset: 5, name: '_b' }]), sig(B, [{ name: '_b', offset: 0 }], [{ offset: 5, name: '_a' }])]], workspace(funcs));
  id.analyzeFunction(0x1000);
  id.analyzeFunction(0x2000);
  assert.equal(id.names.size, 0);
});

test('a candidate without a name at offset 0 drops the identification (python raises in get_match_name)', () => {
  const ws = workspace({ 0x1000: { bytes: [...A, 0xc3] } });
  const id = identifier([[sig(A, [{ name: '_a', offset: 0 }]), sig([0x11, 0x22], [{ name: '_inner', offset: 2 }])]], ws);
  id.analyzeFunction(0x1000);
  assert.equal(id.names.size, 0);
});

test('local names make functions where there is no location yet; public names off the entry only name functions', () => {
  const made: number[] = [];
  const ws = workspace({ 0x1000: { bytes: [...A, 0xc3] }, 0x1040: { bytes: [0xc3] } }, made);
  const id = identifier([[sig(A, [{ name: '_f', offset: 0 }, { name: '$local', offset: 0x20, local: true }, { name: '_pub', offset: 0x40 }, { name: '_nofn', offset: 0x60 }])]], ws);
  id.analyzeFunction(0x1000);
  assert.deepEqual(made, [0x1020]);
  assert.deepEqual(new Map(id.names), new Map([[0x1000, '_f'], [0x1020, '$local'], [0x1040, '_pub']]));
});

test('several signature files: the first that names a function wins, the others see a library function', () => {
  const ws = workspace({ 0x1000: { bytes: [...A, 0xc3] } });
  const id = identifier([[sig(A, [{ name: '_from_first', offset: 0 }])], [sig(A, [{ name: '_from_second', offset: 0 }])]], ws);
  id.analyzeFunction(0x1000);
  assert.deepEqual([...id.names], [[0x1000, '_from_first']]);
});

// ------------------------------------------------------------------------------- whole analysis

const BASE = 0x400000;
const TEXT = 0x401000;
const IDATA = 0x402000;
const le32 = (v: number): number[] => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
const call = (from: number, to: number): number[] => [0xe8, ...le32(to - (from + 5))];

function image(code: Array<[number, number[]]>, format: LoadedImage['format'] = 'pe'): LoadedImage {
  const text = new Uint8Array(0x1000).fill(0xcc);
  for (const [va, bytes] of code) text.set(bytes, va - TEXT);
  const seg = (name: string, va: number, data: Uint8Array, exec: boolean): Segment => ({
    name, va, size: data.length, data, fileOffset: 0, readable: true, writable: !exec, executable: exec,
  });
  const imports = new Map<number, ImportEntry>([[IDATA, { va: IDATA, dll: 'kernel32', name: 'ExitProcess' }]]);
  return {
    format, arch: 'i386', baseAddress: BASE, entryPoint: TEXT, extraEntryPoints: [],
    segments: [seg('.text', TEXT, text, true), seg('.idata', IDATA, new Uint8Array(0x1000), false)],
    imports, exports: [], relocations: [], symbols: [], file: new Uint8Array(0),
  };
}

// entry: call lib_helper; call lib_user; ret
// lib_helper (0x401100): xor eax,eax; inc eax; ret        → `_helper`
// lib_user   (0x401200): push ebp; call lib_helper; pop ebp; ret → `_user`, which references `_helper`
const CODE: Array<[number, number[]]> = [
  [0x401000, [...call(0x401000, 0x401100), ...call(0x401005, 0x401200), 0xc3]],
  [0x401100, [0x31, 0xc0, 0x40, 0xc3]],
  [0x401200, [0x55, ...call(0x401201, 0x401100), 0x5d, 0xc3]],
];
const LIB_SIGS: TestSignature[] = [
  { pattern: [0x31, 0xc0, 0x40, 0xc3], functionSize: 4, names: [{ name: '_helper', offset: 0 }] },
  { pattern: [0x55, 0xe8, -1, -1, -1, -1, 0x5d, 0xc3], functionSize: 8, names: [{ name: '_user', offset: 0 }], refs: [{ offset: 2, name: '_helper' }] },
];

test('analysis: functions are identified as they are made; callers see named callees; PE only', () => {
  const matcher = new FlirtMatcher(parseSig(writeSig(LIB_SIGS, { compressed: true }), 'lib.sig'));
  const prog = analyzeImage(image(CODE), { signatures: [matcher] });
  try {
    assert.deepEqual(new Map(prog.libraryFunctions), new Map([[0x401100, '_helper'], [0x401200, '_user']]));
    const x = new X86StaticExtractor({ bytes: new Uint8Array(0), program: prog, globals: [], fileFeatures: () => [] });
    assert.equal(x.isLibraryFunction({ type: 'absolute', value: 0x401200 }), true);
    assert.equal(x.isLibraryFunction({ type: 'absolute', value: 0x401000 }), false);
    assert.equal(x.functionName({ type: 'absolute', value: 0x401100 }), '_helper');
    // function-name at file scope: the name and the name without its leading `_`
    const names = [...x.fileFeatures()].filter((l) => l.feature.type === 'function name').map((l) => [l.feature.value, (l.address as { value: number }).value]);
    assert.deepEqual(names, [['_helper', 0x401100], ['helper', 0x401100], ['_user', 0x401200], ['user', 0x401200]]);
    // api at the call sites of library functions: the name, and without `_`
    const entry = x.functionAt(0x401000)!;
    const apis: string[] = [];
    for (const bb of x.basicBlocks(entry)) for (const i of x.instructions(entry, bb)) for (const l of x.instructionFeatures(entry, bb, i)) if (l.feature.type === 'api') apis.push(`${(l.address as { value: number }).value.toString(16)} ${String(l.feature.value)}`);
    assert.deepEqual(apis, ['401000 _helper', '401000 helper', '401005 _user', '401005 user']);
  } finally {
    prog.dispose();
  }
  // other formats: no library identification, as capa
  const sc = analyzeImage(image(CODE, 'sc32'), { signatures: [matcher] });
  assert.equal(sc.libraryFunctions.size, 0);
  sc.dispose();
});

test('hostile sample: 20 000 functions and a 1 MiB function, with capa\'s 119 337 signatures: bounded work', { skip: requireTestdata('flirt hostile'), timeout: 300_000 }, () => {
  const sigs = [new FlirtMatcher(sharedSignature('3_flare_common_libs.sig'))];
  const N = 20_000;
  const HUGE = 1 << 20;
  const size = 0x1000 + N * 8 + HUGE + 0x1000;
  const text = new Uint8Array(size).fill(0xcc);
  // entry: a call to every small function, then the huge one, then ret
  const entry: number[] = [];
  const small = (i: number): number => TEXT + 0x1000 + (N * 5 + 0x10) + i * 8;
  for (let i = 0; i < N; i++) entry.push(...call(TEXT + entry.length, small(i)));
  const hugeVa = small(N) + 0x10;
  entry.push(...call(TEXT + entry.length, hugeVa), 0xc3);
  text.set(entry, 0);
  // small functions look alike (mov eax, i; ret): many signatures of 6-byte functions are candidates
  for (let i = 0; i < N; i++) text.set([0xb8, ...le32(i), 0xc3], small(i) - TEXT);
  text.fill(0x90, hugeVa - TEXT, hugeVa - TEXT + HUGE);
  text[hugeVa - TEXT + HUGE] = 0xc3;
  const seg = (name: string, va: number, data: Uint8Array, exec: boolean): Segment => ({
    name, va, size: data.length, data, fileOffset: 0, readable: true, writable: !exec, executable: exec,
  });
  const img: LoadedImage = {
    format: 'pe', arch: 'i386', baseAddress: BASE, entryPoint: TEXT, extraEntryPoints: [],
    segments: [seg('.text', TEXT, text, true)], imports: new Map(), exports: [], relocations: [], symbols: [], file: new Uint8Array(0),
  };
  const prog = analyzeImage(img, { signatures: sigs });
  try {
    assert.equal(prog.functions.length, N + 2);
    // whatever is identified is consistent: only functions, each with one name
    for (const va of prog.libraryFunctions.keys()) assert.ok(prog.func(va));
    assert.ok(sigs[0]!.visits < 50_000_000, `work stays bounded (${sigs[0]!.visits} visits)`);
  } finally {
    prog.dispose();
  }
});
