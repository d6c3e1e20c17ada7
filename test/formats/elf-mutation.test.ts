// Mutation test: seeded corruptions of the shared ELF samples (truncation, byte flips, extreme
// values in header / program header / section header / dynamic / note fields). For every case
// the parser and loader may only throw FormatError, OS detection and the ELF feature extractors
// never throw, and each case finishes within a time bound (no hang, no runaway allocation).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpuStopwatch } from '../helpers/cpu.js';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseElf, loadElfImage, detectElfOsFromBytes } from '../../src/formats/elf/index.js';
import { FormatError } from '../../src/formats/errors.js';
import { elfGlobalFeatures } from '../../src/extractors/elf/global.js';
import { elfExportFeatures, elfFunctionNameFeatures, elfImportFeatures, elfSectionFeatures } from '../../src/extractors/elf/file.js';
import { Memory } from '../../src/formats/image.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { mulberry32 } from '../helpers/prng.js';

const SEED = 0x5eed_e1f;
const CASES_PER_SAMPLE = 40;
const MAX_SAMPLE_SIZE = 200_000;
/** CPU ms per case: a hang guard, far above what a case costs */
const CASE_TIME_LIMIT_MS = 10_000;

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const int = (r: Rand, n: number): number => Math.floor(r() * n);

function extreme(r: Rand, fileLen: number): bigint {
  return pick(r, [
    0n, 1n, 2n, 0x7fn, 0xffn, 0xffffn, 0x7fffffffn, 0xffffffffn, 0x100000000n, 0x1fffffffffffffn,
    0xffffffffffffffffn, 0x8000000000000000n, BigInt(fileLen), BigInt(Math.max(0, fileLen - 1)), BigInt(int(r, fileLen + 1)),
    BigInt(int(r, 0x100000000)),
  ]);
}

function write(b: Uint8Array, le: boolean, off: number, size: 1 | 2 | 4 | 8, v: bigint): void {
  if (off < 0 || off + size > b.length) return;
  const mask = (1n << BigInt(8 * size)) - 1n;
  let x = v & mask;
  for (let i = 0; i < size; i++) {
    b[le ? off + i : off + size - 1 - i] = Number(x & 0xffn);
    x >>= 8n;
  }
}

interface Layout {
  is64: boolean;
  le: boolean;
  phoff: number;
  phentsize: number;
  phnum: number;
  shoff: number;
  shentsize: number;
  shnum: number;
  dyn?: { off: number; size: number };
  notes: number[];
}

function layout(b: Uint8Array): Layout | undefined {
  try {
    const elf = parseElf(b);
    const h = elf.header;
    const dynPh = elf.programHeaders.find((p) => p.type === 2);
    return {
      is64: h.is64, le: h.littleEndian, phoff: h.phoff, phentsize: h.phentsize, phnum: h.phnum, shoff: h.shoff,
      shentsize: h.shentsize, shnum: h.shnum,
      ...(dynPh ? { dyn: { off: dynPh.offset, size: dynPh.filesz } } : {}),
      notes: [...elf.programHeaders.filter((p) => p.type === 4).map((p) => p.offset), ...elf.sections.filter((s) => s.type === 7).map((s) => s.offset)],
    };
  } catch {
    return undefined;
  }
}

