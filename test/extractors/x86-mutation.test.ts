// Hostile input: seeded byte mutations of a real PE must either load and yield every feature, or
// be refused with a FormatError — never another exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { openPeExtractor } from '../../src/extractors/pe/extractor.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

const SAMPLES = ['Practical Malware Analysis Lab 01-01.dll_', 'Practical Malware Analysis Lab 21-01.exe_'];
const skip = requireTestdata('x86-mutation') || (SAMPLES.every((s) => existsSync(testdata('testfiles', s))) ? false : 'samples missing');

function extractAll(bytes: Uint8Array): number {
  const x = openPeExtractor(bytes);
  let n = 0;
  try {
    for (const f of x.functions()) {
      for (const _ of x.functionFeatures(f)) n++;
      for (const bb of x.basicBlocks(f)) {
        for (const _ of x.basicBlockFeatures(f, bb)) n++;
        for (const i of x.instructions(f, bb)) for (const _ of x.instructionFeatures(f, bb, i)) n++;
      }
    }
    for (const _ of x.fileFeatures()) n++;
  } finally {
    x.dispose();
  }
  return n;
}

test('mutated PEs load and extract, or are refused with FormatError', { skip }, () => {
  let seed = 0x5eed;
  const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  let loaded = 0;
  for (const name of SAMPLES) {
    const orig = new Uint8Array(readFileSync(testdata('testfiles', name)));
    for (let k = 0; k < 20; k++) {
      const b = orig.slice();
      const n = 1 + Math.floor(rnd() * 64);
      for (let i = 0; i < n; i++) {
        const off = rnd() < 0.85 ? 0x400 + Math.floor(rnd() * (b.length - 0x400)) : Math.floor(rnd() * 0x400);
        b[off] = Math.floor(rnd() * 256);
      }
      try {
        assert.ok(extractAll(b) >= 0);
        loaded++;
      } catch (e) {
        assert.equal((e as Error).name, 'FormatError', `case ${name}#${k}: ${(e as Error).stack}`);
      }
    }
  }
  assert.ok(loaded > 0, 'some mutants still load');
});
