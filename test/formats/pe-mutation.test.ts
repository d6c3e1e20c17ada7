// Mutation robustness: deterministic (seeded) truncations, bit flips, extreme header values and
// corrupted tables over real PE samples. Every case runs parsePE + loadPeImage + the file/global
// feature extractors; the only exception allowed is FormatError, and each case must finish fast.

import assert from 'node:assert/strict';
import { cpuStopwatch } from '../helpers/cpu.js';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { extractPeFileFeatures } from '../../src/extractors/pe/file.js';
import { extractPeGlobalFeatures } from '../../src/extractors/pe/global.js';
import { FormatError } from '../../src/formats/errors.js';
import { Memory } from '../../src/formats/image.js';
import { loadPeImage, parsePE } from '../../src/formats/pe/index.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { mulberry32 } from '../helpers/prng.js';

const SAMPLES: ReadonlyArray<{ file: string; cases: number }> = [
  { file: 'Practical Malware Analysis Lab 01-01.exe_', cases: 300 },
  { file: 'Practical Malware Analysis Lab 01-01.dll_', cases: 200 },
  { file: 'Practical Malware Analysis Lab 21-01.exe_', cases: 300 },
  { file: 'Practical Malware Analysis Lab 12-04.exe_', cases: 200 },
  { file: '2ebadd04f0ada89c36c1409b6e96423a68dd77b513db8db3da203c36d3753e5f.exe_', cases: 150 },
  { file: 'ea2876e9175410b6f6719f80ee44b9553960758c7d0f7bed73c0fe9a78d8e669.dll_', cases: 100 },
];

/** per-case wall-clock bound (generous: the machine is shared) */
/** CPU ms per case: a hang guard, far above what a case costs */
const CASE_BOUND_MS = 10_000;

interface Mutation {
  desc: string;
  bytes: Uint8Array;
}

function mutate(orig: Uint8Array, rnd: () => number): Mutation {
  const int = (n: number): number => Math.floor(rnd() * n);
  const b = orig.slice();
  const dv = new DataView(b.buffer);
  const lfanew = orig.length >= 0x40 ? new DataView(orig.buffer, orig.byteOffset).getUint32(0x3c, true) : 0;
  const inFile = (o: number, n: number): boolean => o >= 0 && o + n <= b.length;
  const extremes = (): number => {
    const pool = [0, 1, 2, 0x7f, 0x1000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0xfffffff0, 0xffffffff, b.length, b.length - 1, int(0x100000000)];
    return pool[int(pool.length)]!;
  };
  const kind = int(5);
  if (kind === 0) {
    // truncate, mostly inside the headers and tables
    const n = rnd() < 0.5 ? int(Math.min(b.length, 0x1000)) : int(b.length);
    return { desc: `truncate to ${n}`, bytes: b.subarray(0, n) };
  }
  if (kind === 1) {
    const k = 1 + int(16);
    const offs: number[] = [];
    for (let i = 0; i < k; i++) {
      const o = rnd() < 0.7 ? int(Math.min(b.length, 0x400)) : int(b.length);
      b[o]! ^= 1 << int(8);
      offs.push(o);
    }
    return { desc: `flip bits at ${offs.join(',')}`, bytes: b };
  }
  if (kind === 2) {
    // header fields (offsets relative to the PE signature) and data directory entries
    const fields = [0x06, 0x14, 0x16, 0x1c, 0x28, 0x2c, 0x30, 0x34, 0x38, 0x3c, 0x50, 0x54, 0x5e, 0x74, 0x84];
    const count = 1 + int(3);
    const what: string[] = [];
    for (let i = 0; i < count; i++) {
      let o: number;
      if (rnd() < 0.5) o = lfanew + fields[int(fields.length)]!;
      else o = lfanew + 0x78 + int(16) * 8 + (rnd() < 0.5 ? 0 : 4);
      const v = extremes();
      if (rnd() < 0.15) o = 0x3c; // e_lfanew itself
      if (inFile(o, 4)) {
        if (o === lfanew + 0x06 || o === lfanew + 0x14 || o === lfanew + 0x16 || o === lfanew + 0x5e) dv.setUint16(o, v & 0xffff, true);
        else dv.setUint32(o, v, true);
        what.push(`0x${o.toString(16)}=0x${v.toString(16)}`);
      }
    }
    return { desc: `header fields ${what.join(' ')}`, bytes: b };
  }
  if (kind === 3) {
    // section header fields
    const nsec = inFile(lfanew + 6, 2) ? dv.getUint16(lfanew + 6, true) : 0;
    const optSize = inFile(lfanew + 0x14, 2) ? dv.getUint16(lfanew + 0x14, true) : 0;
    const table = lfanew + 24 + optSize;
    const s = int(Math.max(1, nsec));
    const field = [8, 12, 16, 20, 36][int(5)]!;
    const o = table + s * 40 + field;
    const v = extremes();
    if (inFile(o, 4)) dv.setUint32(o, v, true);
    return { desc: `section ${s} field +${field} = 0x${v.toString(16)}`, bytes: b };
  }
  // corrupt a table the directories point at: junk, or pointers to itself (loops)
  const opt = lfanew + 24;
  const dirIdx = [0, 1, 3, 5, 9, 10, 13, 14][int(8)]!;
  const ddOff = opt + (dv.getUint16(lfanew + 0x18, true) === 0x20b ? 112 : 96) + dirIdx * 8;
  const rva = inFile(ddOff, 4) ? dv.getUint32(ddOff, true) : 0;
  // approximate RVA → offset through the section table (good enough to hit the table often)
  let off = -1;
  const nsec = inFile(lfanew + 6, 2) ? dv.getUint16(lfanew + 6, true) : 0;
  const optSize = inFile(lfanew + 0x14, 2) ? dv.getUint16(lfanew + 0x14, true) : 0;
  for (let i = 0; i < nsec && i < 96; i++) {
    const sh = lfanew + 24 + optSize + i * 40;
    if (!inFile(sh, 40)) break;
    const va = dv.getUint32(sh + 12, true);
    const vs = Math.max(dv.getUint32(sh + 8, true), dv.getUint32(sh + 16, true));
    if (rva >= va && rva < va + vs) off = dv.getUint32(sh + 20, true) + rva - va;
  }
  if (off < 0 || !inFile(off, 4)) return { desc: `table ${dirIdx}: not mapped, flip one byte`, bytes: (b[int(b.length)]! ^= 0xff, b) };
  const len = 4 * (1 + int(16));
  const self = rnd() < 0.5;
  for (let i = 0; i + 4 <= len && inFile(off + i, 4); i += 4) dv.setUint32(off + i, self ? rva + (int(4) * 4) : extremes(), true);
  return { desc: `table ${dirIdx} at 0x${off.toString(16)}: ${len} bytes ${self ? 'self-pointers' : 'junk'}`, bytes: b };
}

