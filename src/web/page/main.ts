// The capa-ts page: loads its assets once (then never touches the network again), keeps a worker
// with the rules ready, and analyses the files the user drops or picks, in that worker.
//
// State for people and for tests: <body data-state="loading|ready|analysing|results|problem">;
// data-ready-ms (start-up time), data-worker-start-ms and data-rules-load-ms (the worker's script
// start and its loading of iced-x86 and the rules: the worker's share of it) and
// data-analysis-ms (last analysis) and data-analyses (analyses finished so far) on <body>.
import { MANIFEST_FILE, type WebManifest } from '../assets.js';
import { FORMAT_CHOICES, type FormatChoice, type LoadedAsset, type Problem } from '../protocol.js';
import { parseResultDocument } from '../../render/json.js';
import { OS_VALUES } from '../../features/feature.js';
import { byId, clear, formatBytes, formatMs, groupDigits, h } from './dom.js';
import { Engine, JobFailed, type Ready } from './engine.js';
import { showResults } from './results.js';
import { RulesPanel } from './rules-panel.js';

type State = 'loading' | 'ready' | 'analysing' | 'results' | 'problem';

const FORMAT_LABELS: Record<FormatChoice, string> = {
  auto: 'Auto-detect',
  pe: 'PE',
  elf: 'ELF',
  dotnet: '.NET',
  sc32: 'Shellcode 32-bit',
  sc64: 'Shellcode 64-bit',
  cape: 'CAPE report',
  drakvuf: 'DRAKVUF report',
  vmray: 'VMRay report',
};

const body = document.body;
const setState = (s: State): void => {
  body.dataset.state = s;
  // once a file is on screen the intake shrinks to one row
  if (s !== 'loading' && s !== 'ready') body.classList.add('compact');
};

let engine: Engine | undefined;
let manifest: WebManifest | undefined;
let ready: Ready | undefined;
let rulesBusy = false;
/** the file on screen, kept so it can be analysed again with other options */
let current: File | undefined;
/** a file dropped before the rules were ready */
let queued: File | undefined;
let lastJson: { name: string; json: string } | undefined;
/** the analysis under way (the Cancel button aborts it) */
let running: AbortController | undefined;
/** analyses finished (with a result or a problem): <body data-analyses> lets tests wait for the next */
let finished = 0;
const countFinished = (): void => {
  body.dataset.analyses = String(++finished);
};

/** A file of the build. Names carry content hashes, so a stale cache cannot mix builds; the size catches a truncated deploy. */
async function fetchChecked(ref: { file: string; bytes: number }): Promise<ArrayBuffer> {
  const res = await fetch(ref.file);
  if (!res.ok) throw new Error(`${ref.file}: HTTP ${res.status}`);
  const data = await res.arrayBuffer();
  if (data.byteLength !== ref.bytes) throw new Error(`${ref.file} has ${data.byteLength} bytes, the build wrote ${ref.bytes}`);
  return data;
}

// ------------------------------------------------------------------ status, progress, problems

function status(text: string, kind: 'busy' | 'ok' | 'error'): void {
  const el = byId('status');
  el.textContent = text;
  el.className = `status ${kind}`;
}

function showProblem(p: Problem, file?: File, extra?: HTMLElement): void {
  const panel = byId('problem');
  clear(
    panel,
    h(
      'div',
      { class: `problem-box ${p.kind === 'internal' ? 'bug' : ''}`, role: 'alert' },
      h('h2', { id: 'problem-title' }, p.title),
      file ? h('p', { class: 'problem-file' }, file.name, ' · ', formatBytes(file.size)) : null,
      h('p', { id: 'problem-message' }, p.message),
      p.detail ? h('p', { class: 'problem-detail' }, h('code', null, p.detail)) : null,
      extra ?? null,
    ),
  );
  setState('problem');
}

const progressBar = (): HTMLProgressElement => byId<HTMLProgressElement>('progress-bar');

function startProgress(file: File): () => void {
  byId('progress-file').textContent = `${file.name} · ${formatBytes(file.size)}`;
  byId('progress-text').textContent = 'Reading the file and disassembling…';
  progressBar().removeAttribute('value');
  const t0 = performance.now();
  const elapsed = byId('progress-elapsed');
  elapsed.textContent = '';
  const timer = setInterval(() => (elapsed.textContent = formatMs(performance.now() - t0)), 100);
  setState('analysing');
  return () => clearInterval(timer);
}

// ------------------------------------------------------------------ analysis

