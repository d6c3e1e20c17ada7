// ELF samples from the shared test data: our function sets against capa-results (the samples where
// they are identical today are pinned exactly; the rest must keep their recall), and the symtab /
// PLT / __libc_start_main behaviours on 7351f8a4… (capa freeze snapshot sample).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { openExtractor } from '../../src/extractors/open.js';
import type { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

const skip = requireTestdata('ELF samples');

function compare(name: string): { expected: number[]; ours: number[] } | undefined {
  const path = testdata('testfiles', name);
  if (!existsSync(path)) return undefined;
  const expected = (JSON.parse(readFileSync(testdata('capa-results', `${name}.json`), 'utf8')) as { functions: string[] }).functions
    .map((s) => Number.parseInt(s.replace('absolute:', ''), 16))
    .sort((a, b) => a - b);
  const x = openExtractor(new Uint8Array(readFileSync(path)), { format: 'auto' }) as X86StaticExtractor;
  try {
    return { expected, ours: [...x.program.functions] };
  } finally {
    x.dispose();
  }
}

const EXACT = [
  '7351f8a40c5450557b24622417fc478d.elf_', // amd64 EXEC, classic lazy PLT, full symtab
  '055da8e6ccfe5a9380231ea04b850e18.elf_', // amd64 PIE, IBT .plt/.plt.sec/.plt.got
  'bb38149ff4b5c95722b83f24ca27a42b.elf_', // stripped shared object, e_entry 0
  'c2c3b3eea177b9411bc92a8800b40529fcd2d5c3696e71cbb2f4025429b314ee.elf_',
  'ffa48ed4b7b48897f6756c4222b2606399de0bca627cedfddf61e69986580430.elf_',
  '34dbc85ed0386e024c724c7969e8d0ff0ff0b1882508ea259c458d59657a1971.elf_', // stripped, __libc_csu_fini via r8
  '294b8db1f2702b60fb2e42fdc50c2cee6a5046112da9a5703a548a4fa50477bc.elf_', // 0x40b430 via the emulation probe
  '2bf18d0403677378adad9001b1243211.elf_', // 0x400c9c behind an unaligned free pointer (alignment 1)
];

test('ELF samples: exactly the functions capa reported', { skip }, () => {
  for (const name of EXACT) {
    const r = compare(name);
    if (r) assert.deepEqual(r.ours, r.expected, name);
  }
});

/** [sample, minimum recall, maximum extra functions] */
const RECALL: Array<[string, number, number]> = [
  // GCC switch of 0x409ec0 resolved like symswitchcase: its cases reach 0x408bc0 and the rest of
  // capa's functions; capa's symbolic run takes fewer cases (6 callees of later cases are extra)
  ['512a5575ff395389fc952d7925e72be1ca4ba86a5d4f2da50f1cbbde0b208c92.elf_', 0.99, 6],
];

test('ELF samples still differing from capa keep their function recall, with a bounded number of extras', { skip }, () => {
  for (const [name, min, maxExtra] of RECALL) {
    const r = compare(name);
    if (!r) continue;
    const ours = new Set(r.ours);
    const found = r.expected.filter((v) => ours.has(v)).length;
    assert.ok(found / r.expected.length >= min, `${name}: ${found}/${r.expected.length}`);
    const exp = new Set(r.expected);
    assert.ok(r.ours.filter((v) => !exp.has(v)).length <= maxExtra, name);
  }
});

test('ELF GCC switch (lea table; movsxd; add; jmp reg) under a cmp/ja bound: cases are code of the function', { skip }, () => {
  const name = '512a5575ff395389fc952d7925e72be1ca4ba86a5d4f2da50f1cbbde0b208c92.elf_';
  const x = openExtractor(new Uint8Array(readFileSync(testdata('testfiles', name))), { format: 'auto' }) as X86StaticExtractor;
  try {
    const p = x.program;
    // 0x40a3f4 `jmp rsi` of vfprintf-like 0x409ec0; case 0 calls 0x408bc0 (a function capa lists)
    assert.ok(p.functions.includes(0x408bc0));
    const cases = p.xrefsFrom(0x40a3f4).map((r) => r.to);
    assert.ok(cases.includes(0x40aa91) && cases.includes(0x40ab03), cases.map((c) => c.toString(16)).join(' '));
    assert.ok(p.func(0x409ec0)!.blocks.some((b) => b.va === 0x40aa91));
  } finally {
    x.dispose();
  }
});

test('calls cut as no-return do not count as `calls to` of an ELF PLT stub (vivisect deletes their xrefs)', { skip }, async () => {
  const { formatFeature } = await import('../../src/features/feature.js');
  const { formatAddress } = await import('../../src/features/address.js');
  const x = openExtractor(new Uint8Array(readFileSync(testdata('testfiles', '7351f8a40c5450557b24622417fc478d.elf_'))), { format: 'auto' }) as X86StaticExtractor;
  try {
    const fh = [...x.functions()].find((f) => f.address.type === 'absolute' && f.address.value === 0x4017a0)!;
    const callers = [...x.functionFeatures(fh)].filter((l) => formatFeature(l.feature) === 'characteristic: calls to').map((l) => formatAddress(l.address));
    // capa's freeze snapshot lists none of the 17 `call exit` sites
    assert.deepEqual(callers, []);
    assert.ok(x.program.isNoReturnCall(0x402d00));
  } finally {
    x.dispose();
  }
});
