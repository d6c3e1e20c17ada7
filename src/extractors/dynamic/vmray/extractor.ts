// Features of a VMRay archive as capa's VMRay extractor yields them: globals from the sample
// type and static data, file features from the static PE/ELF data, the artifacts and the
// submitted file's strings, and per call the typed input parameters then the API names.

import { absolute, callAddr, NO_ADDRESS, processAddr, threadAddr } from '../../../features/address.js';
import type { CallHandle, DynamicExtractor, Located, ProcessHandle, SampleHashes, ThreadHandle } from '../../../features/extractor.js';
import { api, arch, exportFeature, format, importFeature, num, os, section, str } from '../../../features/feature.js';
import type { VmrayAnalysis, VmrayCall, VmrayParam, VmrayProcess, VmrayThread } from '../../../formats/reports/vmray.js';
import { hexInt } from '../../../formats/reports/shape.js';
import { extractFileStrings } from '../../common/strings.js';
import { generateSymbols } from '../../pe/file.js';

const PARAM_TYPE_STR = new Set(['str']);
const PARAM_TYPE_INT = new Set([
  'signed_8bit', 'unsigned_8bit', 'signed_16bit', 'unsigned_16bit', 'signed_32bit', 'unsigned_32bit', 'signed_64bit',
  'unsigned_64bit', 'double', 'bool', 'unknown',
]);

/** Python's string.printable */
const PRINTABLE = /^[0-9A-Za-z!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~ \t\n\r\x0b\x0c]*$/;

export function vmrayGlobalFeatures(a: VmrayAnalysis): Located[] {
  const out: Located[] = [];
  if (a.staticFormat) out.push({ feature: format(a.staticFormat), address: NO_ADDRESS });
  const t = a.sampleType.toLowerCase();
  if (t.includes('windows')) out.push({ feature: os('windows'), address: NO_ADDRESS });
  else if (t.includes('linux')) out.push({ feature: os('linux'), address: NO_ADDRESS });
  if (a.sampleType.includes('x86-32')) out.push({ feature: arch('i386'), address: NO_ADDRESS });
  else if (a.sampleType.includes('x86-64')) out.push({ feature: arch('amd64'), address: NO_ADDRESS });
  return out;
}

function* paramFeatures(p: VmrayParam, address: CallHandle['address']): Iterable<Located> {
  if (p.deref !== undefined) {
    // pointers: the pointed-to value counts, never the pointer
    const v = p.deref.value;
    if (v === undefined) return;
    if (PARAM_TYPE_INT.has(p.deref.type)) {
      const n = hexInt(v);
      if (n !== undefined) yield { feature: num(n), address };
    } else if (PARAM_TYPE_STR.has(p.deref.type)) {
      // flog.xml doubles backslashes
      if (PRINTABLE.test(v)) yield { feature: str(v.replaceAll('\\\\', '\\')), address };
    }
  } else if (p.value !== undefined && PARAM_TYPE_INT.has(p.type)) {
    const n = hexInt(p.value);
    if (n !== undefined) yield { feature: num(n), address };
  }
}

function formatParams(params: readonly VmrayParam[]): string {
  return params
    .map((p) => {
      if (p.deref && p.deref.value !== undefined) {
        return `${p.name}: ${PARAM_TYPE_STR.has(p.deref.type) ? `"${p.deref.value}"` : p.deref.value}`;
      }
      return `${p.name}: ${p.value ?? ''}`;
    })
    .join(', ');
}

export class VmrayExtractor implements DynamicExtractor {
  readonly flavor = 'dynamic' as const;
  readonly name = 'VMRayExtractor';
  private readonly globals: Located[];

  constructor(readonly analysis: VmrayAnalysis) {
    this.globals = vmrayGlobalFeatures(analysis);
  }

  baseAddress(): number | undefined {
    return this.analysis.baseAddress;
  }

  sampleHashes(): SampleHashes {
    return this.analysis.hashes;
  }

  globalFeatures(): Iterable<Located> {
    return this.globals;
  }

  *fileFeatures(): Iterable<Located> {
    const a = this.analysis;
    for (const [addr, [dll, name]] of a.imports) {
      for (const n of generateSymbols(dll, name, true)) yield { feature: importFeature(n), address: absolute(addr) };
    }
    for (const [addr, name] of a.exports) yield { feature: exportFeature(name), address: absolute(addr) };
    for (const [addr, name] of a.sections) yield { feature: section(name), address: absolute(addr) };
    for (const s of a.artifactStrings) yield { feature: str(s), address: NO_ADDRESS };
    if (a.sampleFile) yield* extractFileStrings(a.sampleFile);
  }

  *processes(): Iterable<ProcessHandle> {
    for (const p of this.analysis.processes) yield { address: processAddr(p.ppid, p.pid), inner: p };
  }

  processFeatures(): Iterable<Located> {
    return [];
  }

  processName(p: ProcessHandle): string {
    const proc = p.inner as VmrayProcess;
    return `${proc.imageName} (${proc.cmdLine})`;
  }

  *threads(p: ProcessHandle): Iterable<ThreadHandle> {
    const proc = p.inner as VmrayProcess;
    for (const t of this.analysis.threadsByProcess.get(proc.monitorId) ?? []) {
      yield { address: threadAddr(proc.ppid, proc.pid, t.tid), inner: t };
    }
  }

  threadFeatures(): Iterable<Located> {
    return [];
  }

  *calls(p: ProcessHandle, t: ThreadHandle): Iterable<CallHandle> {
    const proc = p.inner as VmrayProcess;
    const thread = t.inner as VmrayThread;
    for (const c of this.analysis.calls.get(proc.monitorId)?.get(thread.monitorId) ?? []) {
      yield { address: callAddr(proc.ppid, proc.pid, thread.tid, c.id), inner: c };
    }
  }

  *callFeatures(_p: ProcessHandle, _t: ThreadHandle, c: CallHandle): Iterable<Located> {
    const call = c.inner as VmrayCall;
    for (const param of call.paramsIn ?? []) yield* paramFeatures(param, c.address);
    for (const n of generateSymbols('', call.name, false)) yield { feature: api(n), address: c.address };
  }

  callName(_p: ProcessHandle, _t: ThreadHandle, c: CallHandle): string {
    const call = c.inner as VmrayCall;
    let s = `${call.name}(${call.paramsIn ? formatParams(call.paramsIn) : ''})`;
    if (call.paramsOut) s += ` -> ${formatParams(call.paramsOut)}`;
    return s;
  }
}
