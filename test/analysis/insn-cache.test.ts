// InsnDecoder's speed paths: byte-keyed templates (operand lists shared between decodes of the same
// bytes) and skipped decoder repositioning for sequential decodes must never change a result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memory, type Segment } from '../../src/formats/image.js';
import { InsnDecoder, type Insn } from '../../src/analysis/insn.js';

const VA = 0x401000;

function mem(bytes: number[], va = VA): Memory {
  const data = new Uint8Array(bytes);
  const seg: Segment = { name: '.text', va, size: data.length, data, fileOffset: 0, readable: true, writable: false, executable: true };
  return new Memory({ segments: [seg] });
}

/** every instruction start of a linear decode, each decoded by a fresh decoder (no cache) */
function fresh(m: Memory, bits: 32 | 64, vas: number[]): Array<Insn | undefined> {
  return vas.map((va) => {
    const d = new InsnDecoder(m, bits);
    try {
      return d.decodeAt(va);
    } finally {
      d.dispose();
    }
  });
}

// push ebp; call rel32; mov eax, [ebp+8]; jz rel8 — twice, 0x20 bytes apart
const BLOCK = [0x55, 0xe8, 0x10, 0x00, 0x00, 0x00, 0x8b, 0x45, 0x08, 0x74, 0x02];
const TWICE = [...BLOCK, ...new Array(0x20 - BLOCK.length).fill(0x90), ...BLOCK];
const STARTS = [0, 1, 6, 9];

test('same bytes at two addresses: address-independent parts shared, branch targets per address', () => {
  const m = mem(TWICE);
  const d = new InsnDecoder(m, 32);
  try {
    const a = STARTS.map((o) => d.decodeAt(VA + o)!);
    const b = STARTS.map((o) => d.decodeAt(VA + 0x20 + o)!);
    assert.equal(a[1]!.target, VA + 1 + 5 + 0x10);
    assert.equal(b[1]!.target, VA + 0x20 + 1 + 5 + 0x10);
    assert.equal(b[3]!.target, VA + 0x20 + 9 + 2 + 2);
    // `mov eax, [ebp+8]` decoded twice: one operand list
    assert.equal(a[2]!.operands, b[2]!.operands);
    assert.notEqual(a[1]!.operands, b[1]!.operands);
    for (let k = 0; k < STARTS.length; k++) assert.equal(b[k]!.va, VA + 0x20 + STARTS[k]!);
    assert.deepEqual(b, fresh(m, 32, STARTS.map((o) => VA + 0x20 + o)));
  } finally {
    d.dispose();
  }
});

test('decode order (sequential, backwards, jumping around) does not change results', () => {
  const m = mem(TWICE);
  const all = [...STARTS.map((o) => VA + o), ...STARTS.map((o) => VA + 0x20 + o)];
  const expected = fresh(m, 32, all);
  for (const order of [all, [...all].reverse(), [all[5]!, all[0]!, all[1]!, all[6]!, all[7]!, all[2]!, all[3]!, all[4]!]]) {
    const d = new InsnDecoder(m, 32);
    try {
      const got = new Map(order.map((va) => [va, d.decodeAt(va)]));
      assert.deepEqual(all.map((va) => got.get(va)), expected);
    } finally {
      d.dispose();
    }
  }
});

test('amd64 rip-relative operands are never shared between addresses', () => {
  // mov rax, [rip+0x100] at two addresses
  const bytes = [0x48, 0x8b, 0x05, 0x00, 0x01, 0x00, 0x00, 0x90, 0x48, 0x8b, 0x05, 0x00, 0x01, 0x00, 0x00];
  const base = 0x140001000;
  const m = mem(bytes, base);
  const d = new InsnDecoder(m, 64);
  try {
    const x = d.decodeAt(base)!;
    const y = d.decodeAt(base + 8)!;
    const ox = x.operands[1]!;
    const oy = y.operands[1]!;
    assert.ok(ox.kind === 'riprel' && oy.kind === 'riprel');
    assert.equal(ox.target, base + 7 + 0x100);
    assert.equal(oy.target, base + 8 + 7 + 0x100);
  } finally {
    d.dispose();
  }
});

test('an undecodable byte in a sequential walk does not desynchronise the next decode', () => {
  // nop; 0F 04 (undefined opcode); push ebp; ret
  const bytes = [0x90, 0x0f, 0x04, 0x55, 0xc3];
  const m = mem(bytes);
  const vas = [0, 1, 2, 3, 4].map((o) => VA + o);
  const d = new InsnDecoder(m, 32);
  try {
    assert.deepEqual(vas.map((va) => d.decodeAt(va)), fresh(m, 32, vas));
    assert.equal(d.decodeAt(VA + 1), undefined);
    assert.equal(d.decodeAt(VA + 3)!.mnemonic, 'push');
  } finally {
    d.dispose();
  }
});

test('decodeRange matches one-by-one decoding', () => {
  const m = mem(TWICE);
  const d = new InsnDecoder(m, 32);
  try {
    const r = d.decodeRange(VA, VA + TWICE.length);
    const one = fresh(m, 32, r.map((i) => i.va));
    assert.deepEqual(r, one);
    assert.equal(r[r.length - 1]!.mnemonic, 'jz');
  } finally {
    d.dispose();
  }
});
