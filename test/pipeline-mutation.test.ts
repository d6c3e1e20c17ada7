// Hostile input through the WHOLE pipeline: seeded corruptions of real samples (code bytes, branch
// targets, import/relocation tables, truncation) go through parsing, code analysis, every feature
// extractor, rule matching with all official rules and the result document. The only exception
// allowed is FormatError, and each case must finish within its bound. (The parsers' own mutation
// tests in test/formats cover many more header-level cases.)
import { cpuStopwatch } from './helpers/cpu.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { requireTestdata, testdata } from './helpers/testdata.js';
import { analyzeDetailed, type FormatOption } from '../src/index.js';
import { FormatError } from '../src/formats/errors.js';
import { officialRules } from './conformance/official.js';
import { mulberry32 } from './helpers/prng.js';
import { CAPA_TEST_SIGNATURES, sharedSignatures } from './helpers/signatures.js';

const SAMPLES: ReadonlyArray<{ file: string; format: FormatOption; cases: number }> = [
  { file: 'Practical Malware Analysis Lab 01-01.dll_', format: 'auto', cases: 60 },
  { file: 'cc870a35c6840987dcb8c2dd46bc230a.exe_', format: 'auto', cases: 60 },
  { file: '2f43138aa75fb12ac482b486cbc98569.dll_', format: 'auto', cases: 40 },
  { file: 'bb38149ff4b5c95722b83f24ca27a42b.elf_', format: 'auto', cases: 60 },
  { file: '499c2a85f6e8142c3f48d4251c9c7cd6.raw32', format: 'sc32', cases: 60 },
];

/** CPU ms per case: a hang guard, far above what a case costs */
const CASE_BOUND_MS = 15_000;

function mutate(orig: Uint8Array, rnd: () => number): { desc: string; bytes: Uint8Array } {
  const int = (n: number): number => Math.floor(rnd() * n);
  const b = orig.slice();
  switch (int(5)) {
    case 0: {
      const n = int(b.length);
      return { desc: `truncate to ${n}`, bytes: b.subarray(0, n) };
    }
    case 1: {
      // scribble over a run of code/data: random opcodes, jumps into the middle of things
      const at = int(b.length);
      const n = 1 + int(64);
      for (let i = at; i < Math.min(b.length, at + n); i++) b[i] = int(256);
      return { desc: `random run of ${n} at ${at}`, bytes: b };
    }
    case 2: {
      // plant branches and calls to wild or self targets (infinite loops, jumps into data)
      const k = 1 + int(20);
      for (let j = 0; j < k; j++) {
        const at = int(Math.max(1, b.length - 5));
        const op = [0xe8, 0xe9, 0xeb, 0x74, 0xff][int(5)]!;
        b[at] = op;
        const rel = [0, -5, -2, 0x7fffffff, -0x80000000, int(0x100000000)][int(6)]! | 0;
        if (at + 5 <= b.length) new DataView(b.buffer).setInt32(at + 1, rel, true);
      }
      return { desc: `${k} wild branches`, bytes: b };
    }
    case 3: {
      // overwrite aligned dwords with pointer-like extremes (tables, thunks, relocations)
      const k = 1 + int(50);
      const pool = [0, 0xffffffff, 0x7fffffff, 0x80000000, 0x400000, 0x10000000, 0x690000, int(0x100000000)];
      for (let j = 0; j < k; j++) {
        const at = int(Math.max(1, b.length - 4)) & ~3;
        new DataView(b.buffer).setUint32(at, pool[int(pool.length)]!, true);
      }
      return { desc: `${k} dwords overwritten`, bytes: b };
    }
    default: {
      const k = 1 + int(200);
      for (let j = 0; j < k; j++) b[int(b.length)] ^= 1 << int(8);
      return { desc: `${k} bit flips`, bytes: b };
    }
  }
}

const skip = requireTestdata('pipeline mutation');

test('whole-pipeline mutation: only FormatError, bounded time', { skip, timeout: 30 * 60_000 }, () => {
  const rules = officialRules();
  const signatures = sharedSignatures(CAPA_TEST_SIGNATURES);
  let total = 0;
  let formatErrors = 0;
  for (const s of SAMPLES) {
    const path = testdata('testfiles', s.file);
    assert.ok(existsSync(path), `${s.file} missing`);
    const orig = new Uint8Array(readFileSync(path));
    const rnd = mulberry32(0xc0ffee ^ orig.length);
    for (let i = 0; i < s.cases; i++) {
      const m = mutate(orig, rnd);
      const cpu = cpuStopwatch();
      try {
        // with the FLIRT signatures capa's tests load (PE samples are identified, others ignore them)
        analyzeDetailed(m.bytes, { rules, format: s.format, signatures });
      } catch (e) {
        if (!(e instanceof FormatError)) {
          assert.fail(`${s.file} case ${i} (${m.desc}): ${(e as Error)?.stack ?? String(e)}`);
        }
        formatErrors++;
      }
      const ms = cpu();
      assert.ok(ms < CASE_BOUND_MS, `${s.file} case ${i} (${m.desc}) took ${ms.toFixed(0)} ms of CPU`);
      total++;
    }
  }
  assert.equal(total, SAMPLES.reduce((a, s) => a + s.cases, 0));
  process.stderr.write(`pipeline mutation: ${total} cases, ${formatErrors} refused with FormatError\n`);
});
