// Rule loading: cold (read + parse + validate + build RuleSet, no cache) and warm (read + hash +
// load from the on-disk cache) for the official rules. Median of 5, ms. Goals: cold < 300, warm < 50.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { collectRuleFiles, loadRuleFilesCached } from '../src/cli/rule-cache.js';
import { buildRuleSet } from '../src/rules/load.js';
import { median } from './timing.js';

export function run(): void {
  if (!testdataAvailable()) {
    console.log('rules: shared test data missing, skipped');
    return;
  }
  const dir = testdata('capa-rules');
  const cacheDir = mkdtempSync(join(tmpdir(), 'capa-ts-bench-'));
  const old = process.env.CAPA_TS_CACHE_DIR;
  process.env.CAPA_TS_CACHE_DIR = cacheDir;
  try {
    // wall time, and CPU time (user+system) which is steadier on a shared, busy machine
    const cold: number[] = [];
    const coldCpu: number[] = [];
    let size = 0;
    for (let i = 0; i < 5; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      size = buildRuleSet(collectRuleFiles([dir])).size;
      cold.push(performance.now() - t);
      const u = process.cpuUsage(c);
      coldCpu.push((u.user + u.system) / 1000);
    }
    const first = loadRuleFilesCached(collectRuleFiles([dir]));
    if (first.hit) throw new Error('bench cache directory was not empty');
    const warm: number[] = [];
    const warmCpu: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c = process.cpuUsage();
      const t = performance.now();
      const r = loadRuleFilesCached(collectRuleFiles([dir]));
      warm.push(performance.now() - t);
      const u = process.cpuUsage(c);
      warmCpu.push((u.user + u.system) / 1000);
      if (!r.hit) throw new Error('expected a cache hit');
    }
    console.log(`rules: ${size} rules (incl. synthetic)`);
    console.log(`rules: cold load (read+parse+validate+build): ${median(cold).toFixed(1)} ms wall, ${median(coldCpu).toFixed(1)} ms cpu  [first ${cold[0]!.toFixed(0)} ms]`);
    console.log(`rules: warm load (read+hash+cache): ${median(warm).toFixed(1)} ms wall, ${median(warmCpu).toFixed(1)} ms cpu`);
  } finally {
    if (old === undefined) delete process.env.CAPA_TS_CACHE_DIR;
    else process.env.CAPA_TS_CACHE_DIR = old;
    rmSync(cacheDir, { recursive: true, force: true });
  }
}
