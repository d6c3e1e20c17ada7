// CAPE sandbox JSON reports (`.json`, `.json.gz`; CAPE 2.2 and 2.4 as capa models them).
//
// The report is decompressed, decoded and parsed incrementally (JsonStream): only the parts
// capa's CAPE extractor uses are built (signatures, network, screenshots, … are scanned and
// dropped) and each API call becomes its compact record as soon as it is parsed, so neither the
// whole text nor the whole object tree is ever in memory. Types are checked on the fields used;
// a wrong one is a ReportError('invalid-report').

import { ReportError } from './errors.js';
import { gunzipText, isGzip, Utf8Chunks } from './bytes.js';
import { JsonStream, type PathKey } from './json-stream.js';
import { arr, fail, hexInt, hexIntNum, laxInt, obj, optStr, str, strList, type Obj } from './shape.js';

/** argument value as capa's model types it: int, str, or an (always empty) list → null */
export type CapeValue = bigint | string | null;

export interface CapeArgument {
  readonly name: string;
  readonly value: CapeValue;
  readonly prettyValue?: string;
}

export interface CapeCall {
  readonly threadId: number;
  readonly api: string;
  readonly arguments: readonly CapeArgument[];
  readonly returnValue: bigint;
  readonly prettyReturn?: string;
}

export interface CapeProcess {
  readonly pid: number;
  readonly ppid: number;
  readonly name: string;
  readonly threads: readonly number[];
  /** the process-wide call list: a call's id is its index here */
  readonly calls: readonly CapeCall[];
  /** environment variable values, in report order */
  readonly environ: readonly string[];
}

export interface CapeImport {
  readonly dll: string;
  readonly name: string;
  readonly address: number;
}

export interface CapeReport {
  readonly version: string;
  /** `file` command output for the target, e.g. `PE32 executable (GUI) Intel 80386, for MS Windows` */
  readonly fileType: string;
  readonly hashes: { readonly md5: string; readonly sha1: string; readonly sha256: string };
  readonly imageBase: number;
  readonly imports: readonly CapeImport[];
  readonly exports: readonly { readonly name: string; readonly address: number }[];
  readonly sections: readonly { readonly name: string; readonly address: number }[];
  /** report strings, then the behaviour summary (keys, files, mutexes, commands, APIs, services) */
  readonly fileStrings: readonly string[];
  readonly processes: readonly CapeProcess[];
}

export const CAPE_TESTED_VERSIONS = ['2.2-CAPE', '2.4-CAPE'];

function argValue(v: unknown, path: string): CapeValue {
  if (Array.isArray(v)) {
    if (v.length) fail(path, 'an int, a string or an empty list', v);
    return null;
  }
  if (typeof v === 'string') return hexInt(v) ?? v;
  const n = hexInt(v);
  if (n === undefined) fail(path, 'an int, a string or an empty list', v);
  return n;
}

/** calls already reduced while streaming */
const READ_CALLS = new WeakSet<object>();

function readCall(c: unknown, path: string): CapeCall {
  if (typeof c === 'object' && c !== null && READ_CALLS.has(c)) return c as CapeCall;
  const o = obj(c, path);
  const args = arr(o.arguments, `${path}.arguments`).map((a, i) => {
    const p = `${path}.arguments[${i}]`;
    const ao = obj(a, p);
    const prettyValue = optStr(ao.pretty_value, `${p}.pretty_value`);
    return {
      name: str(ao.name, `${p}.name`),
      value: argValue(ao.value, `${p}.value`),
      ...(prettyValue ? { prettyValue } : {}),
    };
  });
  const ret = hexInt(o.return);
  if (ret === undefined) fail(`${path}.return`, 'an integer', o.return);
  const prettyReturn = optStr(o.pretty_return, `${path}.pretty_return`);
  return {
    threadId: laxInt(o.thread_id, `${path}.thread_id`),
    api: str(o.api, `${path}.api`),
    arguments: args,
    returnValue: ret,
    ...(prettyReturn ? { prettyReturn } : {}),
  };
}

function readProcess(p: unknown, path: string): CapeProcess {
  const o = obj(p, path);
  const environ = obj(o.environ ?? {}, `${path}.environ`);
  return {
    pid: laxInt(o.process_id, `${path}.process_id`),
    ppid: laxInt(o.parent_id, `${path}.parent_id`),
    name: str(o.process_name, `${path}.process_name`),
    threads: arr(o.threads, `${path}.threads`).map((t, i) => laxInt(t, `${path}.threads[${i}]`)),
    calls: arr(o.calls, `${path}.calls`).map((c, i) => readCall(c, `${path}.calls[${i}]`)),
    environ: Object.entries(environ).map(([k, v]) => str(v, `${path}.environ.${k}`)),
  };
}

function readPe(pe: Obj, path: string): Pick<CapeReport, 'imageBase' | 'imports' | 'exports' | 'sections'> {
  const imports: CapeImport[] = [];
  let libs = pe.imports;
  if (typeof libs === 'object' && libs !== null && !Array.isArray(libs)) libs = Object.values(libs);
  arr(libs, `${path}.imports`).forEach((l, i) => {
    const lo = obj(l, `${path}.imports[${i}]`);
    const dll = str(lo.dll, `${path}.imports[${i}].dll`);
    arr(lo.imports, `${path}.imports[${i}].imports`).forEach((f, j) => {
      const p = `${path}.imports[${i}].imports[${j}]`;
      const fo = obj(f, p);
      const name = optStr(fo.name, `${p}.name`);
      const address = hexIntNum(fo.address, `${p}.address`);
      if (name) imports.push({ dll, name, address });
    });
  });
  const exports = arr(pe.exports ?? [], `${path}.exports`).map((e, i) => {
    const eo = obj(e, `${path}.exports[${i}]`);
    return { name: str(eo.name, `${path}.exports[${i}].name`), address: hexIntNum(eo.address, `${path}.exports[${i}].address`) };
  });
  const sections = arr(pe.sections ?? [], `${path}.sections`).map((s, i) => {
    const so = obj(s, `${path}.sections[${i}]`);
    return {
      name: str(so.name, `${path}.sections[${i}].name`),
      address: hexIntNum(so.virtual_address, `${path}.sections[${i}].virtual_address`),
    };
  });
  return { imageBase: hexIntNum(pe.imagebase, `${path}.imagebase`), imports, exports, sections };
}

