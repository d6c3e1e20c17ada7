// Where one end-to-end run spends its time: the CLI run with CAPA_TS_TIMINGS=1 (warm caches, all
// official rules, -j), median per phase over N fresh processes (default 5).
//
// Phases, in pipeline order: node (Node's own start-up, to bootstrapComplete), load (launcher,
// bundle, module initialisation up to main()), rules (find, validate and load the rule set),
// read, parse, analysis (whole-image code analysis), index (per-scope rule indexes), features and
// matching (interleaved per function: their CPU is the `functions` CPU split by their wall-time
// ratio), file scope, hashes, document (result document), render (JSON text); then other (CPU
// not in a phase: argument handling, GC helper threads). Stages that report phases of
// their own (FLIRT library identification, worker threads, …) appear under their own names, in
// the order they were first recorded.
//
// Each sample with FLIRT off (-s none) and on (capa-sigs/3_flare_common_libs.sig), as the e2e bench.
//
//   npm run bench -- --only breakdown [--runs 5] [--samples 16-01,mimikatz] [--threads N]
//                    [--cli-args "…"] [--flirt none|sig|both]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { BENCH_SIGNATURES, E2E_SAMPLES, median } from './e2e.bench.js';

interface PhaseTime {
  wall: number;
  cpu?: number;
}

interface Timings {
  node: number;
  load: number;
  cpuBeforeMain: number;
  phases: Record<string, PhaseTime>;
  total: number;
  cpu: number;
}

function runOnce(args: readonly string[], cacheDir: string): Timings {
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, CAPA_TS_TIMINGS: '1', CAPA_TS_CACHE_DIR: cacheDir },
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const line = r.stderr.split('\n').find((l) => l.startsWith('capa-ts timings: '));
  if (r.status !== 0 || line === undefined) throw new Error(`exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
  return JSON.parse(line.slice('capa-ts timings: '.length)) as Timings;
}

interface Row {
  phase: string;
  wall: number;
  cpu: number | undefined;
}

/** one run's rows, CPU of features/matching apportioned from `functions` */
function rowsOf(t: Timings): Row[] {
  const rows: Row[] = [
    { phase: 'node start-up', wall: t.node, cpu: undefined },
    { phase: 'load CLI', wall: t.load, cpu: t.cpuBeforeMain },
  ];
  const p = t.phases;
  const fn = p['functions'];
  const fw = p['features']?.wall ?? 0;
  const mw = p['matching']?.wall ?? 0;
  const fnCpu = fn?.cpu !== undefined ? fn.cpu - (p['index']?.cpu ?? 0) : undefined;
  let sum = t.cpuBeforeMain;
  for (const [name, v] of Object.entries(p)) {
    if (name === 'functions') continue;
    let cpu = v.cpu;
    if ((name === 'features' || name === 'matching') && fnCpu !== undefined && fw + mw > 0) cpu = (fnCpu * v.wall) / (fw + mw);
    rows.push({ phase: name, wall: v.wall, cpu });
    if (cpu !== undefined) sum += cpu;
  }
  rows.push({ phase: 'other (GC threads, glue)', wall: NaN, cpu: t.cpu - sum });
  rows.push({ phase: 'total', wall: t.total, cpu: t.cpu });
  return rows;
}

export function run(argv: readonly string[] = []): void {
  if (!testdataAvailable()) {
    console.log('breakdown: skipped (no shared test data)');
    return;
  }
  const get = (k: string): string | undefined => {
    const i = argv.indexOf(k);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const runs = Number(get('--runs') ?? 5);
  const only = (get('--samples') ?? 'Lab 16-01,mimikatz').split(',');
  const extra = [
    ...(get('--threads') !== undefined ? ['--threads', get('--threads')!] : []),
    ...(get('--cli-args')?.split(/\s+/).filter(Boolean) ?? []),
  ];
  const cli = get('--cli') ?? join(PROJECT_ROOT, 'bin', 'capa-ts.js');
  const cache = mkdtempSync(join(tmpdir(), 'capa-ts-bench-breakdown-'));
  try {
    const flirt = get('--flirt') ?? 'both';
    const variants: Array<[string, string[]]> = [];
    if (flirt === 'none' || flirt === 'both') variants.push(['FLIRT off', ['-s', 'none']]);
    if (flirt === 'sig' || flirt === 'both') variants.push([`FLIRT on (${BENCH_SIGNATURES})`, ['-s', testdata('capa-sigs', BENCH_SIGNATURES)]]);
    for (const s of E2E_SAMPLES.filter((x) => only.some((o) => x.file.includes(o) || x.label.includes(o)))) for (const [variant, sigArgs] of variants) {
      const path = testdata('testfiles', s.file);
      if (!existsSync(path)) continue;
      const args = [cli, '-j', '-r', testdata('capa-rules'), ...extra, ...sigArgs, path];
      runOnce(args, cache); // fills the caches
      const all: Row[][] = [];
      for (let i = 0; i < runs; i++) all.push(rowsOf(runOnce(args, cache)));
      // phases in first-seen order across runs
      const names: string[] = [];
      for (const rows of all) for (const r of rows) if (!names.includes(r.phase)) names.push(r.phase);
      console.log(`breakdown ${s.label}, ${variant}: median of ${runs} warm runs, ms (CPU = whole process, all threads)`);
      console.log('| phase | wall ms | CPU ms |');
      console.log('|---|---|---|');
      for (const n of names) {
        const rs = all.map((rows) => rows.find((r) => r.phase === n)).filter((r): r is Row => r !== undefined);
        const walls = rs.map((r) => r.wall).filter((w) => !Number.isNaN(w));
        const cpus = rs.map((r) => r.cpu).filter((c): c is number => c !== undefined);
        const w = walls.length ? median(walls).toFixed(1) : '';
        const c = cpus.length ? median(cpus).toFixed(1) : '';
        console.log(`| ${n} | ${w} | ${c} |`);
      }
      console.log('');
    }
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}
