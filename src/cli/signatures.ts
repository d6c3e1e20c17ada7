// Which FLIRT signature files the CLI uses, reading them, and the parsed-signature cache.
//
// `-s/--signatures PATH`: a .sig/.pat/.pat.gz file, or a directory (walked recursively; as capa,
// only files whose last extension is .sig or .pat — so a .pat.gz is loaded only when named
// directly); `-s none` turns library identification off. Without -s: `$CAPA_SIGNATURES`, else the
// signatures `capa-ts rules fetch` put in the user cache. Files load in the order of their names
// (capa: `1_…` before `2_…`). Parsing capa's 2.9 MB of .sig takes a few hundred milliseconds, so
// each parsed file is cached as flat typed arrays keyed by the SHA-256 of its bytes; a small
// manifest maps a file's path, size, mtime and inode to its cache entry, so a warm run neither
// reads nor hashes the signature file, and reads of the cache entry only the parts matching
// walks (names come from the file one matched module at a time).
import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { threadId } from 'node:worker_threads';
import { CliError, EXIT } from './exit-codes.js';
import { ruleCacheDir } from './rule-cache.js';
import { fetchedSignaturesClone } from './rules-fetch.js';
import { parseSignatureFile } from '../formats/flirt/index.js';
import { deserializeSignatureSet, serializeSignatureSet, type ByteSource, type FlirtSignatureSet } from '../formats/flirt/set.js';
import { SignatureError } from '../formats/flirt/types.js';

/** bump when parsing changes what a set holds: old cache files are then ignored */
const SIG_CACHE_VERSION = 2;

/** Where `rules fetch` puts capa's signatures, and where the CLI looks for them by default. */
export function fetchedSignaturesDir(): string {
  return join(fetchedSignaturesClone(), 'sigs');
}

/** Node's zlib (native) for the .sig trees: 5–10× faster than the portable inflater */
export function nodeInflate(data: Uint8Array, maxSize: number): Uint8Array {
  const b = inflateSync(data, { maxOutputLength: maxSize + 1 });
  return new Uint8Array(b.buffer, b.byteOffset, b.length);
}

export type SignatureSource = 'option' | 'env' | 'fetched' | 'none';

export interface SignatureSelection {
  /** signature files in load order */
  readonly files: string[];
  readonly source: SignatureSource;
  /** what was asked for or found (a path), for reports */
  readonly origin?: string;
}

/** capa's get_signatures: a file as is, a directory's .sig/.pat files, sorted by file name */
export function listSignatureFiles(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    throw new CliError(`signatures path ${path} does not exist or cannot be accessed`, EXIT.INVALID_SIGNATURES);
  }
  if (st.isFile()) return [resolve(path)];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else {
        const dot = e.name.lastIndexOf('.');
        const ext = dot < 0 ? '' : e.name.slice(dot).toLowerCase();
        if (ext === '.sig' || ext === '.pat') out.push(resolve(p));
      }
    }
  };
  walk(path);
  return out.sort((a, b) => cmp(basename(a), basename(b)) || cmp(a, b));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The signature files to use for an option value (undefined = the default). */
export function selectSignatures(option: string | undefined, env: NodeJS.ProcessEnv = process.env): SignatureSelection {
  if (option !== undefined) {
    if (option === 'none') return { files: [], source: 'none', origin: 'none' };
    return { files: listSignatureFiles(option), source: 'option', origin: option };
  }
  if (env.CAPA_SIGNATURES) {
    return { files: listSignatureFiles(env.CAPA_SIGNATURES), source: 'env', origin: env.CAPA_SIGNATURES };
  }
  const fetched = fetchedSignaturesDir();
  if (existsSync(fetched)) return { files: listSignatureFiles(fetched), source: 'fetched', origin: fetched };
  return { files: [], source: 'none' };
}

export interface LoadedSignatures {
  readonly sets: FlirtSignatureSet[];
  /** per file: whether the parsed form came from the cache */
  readonly cacheHits: boolean[];
}

/** Parse (or fetch from the cache) each signature file; a bad file is one error, exit code 15. */
export function loadSignatureFiles(files: readonly string[]): LoadedSignatures {
  const sets: FlirtSignatureSet[] = [];
  const cacheHits: boolean[] = [];
  for (const f of files) {
    const { set, hit } = loadSignatureFile(f);
    sets.push(set);
    cacheHits.push(hit);
  }
  return { sets, cacheHits };
}

export function signatureCachePath(bytes: Uint8Array): string {
  const key = createHash('sha256').update(`capa-ts-sigs-${SIG_CACHE_VERSION}\n`).update(bytes).digest('hex');
  return join(ruleCacheDir(), `sigs-${key.slice(0, 24)}.cache`);
}

function readSignatureFile(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (e) {
    throw new CliError(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.INVALID_SIGNATURES);
  }
}

function loadSignatureFile(path: string): { set: FlirtSignatureSet; hit: boolean } {
  let st: Stats | undefined;
  try {
    st = statSync(path);
  } catch {
    // reported by the read below
  }
  const known = st ? manifestEntry(path, st) : undefined;
  if (known) {
    const set = openCachedSet(join(ruleCacheDir(), known));
    if (set) return { set, hit: true };
  }
  const bytes = readSignatureFile(path);
  const r = loadSignatureBytes(bytes, basename(path));
  if (st) recordManifestEntry(path, st, basename(r.cachePath));
  return { set: r.set, hit: r.hit };
}