/** one mutation applied in place (or a truncated copy returned) */
function mutate(r: Rand, src: Uint8Array, lay: Layout): { bytes: Uint8Array; what: string } {
  const b = new Uint8Array(src);
  const w = lay.is64 ? 8 : 4;
  const steps = 1 + int(r, 3);
  const what: string[] = [];
  let out = b;
  for (let s = 0; s < steps; s++) {
    const kind = int(r, 8);
    const v = extreme(r, b.length);
    switch (kind) {
      case 0: {
        const n = int(r, b.length);
        out = out.subarray(0, n);
        what.push(`truncate ${n}`);
        break;
      }
      case 1: {
        const k = 1 + int(r, 16);
        for (let i = 0; i < k; i++) out[int(r, out.length)] ^= 1 << int(r, 8);
        what.push(`flip ${k}`);
        break;
      }
      case 2: {
        // ELF header fields
        const fields: [number, 1 | 2 | 4 | 8][] = lay.is64
          ? [[0x18, 8], [0x20, 8], [0x28, 8], [0x36, 2], [0x38, 2], [0x3a, 2], [0x3c, 2], [0x3e, 2], [0x10, 2], [4, 1], [5, 1], [7, 1]]
          : [[0x18, 4], [0x1c, 4], [0x20, 4], [0x2a, 2], [0x2c, 2], [0x2e, 2], [0x30, 2], [0x32, 2], [0x10, 2], [4, 1], [5, 1], [7, 1]];
        const [off, size] = pick(r, fields);
        write(out, lay.le, off, size, v);
        what.push(`header@${off}=${v}`);
        break;
      }
      case 3: {
        if (lay.phnum === 0) break;
        const i = int(r, lay.phnum);
        const fields: [number, 1 | 2 | 4 | 8][] = lay.is64
          ? [[0, 4], [4, 4], [8, 8], [16, 8], [32, 8], [40, 8]]
          : [[0, 4], [4, 4], [8, 4], [16, 4], [20, 4], [24, 4]];
        const [off, size] = pick(r, fields);
        const val = off === 0 && r() < 0.5 ? BigInt(pick(r, [1, 2, 3, 4, 6, 7])) : v;
        write(out, lay.le, lay.phoff + i * lay.phentsize + off, size, val);
        what.push(`phdr${i}@${off}=${val}`);
        break;
      }
      case 4: {
        if (lay.shnum === 0) break;
        const i = int(r, lay.shnum);
        const fields: [number, 1 | 2 | 4 | 8][] = lay.is64
          ? [[0, 4], [4, 4], [16, 8], [24, 8], [32, 8], [40, 4], [56, 8]]
          : [[0, 4], [4, 4], [12, 4], [16, 4], [20, 4], [24, 4], [36, 4]];
        const [off, size] = pick(r, fields);
        const val = off === 4 && r() < 0.5 ? BigInt(pick(r, [1, 2, 3, 4, 6, 7, 9, 11, 0x6ffffffe])) : v;
        write(out, lay.le, lay.shoff + i * lay.shentsize + off, size, val);
        what.push(`shdr${i}@${off}=${val}`);
        break;
      }
      case 5: {
        if (!lay.dyn || lay.dyn.size < 2 * w) break;
        const n = Math.floor(lay.dyn.size / (2 * w));
        const i = int(r, n);
        const tagSlot = r() < 0.4;
        const val = tagSlot ? BigInt(pick(r, [0, 1, 2, 5, 6, 7, 8, 10, 11, 12, 14, 17, 18, 20, 23, 25, 26, 27, 28, 32, 33])) : v;
        write(out, lay.le, lay.dyn.off + i * 2 * w + (tagSlot ? 0 : w), w as 4 | 8, val);
        what.push(`dyn${i}${tagSlot ? 'tag' : 'val'}=${val}`);
        break;
      }
      case 6: {
        if (lay.notes.length === 0) break;
        const at = pick(r, lay.notes) + pick(r, [0, 4, 8, 12, 16]);
        write(out, lay.le, at, 4, v);
        what.push(`note@${at}=${v}`);
        break;
      }
      default: {
        // overwrite a random aligned word anywhere with an extreme value
        const at = int(r, Math.max(1, out.length)) & ~3;
        write(out, lay.le, at, 4, v);
        what.push(`word@${at}=${v}`);
      }
    }
  }
  return { bytes: out, what: what.join(', ') };
}

function exercise(bytes: Uint8Array): void {
  // OS detection must never throw
  detectElfOsFromBytes(bytes);
  let elf;
  try {
    elf = parseElf(bytes);
  } catch (e) {
    if (e instanceof FormatError) return;
    throw e;
  }
  elfGlobalFeatures(elf);
  let img;
  try {
    img = loadElfImage(elf);
  } catch (e) {
    if (e instanceof FormatError) return;
    throw e;
  }
  elfExportFeatures(img);
  elfImportFeatures(img);
  elfSectionFeatures(img);
  const mem = new Memory(img);
  for (const va of [img.entryPoint ?? 0, ...img.extraEntryPoints.slice(0, 8)]) {
    mem.read(va, 16);
    elfFunctionNameFeatures(img, va);
  }
}

