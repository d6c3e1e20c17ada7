// Which sandbox produced a report. capa decides by file name (`.log`/`.log.gz` → DRAKVUF when
// the first JSON line has `Plugin`; `.zip` holding logs/summary_v2.json and logs/flog.xml →
// VMRay; `.json`/`.json_`/`.json.gz` with a `CAPE` key or target+info+behavior → CAPE). With a
// name that says nothing (or no name), the content decides the same way: zip magic, a first JSON
// line with `Plugin`, or a JSON object with CAPE's top-level keys.

import { isGzip, isZip, gunzipText } from './bytes.js';
import { listZipEntries } from './zip.js';
import { JsonStream } from './json-stream.js';

export type ReportFormat = 'cape' | 'drakvuf' | 'vmray';

/** first `n` characters of the (possibly gzip-compressed) text; never throws */
function head(bytes: Uint8Array, n: number): string {
  if (!isGzip(bytes)) return new TextDecoder('utf-8').decode(bytes.subarray(0, n));
  let out = '';
  const stop = {};
  try {
    gunzipText(bytes.subarray(0, Math.min(bytes.length, 1 << 16)), (s) => {
      out += s;
      if (out.length >= n) throw stop;
    });
  } catch {
    // truncated on purpose (a prefix of the stream) or not gzip after all: keep what came out
  }
  return out.slice(0, n);
}

function isVmrayZip(bytes: Uint8Array): boolean {
  try {
    const names = new Set(listZipEntries(bytes).map((e) => e.name));
    return names.has('logs/summary_v2.json') && names.has('logs/flog.xml');
  } catch {
    return false;
  }
}

function firstLineHasPlugin(text: string): boolean {
  const nl = text.indexOf('\n');
  try {
    const v = JSON.parse(nl < 0 ? text : text.slice(0, nl)) as unknown;
    return typeof v === 'object' && v !== null && 'Plugin' in v;
  } catch {
    return false;
  }
}

/** CAPE top-level keys, looked for in the text so a large report is not parsed twice */
function looksLikeCape(text: string): boolean {
  if (!/^\s*\{/.test(text)) return false;
  if (text.includes('"CAPE"')) return true;
  return text.includes('"target"') && text.includes('"info"') && text.includes('"behavior"');
}

/** a full, building-nothing pass over a JSON document for its top-level keys */
function hasCapeRootKeys(bytes: Uint8Array): boolean {
  const keys = new Set<string>();
  const parser = new JsonStream({
    keep(path) {
      if (path.length === 1) keys.add(String(path[0]));
      return false;
    },
  });
  try {
    if (isGzip(bytes)) gunzipText(bytes, (s) => parser.push(s));
    else parser.push(new TextDecoder('utf-8').decode(bytes));
    parser.end();
  } catch {
    // not JSON after all (or truncated): judge by the keys seen so far
  }
  return keys.has('CAPE') || (keys.has('target') && keys.has('info') && keys.has('behavior'));
}

export function detectReportFormat(bytes: Uint8Array, path?: string): ReportFormat | undefined {
  const name = (path ?? '').toLowerCase();
  if (name.endsWith('.log') || name.endsWith('log.gz')) {
    return firstLineHasPlugin(head(bytes, 1 << 16)) ? 'drakvuf' : undefined;
  }
  if (name.endsWith('.zip')) return isVmrayZip(bytes) ? 'vmray' : undefined;
  if (isZip(bytes)) return isVmrayZip(bytes) ? 'vmray' : undefined;
  const start = head(bytes, 1 << 16);
  if (firstLineHasPlugin(start)) return 'drakvuf';
  if (!/^\s*\{/.test(start)) return undefined;
  // the top-level keys usually show in the first 64 KiB; if not, scan the document for them
  if (looksLikeCape(start) || hasCapeRootKeys(bytes)) return 'cape';
  return undefined;
}
