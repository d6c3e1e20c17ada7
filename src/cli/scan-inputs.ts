// The samples of a scan: files and directories (walked recursively), `-` for paths read from stdin,
// each file hashed once, files with the same SHA-256 folded into one sample with all their paths.
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { SampleRef } from './scan-record.js';

export interface Sample extends SampleRef {
  readonly sha256: string;
  readonly paths: string[];
  readonly size: number;
}

/** A path that yields no sample: the scan records it as an `unreadable` line. */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

export interface CollectedInputs {
  /** distinct samples, in the order first found */
  readonly samples: Sample[];
  readonly problems: InputProblem[];
  /** files skipped because a file with the same SHA-256 came first */
  readonly duplicates: number;
}

export interface CollectOptions {
  /** where `-` reads paths from (one per line) */
  readonly stdin?: NodeJS.ReadableStream;
  /** files never taken as samples (the scan's own output), as real paths */
  readonly exclude?: ReadonlySet<string>;
  /** directories never walked (the scan's --documents directory), as real paths */
  readonly excludeDirs?: ReadonlySet<string>;
  /** stops the walk (Ctrl-C): what was found so far is returned */
  readonly signal?: AbortSignal;
  /** called after each file is hashed */
  readonly onFile?: (files: number, bytes: number) => void;
}

async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

function errText(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'too many levels of symbolic links';
  return code ?? (e instanceof Error ? e.message : String(e));
}

async function* stdinPaths(stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  for await (const line of createInterface({ input: stdin, crlfDelay: Infinity })) {
    const p = line.trim();
    if (p) yield p;
  }
}

/** Files under the given paths (directories recursively, symbolic links followed, loops cut). */
async function* walk(paths: AsyncIterable<string> | Iterable<string>, opts: CollectOptions, problems: InputProblem[]): AsyncGenerator<{ path: string; size: number }> {
  const seenDirs = new Set<string>();
  async function* visit(path: string, explicit: boolean): AsyncGenerator<{ path: string; size: number }> {
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      problems.push({ path, message: `${path}: ${errText(e)}` });
      return;
    }
    if (st.isDirectory()) {
      let real: string;
      try {
        real = await realpath(path);
      } catch (e) {
        problems.push({ path, message: `${path}: ${errText(e)}` });
        return;
      }
      if (seenDirs.has(real) || opts.excludeDirs?.has(real)) return;
      seenDirs.add(real);
      let entries: Dirent[];
      try {
        entries = await readdir(path, { withFileTypes: true });
      } catch (e) {
        problems.push({ path, message: `${path}: ${errText(e)}` });
        return;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) yield* visit(join(path, e.name), false);
      return;
    }
    if (!st.isFile()) {
      // sockets, fifos, devices: reading one could block or never end
      if (explicit) problems.push({ path, message: `${path}: not a regular file` });
      return;
    }
    if (opts.exclude?.size) {
      try {
        if (opts.exclude.has(await realpath(path))) return;
      } catch {
        // vanished: hashing reports it
      }
    }
    yield { path, size: st.size };
  }
  for await (const p of paths) yield* visit(resolve(p), true);
}

/** Every sample under `args` (`-`: paths from stdin), hashed and folded by SHA-256. */
export async function collectSamples(args: readonly string[], opts: CollectOptions = {}): Promise<CollectedInputs> {
  const problems: InputProblem[] = [];
  const bySha = new Map<string, Sample>();
  const seenPaths = new Set<string>();
  let duplicates = 0;
  let files = 0;
  let bytes = 0;

  async function* expanded(): AsyncGenerator<string> {
    for (const a of args) {
      if (a === '-') {
        if (!opts.stdin) throw new Error('no standard input to read paths from');
        yield* stdinPaths(opts.stdin);
      } else yield a;
    }
  }

  // hash a few files at a time: the reads overlap, the order of the result does not depend on it
  const CONCURRENCY = 8;
  const inflight = new Set<Promise<void>>();
  const found: { path: string; size: number; sha256?: string; error?: string }[] = [];
  for await (const f of walk(expanded(), opts, problems)) {
    if (opts.signal?.aborted) break;
    if (seenPaths.has(f.path)) continue;
    seenPaths.add(f.path);
    const entry: (typeof found)[number] = { ...f };
    found.push(entry);
    const job = sha256File(f.path)
      .then((h) => {
        entry.sha256 = h;
      })
      .catch((e: unknown) => {
        entry.error = `${f.path}: ${errText(e)}`;
      })
      .finally(() => {
        inflight.delete(job);
        files++;
        bytes += f.size;
        opts.onFile?.(files, bytes);
      });
    inflight.add(job);
    if (inflight.size >= CONCURRENCY) await Promise.race(inflight);
  }
  await Promise.all(inflight);

  for (const f of found) {
    if (f.error !== undefined || f.sha256 === undefined) {
      problems.push({ path: f.path, message: f.error ?? `${f.path}: cannot be read` });
      continue;
    }
    const s = bySha.get(f.sha256);
    if (s) {
      s.paths.push(f.path);
      duplicates++;
    } else bySha.set(f.sha256, { sha256: f.sha256, paths: [f.path], size: f.size });
  }
  return { samples: [...bySha.values()], problems, duplicates };
}
