// Features of a CAPE report as capa's CAPE extractor yields them (capa-semantics.md §6):
// globals from the `file` output of the target, file features from the static PE analysis and
// the behaviour summary, process → thread → call from `behavior.processes`.

import { absolute, callAddr, NO_ADDRESS, processAddr, threadAddr } from '../../../features/address.js';
import type {
  CallHandle,
  DynamicExtractor,
  Located,
  ProcessHandle,
  SampleHashes,
  ThreadHandle,
} from '../../../features/extractor.js';
import { api, arch, exportFeature, format, importFeature, num, os, section, str } from '../../../features/feature.js';
import { ReportError } from '../../../formats/reports/errors.js';
import type { CapeCall, CapeProcess, CapeReport } from '../../../formats/reports/cape.js';
import { pyHex } from '../../../formats/reports/shape.js';
import { generateSymbols } from '../../pe/file.js';

interface CallInner {
  readonly call: CapeCall;
}

/** capa's CAPE global features; an unrecognised target is refused as capa does (it raises). */
export function capeGlobalFeatures(r: CapeReport): Located[] {
  const t = r.fileType;
  const out: Located[] = [];
  if (t.includes('PE')) out.push({ feature: format('pe'), address: NO_ADDRESS });
  else if (t.includes('ELF')) out.push({ feature: format('elf'), address: NO_ADDRESS });
  else throw new ReportError(`unrecognized file format from the CAPE report: ${t}`, 'unsupported-report');
  const lower = t.toLowerCase();
  if (lower.includes('windows')) out.push({ feature: os('windows'), address: NO_ADDRESS });
  else if (lower.includes('elf')) {
    const o = t.includes('Linux')
      ? 'linux'
      : t.includes('Hurd')
        ? 'hurd'
        : t.includes('Solaris')
          ? 'solaris'
          : t.includes('kFreeBSD')
            ? 'freebsd'
            : t.includes('kNetBSD')
              ? 'netbsd'
              : undefined;
    if (o === undefined) throw new ReportError(`unrecognized OS from the CAPE report: ${t}`, 'unsupported-report');
    out.push({ feature: os(o), address: NO_ADDRESS });
  } else out.push({ feature: os('any'), address: NO_ADDRESS });
  if (t.includes('Intel 80386')) out.push({ feature: arch('i386'), address: NO_ADDRESS });
  else if (t.includes('x86-64')) out.push({ feature: arch('amd64'), address: NO_ADDRESS });
  else throw new ReportError(`unrecognized architecture from the CAPE report: ${t}`, 'unsupported-report');
  return out;
}

export class CapeExtractor implements DynamicExtractor {
  readonly flavor = 'dynamic' as const;
  readonly name = 'CapeExtractor';
  private readonly globals: Located[];

  constructor(readonly report: CapeReport) {
    this.globals = capeGlobalFeatures(report);
  }

  /** value from the PE header; the trace may have run at another base */
  baseAddress(): number {
    return this.report.imageBase;
  }

  sampleHashes(): SampleHashes {
    return this.report.hashes;
  }

  globalFeatures(): Iterable<Located> {
    return this.globals;
  }

  *fileFeatures(): Iterable<Located> {
    const r = this.report;
    for (const imp of r.imports) {
      const address = absolute(imp.address);
      for (const n of generateSymbols(imp.dll, imp.name, true)) yield { feature: importFeature(n), address };
    }
    for (const e of r.exports) yield { feature: exportFeature(e.name), address: absolute(e.address) };
    for (const s of r.sections) yield { feature: section(s.name), address: absolute(s.address) };
    for (const s of r.fileStrings) yield { feature: str(s), address: NO_ADDRESS };
  }

  *processes(): Iterable<ProcessHandle> {
    for (const p of this.report.processes) yield { address: processAddr(p.ppid, p.pid), inner: p };
  }

  *processFeatures(p: ProcessHandle): Iterable<Located> {
    for (const v of (p.inner as CapeProcess).environ) if (v) yield { feature: str(v), address: p.address };
  }

  processName(p: ProcessHandle): string {
    return (p.inner as CapeProcess).name;
  }

  *threads(p: ProcessHandle): Iterable<ThreadHandle> {
    const proc = p.inner as CapeProcess;
    for (const tid of proc.threads) yield { address: threadAddr(proc.ppid, proc.pid, tid) };
  }

  threadFeatures(): Iterable<Located> {
    return [];
  }

  *calls(p: ProcessHandle, t: ThreadHandle): Iterable<CallHandle> {
    const proc = p.inner as CapeProcess;
    const tid = (t.address as { value: readonly number[] }).value[2]!;
    // the call id is the index in the process-wide list, not a per-thread counter
    for (let i = 0; i < proc.calls.length; i++) {
      const call = proc.calls[i]!;
      if (call.threadId !== tid) continue;
      const inner: CallInner = { call };
      yield { address: callAddr(proc.ppid, proc.pid, tid, i), inner };
    }
  }

  *callFeatures(_p: ProcessHandle, _t: ThreadHandle, c: CallHandle): Iterable<Located> {
    const { call } = c.inner as CallInner;
    const address = c.address;
    // arguments right to left, as in a disassembly
    for (let i = call.arguments.length - 1; i >= 0; i--) {
      const v = call.arguments[i]!.value;
      if (v === null) continue;
      yield { feature: typeof v === 'string' ? str(v) : num(v), address };
    }
    for (const n of generateSymbols('', call.api, false)) yield { feature: api(n), address };
  }

  callName(_p: ProcessHandle, _t: ThreadHandle, c: CallHandle): string {
    const { call } = c.inner as CallInner;
    const args = call.arguments.map((a) => {
      let v: string;
      if (a.prettyValue) v = a.prettyValue;
      else if (a.value === null) v = '';
      else if (typeof a.value === 'string') v = `"${a.value}"`;
      else v = pyHex(a.value);
      return `${a.name}=${v}`;
    });
    // the API name as CAPE logged it, A/W suffix included: capa up to 9.4.0 overwrote each call's
    // api with its last symbol variant while iterating (CreateFileA → CreateFile, and the call
    // handed out once per variant); current capa yields each call once and keeps the name
    return `${call.api}(${args.join(', ')}) -> ${call.prettyReturn ? call.prettyReturn : pyHex(call.returnValue)}`;
  }
}
