// Raw shellcode (-f sc32/sc64): mapped at 0x690000, analysed from the entry offset (default 0) like
// capa's vivisect shellcode workspace; globals are only the architecture (no format, no os).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { openExtractor } from '../../src/extractors/open.js';
import type { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { formatFeature } from '../../src/features/feature.js';
import { FormatError } from '../../src/formats/errors.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

const BASE = 0x690000;

/** sc32: entry (no prologue signature): push ebx; call f; pop ebx; ret — f at +0x20: push ebp; mov ebp,esp; xor eax,eax; pop ebp; ret */
function sc32(): Uint8Array {
  const b = new Uint8Array(0x40).fill(0xcc);
  b.set([0x53, 0xe8, 0x1a, 0x00, 0x00, 0x00, 0x5b, 0xc3], 0); // call → 0x20
  b.set([0x55, 0x89, 0xe5, 0x31, 0xc0, 0x5d, 0xc3], 0x20);
  return b;
}

function open(bytes: Uint8Array, format: 'sc32' | 'sc64', entry?: number): X86StaticExtractor {
  return openExtractor(bytes, entry === undefined ? { format } : { format, entry }) as X86StaticExtractor;
}

test('sc32: code flow from offset 0 at 0x690000 finds the entry and its callee', () => {
  const x = open(sc32(), 'sc32');
  try {
    assert.deepEqual(x.program.functions, [BASE, BASE + 0x20]);
    assert.deepEqual([...x.globalFeatures()].map((l) => formatFeature(l.feature)), ['arch: i386']);
  } finally {
    x.dispose();
  }
});

test('sc32 with an entry offset: analysis starts there', () => {
  const x = open(sc32(), 'sc32', 0x20);
  try {
    assert.deepEqual(x.program.functions, [BASE + 0x20]);
  } finally {
    x.dispose();
  }
});

test('sc64: rip-relative string reference and arch amd64', () => {
  const b = new Uint8Array(0x40).fill(0x90);
  // lea rcx, [rip+0x19] (→ 0x20); ret
  b.set([0x48, 0x8d, 0x0d, 0x19, 0x00, 0x00, 0x00, 0xc3], 0);
  b.set([...new TextEncoder().encode('hello shellcode'), 0], 0x20);
  const x = open(b, 'sc64');
  try {
    assert.deepEqual(x.program.functions, [BASE]);
    assert.deepEqual([...x.globalFeatures()].map((l) => formatFeature(l.feature)), ['arch: amd64']);
    const f = x.functionAt(BASE)!;
    const feats: string[] = [];
    for (const bb of x.basicBlocks(f)) for (const ih of x.instructions(f, bb)) for (const l of x.instructionFeatures(f, bb, ih)) feats.push(formatFeature(l.feature));
    assert.ok(feats.includes('string: hello shellcode'), feats.join(', '));
  } finally {
    x.dispose();
  }
});

test('shellcode input errors: empty file, entry outside the bytes', () => {
  assert.throws(() => open(new Uint8Array(0), 'sc32'), FormatError);
  assert.throws(() => open(sc32(), 'sc64', 0x40), FormatError);
});

const SAMPLES: Array<[string, 'sc32' | 'sc64']> = [
  ['b43fca5283bfc7022553eff663683834.raw32', 'sc32'],
  ['79f5cabff898d60cd614e7254d409d9c2e05184416e5c54201e2dc216998d28b.raw64', 'sc64'],
  ['d890c1c67d83f1131c065b5eb5f263cbf54559dbcdb4562c3bde3dc30d1a3205.raw64', 'sc64'],
];

test('shellcode samples: exactly the functions capa reported', { skip: requireTestdata('shellcode functions') }, () => {
  for (const [name, format] of SAMPLES) {
    const path = testdata('testfiles', name);
    if (!existsSync(path)) continue;
    const expected = (JSON.parse(readFileSync(testdata('capa-results', `${name}.json`), 'utf8')) as { functions: string[] }).functions
      .map((s) => Number.parseInt(s.replace('absolute:', ''), 16))
      .sort((a, b) => a - b);
    const x = open(new Uint8Array(readFileSync(path)), format);
    try {
      assert.deepEqual([...x.program.functions], expected, name);
    } finally {
      x.dispose();
    }
  }
});
