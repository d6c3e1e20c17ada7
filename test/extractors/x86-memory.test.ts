// vivisect-like string detection and pointer chains (MemoryProbe), plus the features text format.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memory, type Segment } from '../../src/formats/image.js';
import { MemoryProbe } from '../../src/extractors/x86/memory.js';
import { hasLoop } from '../../src/extractors/x86/function.js';
import { featureText } from '../../src/render/features.js';
import { makeFeature } from '../../src/features/feature.js';

const VA = 0x10000;

function probe(bytes: number[], opts: { readable?: boolean } = {}): MemoryProbe {
  const data = new Uint8Array(bytes);
  const seg: Segment = { name: '.rdata', va: VA, size: data.length, data, fileOffset: 0, readable: opts.readable ?? true, writable: false, executable: false };
  return new MemoryProbe(new Memory({ segments: [seg] }), 4);
}

const ascii = (s: string): number[] => [...s].map((c) => c.charCodeAt(0));
const wide = (s: string): number[] => [...s].flatMap((c) => [c.charCodeAt(0), 0]);

test('ASCII strings need 4 printable bytes and a NUL', () => {
  const p = probe([...ascii('abcd'), 0, ...ascii('abc'), 0, ...ascii('ab\x01d'), 0]);
  assert.equal(p.detectString(VA), 4);
  assert.equal(p.readString(VA), 'abcd');
  assert.equal(p.detectString(VA + 5), -1, 'too short');
  assert.equal(p.detectString(VA + 9), -1, 'non-printable');
  assert.equal(p.readString(VA + 9), null);
});

test('a Pascal length prefix admits short strings', () => {
  const p = probe([0, 0, 2, 0, ...ascii('hi'), 0]);
  assert.equal(p.detectString(VA + 4), 2);
  assert.equal(p.readString(VA + 4), 'hi');
});

test('UTF-16 strings need more than 4 characters', () => {
  const p = probe([...wide('hello'), 0, 0, ...wide('hey'), 0, 0]);
  assert.equal(p.detectUnicode(VA), 10);
  assert.equal(p.readString(VA), 'hello');
  assert.equal(p.detectUnicode(VA + 12), -1);
  assert.equal(p.detectString(VA), -1, 'UTF-16 text is not an ASCII string');
});

test('pointer chains stop at strings, self-references and invalid pointers', () => {
  // VA: ptr → VA+8; VA+4: ptr to itself; VA+8: "text\0"
  const p = probe([0x08, 0x00, 0x01, 0x00, 0x04, 0x00, 0x01, 0x00, ...ascii('text'), 0, 0, 0, 0]);
  assert.deepEqual(p.derefs(VA), [VA, VA + 8]);
  assert.deepEqual(p.derefs(VA + 4), [VA + 4]);
  assert.deepEqual(p.derefs(0x1234), []);
  assert.equal(p.bytesAt(VA + 8), null, 'strings are not bytes');
  assert.equal(p.bytesAt(VA)!.length, 16, 'clamped to the segment end');
});

test('unreadable memory is valid for pointers but not readable', () => {
  const p = probe([0x41, 0x41, 0x41, 0x41, 0], { readable: false });
  assert.ok(p.isValidPointer(VA));
  assert.ok(!p.isReadable(VA));
  assert.deepEqual(p.derefs(VA), [VA]);
});

test('loops need a strongly connected component of two nodes', () => {
  assert.ok(!hasLoop([[1, 1]]));
  assert.ok(!hasLoop([[1, 2], [2, 3]]));
  assert.ok(hasLoop([[1, 2], [2, 3], [3, 1]]));
  assert.ok(hasLoop([[5, 6], [1, 2], [2, 1]]));
});

test('features text is capa\'s name(value)', () => {
  assert.equal(featureText(makeFeature('api', 'CreateFileA')), 'api(CreateFileA)');
  assert.equal(featureText(makeFeature('number', 0xffn)), 'number(0xFF)');
  assert.equal(featureText(makeFeature('offset', -8n)), 'offset(-0x8)');
  assert.equal(featureText(makeFeature('operand number', 1n, { index: 1 })), 'operand[1].number(0x1)');
  assert.equal(featureText(makeFeature('bytes', new Uint8Array([0xca, 0x3b]))), 'bytes(CA 3B)');
  assert.equal(featureText(makeFeature('basic block', null)), 'basic block');
  assert.equal(featureText(makeFeature('string', 'a\nb')), 'string(a\\nb)');
});

test('stack strings count ASCII bytes and UTF-16LE characters', async () => {
  const { InsnDecoder } = await import('../../src/analysis/insn.js');
  const { hasStackString } = await import('../../src/extractors/x86/basicblock.js');
  const block = (bytes: number[], n: number) => {
    const all = Array.from({ length: n }, () => bytes).flat();
    const data = new Uint8Array(all);
    const seg: Segment = { name: '.text', va: 0x1000, size: data.length, data, fileOffset: 0, readable: true, writable: false, executable: true };
    const d = new InsnDecoder(new Memory({ segments: [seg] }), 64);
    try {
      const insns = d.decodeRange(0x1000, 0x1000 + data.length);
      return { va: 0x1000, size: data.length, end: 0x1000 + data.length, insns, succs: [] };
    } finally {
      d.dispose();
    }
  };
  const wideMov = [0xc7, 0x44, 0x24, 0x38, 0x3a, 0x00, 0x5c, 0x00]; // mov dword [rsp+0x38], 0x5c003a (":\\")
  assert.ok(!hasStackString(block(wideMov, 4)), '8 characters are not enough');
  assert.ok(hasStackString(block(wideMov, 5)));
  const asciiMov = [0xc7, 0x44, 0x24, 0x38, 0x41, 0x42, 0x43, 0x44]; // mov dword [rsp+0x38], 'ABCD'
  assert.ok(!hasStackString(block(asciiMov, 2)));
  assert.ok(hasStackString(block(asciiMov, 3)));
  const regMov = [0xb8, 0x41, 0x42, 0x43, 0x44]; // mov eax, 'ABCD': not to the stack
  assert.ok(!hasStackString(block(regMov, 4)));
});
