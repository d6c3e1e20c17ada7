// File-scope string scan (capa `extract_file_strings`, §4.3): ASCII runs of ≥4 printable bytes
// (0x20–0x7E or TAB) and UTF-16LE runs of ≥4 such characters each followed by 0x00, found by
// two independent, greedy, left-to-right scans over the raw bytes. Located at file offsets.
// Shared by the PE and ELF file extractors.

import type { Located } from '../../features/extractor.js';
import { featureKey, type Feature } from '../../features/feature.js';

export interface FoundString {
  /** file offset of the first byte */
  readonly offset: number;
  readonly s: string;
}

export const MIN_STRING_LENGTH = 4;

/** 1 for bytes in capa's ASCII_BYTE class */
const PRINTABLE = new Uint8Array(256);
for (let c = 0x20; c <= 0x7e; c++) PRINTABLE[c] = 1;
PRINTABLE[0x09] = 1;

/** capa returns nothing for a buffer made of one repeated 'A', 0x00, 0xFE or 0xFF byte */
function isRepeatFilled(buf: Uint8Array): boolean {
  if (buf.length === 0) return true;
  const b0 = buf[0]!;
  if (b0 !== 0x41 && b0 !== 0x00 && b0 !== 0xfe && b0 !== 0xff) return false;
  for (let i = 1; i < buf.length; i++) if (buf[i] !== b0) return false;
  return true;
}

/** below this length V8 copies concatenations into flat strings anyway */
const SHORT_RUN = 12;
/** argument-count bound for `String.fromCharCode.apply` */
const APPLY_CHUNK = 0x2000;
const UTF16LE = new TextDecoder('utf-16le');

/**
 * The printable ASCII bytes [start, end) as a string. Long runs are built in one piece: char-wise
 * `+=` would leave a rope of cons strings that stays alive as long as the file features do.
 */
function asciiRun(buf: Uint8Array, start: number, end: number): string {
  let s = '';
  if (end - start <= SHORT_RUN) {
    for (let k = start; k < end; k++) s += String.fromCharCode(buf[k]!);
    return s;
  }
  for (let k = start; k < end; k += APPLY_CHUNK) {
    s += String.fromCharCode.apply(null, buf.subarray(k, Math.min(end, k + APPLY_CHUNK)) as unknown as number[]);
  }
  return s;
}

/** the UTF-16LE run [start, end) (printable ASCII characters, each followed by NUL) */
function utf16Run(buf: Uint8Array, start: number, end: number): string {
  if (end - start <= 2 * SHORT_RUN) {
    let s = '';
    for (let k = start; k < end; k += 2) s += String.fromCharCode(buf[k]!);
    return s;
  }
  return UTF16LE.decode(buf.subarray(start, end));
}

export function extractAsciiStrings(buf: Uint8Array, minLen = MIN_STRING_LENGTH): FoundString[] {
  const out: FoundString[] = [];
  if (isRepeatFilled(buf)) return out;
  const n = buf.length;
  let i = 0;
  while (i < n) {
    if (PRINTABLE[buf[i]!] === 0) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && PRINTABLE[buf[i]!] === 1) i++;
    if (i - start >= minLen) out.push({ offset: start, s: asciiRun(buf, start, i) });
  }
  return out;
}

export function extractUnicodeStrings(buf: Uint8Array, minLen = MIN_STRING_LENGTH): FoundString[] {
  const out: FoundString[] = [];
  if (isRepeatFilled(buf)) return out;
  const n = buf.length;
  let i = 0;
  while (i + 1 < n) {
    // cheap rejection: a run needs a printable byte followed by NUL here
    if (buf[i + 1] !== 0 || PRINTABLE[buf[i]!] === 0) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && buf[j + 1] === 0 && PRINTABLE[buf[j]!] === 1) j += 2;
    const chars = (j - i) >> 1;
    if (chars >= minLen) {
      out.push({ offset: i, s: utf16Run(buf, i, j) });
      i = j;
    } else {
      i++;
    }
  }
  return out;
}

/** `string` features over the whole file, ASCII first then UTF-16LE, at file offsets */
export function extractFileStrings(buf: Uint8Array, minLen = MIN_STRING_LENGTH, out: Located[] = []): Located[] {
  // built inline (no intermediate records): this runs over every byte of large samples
  const push = (offset: number, s: string): void => {
    const feature: Feature = { type: 'string', value: s, key: featureKey('string', s) };
    out.push({ feature, address: { type: 'file', value: offset } });
  };
  for (const f of extractAsciiStrings(buf, minLen)) push(f.offset, f.s);
  for (const f of extractUnicodeStrings(buf, minLen)) push(f.offset, f.s);
  return out;
}
