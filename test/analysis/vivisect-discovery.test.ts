// Function discovery as capa's vivisect backend does it, one root cause per test, each checked on
// a shared sample against capa 9.4's own function list (capa-results, FLIRT off).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { analyzeImage } from '../../src/analysis/analyze.js';
import type { Program } from '../../src/analysis/program.js';
import { loadPeImage, parsePE } from '../../src/formats/pe/index.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

const skip = requireTestdata('vivisect function discovery');

const programs = new Map<string, Program>();
function program(sample: string): Program {
  let p = programs.get(sample);
  if (!p) {
    p = analyzeImage(loadPeImage(parsePE(new Uint8Array(readFileSync(testdata('testfiles', sample))))));
    programs.set(sample, p);
  }
  return p;
}

function capaFunctions(sample: string): Set<number> {
  const path = testdata('capa-results', sample.split('/').join('__') + '.json');
  const r = JSON.parse(readFileSync(path, 'utf8')) as { functions: string[] };
  return new Set(r.functions.map((s) => Number.parseInt(s.replace('absolute:', ''), 16)));
}

/** asserts capa's verdict for each address, and that ours is the same */
function expectFunctions(sample: string, present: number[], absent: number[]): void {
  if (!existsSync(testdata('testfiles', sample))) assert.fail(`${sample} missing from the shared test data`);
  const capa = capaFunctions(sample);
  const ours = new Set(program(sample).functions);
  for (const va of present) {
    assert.ok(capa.has(va), `oracle: capa lists 0x${va.toString(16)}`);
    assert.ok(ours.has(va), `0x${va.toString(16)} is a function`);
  }
  for (const va of absent) {
    assert.ok(!capa.has(va), `oracle: capa does not list 0x${va.toString(16)}`);
    assert.ok(!ours.has(va), `0x${va.toString(16)} is not a function`);
  }
}

test('emulation probe: the one-mnemonic rule needs more than four instructions', { skip }, () => {
  // `call <no-return function>; ret` stubs behind a pointer table: the probe stops at the call
  // after one instruction, which vivisect's looksgood accepts
  expectFunctions('66602b5fab602cb4e6f754748d249542.exe_', [0x4275e0, 0x4275e6, 0x427a48], []);
});

test('emulation probe: an instruction the emulator lacks ends only its own path', { skip }, () => {
  // a switch case of 0x406790 runs into x87 code on one path and returns on another; the case
  // is accepted, the table is complete, and the callees behind it are found
  expectFunctions('5b3968b47eb16a1cb88525e3b565eab1.exe_', [0x408360, 0x4088a0, 0x4091d0], []);
});

test('emulation probe: a conditional branch is explored target first', { skip }, () => {
  expectFunctions('mimikatz.exe_', [0x420be3, 0x420ca1, 0x44e3fd], [0x420b35, 0x4199c3, 0x44e340]);
});

test('emucode skips dead data (a .text that starts with the IAT)', { skip }, () => {
  // kernel32's IAT directory starts .text, so vivisect never probes pointer targets there:
  // `push offset "tapi32.dll"` does not make the string a function
  expectFunctions('kernel32.dll_', [], [0x7dd74a10, 0x7dd9f625]);
});

test('ms.hotpatch: five nop/int3 bytes before a function become a pad', { skip }, () => {
  // a __finally handler (`xor ebx, ebx`) runs into the pad before its funclet: not code
  expectFunctions('kernel32.dll_', [0x7ddea044], [0x7ddea03d, 0x7ddeb6ac, 0x7ddf7a51]);
});

test('legacy PE sections are executable only by their flags (viv-utils sets parsers.pe.nx)', { skip }, () => {
  // 883bf161 (subsystem 4.0, no NX_COMPAT) has code in .rsrc; vivisect does not treat it as code
  expectFunctions('883bf161937f8dc6e766b07000110254.exe_', [0x4045c0], [0x41645c, 0x4164fc]);
  const rsrc = program('883bf161937f8dc6e766b07000110254.exe_').image.segments.find((s) => s.name === '.rsrc');
  assert.equal(rsrc?.executable, false);
});

test('ms.msvcfunc: a block that moves the GS cookie becomes a function (i386 and amd64 signatures)', { skip }, () => {
  // __security_check_cookie matches vivisect's amd64 VS signatures; the blocks of
  // __security_init_cookie and of /GS prologues behind a branch that store or load the cookie
  // become functions
  expectFunctions('6cd1315f6f2fa4f8ee2b98bb3ca0a994.exe_', [0x140001ce6, 0x140002007, 0x140002207], []);
  expectFunctions('b1133d7e5599beefe992a127f6e9704176a13b7e86b4db45c3b61cf25a60d414.exe_', [0x140001787, 0x140002600], []);
});

test('a jmp to a function prologue is not a function entry; prologues in unclaimed bytes are', { skip }, () => {
  // incremental-linking thunks: vivisect's flow never reaches `call 0x411267` (behind 0F 1B), so
  // 0x412120 is left unclaimed and funcentries finds its prologue; 0x411710 is only reached by
  // the thunk's jmp and stays part of that thunk
  expectFunctions('2855ba06b90e7c64d9bce888e47baf6d.exe_', [0x412120, 0x4112a3], [0x411267, 0x411710, 0x412000]);
});

