// VMRay analysis archives (`.zip`): logs/summary_v2.json (sample, processes, static data,
// artifacts), logs/flog.xml (monitored processes, threads and function calls) and the submitted
// file itself. Entries may be encrypted with VMRay's password `infected`. flog.xml (the large
// part) is inflated and tokenized incrementally into compact call records: no XML tree and no
// whole-document string; summary_v2.json is parsed and reduced at once.

import { ReportError } from './errors.js';
import { parseJson, Utf8Chunks } from './bytes.js';
import { XmlStream } from './xml.js';
import { listZipEntries, readZipEntry, streamZipEntry, type ZipEntry } from './zip.js';
import { arr, fail, hexInt, hexIntNum, laxInt, obj, optStr, str, type Obj } from './shape.js';

const PASSWORD = new TextEncoder().encode('infected');

export interface VmrayParam {
  readonly name: string;
  readonly type: string;
  readonly value?: string;
  readonly deref?: { readonly type: string; readonly value?: string };
}

export interface VmrayCall {
  readonly id: number;
  readonly processId: number;
  readonly threadId: number;
  readonly name: string;
  /** undefined when the call has no `in`/`out` element (or an empty one) */
  readonly paramsIn?: readonly VmrayParam[];
  readonly paramsOut?: readonly VmrayParam[];
}

export interface VmrayProcess {
  readonly pid: number;
  readonly ppid: number;
  readonly monitorId: number;
  readonly imageName: string;
  readonly cmdLine: string;
}

export interface VmrayThread {
  readonly tid: number;
  readonly monitorId: number;
  readonly processMonitorId: number;
}

export interface VmrayAnalysis {
  readonly sampleType: string;
  readonly hashes: { readonly md5: string; readonly sha1: string; readonly sha256: string };
  readonly staticFormat?: 'pe' | 'elf';
  readonly baseAddress?: number;
  /** address → (dll, name), address → name, address → section name: keyed like capa's dicts */
  readonly imports: ReadonlyMap<number, readonly [string, string]>;
  readonly exports: ReadonlyMap<number, string>;
  readonly sections: ReadonlyMap<number, string>;
  /** referenced filenames, mutexes, domains, IP addresses, registry keys */
  readonly artifactStrings: readonly string[];
  /** the submitted file's bytes, when the archive holds it */
  readonly sampleFile?: Uint8Array;
  readonly processes: readonly VmrayProcess[];
  /** per process monitor id, its threads in log order */
  readonly threadsByProcess: ReadonlyMap<number, readonly VmrayThread[]>;
  /** per process monitor id, per thread monitor id, the calls in log order */
  readonly calls: ReadonlyMap<number, ReadonlyMap<number, readonly VmrayCall[]>>;
}

function entryText(zip: Uint8Array, e: ZipEntry): string {
  return new TextDecoder('utf-8').decode(readZipEntry(zip, e, PASSWORD));
}

function dictValues(v: unknown, path: string): [string, Obj][] {
  if (v === undefined || v === null) return [];
  return Object.entries(obj(v, path)).map(([k, x]) => [k, obj(x, `${path}.${k}`)]);
}

interface FlogData {
  processes: { pid: number; ppid: number; monitorId: number; parentMonitorId: number; imageName: string; cmdLine: string }[];
  threads: VmrayThread[];
  calls: VmrayCall[];
}

function attrInt(a: Record<string, string>, k: string, el: string): number {
  return hexIntNum(a[k], `flog.xml <${el}> ${k}`);
}
function attrStr(a: Record<string, string>, k: string, el: string): string {
  return str(a[k], `flog.xml <${el}> ${k}`);
}

