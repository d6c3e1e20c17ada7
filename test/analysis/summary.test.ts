// A Program rebuilt from its analysis summary (what a --threads worker does) yields exactly the
// features of the analysed one: every function, block and instruction, in the same order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { openExtractor, type FormatOption } from '../../src/extractors/open.js';
import { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { formatAddress } from '../../src/features/address.js';
import type { Located, StaticExtractor } from '../../src/features/extractor.js';
import { sharedSignature } from '../helpers/signatures.js';

const skip = requireTestdata('analysis/summary');

function dump(x: StaticExtractor): string[] {
  const out: string[] = [];
  const put = (scope: string, items: Iterable<Located>): void => {
    for (const l of items) out.push(`${scope} ${l.feature.key} @${formatAddress(l.address)}`);
  };
  for (const f of x.functions()) {
    out.push(`function ${formatAddress(f.address)}`);
    put('f', x.functionFeatures(f));
    for (const bb of x.basicBlocks(f)) {
      out.push(`block ${formatAddress(bb.address)}`);
      put('b', x.basicBlockFeatures(f, bb));
      for (const i of x.instructions(f, bb)) put('i', x.instructionFeatures(f, bb, i));
    }
  }
  return out;
}

for (const [sample, format] of [
  ['Practical Malware Analysis Lab 16-01.exe_', 'auto'],
  ['7351f8a40c5450557b24622417fc478d.elf_', 'auto'],
  ['499c2a85f6e8142c3f48d4251c9c7cd6.raw32', 'sc32'],
] as const) {
  test(`program from summary: same features as the analysis (${sample})`, { skip }, () => {
    const bytes = new Uint8Array(readFileSync(testdata('testfiles', sample)));
    const a = openExtractor(bytes, { format: format as FormatOption });
    assert.ok(a instanceof X86StaticExtractor);
    const summary = a.program.summary();
    const b = openExtractor(bytes, { format: format as FormatOption, summary });
    assert.ok(b instanceof X86StaticExtractor);
    assert.deepEqual(b.program.functions, a.program.functions);
    const da = dump(a);
    assert.ok(da.length > 100);
    assert.deepEqual(dump(b), da);
    // the summary survives a structured clone (postMessage)
    const again = openExtractor(bytes, { format: format as FormatOption, summary: structuredClone(summary) });
    assert.deepEqual(dump(again), da);
    a.dispose();
    b.dispose();
    (again as X86StaticExtractor).dispose();
  });
}

test('program from summary: library functions FLIRT named travel with it (PMA 16-01, 3_flare_common_libs.sig)', { skip }, () => {
  const bytes = new Uint8Array(readFileSync(testdata('testfiles', 'Practical Malware Analysis Lab 16-01.exe_')));
  const a = openExtractor(bytes, { format: 'auto', signatures: [sharedSignature('3_flare_common_libs.sig')] });
  assert.ok(a instanceof X86StaticExtractor);
  assert.ok(a.program.libraryFunctions.size > 0, 'FLIRT names some functions of PMA 16-01');
  const summary = structuredClone(a.program.summary());
  // no signatures here: the library functions come from the summary alone
  const b = openExtractor(bytes, { format: 'auto', summary });
  assert.ok(b instanceof X86StaticExtractor);
  assert.deepEqual([...b.program.libraryFunctions], [...a.program.libraryFunctions]);
  assert.deepEqual(b.program.functions, a.program.functions);
  for (const f of a.functions()) assert.equal(b.isLibraryFunction(f.address), a.isLibraryFunction(f.address));
  assert.deepEqual(dump(b), dump(a));
  a.dispose();
  b.dispose();
});
