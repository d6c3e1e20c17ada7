// FLIRT library identification: signature loading (cold = parse and write the cache, warm = read
// the cache) and its end-to-end cost on big PE samples — the main command with all official rules
// and 3_flare_common_libs.sig vs the same with `-s none`, fresh processes, warm rule and signature
// caches, median of 5 (wall and CPU). Target: at most +10 % end to end.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { median } from './timing.js';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'flirt-child.js');
const SAMPLES = ['mimikatz.exe_', 'al-khaser_x64.exe_'];

interface ChildResult {
  wallMs: number;
  cpuMs: number;
  maxRssMiB: number;
  exitCode?: number;
  cacheHits?: boolean[];
}

function child(cache: string, args: string[]): ChildResult {
  const r = spawnSync(process.execPath, [CHILD, ...args], { encoding: 'utf8', env: { ...process.env, CAPA_TS_CACHE_DIR: cache } });
  if (r.status !== 0) throw new Error(r.stderr.trim().split('\n')[0]);
  return JSON.parse(r.stdout) as ChildResult;
}

const fmt = (runs: ChildResult[]): string =>
  `${median(runs.map((r) => r.wallMs)).toFixed(0)} ms wall, ${median(runs.map((r) => r.cpuMs)).toFixed(0)} ms CPU, ${median(runs.map((r) => r.maxRssMiB)).toFixed(0)} MiB`;

export async function run(): Promise<void> {
  if (!testdataAvailable()) {
    console.log('flirt: skipped (no shared test data)');
    return;
  }
  const sig = testdata('capa-sigs', '3_flare_common_libs.sig');
  const cache = mkdtempSync(join(tmpdir(), 'capa-ts-bench-flirt-'));
  try {
    const cold: ChildResult[] = [];
    const warm: ChildResult[] = [];
    for (let i = 0; i < 5; i++) {
      rmSync(cache, { recursive: true, force: true });
      cold.push(child(cache, ['load', sig]));
      warm.push(child(cache, ['load', sig]));
    }
    console.log(`flirt: load 3_flare_common_libs.sig (119 337 signatures): cold ${fmt(cold)}; warm (cache) ${fmt(warm)}`);
    for (const s of SAMPLES) {
      const sample = testdata('testfiles', s);
      if (!existsSync(sample)) continue;
      const base = ['run', '-j', '-q', '-r', testdata('capa-rules')];
      // warm the rule and signature caches
      child(cache, [...base, '-s', sig, sample]);
      const off: ChildResult[] = [];
      const on: ChildResult[] = [];
      for (let i = 0; i < 5; i++) {
        off.push(child(cache, [...base, '-s', 'none', sample]));
        on.push(child(cache, [...base, '-s', sig, sample]));
      }
      const w = median(on.map((r) => r.wallMs)) / median(off.map((r) => r.wallMs)) - 1;
      const c = median(on.map((r) => r.cpuMs)) / median(off.map((r) => r.cpuMs)) - 1;
      console.log(
        `flirt: ${s}: -s none ${fmt(off)}; with 3_flare_common_libs.sig ${fmt(on)}; ` +
          `FLIRT adds ${(100 * w).toFixed(1)} % wall, ${(100 * c).toFixed(1)} % CPU`,
      );
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
