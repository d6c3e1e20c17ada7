// `capa-ts web build` / `npm run build:web`: the static web app in dist/web.
//
// esbuild bundles the page (src/web/page) and the analysis worker (src/web/worker, the whole
// analysis pipeline); iced-x86's WebAssembly is copied beside them; the rules are prepared here,
// once, into a rules bundle (src/web/assets.ts) so the page loads them without parsing YAML.
// Every file but index.html and assets.json carries its content hash in its name, so any static
// host can cache them for good. A `.gz` sibling of each text file serves hosts that send
// precompressed files (nginx gzip_static, `capa-ts web`).
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CliError, EXIT } from './exit-codes.js';
import { collectRuleFiles } from './rule-cache.js';
import { embeddedRuleFiles } from '../index.js';
import { buildRuleSet } from '../rules/load.js';
import { VERSION } from '../version.js';
import {
  encodeRulesBundle,
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  MAX_INPUT_BYTES,
  type AssetKind,
  type BundledAsset,
  type FileRef,
  type RuleSource,
  type SourcedRuleFile,
  type WebManifest,
} from '../web/assets.js';
import { serializeSignatureSet } from '../formats/flirt/set.js';
import { loadSignatureFiles } from './signatures.js';

/** the repository root: this file runs as dist/src/cli/web-build.js */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEFAULT_WEB_DIR = join(PROJECT_ROOT, 'dist', 'web');
const WEB_SRC = join(PROJECT_ROOT, 'src', 'web');

/** the text the result document lists for the embedded pack, as the CLI does */
const EMBEDDED_LABEL = '(embedded capa-ts rule pack)';

export interface WebBuildOptions {
  readonly outDir?: string;
  /** the official rules directory; undefined: the capa-ts pack only */
  readonly officialRules?: string;
  /** FLIRT signature files to bundle, in load order (see src/cli/signatures.ts); none by default */
  readonly signatures?: readonly string[];
  readonly minify?: boolean;
}

