// Features of a DRAKVUF log as capa's DRAKVUF extractor yields them: Windows/PE/amd64 globals,
// imports of loaded DLLs at file scope, the process name at process scope, and per call every
// argument (an int when Python's `int(v, 0)` accepts it, else the whole string) then the API names.

import { absolute, callAddr, NO_ADDRESS, processAddr, threadAddr } from '../../../features/address.js';
import type { CallHandle, DynamicExtractor, Located, ProcessHandle, SampleHashes, ThreadHandle } from '../../../features/extractor.js';
import { api, arch, format, importFeature, num, os, str } from '../../../features/feature.js';
import type { DrakvufCall, DrakvufReport } from '../../../formats/reports/drakvuf.js';
import { pyIntAuto } from '../../../formats/reports/shape.js';
import { generateSymbols } from '../../pe/file.js';

interface ProcessInner {
  readonly pid: number;
  readonly ppid: number;
  readonly name: string;
  readonly threads: Map<number, DrakvufCall[]>;
}

const GLOBALS: Located[] = [
  { feature: format('pe'), address: NO_ADDRESS },
  { feature: os('windows'), address: NO_ADDRESS },
  { feature: arch('amd64'), address: NO_ADDRESS },
];

export class DrakvufExtractor implements DynamicExtractor {
  readonly flavor = 'dynamic' as const;
  readonly name = 'DrakvufExtractor';
  private readonly procs: ProcessInner[] = [];

  constructor(readonly report: DrakvufReport) {
    // group calls per process and thread (first appearance order), then order each thread's
    // calls by timestamp text, stably: the index in that order is the call id
    const byKey = new Map<string, ProcessInner>();
    for (const c of report.calls) {
      if (c.pid === 0) continue; // the system process: capa addresses cannot hold pid 0
      const key = `${c.pid},${c.ppid}`;
      let p = byKey.get(key);
      if (!p) {
        p = { pid: c.pid, ppid: c.ppid, name: '', threads: new Map() };
        byKey.set(key, p);
        this.procs.push(p);
      }
      let l = p.threads.get(c.tid);
      if (!l) p.threads.set(c.tid, (l = []));
      l.push(c);
    }
    for (const p of this.procs) {
      for (const l of p.threads.values()) l.sort((a, b) => (a.timestamp < b.timestamp ? -1 : a.timestamp > b.timestamp ? 1 : 0));
      (p as { name: string }).name = p.threads.values().next().value![0]!.processName;
    }
  }

  sampleHashes(): SampleHashes {
    // DRAKVUF does not record the sample's hashes
    return { md5: '', sha1: '', sha256: '' };
  }

  globalFeatures(): Iterable<Located> {
    return GLOBALS;
  }

  *fileFeatures(): Iterable<Located> {
    for (const dll of this.report.loadedDlls) {
      const base = dll.name.split('\\').pop()!;
      for (const [fn, rva] of dll.imports) {
        for (const n of generateSymbols(base, fn, true)) yield { feature: importFeature(n), address: absolute(rva) };
      }
    }
  }

  *processes(): Iterable<ProcessHandle> {
    for (const p of this.procs) yield { address: processAddr(p.ppid, p.pid), inner: p };
  }

  *processFeatures(p: ProcessHandle): Iterable<Located> {
    yield { feature: str((p.inner as ProcessInner).name), address: p.address };
  }

  processName(p: ProcessHandle): string {
    return (p.inner as ProcessInner).name;
  }

  *threads(p: ProcessHandle): Iterable<ThreadHandle> {
    const proc = p.inner as ProcessInner;
    for (const tid of proc.threads.keys()) yield { address: threadAddr(proc.ppid, proc.pid, tid) };
  }

  threadFeatures(): Iterable<Located> {
    return [];
  }

  *calls(p: ProcessHandle, t: ThreadHandle): Iterable<CallHandle> {
    const proc = p.inner as ProcessInner;
    const tid = (t.address as { value: readonly number[] }).value[2]!;
    const l = proc.threads.get(tid) ?? [];
    for (let i = 0; i < l.length; i++) yield { address: callAddr(proc.ppid, proc.pid, tid, i), inner: l[i] };
  }

  *callFeatures(_p: ProcessHandle, _t: ThreadHandle, c: CallHandle): Iterable<Located> {
    const call = c.inner as DrakvufCall;
    const address = c.address;
    for (let i = call.arguments.length - 1; i >= 0; i--) {
      const v = call.arguments[i]![1];
      const n = pyIntAuto(v);
      // DRAKVUF resolves pointed-to data (`0xc6f217efe0:"ntdll.dll"`): such values stay whole strings
      yield { feature: n === undefined ? str(v) : num(n), address };
    }
    for (const n of generateSymbols('', call.name, false)) yield { feature: api(n), address };
  }

  callName(_p: ProcessHandle, _t: ThreadHandle, c: CallHandle): string {
    const call = c.inner as DrakvufCall;
    const args = call.arguments.map(([k, v]) => `${k}=${v}`).join(', ');
    // syscalls have no return value, yet capa still appends the arrow
    return `${call.name}(${args}) -> ${call.returnValue ?? ''}`;
  }
}
