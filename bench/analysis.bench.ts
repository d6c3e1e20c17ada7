// Code analysis (src/analysis): analyzeImage() on large PE samples. Median of 5, ms — wall clock
// and process CPU time (CPU time stays meaningful when the machine is shared).
import { existsSync, readFileSync } from 'node:fs';
import { loadPeImage, parsePE } from '../src/formats/pe/index.js';
import { analyzeImage } from '../src/analysis/analyze.js';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { cpuMsSince, median } from './timing.js';

export function run(): void {
  if (!testdataAvailable()) {
    console.log('analysis: test data missing, skipped');
    return;
  }
  for (const name of ['mimikatz.exe_', 'al-khaser_x64.exe_']) {
    const path = testdata('testfiles', name);
    if (!existsSync(path)) continue;
    const image = loadPeImage(parsePE(new Uint8Array(readFileSync(path))));
    const wall: number[] = [];
    const cpu: number[] = [];
    let funcs = 0;
    let insns = 0;
    for (let k = 0; k < 5; k++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const prog = analyzeImage(image);
      wall.push(performance.now() - t0);
      cpu.push(cpuMsSince(c0));
      funcs = prog.functions.length;
      if (k === 0) for (const f of prog.functions) for (const b of prog.func(f)!.blocks) insns += b.insns.length;
      prog.dispose();
    }
    console.log(
      `analysis ${name}: median wall ${median(wall).toFixed(1)} ms, cpu ${median(cpu).toFixed(1)} ms ` +
        `(${funcs} functions, ${insns} instructions in blocks)`,
    );
  }
}