const skip = requireTestdata('elf mutation');

test('ELF mutations: only FormatError, bounded time', { skip }, () => {
  const dir = testdata('testfiles');
  const samples = readdirSync(dir)
    .filter((f) => f.endsWith('.elf_') && statSync(`${dir}/${f}`).size <= MAX_SAMPLE_SIZE)
    .sort();
  assert.ok(samples.length >= 10, 'need the shared ELF samples');
  const r = mulberry32(SEED);
  let cases = 0;
  let slowest = 0;
  for (const name of samples) {
    const src = new Uint8Array(readFileSync(`${dir}/${name}`));
    const lay = layout(src);
    assert.ok(lay, `${name} parses before mutation`);
    for (let i = 0; i < CASES_PER_SAMPLE; i++) {
      const { bytes, what } = mutate(r, src, lay);
      const cpu = cpuStopwatch();
      try {
        exercise(bytes);
      } catch (e) {
        assert.fail(`${name} case ${i} (${what}): ${e instanceof Error ? e.stack : String(e)}`);
      }
      const dt = cpu();
      slowest = Math.max(slowest, dt);
      if (process.env.ELF_MUT_DEBUG && dt > 50) process.stderr.write(`slow ${name.slice(0, 8)} ${i} ${dt.toFixed(0)}ms ${what}\n`);
      assert.ok(dt < CASE_TIME_LIMIT_MS, `${name} case ${i} (${what}) took ${dt.toFixed(0)} ms of CPU`);
      cases++;
    }
  }
  assert.ok(cases >= 500, `only ${cases} cases`);
  process.stderr.write(`elf-mutation: ${cases} cases, slowest ${slowest.toFixed(1)} ms\n`);
});

/** a header claiming `n` sections, each a RELA/NOTE/SYMTAB/REL/VERNEED table over the whole file */
function manySections(n: number): Uint8Array {
  const size = 0x40 + n * 64 + 4096;
  const b = new Uint8Array(size);
  const dv = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  dv.setUint16(0x10, 2, true);
  dv.setUint16(0x12, 62, true);
  dv.setBigUint64(0x28, 0x40n, true);
  dv.setUint16(0x3a, 64, true);
  dv.setUint16(0x3c, n, true);
  dv.setUint16(0x3e, 1, true);
  for (let i = 0; i < n; i++) {
    const o = 0x40 + i * 64;
    dv.setUint32(o + 4, [4, 7, 2, 9, 0x6ffffffe][i % 5]!, true);
    dv.setBigUint64(o + 32, BigInt(size), true);
    dv.setUint32(o + 40, i, true);
    dv.setBigUint64(o + 56, 1n, true);
  }
  return b;
}

/** a header claiming `n` PT_LOAD segments, all in the file */
function manyLoads(n: number): Uint8Array {
  const b = new Uint8Array(0x40 + n * 56 + 16);
  const dv = new DataView(b.buffer);
  b.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  dv.setUint16(0x10, 2, true);
  dv.setUint16(0x12, 62, true);
  dv.setBigUint64(0x20, 0x40n, true);
  dv.setUint16(0x36, 56, true);
  dv.setUint16(0x38, n, true);
  for (let i = 0; i < n; i++) {
    const o = 0x40 + i * 56;
    dv.setUint32(o, 1, true);
    dv.setBigUint64(o + 16, BigInt(0x1000 * (n - i)), true);
    dv.setBigUint64(o + 32, 0x10n, true);
    dv.setBigUint64(o + 40, 0x2000n, true);
  }
  return b;
}

test('hostile table counts: work stays bounded', () => {
  for (const bytes of [manySections(512), manyLoads(4096)]) {
    const c0 = process.cpuUsage();
    exercise(bytes);
    const c = process.cpuUsage(c0);
    const ms = (c.user + c.system) / 1000;
    assert.ok(ms < 10_000, `took ${ms.toFixed(0)} ms of CPU`);
  }
});