/** a signature file's bytes (named like the file: the name picks the parser), through the cache */
export function loadSignatureBytes(bytes: Uint8Array, name: string): { set: FlirtSignatureSet; hit: boolean; cachePath: string } {
  const cachePath = signatureCachePath(bytes);
  const cached = openCachedSet(cachePath);
  if (cached) return { set: cached, hit: true, cachePath };
  let set: FlirtSignatureSet;
  try {
    set = parseSignatureFile(bytes, name, { inflate: nodeInflate });
  } catch (e) {
    if (e instanceof SignatureError) throw new CliError(`invalid signature file: ${e.message}`, EXIT.INVALID_SIGNATURES);
    throw e;
  }
  try {
    mkdirSync(ruleCacheDir(), { recursive: true });
    // (worker threads of one process may write the same entry: a tmp name each)
    const tmp = `${cachePath}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, serializeSignatureSet(set));
    renameSync(tmp, cachePath);
  } catch {
    // a read-only cache directory only costs speed
  }
  return { set, hit: false, cachePath };
}

/** open file descriptors of cache entries, closed when their set is collected */
const openEntries = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/** A cache entry read piecewise through one descriptor (kept open while the set lives). */
class CacheFileSource implements ByteSource {
  constructor(
    private readonly fd: number,
    readonly size: number,
  ) {}

  read(offset: number, length: number): Uint8Array {
    const b = Buffer.allocUnsafe(length);
    let n = 0;
    while (n < length) {
      const r = readSync(this.fd, b, n, length - n, offset + n);
      if (r === 0) break;
      n += r;
    }
    return new Uint8Array(b.buffer, b.byteOffset, n);
  }
}

/** the set in a cache entry, or undefined when there is none or it is damaged (then it is rebuilt) */
function openCachedSet(cachePath: string): FlirtSignatureSet | undefined {
  let fd: number;
  try {
    fd = openSync(cachePath, 'r');
  } catch {
    return undefined;
  }
  try {
    const set = deserializeSignatureSet(new CacheFileSource(fd, fstatSync(fd).size));
    openEntries.register(set, fd);
    return set;
  } catch {
    closeSync(fd);
    return undefined;
  }
}

// ------------------------------------------------------------------ path → cache entry manifest

const MANIFEST = `sigs-manifest-${SIG_CACHE_VERSION}.json`;
const MANIFEST_ENTRIES = 64;

interface ManifestEntry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  /** cache file name in the cache directory */
  readonly entry: string;
}

function readManifest(): Record<string, ManifestEntry> {
  try {
    const m = JSON.parse(readFileSync(join(ruleCacheDir(), MANIFEST), 'utf8')) as unknown;
    return m && typeof m === 'object' && !Array.isArray(m) ? (m as Record<string, ManifestEntry>) : {};
  } catch {
    return {};
  }
}

function manifestEntry(path: string, st: Stats): string | undefined {
  const e = readManifest()[resolve(path)];
  if (!e || e.size !== st.size || e.mtimeMs !== st.mtimeMs || e.ino !== st.ino) return undefined;
  return typeof e.entry === 'string' && /^sigs-[0-9a-f]{24}\.cache$/.test(e.entry) ? e.entry : undefined;
}

function recordManifestEntry(path: string, st: Stats, entry: string): void {
  try {
    const m = readManifest();
    const key = resolve(path);
    delete m[key];
    m[key] = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, entry };
    const keys = Object.keys(m);
    for (const k of keys.slice(0, Math.max(0, keys.length - MANIFEST_ENTRIES))) delete m[k];
    const file = join(ruleCacheDir(), MANIFEST);
    const tmp = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, JSON.stringify(m));
    renameSync(tmp, file);
  } catch {
    // a read-only cache directory only costs speed
  }
}

/** signature files as JSON-safe data (worker threads, queue workers on other machines) */
export interface SignaturesWire {
  readonly source: SignatureSource;
  readonly origin?: string;
  /** file name (picks the parser) and base64 bytes, in load order */
  readonly files: ReadonlyArray<{ readonly name: string; readonly base64: string }>;
}

type InlineFile = { readonly name: string; readonly bytes: Uint8Array };

/**
 * The signatures a run uses: chosen up front (cheap), loaded on first use — only a PE needs them —
 * and then kept for every later sample of the process.
 */
export class ResolvedSignatures {
  private sets: FlirtSignatureSet[] | undefined;

  constructor(
    readonly selection: SignatureSelection,
    /** the files' bytes when they came over the wire instead of from this machine's disk */
    private readonly inline?: readonly InlineFile[],
  ) {}

  /** none were asked for and none are installed (-s none is a choice, not a gap) */
  get missing(): boolean {
    return this.selection.files.length === 0 && this.selection.source === 'none' && this.selection.origin === undefined;
  }

  load(): FlirtSignatureSet[] {
    this.sets ??= this.inline ? this.inline.map((f) => loadSignatureBytes(f.bytes, f.name).set) : loadSignatureFiles(this.selection.files).sets;
    return this.sets;
  }

  toWire(): SignaturesWire {
    const files = this.inline ?? this.selection.files.map((p) => ({ name: basename(p), bytes: readSignatureFile(p) }));
    return {
      source: this.selection.source,
      ...(this.selection.origin !== undefined ? { origin: this.selection.origin } : {}),
      files: files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes.buffer, f.bytes.byteOffset, f.bytes.length).toString('base64') })),
    };
  }

  static fromWire(w: SignaturesWire): ResolvedSignatures {
    return new ResolvedSignatures(
      { files: w.files.map((f) => f.name), source: w.source, ...(w.origin !== undefined ? { origin: w.origin } : {}) },
      w.files.map((f) => {
        const b = Buffer.from(f.base64, 'base64');
        return { name: f.name, bytes: new Uint8Array(b.buffer, b.byteOffset, b.length) };
      }),
    );
  }
}
