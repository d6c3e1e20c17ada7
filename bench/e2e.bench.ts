// End to end: the `capa-ts` command as a user runs it (`node bin/capa-ts.js -j -r capa-rules
// SAMPLE`, all 1 054 official rules, JSON output to a pipe), each run a fresh process.
//
// For each sample of issue 14's goal table: median of N runs (default 5) of wall time, CPU time
// (user+system, all threads) and peak RSS, in two modes:
//   cold  every run gets a new, empty cache directory (no rule cache, no V8 code cache)
//   warm  one untimed run fills a cache directory, the timed runs reuse it
// plus the floor every Node program pays: `node -e 0` and a one-line ES module.
//
// Each sample runs with FLIRT off (`-s none`) and on (`-s capa-sigs/3_flare_common_libs.sig`, the
// signatures capa's FLIRT results in ../shared were made with): capa's default mode identifies
// library functions, so that is what a user with signatures installed gets. In cold mode the
// signature file is parsed (no parsed-signature cache yet); warm runs load it from the cache.
//
// CPU and RSS come from GNU time (`/usr/bin/time`, wait4 rusage) when present, else from a
// `--require` preload that reads process.resourceUsage() at exit (bench/rusage-preload.cjs).
// Wall time is measured around the child process. On a shared machine wall time is noisy: compare
// CPU times; `--threads` runs spend more CPU for less wall time.
//
//   npm run bench -- --only e2e [--runs 5] [--mode warm|cold|both] [--samples mimikatz,16-01]
//                    [--threads N] [--cli path/to/capa-ts.js] [--cli-args "…"] [--flirt none|sig|both]
//                    [--compare path/to/other/bin/capa-ts.js]   (before/after, runs interleaved)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, testdata, testdataAvailable } from '../test/helpers/testdata.js';

export interface E2eSample {
  readonly label: string;
  readonly file: string;
  /** issue 14's goal, seconds of wall time */
  readonly goalS: number;
}

/**
 * Issue 14's goal table. Its smallest sample, PMA 14-02 (7 KB), is not in the shared test data:
 * PMA 01-01.exe (16 KB) stands in for it (same goal).
 */
export const E2E_SAMPLES: readonly E2eSample[] = [
  { label: 'PMA 01-01 exe (16 KB; for 14-02)', file: 'Practical Malware Analysis Lab 01-01.exe_', goalS: 0.12 },
  { label: 'PMA 01-01 dll (160 KB)', file: 'Practical Malware Analysis Lab 01-01.dll_', goalS: 0.2 },
  { label: 'PMA 16-01 exe (60 KB)', file: 'Practical Malware Analysis Lab 16-01.exe_', goalS: 0.3 },
  { label: 'al-khaser_x64 (520 KB)', file: 'al-khaser_x64.exe_', goalS: 0.5 },
  { label: 'mimikatz (810 KB)', file: 'mimikatz.exe_', goalS: 1.2 },
];

export interface Measurement {
  wallMs: number;
  cpuMs: number;
  rssMiB: number;
}

const GNU_TIME = '/usr/bin/time';
const PRELOAD = join(PROJECT_ROOT, 'bench', 'rusage-preload.cjs');

