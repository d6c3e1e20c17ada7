// Bundles the CLI (tsc output in dist/src) into one CommonJS file, dist/cli/capa-ts.cjs, that
// bin/capa-ts.js loads through V8's code cache. One file instead of ~90 ES modules saves Node's
// per-module resolve/load/link work; CommonJS because Node 20 can only code-cache classic scripts
// (vm.Script cachedData), not ES modules.
//
// iced-x86's loader is rewritten so the bundle finds its WebAssembly file next to itself
// (dist/cli/iced_x86_bg.wasm, copied here) and can be handed an already compiled
// WebAssembly.Module (worker threads receive the main thread's instead of compiling it again).
//
//   node scripts/build-cli.mjs        (run by `npm run build` and `npm ci`/prepare after tsc)
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const icedJs = require.resolve('iced-x86');
const icedWasm = join(dirname(icedJs), 'iced_x86_bg.wasm');
const outDir = join(root, 'dist', 'cli');

/** iced-x86 1.21's wasm-bindgen loader tail (the build fails loudly if it ever changes) */
const ICED_LOADER = [
  "const path = require('path').join(__dirname, 'iced_x86_bg.wasm');",
  "const bytes = require('fs').readFileSync(path);",
  '',
  'const wasmModule = new WebAssembly.Module(bytes);',
];
const ICED_LOADER_PATCHED =
  "const wasmModule = globalThis.__capaTsIcedModule ?? (globalThis.__capaTsIcedModule = new WebAssembly.Module(require('fs').readFileSync(require('path').join(__dirname, 'iced_x86_bg.wasm'))));";

const icedPlugin = {
  name: 'iced-wasm-loader',
  setup(b) {
    b.onLoad({ filter: /iced-x86[\\/]iced_x86\.js$/ }, (args) => {
      const src = readFileSync(args.path, 'utf8');
      const tail = ICED_LOADER.join('\n');
      if (!src.includes(tail)) throw new Error(`${args.path}: unexpected iced-x86 loader (update scripts/build-cli.mjs)`);
      return { contents: src.replace(tail, ICED_LOADER_PATCHED), loader: 'js' };
    });
  },
};

/**
 * Packages only some commands need stay outside the bundle and load from node_modules when used:
 * the queue's (bullmq, ioredis: 1.5 MB with their dependencies, which every run would read and
 * hash) and esbuild (`web build`; a native binary it locates relative to its own files).
 */
const EXTERNAL = ['bullmq', 'ioredis', 'esbuild'];

// Each module's import.meta.url becomes its own tsc output file's URL, found at run time relative to
// the bundle (dist/cli/ → dist/src/…): paths a module computes from it (the web app's sources, the
// scan pool's thread script) are those of the unbundled CLI, wherever the package lives.
// threads.ts's worker script is replaced by the launcher (setWorkerScript). And import() of an
// external package becomes require(): the launcher runs the bundle as a vm.Script, which has no
// loader for import().
const distSrc = join(root, 'dist', 'src');
const sourcePlugin = {
  name: 'import-meta-url',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, (args) => {
      let src = readFileSync(args.path, 'utf8');
      let changed = false;
      for (const pkg of EXTERNAL) {
        for (const q of ["'", '"']) {
          const dyn = `import(${q}${pkg}${q})`;
          if (src.includes(dyn)) {
            // the module-level require: a function may have a local `require` of its own
            src = `const __capaTsRequire = require;\n${src.replaceAll(dyn, `Promise.resolve().then(() => __capaTsRequire(${q}${pkg}${q}))`)}`;
            changed = true;
          }
        }
      }
      if (src.includes('import.meta.url')) {
        const rel = relative(distSrc, args.path).split(sep);
        // a module-level constant: a function of the module may have a local named `require`
        const decl = `const __capaTsModuleUrl = require('url').pathToFileURL(require('path').join(__dirname, '..', 'src', ${rel.map((p) => JSON.stringify(p)).join(', ')})).href;\n`;
        src = decl + src.replaceAll('import.meta.url', '__capaTsModuleUrl');
        changed = true;
      }
      return changed ? { contents: src, loader: 'js' } : undefined;
    });
  },
};

mkdirSync(outDir, { recursive: true });
const result = await build({
  entryPoints: [join(root, 'dist', 'src', 'cli', 'bundle-entry.js')],
  outfile: join(outDir, 'capa-ts.cjs'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // whitespace and comments out, names kept (readable --debug stack traces): comments held
  // non-ASCII characters, and one of those makes Node decode the whole file as UTF-8 into a
  // two-byte string (several times slower than the ASCII fast path)
  minifyWhitespace: true,
  charset: 'ascii',
  legalComments: 'eof',
  logLevel: 'warning',
  plugins: [icedPlugin, sourcePlugin],
  external: EXTERNAL,
  write: false,
  metafile: true,
});
const code = result.outputFiles.find((f) => f.path.endsWith('capa-ts.cjs')).contents;
// ASCII only, so the launcher's read stays on the fast path (see charset above)
const bad = code.findIndex((b) => b > 0x7f);
if (bad >= 0) throw new Error(`dist/cli/capa-ts.cjs: non-ASCII byte at offset ${bad}`);
// first line: a build id (the code's hash), which names the launcher's V8 code cache (V8 itself
// only checks the source's length); written atomically, so a running CLI never reads half a file
const id = createHash('sha256').update(code).digest('hex').slice(0, 24);
const wasmTmp = join(outDir, `iced_x86_bg.wasm.${process.pid}.tmp`);
copyFileSync(icedWasm, wasmTmp);
renameSync(wasmTmp, join(outDir, 'iced_x86_bg.wasm'));
const tmp = join(outDir, `capa-ts.cjs.${process.pid}.tmp`);
writeFileSync(tmp, Buffer.concat([Buffer.from(`//capa-ts build ${id}\n`), code]));
renameSync(tmp, join(outDir, 'capa-ts.cjs'));
const bytes = code.length;
if (!process.argv.includes('--quiet')) console.log(`dist/cli/capa-ts.cjs: ${(bytes / 1024).toFixed(0)} KiB`);
