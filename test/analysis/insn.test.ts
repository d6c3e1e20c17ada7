import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memory, type Segment } from '../../src/formats/image.js';
import { InsnDecoder, IF_NOFALL, IF_COND, IF_CALL, PREFIX_REP, PREFIX_FS, isStackOrFrameReg } from '../../src/analysis/insn.js';

function mem(va: number, bytes: number[]): Memory {
  const data = new Uint8Array(bytes);
  const seg: Segment = { name: '.text', va, size: data.length, data, fileOffset: 0, readable: true, writable: false, executable: true };
  return new Memory({ segments: [seg] });
}

function dec(bytes: number[], bits: 32 | 64 = 32, va = 0x401000) {
  const d = new InsnDecoder(mem(va, bytes), bits);
  try {
    return d.decodeAt(va)!;
  } finally {
    d.dispose();
  }
}

test('vivisect mnemonic spellings', () => {
  assert.equal(dec([0x74, 0x00]).mnemonic, 'jz');
  assert.equal(dec([0x75, 0x00]).mnemonic, 'jnz');
  assert.equal(dec([0x72, 0x00]).mnemonic, 'jc');
  assert.equal(dec([0x73, 0x00]).mnemonic, 'jnc');
  assert.equal(dec([0x7a, 0x00]).mnemonic, 'jpe');
  assert.equal(dec([0x0f, 0x94, 0xc0]).mnemonic, 'setz');
  assert.equal(dec([0x0f, 0x42, 0xc1]).mnemonic, 'cmovc');
  assert.equal(dec([0xc3]).mnemonic, 'ret');
  assert.equal(dec([0xc2, 0x08, 0x00]).mnemonic, 'ret');
  assert.equal(dec([0x60]).mnemonic, 'pushad');
  assert.equal(dec([0xe1, 0x00]).mnemonic, 'loopz');
  assert.equal(dec([0xd7]).mnemonic, 'xlat');
});

test('flag/register stack and size conversions are named by opcode, as vivisect does (x86 and amd64)', () => {
  for (const bits of [32, 64] as const) {
    assert.equal(dec([0x9c], bits).mnemonic, 'pushfd');
    assert.equal(dec([0x9d], bits).mnemonic, 'popfd');
    assert.equal(dec([0x66, 0x9c], bits).mnemonic, 'pushfd');
    assert.equal(dec([0x98], bits).mnemonic, 'cwde');
    assert.equal(dec([0x66, 0x98], bits).mnemonic, 'cwde');
    assert.equal(dec([0x66, 0x99], bits).mnemonic, 'cdq');
    assert.equal(dec([0xcf], bits).mnemonic, 'iret');
  }
  assert.equal(dec([0x48, 0xcf], 64).mnemonic, 'iret');
  assert.equal(dec([0x66, 0x60]).mnemonic, 'pushad');
  assert.equal(dec([0x66, 0x61]).mnemonic, 'popad');
});

test('string instructions: no operands, rep prefix flag', () => {
  const i = dec([0xf3, 0xab]);
  assert.equal(i.mnemonic, 'stosd');
  assert.equal(i.operands.length, 0);
  assert.ok(i.prefixes & PREFIX_REP);
  assert.equal(dec([0xf2, 0xae]).mnemonic, 'scasb');
});

test('flow flags', () => {
  assert.ok(dec([0xc3]).flags & IF_NOFALL);
  assert.ok(dec([0xcc]).flags & IF_NOFALL);
  assert.ok(dec([0xcd, 0x2e]).flags & IF_NOFALL);
  assert.ok(dec([0xf4]).flags & IF_NOFALL);
  const j = dec([0x74, 0x02]);
  assert.ok(j.flags & IF_COND);
  assert.equal(j.target, 0x401004);
  const c = dec([0xe8, 0x00, 0x00, 0x00, 0x00]);
  assert.ok(c.flags & IF_CALL);
  assert.equal(c.target, 0x401005);
  assert.equal(c.operands[0]!.kind, 'pcrel');
  assert.equal(dec([0xeb, 0xfe]).target, 0x401000);
});