/** One fresh process: wall, CPU (user+sys) and peak RSS. Throws when it exits non-zero. */
export function measure(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Measurement {
  const scratch = mkdtempSync(join(tmpdir(), 'capa-ts-bench-rusage-'));
  const out = join(scratch, 'rusage');
  try {
    const useTime = existsSync(GNU_TIME);
    const cmd = useTime ? GNU_TIME : process.execPath;
    const argv = useTime
      ? ['-f', '%U %S %M', '-o', out, process.execPath, ...args]
      : ['--require', PRELOAD, ...args];
    const t0 = performance.now();
    const r = spawnSync(cmd, argv, {
      env: useTime ? env : { ...env, CAPA_TS_BENCH_RUSAGE: out },
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 1 << 30,
    });
    const wallMs = performance.now() - t0;
    if (r.status !== 0) throw new Error(`exit ${r.status}: ${String(r.stderr).trim().split('\n')[0]}`);
    const text = readFileSync(out, 'utf8').trim();
    if (useTime) {
      const [u, s, m] = text.split('\n').pop()!.split(/\s+/).map(Number);
      return { wallMs, cpuMs: (u! + s!) * 1000, rssMiB: m! / 1024 };
    }
    const j = JSON.parse(text) as { user: number; system: number; maxRSS: number };
    return { wallMs, cpuMs: (j.user + j.system) / 1000, rssMiB: j.maxRSS / 1024 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[n >> 1]! : (s[n / 2 - 1]! + s[n / 2]!) / 2;
}

function medianOf(ms: readonly Measurement[]): Measurement {
  return { wallMs: median(ms.map((m) => m.wallMs)), cpuMs: median(ms.map((m) => m.cpuMs)), rssMiB: median(ms.map((m) => m.rssMiB)) };
}

/** capa's own wall time per sample (../shared/capa-timings.tsv), seconds */
function capaTimings(): Map<string, { wallS: number; rssMiB: number }> {
  const out = new Map<string, { wallS: number; rssMiB: number }>();
  const p = testdata('capa-timings.tsv');
  if (!existsSync(p)) return out;
  for (const line of readFileSync(p, 'utf8').split('\n')) {
    const f = line.split('\t');
    if (f.length < 4 || line.startsWith('#') || f[0] === 'sample') continue;
    out.set(f[0]!, { wallS: Number(f[2]), rssMiB: Number(f[3]) });
  }
  return out;
}

export interface E2eOptions {
  runs: number;
  modes: Array<'cold' | 'warm'>;
  samples: readonly E2eSample[];
  cli: string;
  /** extra CLI arguments (e.g. --threads 2) */
  extra: readonly string[];
  /** another build's launcher (e.g. a checkout of main): its runs alternate with `cli`'s, one row each */
  compare?: string;
  /** FLIRT variants: name shown and the -s argument */
  flirt: ReadonlyArray<{ readonly name: string; readonly args: readonly string[] }>;
}

/** the signature file of ../shared/capa-results-flirt */
export const BENCH_SIGNATURES = '3_flare_common_libs.sig';

function flirtVariants(which: string): E2eOptions['flirt'] {
  const off = { name: 'off', args: ['-s', 'none'] };
  const on = { name: 'on', args: ['-s', testdata('capa-sigs', BENCH_SIGNATURES)] };
  if (which === 'none') return [off];
  if (which === 'sig') return [on];
  if (which === 'both') return [off, on];
  throw new Error(`--flirt: '${which}' is not none, sig or both`);
}

function parseOptions(argv: readonly string[]): E2eOptions {
  const get = (k: string): string | undefined => {
    const i = argv.indexOf(k);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const mode = get('--mode') ?? 'both';
  const only = get('--samples')?.split(',');
  const threads = get('--threads');
  return {
    runs: Number(get('--runs') ?? 5),
    modes: mode === 'both' ? ['cold', 'warm'] : [mode as 'cold' | 'warm'],
    samples: only ? E2E_SAMPLES.filter((s) => only.some((o) => s.file.includes(o) || s.label.includes(o))) : E2E_SAMPLES,
    cli: get('--cli') ?? join(PROJECT_ROOT, 'bin', 'capa-ts.js'),
    extra: [...(threads !== undefined ? ['--threads', threads] : []), ...(get('--cli-args')?.split(/\s+/).filter(Boolean) ?? [])],
    ...(get('--compare') !== undefined ? { compare: get('--compare')! } : {}),
    flirt: flirtVariants(get('--flirt') ?? 'both'),
  };
}

const fmtS = (ms: number): string => (ms / 1000).toFixed(2);

export function runE2e(opts: E2eOptions): void {
  const rules = testdata('capa-rules');
  const capa = capaTimings();
  const cacheRoot = mkdtempSync(join(tmpdir(), 'capa-ts-bench-e2e-'));
  const say = (s: string): void => console.log(s);
  try {
    // the floor: Node's own start-up
    const empty = join(cacheRoot, 'empty.mjs');
    writeFileSync(empty, 'export {};\n');
    const floor = (args: string[]): Measurement => medianOf(Array.from({ length: opts.runs }, () => measure(args)));
    const nodeE = floor(['-e', '0']);
    const esm = floor([empty]);
    say(`e2e: median of ${opts.runs} fresh processes; CPU = user+sys of all threads; ${existsSync(GNU_TIME) ? 'GNU time' : 'resourceUsage preload'}; node ${process.version}`);
    say(`floor: node -e 0: wall ${fmtS(nodeE.wallMs)} s, CPU ${fmtS(nodeE.cpuMs)} s, ${nodeE.rssMiB.toFixed(0)} MiB; empty ES module: wall ${fmtS(esm.wallMs)} s, CPU ${fmtS(esm.cpuMs)} s, ${esm.rssMiB.toFixed(0)} MiB`);
    if (process.env.NODE_EXTRA_CA_CERTS) {
      // Node reads and parses these certificates at the start of every process
      const env = { ...process.env };
      delete env.NODE_EXTRA_CA_CERTS;
      const bare = medianOf(Array.from({ length: opts.runs }, () => measure(['-e', '0'], env)));
      say(`note: NODE_EXTRA_CA_CERTS is set; every node process parses it at start-up: node -e 0 without it: wall ${fmtS(bare.wallMs)} s, CPU ${fmtS(bare.cpuMs)} s`);
    }
    say('');
    const clis: Array<[string, string]> = [['', opts.cli]];
    if (opts.compare !== undefined) {
      clis.unshift(['before', opts.compare]);
      clis[1]![0] = 'after';
      say(`before = ${opts.compare}; after = ${opts.cli}; their runs alternate (same machine state for both)`);
    }
    const who = opts.compare !== undefined ? ' build |' : '';
    say(`| sample |${who} FLIRT | mode | wall s | CPU s | peak RSS MiB | goal s | capa s (MiB) |`);
    say(`|---|${opts.compare !== undefined ? '---|' : ''}---|---|---|---|---|---|---|`);
    for (const s of opts.samples) {
      const path = testdata('testfiles', s.file);
      if (!existsSync(path)) {
        say(`| ${s.label} | – | sample missing | | | | |`);
        continue;
      }
      const c = capa.get(s.file);
      const capaCell = c ? `${c.wallS.toFixed(1)} (${c.rssMiB.toFixed(0)})` : '–';
      for (const variant of opts.flirt) for (const mode of opts.modes) {
        const extra = [...opts.extra, ...variant.args];
        const runs: Measurement[][] = clis.map(() => []);
        let failure: string | undefined;
        const tag = `${s.file.replace(/\W/g, '_')}-${variant.name}`;
        try {
          clis.forEach(([, cli], k) => {
            if (mode === 'warm') measure([cli, '-j', '-r', rules, ...extra, path], { ...process.env, CAPA_TS_CACHE_DIR: join(cacheRoot, `warm-${k}-${tag}`) });
          });
          for (let i = 0; i < opts.runs; i++) {
            clis.forEach(([, cli], k) => {
              const dir = join(cacheRoot, mode === 'warm' ? `warm-${k}-${tag}` : `cold-${k}-${i}-${tag}`);
              runs[k]!.push(measure([cli, '-j', '-r', rules, ...extra, path], { ...process.env, CAPA_TS_CACHE_DIR: dir }));
              if (mode === 'cold') rmSync(dir, { recursive: true, force: true });
            });
          }
        } catch (e) {
          failure = (e as Error).message;
        }
        if (failure !== undefined) {
          say(`| ${s.label} |${who ? ' |' : ''} ${variant.name} | ${mode} | failed: ${failure} | | | | |`);
          continue;
        }
        clis.forEach(([name], k) => {
          const m = medianOf(runs[k]!);
          say(`| ${s.label} |${who ? ` ${name} |` : ''} ${variant.name} | ${mode} | ${fmtS(m.wallMs)} | ${fmtS(m.cpuMs)} | ${m.rssMiB.toFixed(0)} | ${s.goalS.toFixed(2)} | ${capaCell} |`);
        });
      }
    }
  } finally {
    rmSync(cacheRoot, { recursive: true, force: true });
  }
}

export function run(argv: readonly string[] = []): void {
  if (!testdataAvailable()) {
    console.log('e2e: skipped (no shared test data)');
    return;
  }
  runE2e(parseOptions(argv));
}