/** flog.xml is inflated, decoded and tokenized chunk by chunk: it is never one string */
function readFlog(zip: Uint8Array, entry: ZipEntry): FlogData {
  const out: FlogData = { processes: [], threads: [], calls: [] };
  let version: string | undefined;
  let call: { id: number; processId: number; threadId: number; name: string; paramsIn?: VmrayParam[]; paramsOut?: VmrayParam[] } | undefined;
  let params: VmrayParam[] | undefined;
  let param: { name: string; type: string; value?: string; deref?: { type: string; value?: string } } | undefined;
  const xml = new XmlStream({
    open(name, a, depth) {
      if (depth === 0) {
        if (name === 'analysis') version = a.log_version;
        return;
      }
      if (depth === 1) {
        if (name === 'monitor_process') {
          out.processes.push({
            pid: attrInt(a, 'os_pid', name),
            ppid: attrInt(a, 'os_parent_pid', name),
            monitorId: attrInt(a, 'process_id', name),
            parentMonitorId: attrInt(a, 'parent_id', name),
            imageName: attrStr(a, 'image_name', name),
            cmdLine: a.cmd_line ?? '',
          });
        } else if (name === 'monitor_thread') {
          out.threads.push({
            tid: attrInt(a, 'os_tid', name),
            monitorId: attrInt(a, 'thread_id', name),
            processMonitorId: attrInt(a, 'process_id', name),
          });
        } else if (name === 'fncall') {
          let n = attrStr(a, 'name', name);
          // VMRay logs Linux kernel calls as sys_*: capa matches them without the prefix
          if (n.startsWith('sys_')) n = n.slice(4);
          call = {
            id: attrInt(a, 'fncall_id', name),
            processId: attrInt(a, 'process_id', name),
            threadId: attrInt(a, 'thread_id', name),
            name: n,
          };
          out.calls.push(call);
        }
        return;
      }
      if (depth === 2 && call && (name === 'in' || name === 'out')) params = [];
      else if (depth === 3 && params && name === 'param') {
        param = { name: attrStr(a, 'name', name), type: attrStr(a, 'type', name) };
        if (a.value !== undefined) param.value = a.value;
        params.push(param);
      } else if (depth === 4 && param && name === 'deref') {
        param.deref = { type: attrStr(a, 'type', name) };
        if (a.value !== undefined) param.deref.value = a.value;
      }
    },
    close(name, depth) {
      if (depth === 1 && name === 'fncall') call = undefined;
      else if (depth === 2 && call && params && (name === 'in' || name === 'out')) {
        // an element without children is None to capa's model: no parameters at all
        if (params.length) {
          if (name === 'in') call.paramsIn = params;
          else call.paramsOut = params;
        }
        params = undefined;
      } else if (depth === 3 && name === 'param') param = undefined;
    },
  });
  const dec = new Utf8Chunks();
  streamZipEntry(zip, entry, (chunk) => xml.push(dec.decode(chunk)), PASSWORD);
  xml.push(dec.decode(new Uint8Array(0), true));
  xml.end();
  if (version === undefined) throw new ReportError('flog.xml has no <analysis> element', 'invalid-report');
  if (version !== '2') throw new ReportError(`VMRay flog version ${version} is not supported`, 'unsupported-report');
  return out;
}

