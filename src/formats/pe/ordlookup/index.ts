// vivisect's ordinal lookup (`PE/ordlookup`): ordinal imports of a few well-known DLLs get
// their symbol name; everything else becomes `ord<N>`. The library name is matched
// lower-cased and verbatim, so 'WS2_32.dll' resolves but 'ws2_32' (no extension) does not.

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

let tables: Map<string, ReadonlyMap<number, string>> | undefined;

function getTables(): Map<string, ReadonlyMap<number, string>> {
  if (!tables) {
    const ws2 = decode(WS2_32);
    tables = new Map([
      ['ws2_32.dll', ws2],
      ['wsock32.dll', ws2],
      ['oleaut32.dll', decode(OLEAUT32)],
      ['comctl32.dll', decode(COMCTL32)],
      ['oledlg.dll', decode(OLEDLG)],
    ]);
  }
  return tables;
}

/** the name vivisect gives an ordinal import: the table name, else `ord<N>` */
export function ordLookup(libname: string, ordinal: number): string {
  return getTables().get(libname.toLowerCase())?.get(ordinal) ?? `ord${ordinal}`;
}

/** the table for a library (lower-cased file name), for tests */
export function ordinalTable(libname: string): ReadonlyMap<number, string> | undefined {
  return getTables().get(libname.toLowerCase());
}
