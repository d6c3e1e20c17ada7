// Imports vivisect's PE loader declares as never returning (`addNoReturnApi[Regex]`).

import type { ImportEntry } from '../formats/image.js';

const EXACT = new Set([
  'ntdll.RtlExitUserThread',
  'kernel32.ExitProcess',
  'kernel32.ExitThread',
  'kernel32.FatalExit',
  'ntoskrnl.KeBugCheckEx',
]);

const PATTERNS: RegExp[] = [
  /^msvcr.*\._CxxThrowException$/,
  /^msvcr.*\.abort$/,
  /^msvcr.*\.exit$/,
  /^msvcr.*\._exit$/,
  /^msvcr.*\.quick_exit$/,
  /^api_ms_win_crt_runtime_.*\._invalid_parameter_noinfo_noreturn$/,
  /^api_ms_win_crt_runtime_.*\.exit$/,
  /^api_ms_win_crt_runtime_.*\._exit$/,
];

/** true when vivisect treats a call through this import as not returning */
export function isNoReturnImport(imp: ImportEntry): boolean {
  if (imp.name === undefined) return false;
  const full = `${imp.dll}.${imp.name}`;
  if (EXACT.has(full)) return true;
  for (const p of PATTERNS) if (p.test(full)) return true;
  return false;
}