export interface BuiltFile {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface WebBuildResult {
  readonly outDir: string;
  readonly files: readonly BuiltFile[];
  readonly totalBytes: number;
  readonly totalGzipBytes: number;
  readonly sources: readonly RuleSource[];
  readonly ruleCount: number;
  readonly ms: number;
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

/** `name.<first 10 hex of the SHA-256>.ext` */
function hashedName(name: string, data: Uint8Array | string): string {
  const dot = name.indexOf('.');
  return `${name.slice(0, dot)}.${sha256(data).slice(0, 10)}${name.slice(dot)}`;
}

/** The commit of a rules directory: its COMMIT file (release archives), else git's HEAD. */
function rulesCommit(dir: string): string | undefined {
  const f = join(dir, 'COMMIT');
  if (existsSync(f)) {
    const c = readFileSync(f, 'utf8').trim();
    if (/^[0-9a-f]{7,40}$/.test(c)) return c;
  }
  const r = spawnSync('git', ['-C', dir, 'rev-parse', 'HEAD'], { encoding: 'utf8' });
  return r.status === 0 && /^[0-9a-f]{40}$/.test(r.stdout.trim()) ? r.stdout.trim() : undefined;
}

/**
 * The rules bundle: the capa-ts pack plus, when given, the official rules, prepared as one rule
 * set. Official rule paths are kept relative to their directory (the builder's file system is
 * nobody's business).
 */
export function buildRulesBundle(officialDir: string | undefined): { text: string; sources: RuleSource[]; ruleCount: number } {
  const files: SourcedRuleFile[] = embeddedRuleFiles().map((f) => ({ ...f, source: 'capa-ts' }));
  const sources: RuleSource[] = [{ id: 'capa-ts', title: 'capa-ts rule pack', label: EMBEDDED_LABEL, files: files.length }];
  if (officialDir !== undefined) {
    if (!existsSync(officialDir) || !statSync(officialDir).isDirectory()) {
      throw new CliError(`rules directory ${officialDir} does not exist`, EXIT.MISSING_RULES);
    }
    const root = resolve(officialDir);
    const top = basename(root);
    const official = collectRuleFiles([root]).map((f) => ({
      path: `${top}/${relative(root, f.path).split(sep).join('/')}`,
      text: f.text,
      source: 'capa-rules',
    }));
    if (official.length === 0) throw new CliError(`no rules found in ${officialDir}`, EXIT.MISSING_RULES);
    const commit = rulesCommit(root);
    sources.push({
      id: 'capa-rules',
      title: commit ? `capa-rules ${commit.slice(0, 7)}` : top,
      label: commit ? `(bundled capa-rules ${commit})` : `(bundled ${top})`,
      files: official.length,
    });
    files.push(...official);
  }
  const rs = buildRuleSet(files);
  const text = encodeRulesBundle(rs, files, sources, (d) => sha256(d));
  return { text, sources, ruleCount: [...rs.rules.values()].filter((r) => !r.meta.isSubscopeRule).length };
}

/** A data asset of the page: the file the build writes and its entry in the manifest. */
interface DataAsset {
  readonly kind: AssetKind;
  /** file name before the content hash is added */
  readonly name: string;
  readonly data: string | Uint8Array;
  readonly summary: string;
}

/**
 * Every data asset the page bundles, one per AssetKind (src/web/assets.ts); the worker's loader for
 * each kind is in src/web/worker/context.ts.
 */
function dataAssets(rules: ReturnType<typeof buildRulesBundle>, signatureFiles: readonly string[]): DataAsset[] {
  const ruleSummary = rules.sources.map((s) => `${s.title}: ${s.files} files`).join(', ');
  const out: DataAsset[] = [{ kind: 'rules', name: 'rules.bundle', data: rules.text, summary: `${rules.ruleCount} rules (${ruleSummary})` }];
  // signatures pre-parsed into the CLI's cache form: the page only makes views on them
  const loaded = loadSignatureFiles(signatureFiles);
  loaded.sets.forEach((set, i) => {
    const file = basename(signatureFiles[i]!);
    out.push({
      kind: 'signatures',
      name: `sigs${i + 1}.bundle`,
      data: serializeSignatureSet(set),
      summary: `${file}: ${set.moduleCount} signatures`,
    });
  });
  return out;
}

interface EsbuildPlugin {
  name: string;
  setup(build: {
    onLoad(opts: { filter: RegExp }, cb: (args: { path: string }) => { contents: string; loader: 'js' }): void;
  }): void;
}

/**
 * iced-x86's npm build is wasm-bindgen's Node target: `require('util')` for TextDecoder, and at
 * import time `fs.readFileSync` of its .wasm. In the browser the globals serve the first, and the
 * second becomes `__capaTsInstantiate(module)`, called by the worker with the module the page
 * compiled (src/web/worker/iced.ts). Fails the build if the package's loader ever changes shape.
 */
const icedPlugin: EsbuildPlugin = {
  name: 'iced-x86-browser',
  setup(build) {
    build.onLoad({ filter: /[\\/]iced-x86[\\/]iced_x86\.js$/ }, (args) => {
      let src = readFileSync(args.path, 'utf8');
      const utilImport = 'const { TextDecoder, TextEncoder } = require(`util`);';
      const tailStart = "const path = require('path').join(__dirname, 'iced_x86_bg.wasm');";
      const at = src.indexOf(tailStart);
      if (!src.includes(utilImport) || at < 0 || !/new WebAssembly\.Instance\(wasmModule, imports\)/.test(src.slice(at))) {
        throw new Error(`${args.path}: iced-x86's loader is not the one capa-ts knows how to adapt`);
      }
      src = src.replace(utilImport, 'const { TextDecoder, TextEncoder } = globalThis;');
      src =
        src.slice(0, src.indexOf(tailStart)) +
        'module.exports.__capaTsInstantiate = function (wasmModule) {\n' +
        '  const wasmInstance = new WebAssembly.Instance(wasmModule, imports);\n' +
        '  wasm = wasmInstance.exports;\n' +
        '  module.exports.__wasm = wasm;\n' +
        '};\n';
      return { contents: src, loader: 'js' };
    });
  },
};

/** third-party notices shipped with the page: the bundled libraries and rules */
function licenseText(officialDir: string | undefined): string {
  const require = createRequire(import.meta.url);
  const parts: string[] = [];
  for (const pkg of ['iced-x86', 'yaml', 'fflate']) {
    const dir = dirname(require.resolve(`${pkg}/package.json`));
    const lic = readdirSync(dir).find((n) => /^licen[cs]e/i.test(n));
    const meta = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string; license: string };
    parts.push(`${pkg} ${meta.version} (${meta.license})\n\n${lic ? readFileSync(join(dir, lic), 'utf8').trim() : ''}`);
  }
  if (officialDir !== undefined) {
    const lic = ['LICENSE.txt', 'LICENSE'].map((n) => join(officialDir, n)).find((p) => existsSync(p));
    parts.push(`capa-rules (Apache-2.0), https://github.com/mandiant/capa-rules\n\n${lic ? readFileSync(lic, 'utf8').trim() : ''}`);
  }
  return `capa-ts ${VERSION} web app: third-party components\n\n` + parts.join('\n\n' + '-'.repeat(72) + '\n\n') + '\n';
}

export async function buildWebApp(opts: WebBuildOptions = {}): Promise<WebBuildResult> {
  const t0 = performance.now();
  const outDir = resolve(opts.outDir ?? DEFAULT_WEB_DIR);
  if (!existsSync(join(WEB_SRC, 'page', 'main.ts'))) {
    throw new CliError(`the web app's sources are not in ${WEB_SRC} (build it from a capa-ts checkout)`, EXIT.MISSING_FILE);
  }
  let esbuild: typeof import('esbuild');
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new CliError('building the web app needs esbuild (a development dependency: run `npm ci` in the capa-ts checkout)', EXIT.MISSING_FILE);
  }
  const rules = buildRulesBundle(opts.officialRules);
  const data = dataAssets(rules, opts.signatures ?? []);

