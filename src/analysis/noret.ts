// Imports vivisect's PE loader declares as never returning (`addNoReturnApi`). The loader also
// registers regexes (msvcr*.exit, abort, _CxxThrowException, api-ms-win-crt exit…), but measured
// against capa's results calls through those imports keep their fall-through, so only the exact
// names are applied to import slots here.

import type { ImportEntry } from '../formats/image.js';

const EXACT = new Set([
  'ntdll.RtlExitUserThread',
  'kernel32.ExitProcess',
  'kernel32.ExitThread',
  'kernel32.FatalExit',
  'ntoskrnl.KeBugCheckEx',
]);

/** true when vivisect treats a call through this import as not returning */
export function isNoReturnImport(imp: ImportEntry): boolean {
  if (imp.name === undefined) return false;
  return EXACT.has(`${imp.dll}.${imp.name}`);
}
