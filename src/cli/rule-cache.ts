// Loading rules from disk through the on-disk rule cache (spec §2.6).
//
// Cache directory: $CAPA_TS_CACHE_DIR, else $XDG_CACHE_HOME/capa-ts, else ~/.cache/capa-ts.
//
//   rules-<key>.cache   a pre-built rule set (src/rules/cache.ts) under its content key: the SHA-256
//                       of the capa-ts version, the cache format and the SHA-256 of every rule file.
//                       Framing: the key, a newline, the SHA-256 of the pre-built bytes, a newline,
//                       the bytes (a damaged file is noticed before anything is decoded from it).
//   rules-<where>.stat  per rules location (the rule paths given): the stat key of its files (names,
//                       sizes, mtimes, ctimes, inodes) → the content key and each file's hash. When nothing changed since it was
//                       written, a warm start reads no rule file at all (a rule's text is read when
//                       it is shown). Any change to a file (content, rename, touch) changes its
//                       ctime, so the stat key misses and the files are read and hashed again.
//                       Files changed within the last 2 s are "racily clean" (a later change could
//                       keep size and times): no manifest is written then, as git does.
//
// Editing, adding or removing any rule file makes a new key; an unreadable or stale cache is
// rebuilt silently. Writes are atomic (temporary file + rename).
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import type { RuleFile } from '../rules/load.js';
import { buildRuleSet } from '../rules/load.js';
import { loadPrebuiltRuleSet, ruleCacheKey, serializeRuleSet, CACHE_FORMAT, type CachedFile, type HashFn } from '../rules/cache.js';
import type { RuleSet } from '../rules/ruleset.js';
import { VERSION } from '../version.js';

const nodeSha256: HashFn = (data) => createHash('sha256').update(data).digest('hex');

/** files whose mtime/ctime is this close to now are not trusted by their stat alone */
const RACY_MS = 2000;

/**
 * A rule file read from disk: the bytes stay off the JS heap and are decoded to text on first use
 * (exactly as `readFileSync(path, 'utf8')` would). A warm cache load needs only the bytes (for the
 * key) and the text of the few rules whose source ends up in a result document.
 */
class DiskRuleFile implements RuleFile {
  private decoded: string | undefined = undefined;
  constructor(
    readonly path: string,
    readonly bytes: Buffer,
  ) {}
  get text(): string {
    if (this.decoded === undefined) this.decoded = this.bytes.toString('utf8');
    return this.decoded;
  }
  set text(t: string) {
    this.decoded = t;
  }
}

/** A rule file known by its stat only: read when its text is first asked for. */
class UnreadRuleFile implements CachedFile {
  private decoded: string | undefined = undefined;
  constructor(readonly path: string) {}
  get text(): string {
    if (this.decoded === undefined) this.decoded = readFileSync(this.path, 'utf8');
    return this.decoded;
  }
}

function readRuleFile(p: string): RuleFile {
  return new DiskRuleFile(p, readFileSync(p));
}

export function ruleCacheDir(): string {
  const env = process.env;
  if (env.CAPA_TS_CACHE_DIR) return env.CAPA_TS_CACHE_DIR;
  if (env.XDG_CACHE_HOME) return join(env.XDG_CACHE_HOME, 'capa-ts');
  return join(homedir(), '.cache', 'capa-ts');
}

/** Where `rules fetch` puts the official rules, and where the CLI looks for them by default. */
export function fetchedRulesDir(): string {
  return join(ruleCacheDir(), 'capa-rules');
}

/** the sparse clone of mandiant/capa (only `sigs/`) that `rules fetch` makes beside the rules */
export function fetchedSignaturesClone(): string {
  return join(ruleCacheDir(), 'capa-sigs');
}

interface ListedFile {
  readonly path: string;
  readonly stat: Stats;
}

/**
 * Rule files under the given paths, not read: directories are walked recursively (sorted; a
 * directory whose path contains `.git` is skipped, as capa does); only `*.yml` files are taken from
 * directories, files named explicitly always are.
 */