  const bundled = await esbuild.build({
    entryPoints: { page: join(WEB_SRC, 'page', 'main.ts'), worker: join(WEB_SRC, 'worker', 'main.ts'), style: join(WEB_SRC, 'page', 'style.css') },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2022', 'chrome109', 'firefox115', 'safari16'],
    minify: opts.minify ?? true,
    legalComments: 'none',
    write: false,
    outdir: 'out',
    logLevel: 'silent',
    plugins: [icedPlugin as unknown as import('esbuild').Plugin],
  });
  const output = (name: string): Uint8Array => {
    const f = bundled.outputFiles.find((o) => basename(o.path) === name);
    if (!f) throw new Error(`esbuild produced no ${name}`);
    return f.contents;
  };

  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const written: string[] = [];
  const write = (name: string, data: Uint8Array | string): FileRef => {
    writeFileSync(join(outDir, name), data);
    written.push(name);
    const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
    return { file: name, bytes, sha256: sha256(data) };
  };
  const writeHashed = (name: string, data: Uint8Array | string): FileRef => write(hashedName(name, data), data);

  const require = createRequire(import.meta.url);
  const wasm = readFileSync(join(dirname(require.resolve('iced-x86')), 'iced_x86_bg.wasm'));
  const wasmRef = writeHashed('iced_x86_bg.wasm', wasm);
  const workerRef = writeHashed('worker.js', output('worker.js'));
  const pageRef = writeHashed('page.js', output('page.js'));
  const styleRef = writeHashed('style.css', output('style.css'));
  const licensesRef = writeHashed('third-party-licenses.txt', licenseText(opts.officialRules));

  const assets: BundledAsset[] = data.map((a) => ({ ...writeHashed(a.name, a.data), kind: a.kind, summary: a.summary }));
  const manifest: WebManifest = {
    format: MANIFEST_FORMAT,
    version: VERSION,
    built: new Date().toISOString(),
    worker: workerRef,
    wasm: wasmRef,
    assets,
    maxInputBytes: MAX_INPUT_BYTES,
  };
  write(MANIFEST_FILE, JSON.stringify(manifest, null, 2) + '\n');

  // the manifest goes into the page too, and its files are preloaded: they download while page.js
  // starts, instead of after a round trip for assets.json
  const preload = [workerRef, wasmRef, ...assets]
    .map((f) => `<link rel="preload" href="${f.file}" as="fetch" type="${f.file.endsWith('.wasm') ? 'application/wasm' : 'text/plain'}" crossorigin="anonymous">`)
    .join('\n');
  const inlineManifest = JSON.stringify(manifest).replaceAll('<', '\\u003c');
  const html = readFileSync(join(WEB_SRC, 'page', 'index.html'), 'utf8')
    .replace('%PRELOAD%', () => preload)
    .replace('%MANIFEST%', () => inlineManifest)
    .replaceAll('%STYLE%', styleRef.file)
    .replaceAll('%PAGE%', pageRef.file)
    .replaceAll('%LICENSES%', licensesRef.file)
    .replaceAll('%VERSION%', VERSION);
  if (/%[A-Z]+%/.test(html)) throw new Error(`index.html has an unknown placeholder ${/%[A-Z]+%/.exec(html)![0]}`);
  write('index.html', html);

  const files: BuiltFile[] = [];
  for (const name of written) {
    const data = readFileSync(join(outDir, name));
    const gz = gzipSync(data, { level: 9 });
    // wasm and every text file compress; a host that serves precompressed files picks the .gz
    writeFileSync(join(outDir, name + '.gz'), gz);
    files.push({ file: name, bytes: data.length, gzipBytes: gz.length });
  }
  return {
    outDir,
    files,
    totalBytes: files.reduce((n, f) => n + f.bytes, 0),
    totalGzipBytes: files.reduce((n, f) => n + f.gzipBytes, 0),
    sources: rules.sources,
    ruleCount: rules.ruleCount,
    ms: performance.now() - t0,
  };
}

/** The sizes the way `build:web` prints them. */
export function formatBuildReport(r: WebBuildResult): string {
  const kib = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
  const w = Math.max(...r.files.map((f) => f.file.length));
  const lines = r.files.map((f) => `  ${f.file.padEnd(w)}  ${kib(f.bytes).padStart(11)}  ${kib(f.gzipBytes).padStart(11)} gzip`);
  return (
    `capa-ts web: built ${r.outDir} in ${(r.ms / 1000).toFixed(1)} s: ${r.ruleCount} rules (${r.sources.map((s) => `${s.title} ${s.files} files`).join(', ')})\n` +
    lines.join('\n') +
    `\n  ${'total'.padEnd(w)}  ${kib(r.totalBytes).padStart(11)}  ${kib(r.totalGzipBytes).padStart(11)} gzip\n`
  );
}
