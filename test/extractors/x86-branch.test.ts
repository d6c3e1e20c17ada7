// The allocation-free branch helpers the feature hot paths use must agree with the analysis'
// `branchesOf` on every instruction of real samples (32- and 64-bit), and the loop shortcut with
// the full Tarjan search on every function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BR_FALL, branchesOf } from '../../src/analysis/branches.js';
import type { FunctionInfo } from '../../src/analysis/program.js';
import { openExtractor } from '../../src/extractors/open.js';
import { branchFlags, branchTarget } from '../../src/extractors/x86/branch.js';
import { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { functionHasLoop, hasLoop, loopEdges } from '../../src/extractors/x86/function.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

const skip = requireTestdata('x86 branch helpers');

for (const [name, format] of [
  ['Practical Malware Analysis Lab 21-01.exe_', 'auto'],
  ['al-khaser_x64.exe_', 'auto'],
  ['499c2a85f6e8142c3f48d4251c9c7cd6.raw32', 'sc32'],
] as const) {
  test(`branchTarget/branchFlags/functionHasLoop agree with branchesOf/hasLoop: ${name}`, { skip }, () => {
    const x = openExtractor(new Uint8Array(readFileSync(testdata('testfiles', name))), { format });
    assert.ok(x instanceof X86StaticExtractor);
    let branches = 0;
    let loops = 0;
    try {
      for (const fh of x.functions()) {
        const f = fh.inner as FunctionInfo;
        for (const bb of f.blocks) {
          for (const insn of bb.insns) {
            const other = branchesOf(insn).filter((b) => !(b.flags & BR_FALL));
            assert.ok(other.length <= 1, `${insn.va.toString(16)}: more than one non-fall branch`);
            const want = other[0];
            assert.equal(branchFlags(insn), want ? want.flags : -1, `flags at ${insn.va.toString(16)}`);
            assert.equal(branchTarget(insn), want?.va, `target at ${insn.va.toString(16)}`);
            if (want) branches++;
          }
        }
        const full = hasLoop(loopEdges(f));
        assert.equal(functionHasLoop(f), full, `loop of ${f.va.toString(16)}`);
        if (full) loops++;
      }
    } finally {
      x.dispose();
    }
    assert.ok(branches > 100, 'the sample has branches');
    assert.ok(loops > 0, 'the sample has loops');
  });
}

test('instruction and block feature arrays stay intact after later calls (reused collection buffer)', { skip }, () => {
  const name = 'Practical Malware Analysis Lab 01-01.dll_';
  const x = openExtractor(new Uint8Array(readFileSync(testdata('testfiles', name))), { format: 'auto' });
  try {
    // [the array handed out, a copy taken right away]
    const kept: Array<[readonly unknown[], unknown[]]> = [];
    for (const f of x.functions()) {
      for (const bb of x.basicBlocks(f)) {
        const bf = x.basicBlockFeatures(f, bb) as readonly unknown[];
        kept.push([bf, [...bf]]);
        for (const i of x.instructions(f, bb)) {
          const fs = x.instructionFeatures(f, bb, i) as readonly unknown[];
          kept.push([fs, [...fs]]);
        }
      }
    }
    assert.ok(kept.length > 100);
    for (const [handed, copy] of kept) assert.deepEqual(handed, copy);
  } finally {
    (x as X86StaticExtractor).dispose();
  }
});
