// Writes the JSON result document of every shared sample (all official rules) to a directory, so
// two builds can be compared byte for byte: run it before and after a change and `diff -r` the two
// directories (or pass `--compare DIR`).
//
//   node dist/bench/dump-results.js --out /tmp/before [--cli bin/capa-ts.js] [--jobs 2] [-- ARGS…]
//   node dist/bench/dump-results.js --out /tmp/after --compare /tmp/before -- --threads 2
//
// Samples: every sample of ../shared/capa-results that is present in testfiles/ (PE, ELF, .NET,
// shellcode with -f sc32/sc64), plus the sandbox reports in testfiles/dynamic/. Each runs as a
// fresh CLI process `node CLI -j -r capa-rules [-f FMT] [ARGS…] SAMPLE` with its own, shared rule
// cache directory. Normalised before writing, in the text itself: `meta.timestamp` (always
// differs) and `meta.argv` (differs when ARGS differ, e.g. --threads); nothing else. A run that fails writes the exit
// code and the stderr line instead, so failures are compared too.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT, testdata, testdataAvailable } from '../test/helpers/testdata.js';

interface Job {
  /** file name in the output directory */
  readonly name: string;
  readonly path: string;
  readonly format?: string;
}

export function sharedSamples(): Job[] {
  const jobs: Job[] = [];
  for (const f of readdirSync(testdata('capa-results')).sort()) {
    if (!f.endsWith('.json')) continue;
    const rel = f.slice(0, -'.json'.length).split('__').join('/');
    const path = testdata('testfiles', rel);
    if (!existsSync(path)) continue;
    const format = rel.endsWith('.raw32') ? 'sc32' : rel.endsWith('.raw64') ? 'sc64' : undefined;
    jobs.push({ name: f, path, ...(format ? { format } : {}) });
  }
  const dyn = testdata('testfiles', 'dynamic');
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(json|json\.gz|log|log\.gz|zip)$/.test(e.name)) {
        jobs.push({ name: 'dynamic__' + p.slice(dyn.length + 1).split('/').join('__') + '.json', path: p });
      }
    }
  };
  if (existsSync(dyn)) walk(dyn);
  return jobs;
}

/** End (exclusive) of the JSON value starting at `i` (a string, array or object; strings aware). */
function valueEnd(text: string, i: number): number {
  if (text[i] === '"') {
    for (let j = i + 1; j < text.length; j++) {
      if (text[j] === '\\') j++;
      else if (text[j] === '"') return j + 1;
    }
    return -1;
  }
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === '"') {
      j = valueEnd(text, j) - 1;
      if (j < 0) return -1;
    } else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      if (--depth === 0) return j + 1;
    }
  }
  return -1;
}

/**
 * The document text with the fields that differ between identical runs (`meta.timestamp`,
 * `meta.argv`) replaced by fixed values; every other byte stays as the CLI wrote it (no JSON
 * round trip: that would round 64-bit integers).
 */
export function normaliseDocument(text: string): string {
  let out = text;
  for (const [field, fixed] of [['timestamp', '"(normalised)"'], ['argv', '["(normalised)"]']] as const) {
    const key = `"${field}":`;
    const at = out.indexOf(key);
    // only inside meta, which comes first: a rule could contain the same key further on
    const metaEnd = out.indexOf('"rules"');
    if (at < 0 || (metaEnd >= 0 && at > metaEnd)) continue;
    let v = at + key.length;
    while (out[v] === ' ') v++;
    const end = valueEnd(out, v);
    if (end < 0) throw new Error(`malformed ${field}`);
    out = out.slice(0, v) + fixed + out.slice(end);
  }
  JSON.parse(out); // still a document
  return out.endsWith('\n') ? out : out + '\n';
}