export function readVmrayArchive(zip: Uint8Array): VmrayAnalysis {
  const entries = new Map(listZipEntries(zip).map((e) => [e.name, e]));
  const sv2Entry = entries.get('logs/summary_v2.json');
  const flogEntry = entries.get('logs/flog.xml');
  if (!sv2Entry || !flogEntry) {
    throw new ReportError('not a VMRay archive (logs/summary_v2.json and logs/flog.xml are required)', 'unsupported-report');
  }
  const sv2 = obj(parseJson(entryText(zip, sv2Entry), 'summary_v2.json'), 'summary_v2');
  const meta = obj(sv2.analysis_metadata, 'analysis_metadata');
  const sampleType = str(meta.sample_type, 'analysis_metadata.sample_type');

  // the submission: the last file marked as sample (compound archives mark several)
  let sample: Obj | undefined;
  for (const [, f] of dictValues(sv2.files, 'files')) if (f.is_sample === true) sample = f;
  if (!sample) throw new ReportError(`VMRay archive does not contain the sample file (${sampleType})`, 'unsupported-report');
  const hv = obj(sample.hash_values, 'files.*.hash_values');
  const hashes = {
    md5: str(hv.md5, 'hash_values.md5').toLowerCase(),
    sha1: str(hv.sha1, 'hash_values.sha1').toLowerCase(),
    sha256: str(hv.sha256, 'hash_values.sha256').toLowerCase(),
  };

  const imports = new Map<number, readonly [string, string]>();
  const exports = new Map<number, string>();
  const sections = new Map<number, string>();
  let staticFormat: 'pe' | 'elf' | undefined;
  let baseAddress: number | undefined;
  if (sample.ref_static_data !== undefined && sample.ref_static_data !== null) {
    const ref = arr(obj(sample.ref_static_data, 'ref_static_data').path, 'ref_static_data.path');
    const key = str(ref[1], 'ref_static_data.path[1]');
    const sd = obj(obj(sv2.static_data, 'static_data')[key], `static_data.${key}`);
    if (sd.pe !== undefined && sd.pe !== null) {
      staticFormat = 'pe';
      const pe = obj(sd.pe, 'pe');
      baseAddress = laxInt(obj(pe.basic_info, 'pe.basic_info').image_base, 'pe.basic_info.image_base');
      arr(pe.imports ?? [], 'pe.imports').forEach((m, i) => {
        const mo = obj(m, `pe.imports[${i}]`);
        const dll = str(mo.dll, `pe.imports[${i}].dll`);
        arr(mo.apis, `pe.imports[${i}].apis`).forEach((x, j) => {
          const xo = obj(x, `pe.imports[${i}].apis[${j}]`);
          const nm = str(obj(xo.api, 'api').name, `pe.imports[${i}].apis[${j}].api.name`);
          imports.set(laxInt(xo.address, `pe.imports[${i}].apis[${j}].address`), [dll, nm]);
        });
      });
      arr(pe.exports ?? [], 'pe.exports').forEach((x, i) => {
        const xo = obj(x, `pe.exports[${i}]`);
        exports.set(laxInt(xo.address, `pe.exports[${i}].address`), str(obj(xo.api, 'api').name, `pe.exports[${i}].api.name`));
      });
      arr(pe.sections ?? [], 'pe.sections').forEach((x, i) => {
        const xo = obj(x, `pe.sections[${i}]`);
        sections.set(laxInt(xo.virtual_address, `pe.sections[${i}].virtual_address`), str(xo.name, `pe.sections[${i}].name`));
      });
    } else if (sd.elf !== undefined && sd.elf !== null) {
      staticFormat = 'elf';
      arr(obj(sd.elf, 'elf').sections, 'elf.sections').forEach((x, i) => {
        const h = obj(obj(x, `elf.sections[${i}]`).header, `elf.sections[${i}].header`);
        sections.set(laxInt(h.sh_addr, `elf.sections[${i}].header.sh_addr`), str(h.sh_name, `elf.sections[${i}].header.sh_name`));
      });
    }
  }

  const artifactStrings: string[] = [];
  const collect = (key: string, field: string): void => {
    for (const [k, v] of dictValues(sv2[key], key)) artifactStrings.push(str(v[field], `${key}.${k}.${field}`));
  };
  collect('filenames', 'filename');
  collect('mutexes', 'name');
  collect('domains', 'domain');
  collect('ip_addresses', 'ip_address');
  collect('registry_records', 'reg_key_name');

  const sampleEntry = entries.get(`internal/static_analyses/${hashes.sha256}/objects/files/${hashes.sha256}`);
  const sampleFile = sampleEntry ? readZipEntry(zip, sampleEntry, PASSWORD) : undefined;

  const flog = readFlog(zip, flogEntry);

  // processes: summary_v2 first (its ppid comes from the parent's os_pid), then flog-only ones
  const processes: VmrayProcess[] = [];
  const byMonitor = new Map<number, VmrayProcess>();
  const sv2Procs = dictValues(sv2.processes, 'processes');
  const sv2ByKey = new Map(sv2Procs);
  for (const [k, p] of sv2Procs) {
    let ppid = 0;
    if (p.ref_parent_process !== undefined && p.ref_parent_process !== null) {
      const pk = str(arr(obj(p.ref_parent_process, `processes.${k}.ref_parent_process`).path, 'path')[1], 'path[1]');
      const parent = sv2ByKey.get(pk);
      if (!parent) fail(`processes.${k}.ref_parent_process`, 'a known process', pk);
      ppid = laxInt(parent.os_pid, `processes.${pk}.os_pid`);
    }
    const proc: VmrayProcess = {
      pid: laxInt(p.os_pid, `processes.${k}.os_pid`),
      ppid,
      monitorId: laxInt(p.monitor_id, `processes.${k}.monitor_id`),
      imageName: str(p.image_name, `processes.${k}.image_name`),
      cmdLine: optStr(p.cmd_line, `processes.${k}.cmd_line`) ?? '',
    };
    if (byMonitor.has(proc.monitorId)) fail(`processes.${k}.monitor_id`, 'unique', proc.monitorId);
    byMonitor.set(proc.monitorId, proc);
    processes.push(proc);
  }
  for (const p of flog.processes) {
    if (byMonitor.has(p.monitorId)) continue;
    const proc: VmrayProcess = { pid: p.pid, ppid: p.ppid, monitorId: p.monitorId, imageName: p.imageName, cmdLine: p.cmdLine };
    byMonitor.set(p.monitorId, proc);
    processes.push(proc);
  }

  const threadsByProcess = new Map<number, VmrayThread[]>();
  for (const t of flog.threads) {
    let l = threadsByProcess.get(t.processMonitorId);
    if (!l) threadsByProcess.set(t.processMonitorId, (l = []));
    l.push(t);
  }
  const calls = new Map<number, Map<number, VmrayCall[]>>();
  for (const c of flog.calls) {
    let byThread = calls.get(c.processId);
    if (!byThread) calls.set(c.processId, (byThread = new Map()));
    let l = byThread.get(c.threadId);
    if (!l) byThread.set(c.threadId, (l = []));
    l.push(c);
  }

  return {
    sampleType,
    hashes,
    ...(staticFormat ? { staticFormat } : {}),
    ...(baseAddress !== undefined ? { baseAddress } : {}),
    imports,
    exports,
    sections,
    artifactStrings,
    ...(sampleFile ? { sampleFile } : {}),
    processes,
    threadsByProcess,
    calls,
  };
}

/** capa's `hexint` on a parameter value; undefined where capa would fail to parse */
export const vmrayInt = (v: string): bigint | undefined => hexInt(v);
