// Byte-level helpers shared by the report readers: gzip detection and incremental
// decompression straight to text (fflate's streaming Gunzip + a streaming TextDecoder), so a
// large report never exists as decompressed bytes and as text at the same time.

import { Gunzip } from 'fflate';
import { ReportError } from './errors.js';

export const isGzip = (b: Uint8Array): boolean => b.length >= 2 && b[0] === 0x1f && b[1] === 0x8b;
export const isZip = (b: Uint8Array): boolean =>
  b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 3 || b[2] === 5) && (b[3] === 4 || b[3] === 6);

/**
 * UTF-8 decoding of a byte stream in pieces. TextDecoder's own `stream: true` mode takes a slow
 * path in Node, so each piece is cut at the last complete character and decoded in one go; the
 * few bytes of a split character wait for the next piece.
 */
export class Utf8Chunks {
  // each piece is decoded on its own: a BOM is dropped once, at the very start, not per piece
  private readonly dec = new TextDecoder('utf-8', { ignoreBOM: true });
  private rest: Uint8Array | undefined;
  private first = true;

  decode(chunk: Uint8Array, final = false): string {
    const s = this.piece(chunk, final);
    if (this.first && s.length) {
      this.first = false;
      return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
    }
    return s;
  }

  private piece(chunk: Uint8Array, final: boolean): string {
    let b = chunk;
    if (this.rest) {
      b = new Uint8Array(this.rest.length + chunk.length);
      b.set(this.rest);
      b.set(chunk, this.rest.length);
      this.rest = undefined;
    }
    if (final) return this.dec.decode(b);
    let cut = b.length;
    // back over at most 3 continuation bytes to the lead byte of the last character
    for (let k = 1; k <= 4 && k <= b.length; k++) {
      const c = b[b.length - k]!;
      if ((c & 0xc0) === 0x80) continue; // continuation
      const need = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
      if (need > k) cut = b.length - k;
      break;
    }
    if (cut < b.length) this.rest = b.slice(cut);
    return this.dec.decode(cut === b.length ? b : b.subarray(0, cut));
  }
}

/** V8 refuses strings longer than this (2^29 - 24 UTF-16 units) */
const MAX_TEXT = (1 << 29) - 24;
/** input fed to the inflater per step */
const STEP = 1 << 16;

/**
 * Decompresses a gzip stream chunk by chunk and hands each decoded text chunk to `onText`
 * (chunks split anywhere, including inside lines). Truncated or corrupt data → ReportError.
 */
export function gunzipText(bytes: Uint8Array, onText: (s: string) => void, what = 'report'): void {
  const dec = new Utf8Chunks();
  let ended = false;
  let total = 0;
  const gz = new Gunzip((chunk, final) => {
    if (chunk.length) {
      const s = dec.decode(chunk);
      total += s.length;
      if (total > MAX_TEXT) throw new ReportError(`${what} is too large to decode`, 'invalid-report');
      if (s) onText(s);
    }
    if (final) ended = true;
  });
  try {
    for (let off = 0; off < bytes.length; off += STEP) {
      const end = Math.min(bytes.length, off + STEP);
      gz.push(bytes.subarray(off, end), end === bytes.length);
    }
  } catch (e) {
    if (e instanceof ReportError) throw e;
    throw new ReportError(`${what}: corrupt gzip data (${(e as Error).message})`, 'invalid-report');
  }
  if (!ended) throw new ReportError(`${what}: truncated gzip data`, 'invalid-report');
  const rest = dec.decode(new Uint8Array(0), true);
  if (rest) onText(rest);
}

/** The whole text of a (possibly gzip-compressed) report. */
export function reportText(bytes: Uint8Array, what = 'report'): string {
  if (isGzip(bytes)) {
    const parts: string[] = [];
    gunzipText(bytes, (s) => parts.push(s), what);
    return parts.join('');
  }
  if (bytes.length > MAX_TEXT) throw new ReportError(`${what} is too large to decode`, 'invalid-report');
  return new TextDecoder('utf-8').decode(bytes);
}

/**
 * Calls `onLine` for every line of a (possibly gzip-compressed) text, decoding incrementally:
 * only the current chunk and one partial line are held at a time.
 */
export function forEachLine(bytes: Uint8Array, onLine: (line: string, n: number) => void, what = 'report'): void {
  // the start of an unfinished line, in pieces: joined once its end arrives (linear in its length)
  let pending: string[] = [];
  let n = 0;
  const feed = (s: string): void => {
    let start = 0;
    for (;;) {
      const nl = s.indexOf('\n', start);
      if (nl < 0) break;
      let line = s.slice(start, nl);
      if (pending.length) {
        pending.push(line);
        line = pending.join('');
        pending = [];
      }
      onLine(line, ++n);
      start = nl + 1;
    }
    if (start < s.length) pending.push(s.slice(start));
  };
  if (isGzip(bytes)) gunzipText(bytes, feed, what);
  else {
    const dec = new Utf8Chunks();
    for (let off = 0; off < bytes.length; off += STEP) {
      const end = Math.min(bytes.length, off + STEP);
      feed(dec.decode(bytes.subarray(off, end), end === bytes.length));
    }
  }
  if (pending.length) onLine(pending.join(''), ++n);
}

export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ReportError(`${what} is not valid JSON (${(e as Error).message})`, 'invalid-report');
  }
}