function runOne(cli: string, job: Job, extra: readonly string[], env: NodeJS.ProcessEnv): Promise<string> {
  const args = [cli, '-j', '-r', testdata('capa-rules'), ...(job.format ? ['-f', job.format] : []), ...extra, job.path];
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('close', (code) => {
      if (code === 0) {
        try {
          done(normaliseDocument(Buffer.concat(out).toString('utf8')));
          return;
        } catch (e) {
          done(`exit 0 but not JSON: ${(e as Error).message}\n`);
          return;
        }
      }
      done(`exit ${code}: ${Buffer.concat(err).toString('utf8').trim().split('\n')[0]}\n`);
    });
  });
}

export async function dumpResults(opts: { out: string; cli: string; jobs: number; extra: readonly string[]; filter?: string }): Promise<number> {
  mkdirSync(opts.out, { recursive: true });
  const cache = mkdtempSync(join(tmpdir(), 'capa-ts-dump-cache-'));
  const env = { ...process.env, CAPA_TS_CACHE_DIR: cache };
  const todo = sharedSamples().filter((j) => opts.filter === undefined || j.name.includes(opts.filter));
  let next = 0;
  let finished = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const job = todo[next++]!;
      const text = await runOne(opts.cli, job, opts.extra, env);
      writeFileSync(join(opts.out, job.name), text);
      finished++;
      if (process.stderr.isTTY) process.stderr.write(`\r${finished}/${todo.length}`);
    }
  };
  try {
    // the first run builds the rule cache alone, so the others all start warm
    if (todo.length > 0) {
      const first = todo[next++]!;
      writeFileSync(join(opts.out, first.name), await runOne(opts.cli, first, opts.extra, env));
      finished++;
    }
    await Promise.all(Array.from({ length: Math.max(1, opts.jobs) }, worker));
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
  if (process.stderr.isTTY) process.stderr.write('\n');
  return todo.length;
}

/** Files that differ between two dump directories (missing on either side counts). */
export function compareDumps(a: string, b: string): string[] {
  const names = new Set([...readdirSync(a), ...readdirSync(b)]);
  const diff: string[] = [];
  for (const n of [...names].sort()) {
    const pa = join(a, n);
    const pb = join(b, n);
    if (!existsSync(pa) || !existsSync(pb)) diff.push(`${n}: only in ${existsSync(pa) ? a : b}`);
    else if (!readFileSync(pa).equals(readFileSync(pb))) diff.push(`${n}: differs`);
  }
  return diff;
}

async function cli(argv: string[]): Promise<void> {
  const dash = argv.indexOf('--');
  const own = dash < 0 ? argv : argv.slice(0, dash);
  const extra = dash < 0 ? [] : argv.slice(dash + 1);
  const get = (k: string): string | undefined => {
    const i = own.indexOf(k);
    return i >= 0 ? own[i + 1] : undefined;
  };
  const out = get('--out');
  if (!out) {
    process.stderr.write('usage: dump-results --out DIR [--cli FILE] [--jobs N] [--only SUBSTRING] [--compare DIR] [-- CLI ARGS…]\n');
    process.exitCode = 2;
    return;
  }
  if (!testdataAvailable()) {
    process.stderr.write('dump-results: shared test data not found\n');
    process.exitCode = 2;
    return;
  }
  const n = await dumpResults({
    out: resolve(out),
    cli: resolve(get('--cli') ?? join(PROJECT_ROOT, 'bin', 'capa-ts.js')),
    jobs: Number(get('--jobs') ?? 2),
    extra,
    filter: get('--only'),
  });
  process.stdout.write(`${n} documents written to ${out}\n`);
  const against = get('--compare');
  if (against) {
    const diff = compareDumps(resolve(against), resolve(out));
    if (diff.length === 0) process.stdout.write(`identical to ${against}\n`);
    else {
      process.stdout.write(`${diff.length} differ from ${against}:\n${diff.join('\n')}\n`);
      process.exitCode = 1;
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(PROJECT_ROOT, 'dist', 'bench', 'dump-results.js')) {
  await cli(process.argv.slice(2));
}