function selectedFormat(): FormatChoice {
  return byId<HTMLSelectElement>('format').value as FormatChoice;
}

function entryOffset(): number | undefined {
  const v = byId<HTMLInputElement>('entry').value.trim();
  if (!v) return undefined;
  const n = /^0x[0-9a-f]+$/i.test(v) ? parseInt(v.slice(2), 16) : /^\d+$/.test(v) ? parseInt(v, 10) : NaN;
  if (!Number.isSafeInteger(n)) throw new Error(`entry offset '${v}' is not a number (decimal or 0x…)`);
  return n;
}

function downloadJson(): void {
  if (!lastJson) return;
  const url = URL.createObjectURL(new Blob([lastJson.json], { type: 'application/json' }));
  const a = h('a', { href: url, download: `${lastJson.name}.capa.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function analyse(file: File): Promise<void> {
  current = file;
  byId('again').hidden = false;
  if (!engine || !ready || rulesBusy) {
    queued = file;
    status(rulesBusy ? 'preparing rules…' : 'loading rules…', 'busy');
    return;
  }
  if (running) return;
  const limit = manifest!.maxInputBytes;
  if (file.size > limit) {
    showProblem({ kind: 'too-large', title: 'The file is too large', message: `This page analyses files up to ${formatBytes(limit)}; use the command line (npx capa-ts) for larger ones.` }, file);
    countFinished();
    return;
  }
  let entry: number | undefined;
  try {
    entry = entryOffset();
  } catch (e) {
    showProblem({ kind: 'unsupported-format', title: 'Invalid entry offset', message: (e as Error).message }, file);
    countFinished();
    return;
  }
  const abort = new AbortController();
  running = abort;
  const stop = startProgress(file);
  status('analysing…', 'busy');
  lastJson = undefined;
  clear(byId('results'));
  try {
    const bytes = await file.arrayBuffer();
    const format = selectedFormat();
    const result = await engine.analyze(
      { name: file.name, bytes, format, os: byId<HTMLSelectElement>('os').value, ...(entry !== undefined && (format === 'sc32' || format === 'sc64') ? { entry } : {}) },
      (p) => {
        const bar = progressBar();
        bar.max = p.total;
        bar.value = p.done;
        byId('progress-text').textContent = `Matching rules: ${groupDigits(p.done)} / ${groupDigits(p.total)} ${p.unit}`;
      },
      abort.signal,
    );
    body.dataset.analysisMs = String(Math.round(result.analysisMs));
    lastJson = { name: file.name, json: result.json };
    const doc = parseResultDocument(result.json);
    const render = (): void => {
      showResults(byId('results'), doc, { fileName: file.name, fileSize: file.size, analysisMs: result.analysisMs, ruleCount: ready!.ruleCount, download: downloadJson });
      setState('results');
    };
    if (result.limitations.length) {
      const anyway = h('button', { type: 'button', id: 'show-anyway', onclick: render }, 'Show the results anyway');
      const dl = h('button', { type: 'button', class: 'secondary', id: 'download-json-limited', onclick: downloadJson }, 'Download JSON');
      showProblem(
        {
          kind: 'corrupt',
          title: 'capa would not report on this file',
          message: `A file-limitation rule matched, so what static analysis finds here is likely misleading: ${result.limitations.join(' ')}`,
        },
        file,
        h('div', { class: 'actions' }, anyway, dl),
      );
      body.dataset.limitation = 'true';
    } else {
      delete body.dataset.limitation;
      render();
    }
    status(`${groupDigits(ready.ruleCount)} rules ready`, 'ok');
  } catch (e) {
    if (e instanceof JobFailed && e.problem === 'cancelled') {
      showProblem({ kind: 'internal', title: 'Analysis cancelled', message: `${file.name} was not analysed. Drop or pick a file to start again.` });
      byId('problem').querySelector('.problem-box')!.className = 'problem-box cancelled';
    } else if (e instanceof JobFailed && e.problem !== 'cancelled') {
      showProblem(e.problem, file);
    } else {
      showProblem({ kind: 'internal', title: 'Internal error', message: (e as Error).message }, file);
    }
    status(`${groupDigits(ready.ruleCount)} rules ready`, 'ok');
  } finally {
    running = undefined;
    stop();
    countFinished();
  }
}

// ------------------------------------------------------------------ set-up

function wireIntake(): void {
  const input = byId<HTMLInputElement>('file-input');
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    input.value = '';
    if (f) void analyse(f);
  });
  byId('choose').addEventListener('click', () => input.click());
  byId('again').addEventListener('click', () => current && void analyse(current));
  byId('cancel').addEventListener('click', () => running?.abort());

  const format = byId<HTMLSelectElement>('format');
  for (const f of FORMAT_CHOICES) format.append(h('option', { value: f }, FORMAT_LABELS[f]));
  const syncEntry = (): void => {
    byId('entry-field').hidden = format.value !== 'sc32' && format.value !== 'sc64';
  };
  format.addEventListener('change', syncEntry);
  syncEntry();
  const os = byId<HTMLSelectElement>('os');
  os.append(h('option', { value: 'auto' }, 'Auto-detect'));
  for (const o of OS_VALUES) if (o !== 'any') os.append(h('option', { value: o }, o));

  // drop anywhere on the page
  let depth = 0;
  const files = (e: DragEvent): boolean => [...(e.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (e) => {
    if (!files(e)) return;
    depth++;
    body.classList.add('dragging');
  });
  window.addEventListener('dragleave', () => {
    if (--depth <= 0) {
      depth = 0;
      body.classList.remove('dragging');
    }
  });
  window.addEventListener('dragover', (e) => {
    if (files(e)) e.preventDefault();
  });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    depth = 0;
    body.classList.remove('dragging');
    const f = e.dataTransfer?.files[0];
    if (f && !running) void analyse(f);
  });
}

async function boot(): Promise<void> {
  setState('loading');
  wireIntake();
  status('loading rules…', 'busy');
  // the build puts the manifest into the page; assets.json is the same, for tools and older pages
  const inline = document.getElementById('capa-ts-manifest')?.textContent;
  if (inline) manifest = JSON.parse(inline) as WebManifest;
  else {
    const res = await fetch(MANIFEST_FILE, { cache: 'no-cache' });
    if (!res.ok) throw new Error(`${MANIFEST_FILE}: HTTP ${res.status}`);
    manifest = (await res.json()) as WebManifest;
  }
  byId('size-limit').textContent = formatBytes(manifest.maxInputBytes);
  // the first worker starts its script while the rules download and the WebAssembly compiles
  const workerUrl = fetchChecked(manifest.worker).then((code) => URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
  const firstWorker = workerUrl.then((url) => Engine.startWorker(url));
  // compiled while it downloads, and cached compiled by the browser; a host that serves .wasm with
  // another type than application/wasm gets the slower way
  const wasmRef = manifest.wasm;
  const wasm = WebAssembly.compileStreaming(fetch(wasmRef.file)).catch(() => fetchChecked(wasmRef).then((bytes) => WebAssembly.compile(bytes)));
  const assetData = await Promise.all(manifest.assets.map(fetchChecked));
  const assets: LoadedAsset[] = manifest.assets.map((a, i) => ({ kind: a.kind, file: a.file, data: assetData[i]! }));
  engine = new Engine(await workerUrl, await wasm, assets, await firstWorker);
  performance.mark('capa-ts:loaded');
  const rulesAsset = assets.find((a) => a.kind === 'rules')!;
  const panel = new RulesPanel(engine, rulesAsset.data, {
    busy: (on) => {
      rulesBusy = on;
      if (on) status('preparing rules…', 'busy');
    },
    changed: (r) => {
      rulesBusy = false;
      ready = r;
      status(`${groupDigits(r.ruleCount)} rules ready`, 'ok');
      if (queued) {
        const f = queued;
        queued = undefined;
        void analyse(f);
      }
    },
  });
  ready = await engine.ready();
  performance.mark('capa-ts:ready');
  panel.init(ready);
  body.dataset.readyMs = String(Math.round(performance.now()));
  body.dataset.rulesLoadMs = String(Math.round(ready.loadMs));
  body.dataset.workerStartMs = String(Math.round(ready.startMs));
  status(`${groupDigits(ready.ruleCount)} rules ready`, 'ok');
  byId('footer-rules').textContent = ready.sources.map((s) => s.title).join(' + ');
  if (body.dataset.state === 'loading') setState('ready');
  if (queued) {
    const f = queued;
    queued = undefined;
    void analyse(f);
  }
}

boot().catch((e: unknown) => {
  status('failed to start', 'error');
  showProblem({ kind: 'internal', title: 'The page could not start', message: 'Its files could not be loaded: reload the page, or rebuild it (npm run build:web).', detail: (e as Error).message });
});
