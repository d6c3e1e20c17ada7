#!/usr/bin/env node
// Entry point of the `capa-ts` command (and of its worker threads).
//
// Runs the bundled CLI (dist/cli/capa-ts.cjs, built by scripts/build-cli.mjs) through V8's code
// cache: a run without a usable cache compiles the bundle and, at exit, stores the compiled code
// in the cache directory ($CAPA_TS_CACHE_DIR, else $XDG_CACHE_HOME/capa-ts, else ~/.cache/capa-ts);
// later runs skip most parsing and compiling. Falls back to the unbundled modules (dist/src) when
// the bundle is missing or older than them (a `tsc` run without the bundle step).
// A broken installation is reported on one line too; run `npm ci` (or `npm run build`) to fix it.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';
import { isMainThread, workerData } from 'node:worker_threads';

const here = dirname(fileURLToPath(import.meta.url));

// V8 optimises a function after a fixed amount of interpreted work; most capa-ts runs last a
// second or two, and optimising (on background threads) then costs more CPU than it saves. An 8x
// larger budget optimises only what stays hot: measured PMA 16-01 ~35%, al-khaser ~25%, mimikatz
// ~15% less CPU (issue 14). $CAPA_TS_V8_FLAGS replaces the flags ('' for V8's defaults).
const V8_FLAGS = process.env.CAPA_TS_V8_FLAGS ?? '--interrupt-budget=1048576';
if (isMainThread && V8_FLAGS.trim() !== '') setFlagsFromString(V8_FLAGS);
const BUNDLE = join(here, '..', 'dist', 'cli', 'capa-ts.cjs');
const MODULES = join(here, '..', 'dist', 'src', 'cli', 'main.js');

function cacheDir() {
  const env = process.env;
  if (env.CAPA_TS_CACHE_DIR) return env.CAPA_TS_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'capa-ts');
  return join(homedir(), '.cache', 'capa-ts');
}

/** The bundle's exports, compiled with (and, on a miss, for) the code cache; undefined if stale or missing. */
function loadBundle() {
  let st;
  try {
    st = statSync(BUNDLE);
    if (statSync(MODULES).mtimeMs > st.mtimeMs) return undefined;
  } catch {
    return undefined;
  }
  const source = readFileSync(BUNDLE, 'utf8');
  // V8 checks its own version and flags but of the source only its length: the cache is named by
  // the build id on the bundle's first line (scripts/build-cli.mjs), one file per build.
  // A cache written by a run that analysed nothing (--help, rules lint) lacks most of the code:
  // it is kept as `.partial` and replaced by the first run that analyses a file.
  const id = /^\/\/capa-ts build ([0-9a-f]+)\n/.exec(source.slice(0, 64))?.[1] ?? `${st.size}-${Math.trunc(st.mtimeMs)}`;
  const key = `${process.version}-${process.arch}-${id}`;
  const full = join(cacheDir(), `cli-${key}.v8cache`);
  const partial = join(cacheDir(), `cli-${key}.partial.v8cache`);
  let cachedData;
  let cachedFull = false;
  try {
    cachedData = readFileSync(full);
    cachedFull = true;
  } catch {
    try {
      cachedData = readFileSync(partial);
    } catch {
      // no cache yet
    }
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: BUNDLE,
    cachedData,
  });
  const usable = cachedData !== undefined && !script.cachedDataRejected;
  if (isMainThread && !(usable && cachedFull)) {
    // at exit, so the functions compiled while running are in the cache too
    process.once('exit', () => {
      const complete = module.exports.analysedFile?.() === true;
      if (usable && !complete) return;
      const cachePath = complete ? full : partial;
      try {
        mkdirSync(dirname(cachePath), { recursive: true });
        const tmp = `${cachePath}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, cachePath);
        // one code cache per installed build: drop those of earlier builds (and the partial one)
        for (const name of readdirSync(dirname(cachePath))) {
          if (name.startsWith('cli-') && name.endsWith('.v8cache') && join(dirname(cachePath), name) !== cachePath) {
            rmSync(join(dirname(cachePath), name), { force: true });
          }
        }
      } catch {
        // a read-only cache directory only costs speed
      }
    });
  }
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return module.exports;
}

async function entry() {
  // a worker thread of `--threads`: reuse the main thread's compiled iced-x86 WebAssembly module
  if (!isMainThread && workerData?.icedModule) globalThis.__capaTsIcedModule = workerData.icedModule;
  const bundle = loadBundle();
  // workers run this launcher too, so they load the bundle through the code cache as well
  if (bundle !== undefined) bundle.setWorkerScript(new URL(import.meta.url));
  return bundle ?? (await import(pathToFileURL(MODULES).href));
}

try {
  const cli = await entry();
  if (isMainThread) await cli.main(process.argv.slice(2));
  else cli.workerMain();
} catch (e) {
  process.stderr.write(`capa-ts: internal error: cannot start (${String(e?.message ?? e).split('\n')[0]}); try \`npm run build\`\n`);
  if (process.argv.includes('--debug') && e?.stack) process.stderr.write(e.stack + '\n');
  process.exitCode = 1;
}