export function listRuleFiles(paths: readonly string[]): ListedFile[] {
  const out: ListedFile[] = [];
  const walkDir = (dir: string): void => {
    if (dir.includes('.git')) return;
    // withFileTypes saves a stat per directory entry
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      // `dir` is absolute and normalised, a name has no separator: no join() (it normalises again)
      const p = dir.endsWith(sep) ? dir + e.name : dir + sep + e.name;
      if (e.isDirectory()) walkDir(p);
      else if (e.isSymbolicLink()) walk(p, false);
      else if (e.name.endsWith('.yml')) out.push({ path: p, stat: statSync(p) });
    }
  };
  const walk = (p: string, explicit: boolean): void => {
    const st = statSync(p);
    if (st.isDirectory()) walkDir(resolve(p));
    else if (explicit || p.endsWith('.yml')) out.push({ path: resolve(p), stat: st });
  };
  for (const p of paths) walk(p, true);
  return out;
}

/** Rule files under the given files/directories (see listRuleFiles), read. */
export function collectRuleFiles(paths: readonly string[]): RuleFile[] {
  return listRuleFiles(paths).map((f) => readRuleFile(f.path));
}

export interface CachedLoad {
  ruleset: RuleSet;
  /** true when the rules came from the cache */
  hit: boolean;
  /** true when no rule file was read (the stat manifest was current) */
  unread?: boolean;
  cachePath: string;
  /** the rule set in the pre-built form (src/rules/cache.ts), e.g. for worker threads */
  prebuilt: Uint8Array;
}

function cachePathOf(key: string): string {
  return join(ruleCacheDir(), `rules-${key.slice(0, 16)}.cache`);
}

