// PE front end: parsePE + loadPeImage + file/global features of large samples. Median of 5, ms
// (wall clock, and process CPU time, which stays meaningful when the machine is busy).
import { existsSync, readFileSync } from 'node:fs';
import { extractPeFileFeatures } from '../src/extractors/pe/file.js';
import { extractPeGlobalFeatures } from '../src/extractors/pe/global.js';
import { loadPeImage, parsePE } from '../src/formats/pe/index.js';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

interface Timing {
  wall: number;
  cpu: number;
}

/** median of n runs, wall-clock and process CPU time (the latter is robust on a busy machine) */
function time(fn: () => unknown, n = 5): Timing {
  fn(); // warm-up
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const fmt = (t: Timing): string => `${t.wall.toFixed(2)} ms (cpu ${t.cpu.toFixed(2)})`;

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
