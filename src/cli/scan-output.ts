// Where a scan's lines go: a JSONL file (-o) or stdout. Each line is written whole with one
// synchronous write, so an interrupted scan leaves only complete lines, and --resume reads back
// which samples are done (cutting off a half-written last line left by a hard kill).
import { closeSync, fsyncSync, mkdirSync, openSync, readSync, renameSync, statSync, ftruncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, EXIT } from './exit-codes.js';
import type { ScanRecord } from './scan-record.js';
import { recordLine } from './scan-record.js';

/** What an existing output file already holds. */
export interface DoneSamples {
  readonly sha256s: Set<string>;
  /** paths of lines without a SHA-256 (files that could not be read) */
  readonly paths: Set<string>;
  readonly lines: number;
}

/**
 * Reads the complete lines of an existing output file. A last line without its newline (a run
 * killed mid-write) is cut off the file so appending starts clean; a line in the middle that is not
 * a scan record is an error (the file is not a scan output, or it was edited).
 */
export function readDone(path: string): DoneSamples {
  const done: DoneSamples = { sha256s: new Set(), paths: new Set(), lines: 0 };
  let fd: number;
  try {
    fd = openSync(path, 'r+');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return done;
    throw new CliError(`${path}: cannot be read for --resume (${(e as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.MISSING_FILE);
  }
  try {
    const size = statSync(path).size;
    const buf = Buffer.alloc(1 << 20);
    let pos = 0;
    let carry = Buffer.alloc(0);
    let good = 0; // byte length of the complete lines
    let lineNo = 0;
    const bad = (): CliError => new CliError(`${path}:${lineNo}: not a scan record; cannot resume from this file`, EXIT.USAGE);
    while (pos < size) {
      const n = readSync(fd, buf, 0, buf.length, pos);
      if (n === 0) break;
      pos += n;
      // lines are split on bytes and decoded whole (a UTF-8 character may straddle two reads)
      const data = carry.length ? Buffer.concat([carry, buf.subarray(0, n)]) : buf.subarray(0, n);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
        const line = data.subarray(start, nl).toString('utf8');
        good += nl - start + 1;
        start = nl + 1;
        lineNo++;
        if (!line.trim()) continue;
        let r: ScanRecord;
        try {
          r = JSON.parse(line) as ScanRecord;
        } catch {
          throw bad();
        }
        if (r === null || typeof r !== 'object' || !Array.isArray(r.paths)) throw bad();
        if (typeof r.sha256 === 'string') done.sha256s.add(r.sha256);
        else for (const p of r.paths) done.paths.add(p);
        (done as { lines: number }).lines++;
      }
      carry = Buffer.from(data.subarray(start));
    }
    if (good < size) ftruncateSync(fd, good);
  } finally {
    closeSync(fd);
  }
  return done;
}

export interface LineSink {
  write(r: ScanRecord): void;
  /** flushes and closes (stdout: waits until it drained) */
  close(): Promise<void>;
}

export function openOutput(path: string | undefined, append: boolean): LineSink {
  if (path === undefined) {
    return {
      write: (r) => void process.stdout.write(recordLine(r)),
      close: () =>
        new Promise((res) => {
          if (process.stdout.writableNeedDrain) process.stdout.once('drain', () => res());
          else res();
        }),
    };
  }
  let fd: number;
  try {
    fd = openSync(path, append ? 'a' : 'w');
  } catch (e) {
    throw new CliError(`${path}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.MISSING_FILE);
  }
  let open = true;
  return {
    write: (r) => {
      const b = Buffer.from(recordLine(r), 'utf8');
      let off = 0;
      while (off < b.length) off += writeSync(fd, b, off);
    },
    close: async () => {
      if (!open) return;
      open = false;
      try {
        fsyncSync(fd);
      } catch {
        // not every file system syncs (pipes named with -o /dev/stdout): the data is written anyway
      }
      closeSync(fd);
    },
  };
}

/** Writes `<dir>/<sha256>.json` atomically (a temporary name, then rename). */
export function writeDocument(dir: string, sha256: string, text: string): void {
  const final = join(dir, `${sha256}.json`);
  const tmp = `${final}.${process.pid}.tmp`;
  writeFileSync(tmp, text.endsWith('\n') ? text : text + '\n');
  renameSync(tmp, final);
}

export function prepareDocumentsDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new CliError(`${dir}: cannot create the documents directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`, EXIT.MISSING_FILE);
  }
}
