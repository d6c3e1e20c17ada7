// Whole static feature extraction of large PE samples: parse + load + code analysis + every
// global/file/function/basic-block/instruction feature, as `capa-ts features` and the static
// pipeline consume them. Wall ms (median of 5, plus the analysis/features split of that run), the
// CPU time of feature extraction alone (first, cold run and median of 5: the machine is shared, and
// the CLI only ever does the cold one) and the process' peak RSS so far (resourceUsage().maxRSS,
// so it is cumulative across samples).
import { existsSync, readFileSync } from 'node:fs';
import { openPeExtractor } from '../src/extractors/pe/extractor.js';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { median } from './timing.js';

interface Run {
  total: number;
  analysis: number;
  features: number;
  /** CPU ms (all threads, so GC helpers count) of the features part */
  featuresCpu: number;
  count: number;
  insns: number;
}

export function extractAll(bytes: Uint8Array): Run {
  const t0 = performance.now();
  const x = openPeExtractor(bytes);
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  let count = 0;
  let insns = 0;
  try {
    for (const _ of x.globalFeatures()) count++;
    for (const _ of x.fileFeatures()) count++;
    for (const f of x.functions()) {
      for (const _ of x.functionFeatures(f)) count++;
      for (const bb of x.basicBlocks(f)) {
        for (const _ of x.basicBlockFeatures(f, bb)) count++;
        for (const i of x.instructions(f, bb)) {
          insns++;
          for (const _ of x.instructionFeatures(f, bb, i)) count++;
        }
      }
    }
  } finally {
    x.dispose();
  }
  const t2 = performance.now();
  const c2 = process.cpuUsage(c1);
  return { total: t2 - t0, analysis: t1 - t0, features: t2 - t1, featuresCpu: (c2.user + c2.system) / 1000, count, insns };
}

export function run(): void {
  if (!testdataAvailable()) {
    console.log('features: shared test data missing, skipped');
    return;
  }
  for (const name of ['mimikatz.exe_', 'al-khaser_x64.exe_']) {
    const p = testdata('testfiles', name);
    if (!existsSync(p)) {
      console.log(`features ${name}: sample missing, skipped`);
      continue;
    }
    const bytes = new Uint8Array(readFileSync(p));
    const runs: Run[] = [];
    for (let i = 0; i < 5; i++) runs.push(extractAll(bytes));
    const m = median(runs.map((r) => r.total));
    const mid = runs.find((r) => r.total === m)!;
    const rssMb = process.resourceUsage().maxRSS / 1024;
    const cpu = runs.map((r) => r.featuresCpu);
    console.log(
      `features ${name}: ${m.toFixed(0)} ms median of 5 (analysis ${mid.analysis.toFixed(0)} ms, features ${mid.features.toFixed(0)} ms), ` +
        `features CPU ${cpu[0]!.toFixed(0)} ms cold / ${median(cpu).toFixed(0)} ms median, ` +
        `${mid.insns} instructions, ${mid.count} features, peak RSS ${rssMb.toFixed(0)} MB`,
    );
  }
}