test('operand kinds', () => {
  // push -1 → imm 0xffffffff
  const p = dec([0x6a, 0xff]);
  assert.deepEqual(p.operands[0], { kind: 'imm', value: 0xffffffff, width: 4 });
  // call [0x402000] → immmem
  const c = dec([0xff, 0x15, 0x00, 0x20, 0x40, 0x00]);
  assert.deepEqual(c.operands[0], { kind: 'immmem', address: 0x402000, width: 4 });
  // mov eax, [ebp-8] → regmem, disp signed
  const m = dec([0x8b, 0x45, 0xf8]);
  assert.equal(m.operands[1]!.kind, 'regmem');
  assert.equal((m.operands[1] as { disp: number }).disp, -8);
  assert.ok(isStackOrFrameReg((m.operands[1] as { base: number }).base));
  // mov eax, [esp+0x10] → sib
  const s = dec([0x8b, 0x44, 0x24, 0x10]);
  assert.equal(s.operands[1]!.kind, 'sib');
  assert.equal((s.operands[1] as { disp: number }).disp, 0x10);
  // mov eax, [ecx*4+0x403000] → sib without base
  const t = dec([0x8b, 0x04, 0x8d, 0x00, 0x30, 0x40, 0x00]);
  assert.equal(t.operands[1]!.kind, 'sib');
  // mov eax, fs:[0x30]
  const f = dec([0x64, 0xa1, 0x30, 0x00, 0x00, 0x00]);
  assert.ok(f.prefixes & PREFIX_FS);
  assert.deepEqual(f.operands[1], { kind: 'immmem', address: 0x30, width: 4 });
  // mov dword [ebp-4], 0x64636261 → imm width 4
  const w = dec([0xc7, 0x45, 0xfc, 0x61, 0x62, 0x63, 0x64]);
  assert.deepEqual(w.operands[1], { kind: 'imm', value: 0x64636261, width: 4 });
});

test('amd64 operands', () => {
  // call [rip+0x10] at 0x140001000 (len 6) → riprel 0x140001016
  const c = dec([0xff, 0x15, 0x10, 0x00, 0x00, 0x00], 64, 0x140001000);
  assert.equal(c.operands[0]!.kind, 'riprel');
  assert.equal((c.operands[0] as { target: number }).target, 0x140001016);
  // mov rax, -1 (48 c7 c0 ff ff ff ff) → 64-bit unsigned
  const m = dec([0x48, 0xc7, 0xc0, 0xff, 0xff, 0xff, 0xff], 64);
  const op = m.operands[1]!;
  assert.equal(op.kind, 'imm');
  assert.equal((op as { big?: bigint }).big, 0xffffffffffffffffn);
  // mov rax, gs:[0x60] → sib (64-bit abs needs SIB)
  const g = dec([0x65, 0x48, 0x8b, 0x04, 0x25, 0x60, 0x00, 0x00, 0x00], 64);
  assert.equal(g.operands[1]!.kind, 'sib');
  assert.equal((g.operands[1] as { disp: number }).disp, 0x60);
  assert.equal(dec([0x41, 0x50], 64).operands[0]!.kind, 'reg');
});

test('invalid and unmapped', () => {
  const d = new InsnDecoder(mem(0x1000, [0x0f, 0xff]), 32);
  assert.equal(d.decodeAt(0x5000), undefined);
  d.dispose();
});

