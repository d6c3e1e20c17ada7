// Matching engine throughput: the official rules over capa freeze snapshots (features replayed,
// so only rule matching is measured), indexed vs naive loop. Median of 5, ms.
import { existsSync } from 'node:fs';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { loadFreeze, loadRuleDir } from '../test/capabilities/freeze.js';
import { findStaticCapabilities } from '../src/capabilities/static.js';
import { formatTiming, measure, type Timing } from './timing.js';

const time = (fn: () => void, runs = 5) => measure(fn, { runs });
const fmt = (t: Timing): string => formatTiming(t, 1);

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
