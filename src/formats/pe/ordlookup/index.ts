// vivisect's ordinal lookup (`PE/ordlookup`): ordinal imports of a few well-known DLLs get
// their symbol name; everything else becomes `ord<N>`. The library name is matched
// lower-cased and verbatim, so 'WS2_32.dll' resolves but 'ws2_32' (no extension) does not.

import { MFC42 } from './mfc42.js';
import { MSVBVM60 } from './msvbvm60.js';
import { COMCTL32, OLEAUT32, OLEDLG, WS2_32 } from './tables.js';

function decode(table: string): ReadonlyMap<number, string> {
  const out = new Map<number, string>();
  let ord = 0;
  for (const tok of table.split(/\s+/)) {
    if (tok === '') continue;
    if (tok.startsWith('@')) {
      ord = Number(tok.slice(1));
      continue;
    }
    out.set(ord++, tok);
  }
  return out;
}

// library name → encoded table; each is decoded the first time one of its ordinals is looked up
const ENCODED: ReadonlyMap<string, string> = new Map([
  ['ws2_32.dll', WS2_32],
  ['wsock32.dll', WS2_32],
  ['oleaut32.dll', OLEAUT32],
  ['comctl32.dll', COMCTL32],
  ['oledlg.dll', OLEDLG],
  ['mfc42.dll', MFC42],
  ['msvbvm60.dll', MSVBVM60],
]);
const decoded = new Map<string, ReadonlyMap<number, string>>();

function tableOf(libname: string): ReadonlyMap<number, string> | undefined {
  const key = libname.toLowerCase();
  let t = decoded.get(key);
  if (!t) {
    const enc = ENCODED.get(key);
    if (enc === undefined) return undefined;
    // wsock32 shares ws2_32's string: decode it once
    t = [...decoded].find(([k]) => ENCODED.get(k) === enc)?.[1] ?? decode(enc);
    decoded.set(key, t);
  }
  return t;
}

/** the name vivisect gives an ordinal import: the table name, else `ord<N>` */
export function ordLookup(libname: string, ordinal: number): string {
  return tableOf(libname)?.get(ordinal) ?? `ord${ordinal}`;
}

/** the table for a library (lower-cased file name), for tests */
export function ordinalTable(libname: string): ReadonlyMap<number, string> | undefined {
  return tableOf(libname);
}
