// PE front end: parsePE + loadPeImage + file/global features of large samples. Median of 5, ms.
import { existsSync, readFileSync } from 'node:fs';
import { extractPeFileFeatures } from '../src/extractors/pe/file.js';
import { extractPeGlobalFeatures } from '../src/extractors/pe/global.js';
import { loadPeImage, parsePE } from '../src/formats/pe/index.js';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

function time(fn: () => unknown, n = 5): number {
  fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

export function run(): void {
  if (!testdataAvailable()) {
    console.log('pe: shared test data missing, skipped');
    return;
  }
  for (const name of ['mimikatz.exe_', 'al-khaser_x64.exe_', 'kernel32.dll_']) {
    const p = testdata('testfiles', name);
    if (!existsSync(p)) continue;
    const bytes = new Uint8Array(readFileSync(p));
    let count = 0;
    const parse = time(() => parsePE(bytes));
    const pe = parsePE(bytes);
    const load = time(() => loadPeImage(pe));
    const image = loadPeImage(pe);
    const feats = time(() => {
      count = extractPeFileFeatures(pe, image).length + extractPeGlobalFeatures(pe).length;
    });
    const total = time(() => {
      const pe2 = parsePE(bytes);
      extractPeFileFeatures(pe2, loadPeImage(pe2));
    });
    console.log(
      `pe: ${name} (${(bytes.length / 1024).toFixed(0)} KiB): parse ${parse.toFixed(2)} ms, load ${load.toFixed(2)} ms, ` +
        `file features ${feats.toFixed(2)} ms (${count}), total ${total.toFixed(2)} ms`,
    );
  }
}