test('switchcase: MSVC amd64 image-relative jump tables become code of their function', { skip }, () => {
  // `lea rdx, [__ImageBase]; mov ecx, [rdx + rax*4 + table]; add rcx, rdx; jmp rcx`: the callees
  // reached only from the cases are found
  expectFunctions('92d8ea10ea30e8b534334a1c9857a455.exe_', [0x140018630, 0x14007d870, 0x1400a7280], []);
  const p = program('92d8ea10ea30e8b534334a1c9857a455.exe_');
  // a byte table of case numbers ends the offset table (vivisect's DerefTable xref)
  const jmp = p.xrefsFrom(0x14007e5a9).filter((x) => x.type === 1).map((x) => x.to);
  assert.equal(jmp.length, 5);
  assert.ok(jmp.every((t) => t >= 0x14007e460 && t < 0x14007e610), jmp.map((t) => t.toString(16)).join(' '));
});

test('jump tables: a slot that already holds a location does not end the table (only string-like slots and xrefs do)', { skip }, () => {
  // 493167e8: the table behind `jmp [eax*4+0x403bac]` starts with bytes a relocation probe made
  // into a `retf` function first; vivisect still takes all its cases, so none of them becomes a
  // function through the relocation pass
  expectFunctions('493167e85e45363d09495d0841c30648.sys_', [0x403bac, 0x4019e6], [0x401a21, 0x402232, 0x4035f6]);
  expectFunctions('e4c33ac3638eef68311f8ac0d72483c7.exe_', [0x414af5, 0x4185db], []);
});

test('a printable run that reaches another location is not a string (vivisect detectString)', { skip }, () => {
  // 66602b5f: the pointer at 0x42a600 leads to `push 0xc; push 0x435f30; call …` — "j\x0ch0_C"
  // reads like a string, but the relocated push operand is a pointer location already, so
  // vivisect probes it as code and makes a function
  expectFunctions('66602b5fab602cb4e6f754748d249542.exe_', [0x41d120, 0x41d06a, 0x41d16d], []);
});

test('code behind an instruction envi cannot decode is not flowed (91a12a4c: i386 SHA and SSE4.1)', { skip }, () => {
  // sha1rnds4/sha256rnds2 and pinsrd end vivisect's flow and fail its probes; the AES-NI routines
  // reached only through them are no functions of capa's
  expectFunctions('91a12a4cf437589ba70b1687f5acad19.exe_', [], [0x50471e, 0x504e70]);
});

test('a function calling itself, in the flow funcentries starts at a prologue, ends that flow at the call', { skip }, () => {
  // capa finds these functions but none of the calls past the recursive one: no `create directory`
  // (_mkdir after the call), no `delete registry key` (RegDeleteKeyA on a branch still pending
  // when the flow reached the call), no `delete directory`
  const cases: [string, number, number, number, string][] = [
    ['31600ad0d1a7ea615690df111ae36c73.exe_', 0x401155, 0x4011c2, 0x4011e2, 'create directory'],
    ['1e9fc7f32bd5522dd0222932eb9f1d8bd0a2e132c7b46cfcc622ad97831e6128.exe_', 0x4028d2, 0x40293b, 0x402969, 'delete registry key'],
    ['50d5ee1ce2ca5e30c6b1019ee64eeec2.exe_', 0x402c2f, 0x402cbd, 0x402cf0, 'delete directory'],
  ];
  for (const [sample, fva, call, dropped, rule] of cases) {
    const capa = JSON.parse(readFileSync(testdata('capa-results', sample + '.json'), 'utf8')) as { rules: Record<string, unknown> };
    assert.ok(!(rule in capa.rules), `oracle: capa does not report '${rule}' for ${sample}`);
    expectFunctions(sample, [fva], []);
    const f = program(sample).func(fva)!;
    const has = (va: number): boolean => f.blocks.some((b) => b.insns.some((i) => i.va === va));
    assert.ok(has(call), `0x${call.toString(16)} (the recursive call) is in 0x${fva.toString(16)}`);
    assert.ok(!has(dropped), `0x${dropped.toString(16)} is not in 0x${fva.toString(16)}`);
  }
  // reached from the entry point, a recursive function flows on past the call (capa: `enumerate
  // files recursively` at 0x4011e0, FindNextFileA after the recursive call)
  const pma = 'Practical Malware Analysis Lab 01-01.exe_';
  const capa = JSON.parse(readFileSync(testdata('capa-results', pma + '.json'), 'utf8')) as { rules: Record<string, { matches: string[] }> };
  assert.ok(capa.rules['enumerate files recursively']?.matches.includes('absolute:0x4011e0'), 'oracle');
  const f = program(pma).func(0x4011e0)!;
  assert.ok(f.blocks.some((b) => b.insns.some((i) => i.va > 0x40134f)), 'code past the recursive call at 0x40134f');
});
