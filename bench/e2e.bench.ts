// End to end with all official rules: wall time (cold rule load + analysis), peak RSS, rules matched.
// Each run is a fresh process; median of 5. For scale: capa 9.4 takes 181 s / 820 MiB on mimikatz here.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { median } from './timing.js';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'e2e-child.js');
const SAMPLES = ['mimikatz.exe_', 'al-khaser_x64.exe_'];

interface Run {
  rulesMs: number;
  analyzeMs: number;
  totalMs: number;
  maxRssMiB: number;
  rulesMatched: number;
  rulesMatchedInclLib: number;
}


export async function run(): Promise<void> {
  if (!testdataAvailable()) {
    console.log('e2e: skipped (no shared test data)');
    return;
  }
  for (const s of SAMPLES) {
    if (!existsSync(testdata('testfiles', s))) continue;
    const runs: Run[] = [];
    for (let i = 0; i < 5; i++) {
      const r = spawnSync(process.execPath, [CHILD, s], { encoding: 'utf8' });
      if (r.status !== 0) {
        console.log(`e2e ${s}: failed: ${r.stderr.trim().split('\n')[0]}`);
        break;
      }
      runs.push(JSON.parse(r.stdout) as Run);
    }
    if (runs.length < 5) continue;
    console.log(
      `e2e ${s}: total ${median(runs.map((r) => r.totalMs)).toFixed(0)} ms ` +
        `(rules ${median(runs.map((r) => r.rulesMs)).toFixed(0)} ms + analysis ${median(runs.map((r) => r.analyzeMs)).toFixed(0)} ms), ` +
        `peak RSS ${median(runs.map((r) => r.maxRssMiB)).toFixed(0)} MiB, ` +
        `${runs[0]!.rulesMatched} rules matched (${runs[0]!.rulesMatchedInclLib} incl. lib)`,
    );
  }
}
