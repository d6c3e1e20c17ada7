// Matching engine throughput: the official rules over capa freeze snapshots (features replayed,
// so only rule matching is measured), indexed vs naive loop. Median of 5, ms.
import { existsSync } from 'node:fs';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { loadFreeze, loadRuleDir } from '../test/capabilities/freeze.js';
import { findStaticCapabilities } from '../src/capabilities/static.js';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

/** median wall and CPU ms (CPU time is the steadier figure on a shared machine) */
function time(fn: () => void, n = 5): { wall: number; cpu: number } {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cpu.push((u.user + u.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

const fmt = (t: { wall: number; cpu: number }): string => `${t.wall.toFixed(1)} ms (cpu ${t.cpu.toFixed(1)} ms)`;

export function run(): void {
  if (!testdataAvailable()) {
    console.log('engine: shared test data missing, skipped');
    return;
  }
  const t0 = performance.now();
  const rules = loadRuleDir(testdata('capa-rules'));
  console.log(`engine: load ${rules.rules.size} rules (incl. synthetic): ${(performance.now() - t0).toFixed(0)} ms`);
  for (const name of ['pma01-01-dll', 'pma21-01-exe', '7351f-elf', '1c444-dotnet']) {
    const path = testdata('capa-tests', 'snapshots', `${name}.frz`);
    if (!existsSync(path)) continue;
    const x = loadFreeze(path);
    const indexed = time(() => findStaticCapabilities(rules, x));
    const naive = time(() => findStaticCapabilities(rules, x, { useIndex: false }), 3);
    console.log(
      `engine: ${name} (${x.functionCount} functions): indexed ${fmt(indexed)}, naive ${fmt(naive)}`,
    );
  }
  console.log(`engine: peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}
