// DRAKVUF logs (`.log`, `.log.gz`): one JSON object per line. Read line by line while
// decompressing, keeping only the compact call records capa's DRAKVUF extractor uses
// (syscall plugin entries, apimon api_called and dll_loaded events). Lines that are not JSON are
// skipped, as capa does (DRAKVUF sometimes writes broken lines); an entry of a modelled kind with
// a missing or mistyped field is a ReportError, as capa's model refuses it.

import { ReportError } from './errors.js';
import { forEachLine } from './bytes.js';
import { arr, fail, laxInt, obj, str, type Obj } from './shape.js';

export interface DrakvufCall {
  readonly kind: 'syscall' | 'api';
  readonly timestamp: string;
  readonly processName: string;
  readonly pid: number;
  readonly ppid: number;
  readonly tid: number;
  readonly name: string;
  /** argument name → value, in report order */
  readonly arguments: readonly (readonly [string, string])[];
  /** api calls only */
  readonly returnValue?: string;
}

export interface DrakvufLoadedDll {
  readonly name: string;
  readonly imports: readonly (readonly [string, number])[];
}

export interface DrakvufReport {
  /** syscalls first, then api calls, each in log order (as capa chains them) */
  readonly calls: readonly DrakvufCall[];
  readonly loadedDlls: readonly DrakvufLoadedDll[];
}

const SYSCALL_FIELDS = new Set([
  'Plugin', 'TimeStamp', 'PID', 'PPID', 'TID', 'UserName', 'UserId', 'ProcessName', 'Method', 'EventUID', 'Module',
  'vCPU', 'CR3', 'Syscall', 'NArgs',
]);

function common(o: Obj, at: string): Omit<DrakvufCall, 'kind' | 'arguments' | 'returnValue'> {
  return {
    timestamp: str(o.TimeStamp, `${at} TimeStamp`),
    processName: str(o.ProcessName, `${at} ProcessName`),
    ppid: laxInt(o.PPID, `${at} PPID`),
    pid: laxInt(o.PID, `${at} PID`),
    tid: laxInt(o.TID, `${at} TID`),
    name: str(o.Method, `${at} Method`),
  };
}

function syscall(o: Obj, at: string): DrakvufCall {
  laxInt(o.Syscall, `${at} Syscall`);
  str(o.Module, `${at} Module`);
  laxInt(o.NArgs, `${at} NArgs`);
  const args: [string, string][] = [];
  for (const [k, v] of Object.entries(o)) if (!SYSCALL_FIELDS.has(k)) args.push([k, str(v, `${at} ${k}`)]);
  return { kind: 'syscall', ...common(o, at), arguments: args };
}

function apiCall(o: Obj, at: string): DrakvufCall {
  const byName = new Map<string, string>();
  arr(o.Arguments, `${at} Arguments`).forEach((a, i) => {
    const s = str(a, `${at} Arguments[${i}]`);
    const eq = s.indexOf('=');
    if (eq < 0) fail(`${at} Arguments[${i}]`, 'a name=value string', s);
    byName.set(s.slice(0, eq), s.slice(eq + 1));
  });
  str(o.Event, `${at} Event`);
  return {
    kind: 'api',
    ...common(o, at),
    arguments: [...byName],
    returnValue: str(o.ReturnValue, `${at} ReturnValue`),
  };
}

function loadedDll(o: Obj, at: string): DrakvufLoadedDll {
  const rva = obj(o.Rva, `${at} Rva`);
  return {
    name: str(o.DllName, `${at} DllName`),
    imports: Object.entries(rva).map(([k, v]) => [k, laxInt(v, `${at} Rva.${k}`)] as const),
  };
}

export function readDrakvufReport(bytes: Uint8Array): DrakvufReport {
  const syscalls: DrakvufCall[] = [];
  const apicalls: DrakvufCall[] = [];
  const loadedDlls: DrakvufLoadedDll[] = [];
  let entries = 0;
  forEachLine(
    bytes,
    (line, n) => {
      const t = line.trim();
      if (!t) return;
      let v: unknown;
      try {
        v = JSON.parse(t);
      } catch {
        return; // broken line: skipped like capa
      }
      if (typeof v !== 'object' || v === null || Array.isArray(v)) return;
      entries++;
      const o = v as Obj;
      const at = `line ${n}:`;
      if (o.Plugin === 'syscall') syscalls.push(syscall(o, at));
      else if (o.Plugin === 'apimon') {
        if (o.Event === 'api_called') apicalls.push(apiCall(o, at));
        else if (o.Event === 'dll_loaded') loadedDlls.push(loadedDll(o, at));
      }
    },
    'DRAKVUF log',
  );
  if (entries === 0) throw new ReportError('DRAKVUF log has no entries', 'empty-report');
  const calls = syscalls;
  for (const c of apicalls) calls.push(c);
  return { calls, loadedDlls };
}