function runCase(bytes: Uint8Array): void {
  try {
    const pe = parsePE(bytes);
    extractPeGlobalFeatures(pe);
    const image = loadPeImage(pe);
    const feats = extractPeFileFeatures(pe, image);
    for (const f of feats) {
      if (f.address.type === 'absolute' || f.address.type === 'file') assert.ok(Number.isSafeInteger(f.address.value));
    }
    // the image must be usable by analysis without throwing
    const mem = new Memory(image);
    if (image.entryPoint !== undefined) mem.read(image.entryPoint, 16);
    for (const va of image.extraEntryPoints.slice(0, 50)) mem.u32(va);
  } catch (e) {
    if (e instanceof FormatError) return;
    throw e;
  }
}

describe('PE mutation robustness', { skip: requireTestdata('pe mutation') }, () => {
  let total = 0;
  for (const [si, { file, cases }] of SAMPLES.entries()) {
    it(`${cases} mutations of ${file.slice(0, 40)}`, () => {
      const p = testdata('testfiles', file);
      if (!existsSync(p)) return;
      const orig = new Uint8Array(readFileSync(p));
      const rnd = mulberry32(0xc0ffee + si);
      const failures: string[] = [];
      for (let c = 0; c < cases; c++) {
        const m = mutate(orig, rnd);
        const cpu = cpuStopwatch();
        try {
          runCase(m.bytes);
        } catch (e) {
          failures.push(`case ${c} (${m.desc}): ${(e as Error).stack?.split('\n').slice(0, 3).join(' | ')}`);
        }
        const dt = cpu();
        if (dt > CASE_BOUND_MS) failures.push(`case ${c} (${m.desc}): took ${dt.toFixed(0)} ms of CPU`);
        total++;
      }
      assert.deepEqual(failures, []);
    });
  }
  it('ran at least 1000 cases', () => {
    assert.ok(total >= 1000, `only ${total} cases ran`);
  });
});
