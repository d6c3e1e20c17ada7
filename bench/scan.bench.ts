// Corpus scan: `capa-ts scan -j 1` and `-j 2` over the shared samples capa was timed on
// (../shared/capa-timings.tsv), official rules, warm rule cache as in capa's timings. Prints
// samples/s, the speed-up of 2 workers, CPU time and the peak RSS of the whole pool, and the scan's
// wall time against the sum of capa's per-sample wall times for the same samples (goal: >= 200x
// with 2 workers). Then checks fidelity on the whole corpus: a third scan writes --documents, each
// equals `capa-ts -j` on that sample (the main command's own code, run in this process), and the
// three scans' lines agree. Run alone: `npm run bench -- --only scan`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { runAnalyze } from '../src/cli/analyze.js';
import { mapKnownError } from '../src/cli/main.js';
import { CliError } from '../src/cli/exit-codes.js';
import type { ScanRecord } from '../src/cli/scan-record.js';

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'scan-child.js');

interface Usage {
  userMs: number;
  systemMs: number;
  maxRssMiB: number;
}

interface ScanRun {
  wallMs: number;
  usage: Usage;
  records: ScanRecord[];
}

function scan(args: string[], stdin: string, env: NodeJS.ProcessEnv): Promise<ScanRun> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, [CHILD, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.stdin.end(stdin);
    child.on('exit', (code) => {
      const wallMs = performance.now() - t0;
      const m = /^BENCH (.*)$/m.exec(err);
      if (code !== 0 || !m) return reject(new Error(`scan failed (${code}): ${err.trim().split('\n').slice(-3).join(' | ')}`));
      resolve({
        wallMs,
        usage: JSON.parse(m[1]!) as Usage,
        records: out
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as ScanRecord),
      });
    });
    child.on('error', reject);
  });
}

const strip = (doc: string): string => {
  const d = JSON.parse(doc) as { meta: Record<string, unknown> };
  delete d.meta.timestamp;
  delete d.meta.argv;
  return JSON.stringify(d);
};

export async function run(): Promise<void> {
  if (!testdataAvailable() || !existsSync(testdata('capa-timings.tsv'))) {
    console.log('scan: shared test data missing, skipped');
    return;
  }
  const capaWall = new Map<string, number>();
  for (const line of readFileSync(testdata('capa-timings.tsv'), 'utf8').split('\n')) {
    if (!line || line.startsWith('#') || line.startsWith('sample\t')) continue;
    const [name, , wall] = line.split('\t');
    if (name && wall && existsSync(testdata('testfiles', name))) capaWall.set(testdata('testfiles', name), Number(wall));
  }
  const paths = [...capaWall.keys()];
  const capaSum = [...capaWall.values()].reduce((a, b) => a + b, 0);
  const rules = testdata('capa-rules');
  const work = mkdtempSync(join(tmpdir(), 'capa-ts-bench-scan-'));
  const env = { ...process.env, CAPA_RULES: '', CAPA_TS_CACHE_DIR: join(work, 'cache') };
  try {
    // warm the rule cache (capa's timings were taken with a warm cache too)
    await scan(['scan', '-q', '-r', rules, '-j', '1', '-'], paths[0]! + '\n', env);
    console.log(`scan: ${paths.length} samples (capa-timings.tsv), official rules; capa 9.4 summed wall time ${capaSum.toFixed(0)} s`);
    console.log('scan: machine shared with other jobs: wall times are indicative, CPU times steadier');
    const runs = new Map<number, ScanRun>();
    for (const jobs of [1, 2]) {
      // timed as a corpus scan runs: JSON lines only (the documents are the fidelity run's, below)
      const r = await scan(['scan', '-q', '-r', rules, '-j', String(jobs), '-'], paths.join('\n') + '\n', env);
      runs.set(jobs, r);
      const secs = r.wallMs / 1000;
      const errors = r.records.filter((x) => x.error);
      const kinds = new Map<string, number>();
      for (const e of errors) kinds.set(e.error!.kind, (kinds.get(e.error!.kind) ?? 0) + 1);
      console.log(
        `scan -j ${jobs}: ${r.records.length} samples in ${secs.toFixed(1)} s = ${(r.records.length / secs).toFixed(2)} samples/s, ` +
          `CPU ${((r.usage.userMs + r.usage.systemMs) / 1000).toFixed(1)} s, peak RSS ${r.usage.maxRssMiB.toFixed(0)} MiB (whole pool), ` +
          `${errors.length} errors${kinds.size ? ' (' + [...kinds].map(([k, n]) => `${k} ${n}`).join(', ') + ')' : ''}, ` +
          `${(capaSum / secs).toFixed(0)}x capa's summed time`,
      );
    }
    const one = runs.get(1)!;
    const two = runs.get(2)!;
    console.log(`scan: speed-up -j 2 over -j 1: ${(one.wallMs / two.wallMs).toFixed(2)}x (goal for -j 2: >= 200x capa's summed time)`);

    // fidelity on the whole corpus: a scan with --documents, then the single-file command on each
    // sample (in this process; it reads its rule cache from the bench's directory)
    const docs = join(work, 'docs');
    const withDocs = await scan(['scan', '-q', '-r', rules, '-j', '2', '--documents', docs, '-'], paths.join('\n') + '\n', env);
    console.log(
      `scan -j 2 --documents: ${(withDocs.wallMs / 1000).toFixed(1)} s, CPU ${((withDocs.usage.userMs + withDocs.usage.systemMs) / 1000).toFixed(1)} s, ` +
        `peak RSS ${withDocs.usage.maxRssMiB.toFixed(0)} MiB`,
    );
    const savedCache = process.env.CAPA_TS_CACHE_DIR;
    process.env.CAPA_TS_CACHE_DIR = env.CAPA_TS_CACHE_DIR;
    const key = (r: ScanRecord): string => JSON.stringify({ ...r, elapsed_ms: 0 });
    const byHash2 = new Map(two.records.map((r) => [r.sha256, key(r)]));
    const byHashDocs = new Map(withDocs.records.map((r) => [r.sha256, key(r)]));
    const linesDiffer = one.records.filter((r) => byHash2.get(r.sha256) !== key(r) || byHashDocs.get(r.sha256) !== key(r)).length;
    let same = 0;
    const different: string[] = [];
    for (const r of one.records) {
      const path = r.paths[0]!;
      let out = '';
      let single: { doc?: string; error?: string };
      try {
        await runAnalyze(['-j', '-r', rules, path], { out: (s) => (out += s), err: () => undefined });
        single = { doc: out };
      } catch (e) {
        const cli = e instanceof CliError ? e : mapKnownError(e);
        single = { error: cli ? cli.message : String(e) };
      }
      const ok = r.error
        ? single.error === r.error.message
        : single.doc !== undefined &&
          existsSync(join(docs, `${r.sha256}.json`)) &&
          strip(readFileSync(join(docs, `${r.sha256}.json`), 'utf8')) === strip(single.doc);
      if (ok) same++;
      else different.push(path.split('/').pop()!);
    }
    if (savedCache === undefined) delete process.env.CAPA_TS_CACHE_DIR;
    else process.env.CAPA_TS_CACHE_DIR = savedCache;
    console.log(
      `scan: fidelity: ${same}/${one.records.length} samples identical to capa-ts -j (documents; errors by message)` +
        `${different.length ? ', different: ' + different.slice(0, 5).join(', ') : ''}; the three scans' lines differ on ${linesDiffer} samples`,
    );
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
