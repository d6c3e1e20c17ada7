// Which sandbox produced a report. capa decides by file name (`.log`/`.log.gz` → DRAKVUF when
// the first JSON line has `Plugin`; `.zip` holding logs/summary_v2.json and logs/flog.xml →
// VMRay; `.json`/`.json_`/`.json.gz` with a `CAPE` key or target+info+behavior → CAPE). With a
// name that says nothing (or no name), the content decides: zip magic, or the first JSON value.

import { isGzip, isZip, gunzipText } from './bytes.js';
import { listZipEntries } from './zip.js';

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

export function detectReportFormat(bytes: Uint8Array, path?: string): ReportFormat | undefined {
  const name = (path ?? '').toLowerCase();
  if (name.endsWith('.log') || name.endsWith('log.gz')) {
    return firstLineHasPlugin(head(bytes, 1 << 16)) ? 'drakvuf' : undefined;
  }
  if (name.endsWith('.zip')) return isVmrayZip(bytes) ? 'vmray' : undefined;
  if (isZip(bytes)) return isVmrayZip(bytes) ? 'vmray' : undefined;
  const start = head(bytes, 1 << 16);
  if (firstLineHasPlugin(start)) return 'drakvuf';
  // CAPE keys may come anywhere in the document: the first 64 KiB usually hold `CAPE`/`info`,
  // but only a full read can tell for sure
  if (looksLikeCape(start)) return 'cape';
  if (/^\s*\{/.test(start) && (name.endsWith('json') || name.endsWith('json_') || name.endsWith('json.gz') || !name)) {
    return 'cape';
  }
  return undefined;
}
