// PE front end: parsePE + loadPeImage + file/global features of large samples. Median of 5, ms
// (wall clock, and process CPU time, which stays meaningful when the machine is busy).
import { existsSync, readFileSync } from 'node:fs';
import { extractPeFileFeatures } from '../src/extractors/pe/file.js';
import { extractPeGlobalFeatures } from '../src/extractors/pe/global.js';
import { loadPeImage, parsePE } from '../src/formats/pe/index.js';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { formatTiming, measure, type Timing } from './timing.js';

/** median of 5 runs after a warm-up, wall-clock and process CPU time */
const time = (fn: () => unknown) => measure(fn, { warmup: true });
const fmt = (t: Timing): string => formatTiming(t, 2);

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
      `pe: ${name} (${(bytes.length / 1024).toFixed(0)} KiB): parse ${fmt(parse)}, load ${fmt(load)}, ` +
        `file features ${fmt(feats)} [${count}], total ${fmt(total)}`,
    );
  }
}