function writeAtomic(path: string, data: string | Uint8Array): void {
  try {
    mkdirSync(ruleCacheDir(), { recursive: true });
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch {
    // a read-only cache directory only costs speed
  }
}

/** The pre-built rule set stored under `key`, if present and intact. */
function readCache(key: string, fileOfHash: (h: string) => CachedFile | undefined): { ruleset: RuleSet; prebuilt: Uint8Array } | undefined {
  let data: Buffer;
  try {
    data = readFileSync(cachePathOf(key));
  } catch {
    return undefined;
  }
  const nl1 = data.indexOf(0x0a);
  const nl2 = nl1 < 0 ? -1 : data.indexOf(0x0a, nl1 + 1);
  if (nl2 < 0 || data.toString('latin1', 0, nl1) !== key) return undefined;
  const blob = data.subarray(nl2 + 1);
  if (data.toString('latin1', nl1 + 1, nl2) !== nodeSha256(blob)) return undefined;
  try {
    return { ruleset: loadPrebuiltRuleSet(blob, fileOfHash), prebuilt: blob };
  } catch {
    return undefined;
  }
}

function writeCache(key: string, ruleset: RuleSet, hashOfPath: (p: string) => string | undefined): Uint8Array {
  const blob = serializeRuleSet(ruleset, hashOfPath);
  const head = Buffer.from(`${key}\n${nodeSha256(blob)}\n`, 'latin1');
  writeAtomic(cachePathOf(key), Buffer.concat([head, blob]));
  return blob;
}

/**
 * A rule file's SHA-256: of the bytes as read (a file that is not valid UTF-8 still gets a key of
 * its own); text given in memory is hashed as its UTF-8 encoding, the same for valid UTF-8 files.
 */
function hashRuleFile(f: RuleFile): string {
  return nodeSha256(f.bytes ?? Buffer.from(f.text, 'utf8'));
}

/** Rules of the given in-memory files, from the cache when it is current (built and cached otherwise). */
export function loadRuleFilesCached(files: readonly RuleFile[]): CachedLoad {
  return loadHashed(files, files.map(hashRuleFile)).load;
}

function loadHashed(files: readonly RuleFile[], hashes: readonly string[]): { load: CachedLoad; key: string } {
  const key = ruleCacheKey(hashes, { sha256: nodeSha256 });
  const fileByHash = new Map<string, RuleFile>();
  const hashByPath = new Map<string, string>();
  files.forEach((f, i) => {
    if (!fileByHash.has(hashes[i]!)) fileByHash.set(hashes[i]!, f);
    hashByPath.set(f.path, hashes[i]!);
  });
  const cachePath = cachePathOf(key);
  const cached = readCache(key, (h) => fileByHash.get(h));
  if (cached !== undefined) return { load: { ...cached, hit: true, cachePath }, key };
  const ruleset = buildRuleSet(files);
  const prebuilt = writeCache(key, ruleset, (p) => hashByPath.get(p));
  return { load: { ruleset, hit: false, cachePath, prebuilt }, key };
}

/** `loadRulesCached` found no rule file at all */
export class NoRuleFilesError extends Error {
  override readonly name = 'NoRuleFilesError';
}

interface StatManifest {
  key: string;
  /** per rule file on disk, in order: [path, SHA-256] */
  files: Array<[string, string]>;
}

/**
 * Rules of in-memory `files` (e.g. the embedded pack) followed by the rule files under `paths`.
 * When the stat manifest of `paths` is current, no rule file is read (see the header).
 */
export function loadRulesCached(opts: {
  files?: readonly RuleFile[];
  paths: readonly string[];
  /** files changed this recently (ms) are not trusted by their stat (default 2000; tests use 0) */
  racyMs?: number;
}): CachedLoad {
  const racyMs = opts.racyMs ?? RACY_MS;
  const mem = opts.files ?? [];
  const listed = listRuleFiles(opts.paths);
  if (mem.length + listed.length === 0) throw new NoRuleFilesError(`no rules found in ${opts.paths.join(', ')}`);
  const memHashes = mem.map(hashRuleFile);
  let fingerprint = `${VERSION}+cache${CACHE_FORMAT}\u0000stat\u0000`;
  for (let i = 0; i < mem.length; i++) fingerprint += `${mem[i]!.path}\u0000${memHashes[i]}\u0000`;
  const now = Date.now();
  let racy = false;
  for (const f of listed) {
    const s = f.stat;
    // times in ms with a fraction: sub-microsecond precision, far below the racy window
    fingerprint += `${f.path}\u0000${s.size}\u0000${s.mtimeMs}\u0000${s.ctimeMs}\u0000${s.ino}\u0000`;
    if (now - s.mtimeMs < racyMs || now - s.ctimeMs < racyMs) racy = true;
  }
  const statKey = nodeSha256(Buffer.from(fingerprint, 'utf8'));
  // one manifest per rules location (rewritten when its files change, so they do not pile up)
  const where = `${VERSION}+cache${CACHE_FORMAT}\u0000${mem.map((f) => f.path).join('\u0000')}\u0000${opts.paths.map((p) => resolve(p)).join('\u0000')}`;
  const manifestPath = join(ruleCacheDir(), `rules-${nodeSha256(Buffer.from(where, 'utf8')).slice(0, 16)}.stat`);

  // 1. manifest current: load the pre-built set, files read only when shown
  let manifest: StatManifest | undefined;
  try {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as StatManifest & { stat?: string };
    if (m.stat === statKey && typeof m.key === 'string' && Array.isArray(m.files) && m.files.length === listed.length) manifest = m;
  } catch {
    // no manifest
  }
  if (manifest !== undefined) {
    const byHash = new Map<string, CachedFile>();
    mem.forEach((f, i) => byHash.has(memHashes[i]!) || byHash.set(memHashes[i]!, f));
    for (const [p, h] of manifest.files) if (!byHash.has(h)) byHash.set(h, new UnreadRuleFile(p));
    const cached = readCache(manifest.key, (h) => byHash.get(h));
    if (cached !== undefined) return { ...cached, hit: true, unread: true, cachePath: cachePathOf(manifest.key) };
  }

  // 2. read and hash every file: the content-keyed cache (built when missing)
  const disk = listed.map((f) => readRuleFile(f.path));
  const diskHashes = disk.map(hashRuleFile);
  const { load, key } = loadHashed([...mem, ...disk], [...memHashes, ...diskHashes]);
  if (!racy) {
    const files: Array<[string, string]> = disk.map((f, i) => [f.path, diskHashes[i]!]);
    writeAtomic(manifestPath, JSON.stringify({ stat: statKey, key, files }));
  }
  return load;
}

export async function loadRuleSetCached(paths: string[]): Promise<RuleSet> {
  return loadRulesCached({ paths }).ruleset;
}