test('vpcext (0F 3F ib ib): decoded like vivisect, also inside a linear range', () => {
  const i = dec([0x0f, 0x3f, 0x07, 0x0b]);
  assert.equal(i.mnemonic, 'vpcext');
  assert.equal(i.length, 4);
  assert.deepEqual(i.operands.map((o) => (o.kind === 'imm' ? o.value : -1)), [7, 0x0b]);
  assert.equal(i.flow, 'seq');
  // mov eax,1 ; vpcext 7,0b ; test ebx,ebx ; ret
  const d = new InsnDecoder(mem(0x401000, [0xb8, 1, 0, 0, 0, 0x0f, 0x3f, 0x07, 0x0b, 0x85, 0xdb, 0xc3]), 32);
  try {
    const r = d.decodeRange(0x401000, 0x40100c);
    assert.deepEqual(r.map((x) => x.mnemonic), ['mov', 'vpcext', 'test', 'ret']);
    assert.deepEqual(r.map((x) => x.va - 0x401000), [0, 5, 9, 11]);
  } finally {
    d.dispose();
  }
  // truncated: not enough bytes for the two immediates
  const t = new InsnDecoder(mem(0x401000, [0x0f, 0x3f, 0x07]), 32);
  try {
    assert.equal(t.decodeAt(0x401000), undefined);
  } finally {
    t.dispose();
  }
});

test('amd64 66 0F 7F is movq like vivisect; 66 0F 6F stays movdqa', () => {
  assert.equal(dec([0x66, 0x0f, 0x7f, 0x85, 0xf0, 0, 0, 0], 64).mnemonic, 'movq');
  assert.equal(dec([0x66, 0x0f, 0x6f, 0x85, 0xf0, 0, 0, 0], 64).mnemonic, 'movdqa');
  assert.equal(dec([0xf3, 0x0f, 0x7f, 0x01], 64).mnemonic, 'movdqu');
});

test('hint-nop rows vivisect leaves empty are undecodable; 0F 1C-1F hint nops are nop', () => {
  // 2855ba06 0x4119dc: `0F 1B 04 04` ends vivisect's code flow (its function never reaches the
  // call behind it)
  for (const bytes of [[0x0f, 0x1b, 0x04, 0x04], [0x0f, 0x19, 0xc0], [0x0f, 0x1a, 0x44, 0x04, 0xfc], [0x0f, 0x18, 0x20], [0xf3, 0x0f, 0x1b, 0x00]]) {
    for (const bits of [32, 64] as const) assert.equal(dec([...bytes, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90], bits), undefined, bytes.join(' '));
  }
  assert.equal(dec([0x0f, 0x18, 0x08, 0x90]).mnemonic, 'prefetcht0');
  assert.equal(dec([0x0f, 0x1c, 0xc0, 0x90]).mnemonic, 'nop');
  assert.equal(dec([0x0f, 0x1f, 0x44, 0x00, 0x00]).mnemonic, 'nop');
});

test('encodings envi cannot decode are undecodable (SSE4 rows missing from its i386 tables, SHA in i386, vpcext in amd64)', () => {
  const pad = [0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90, 0x90];
  const pinsrd = [0x66, 0x0f, 0x3a, 0x22, 0xcd, 0x02];
  assert.equal(dec([...pinsrd, ...pad], 32), undefined);
  assert.equal(dec([...pinsrd, ...pad], 64).mnemonic, 'pinsrd');
  const sha1rnds4 = [0x0f, 0x3a, 0xcc, 0xc1, 0x00];
  assert.equal(dec([...sha1rnds4, ...pad], 32), undefined);
  assert.equal(dec([...sha1rnds4, ...pad], 64).mnemonic, 'sha1rnds4');
  assert.equal(dec([0x66, 0x0f, 0x3a, 0x08, 0xc1, 0x00, ...pad], 32), undefined); // roundps
  assert.equal(dec([0x66, 0x0f, 0x38, 0x00, 0xc1, ...pad], 32).mnemonic, 'pshufb');
  assert.equal(dec([0x66, 0x0f, 0x38, 0xdc, 0xc1, ...pad], 32).mnemonic, 'aesenc');
  assert.equal(dec([0x0f, 0x3f, 0x07, 0x0b, ...pad], 32).mnemonic, 'vpcext');
  assert.equal(dec([0x0f, 0x3f, 0x07, 0x0b, ...pad], 64), undefined);
});
