// Checked access to parsed JSON: every reader goes through these, so a wrong type or a missing
// key becomes a ReportError naming the path instead of a TypeError deep in an extractor.

import { ReportError } from './errors.js';

export type Obj = Record<string, unknown>;

export function fail(path: string, expected: string, got: unknown): never {
  const t = got === null ? 'null' : Array.isArray(got) ? 'array' : typeof got;
  throw new ReportError(`invalid report: ${path} should be ${expected}, got ${t}`, 'invalid-report');
}

export function obj(v: unknown, path: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'an object', v);
  return v as Obj;
}
export function arr(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, 'a list', v);
  return v;
}
export function str(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, 'a string', v);
  return v;
}
export function optStr(v: unknown, path: string): string | undefined {
  return v === undefined || v === null ? undefined : str(v, path);
}
export function strList(v: unknown, path: string): string[] {
  return arr(v, path).map((x, i) => str(x, `${path}[${i}]`));
}

const DEC = /^[+-]?\d+(?:_\d+)*$/;
const HEX = /^[+-]?0[xX]_?[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*$/;
const OCT = /^[+-]?0[oO]_?[0-7]+(?:_[0-7]+)*$/;
const BIN = /^[+-]?0[bB]_?[01]+(?:_[01]+)*$/;
const ZEROS = /^[+-]?0+(?:_0+)*$/;

function signed(s: string, body: (t: string) => bigint): bigint {
  const neg = s.startsWith('-');
  const t = s.startsWith('-') || s.startsWith('+') ? s.slice(1) : s;
  const v = body(t.replace(/_/g, ''));
  return neg ? -v : v;
}

/** Python `int(s, 10)`; undefined where Python raises ValueError */
export function pyIntDec(s: string): bigint | undefined {
  const t = s.trim();
  return DEC.test(t) ? signed(t, (x) => BigInt(x)) : undefined;
}

/** Python `int(s, 16)` (an optional 0x prefix is accepted) */
export function pyIntHex(s: string): bigint | undefined {
  const t = s.trim();
  if (HEX.test(t)) return signed(t, (x) => BigInt('0x' + x.slice(2)));
  return /^[+-]?[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*$/.test(t) ? signed(t, (x) => BigInt('0x' + x)) : undefined;
}

/** Python `int(s, 0)`: prefix decides the base; no leading zeros on decimals */
export function pyIntAuto(s: string): bigint | undefined {
  const t = s.trim();
  if (HEX.test(t)) return signed(t, (x) => BigInt('0x' + x.slice(2)));
  if (OCT.test(t)) return signed(t, (x) => BigInt('0o' + x.slice(2)));
  if (BIN.test(t)) return signed(t, (x) => BigInt('0b' + x.slice(2)));
  if (ZEROS.test(t)) return 0n;
  if (DEC.test(t) && !/^[+-]?0/.test(t)) return signed(t, (x) => BigInt(x));
  return undefined;
}

/**
 * capa's `HexInt` model type: ints pass, strings are parsed as hex when they start with `0x`,
 * else as decimal; anything else is not an int (undefined).
 */
export function hexInt(v: unknown): bigint | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : undefined;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'string') return v.startsWith('0x') ? pyIntHex(v) : pyIntDec(v);
  return undefined;
}

/** A required HexInt field as a JS number (addresses, ids) */
export function hexIntNum(v: unknown, path: string): number {
  const b = hexInt(v);
  if (b === undefined) fail(path, 'an integer', v);
  if (b > BigInt(Number.MAX_SAFE_INTEGER) || b < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ReportError(`invalid report: ${path} is out of range`, 'invalid-report');
  }
  return Number(b);
}

/** pydantic's lax `int`: JSON integers and decimal strings */
export function laxInt(v: unknown, path: string): number {
  if (typeof v === 'number' && Number.isSafeInteger(v)) return v;
  if (typeof v === 'string') {
    const b = pyIntDec(v);
    if (b !== undefined && b <= BigInt(Number.MAX_SAFE_INTEGER) && b >= -BigInt(Number.MAX_SAFE_INTEGER)) return Number(b);
  }
  return fail(path, 'an integer', v);
}

/** Python's `hex(n)`: lower-case, `-0x…` for negatives */
export function pyHex(n: bigint): string {
  return n < 0n ? '-0x' + (-n).toString(16) : '0x' + n.toString(16);
}