const SUMMARY_KEYS = ['keys', 'files', 'mutexes', 'executed_commands', 'resolved_apis', 'created_services', 'started_services'];

/** Reduces a parsed CAPE report to the compact model (throws ReportError). */
export function capeFromJson(doc: unknown, rootKeys?: ReadonlySet<string>): CapeReport {
  const root = obj(doc, 'report');
  const keys = rootKeys ?? new Set(Object.keys(root));
  if (!keys.has('CAPE') && !(keys.has('target') && keys.has('info') && keys.has('behavior'))) {
    throw new ReportError('not a CAPE report (no CAPE, target, info or behavior keys)', 'unsupported-report');
  }
  const target = obj(root.target, 'target');
  const file = obj(target.file, 'target.file');
  const info = obj(root.info, 'info');
  const behavior = obj(root.behavior, 'behavior');
  const summary = obj(behavior.summary, 'behavior.summary');

  // 2.4 reports from capesandbox.com carry the PE analysis under target.file.pe instead
  let pe: unknown = root.static !== undefined && root.static !== null ? obj(root.static, 'static').pe : undefined;
  let pePath = 'static.pe';
  if ((root.static === undefined || root.static === null) && file.pe !== undefined && file.pe !== null) {
    pe = file.pe;
    pePath = 'target.file.pe';
  }
  if (root.static === undefined || root.static === null) {
    if (pe === undefined || pe === null) throw new ReportError('CAPE report missing static analysis', 'unsupported-report');
  }
  if (pe === undefined || pe === null) throw new ReportError('CAPE report missing PE analysis', 'unsupported-report');

  const fileStrings: string[] = [];
  if (root.strings !== undefined && root.strings !== null) fileStrings.push(...strList(root.strings, 'strings'));
  for (const k of SUMMARY_KEYS) fileStrings.push(...strList(summary[k], `behavior.summary.${k}`));

  const processes = arr(behavior.processes, 'behavior.processes').map((p, i) => readProcess(p, `behavior.processes[${i}]`));
  if (processes.length === 0) throw new ReportError('CAPE did not capture any processes', 'empty-report');

  return {
    version: str(info.version, 'info.version'),
    fileType: str(file.type, 'target.file.type'),
    hashes: {
      md5: str(file.md5, 'target.file.md5').toLowerCase(),
      sha1: str(file.sha1, 'target.file.sha1').toLowerCase(),
      sha256: str(file.sha256, 'target.file.sha256').toLowerCase(),
    },
    ...readPe(obj(pe, pePath), pePath),
    fileStrings,
    processes,
  };
}

// What the extractor reads: 1 = the whole value, '*' = every array element.
type Spec = 1 | { readonly [k: string]: Spec };
const PE_SPEC: Spec = { imagebase: 1, imports: 1, exports: 1, sections: 1 };
const SPEC: Spec = {
  target: { file: { type: 1, md5: 1, sha1: 1, sha256: 1, pe: PE_SPEC } },
  info: { version: 1 },
  static: { pe: PE_SPEC },
  strings: 1,
  behavior: {
    summary: Object.fromEntries(SUMMARY_KEYS.map((k) => [k, 1])),
    processes: {
      '*': {
        process_id: 1,
        parent_id: 1,
        process_name: 1,
        threads: 1,
        environ: 1,
        calls: { '*': { thread_id: 1, api: 1, arguments: 1, return: 1, pretty_return: 1 } },
      },
    },
  },
};

function wanted(path: readonly PathKey[]): boolean {
  let node: Spec | undefined = SPEC;
  for (const k of path) {
    if (node === 1) return true;
    node = (node as { readonly [k: string]: Spec })[typeof k === 'number' ? '*' : k];
    if (node === undefined) return false;
  }
  return true;
}

const isCallPath = (p: readonly PathKey[]): boolean =>
  p.length === 5 && p[0] === 'behavior' && p[1] === 'processes' && p[3] === 'calls';

/** Reads a CAPE report (plain or gzip-compressed JSON), incrementally. */
export function readCapeReport(bytes: Uint8Array): CapeReport {
  const rootKeys = new Set<string>();
  const parser = new JsonStream(
    {
      keep(path) {
        if (path.length === 1) rootKeys.add(String(path[0]));
        return wanted(path);
      },
      done(path, value) {
        if (!isCallPath(path)) return value;
        const call = readCall(value, `behavior.processes[${path[2]}].calls[${path[4]}]`);
        READ_CALLS.add(call);
        return call;
      },
    },
    'CAPE report',
  );
  if (isGzip(bytes)) gunzipText(bytes, (s) => parser.push(s), 'CAPE report');
  else {
    const dec = new Utf8Chunks();
    const step = 1 << 20;
    for (let off = 0; off < bytes.length; off += step) {
      const end = Math.min(bytes.length, off + step);
      parser.push(dec.decode(bytes.subarray(off, end), end === bytes.length));
    }
  }
  return capeFromJson(parser.end(), rootKeys);
}
