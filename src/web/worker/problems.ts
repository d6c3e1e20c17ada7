// Failures of a worker job, worded for the page. Imports nothing of the analysis: the worker
// loads that only after iced-x86 is instantiated (see main.ts).
import type { AnalyzeRequest, Problem } from '../protocol.js';

/** Mostly printable text: what a user dropping a README or a log by mistake gets told. */
function looksLikeText(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096);
  if (n === 0) return false;
  let printable = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 9 || b === 10 || b === 13 || (b >= 0x20 && b < 0x7f) || b >= 0x80) printable++;
    else if (b === 0) return false;
  }
  return printable / n > 0.95;
}

const FORMATS_READ =
  'capa-ts reads PE, ELF and .NET executables, raw shellcode (choose “Shellcode 32-bit” or “64-bit” as the format) and CAPE, DRAKVUF and VMRay sandbox reports.';

/** Any failure of a job, worded for the page. */
export function describeProblem(e: unknown, req?: AnalyzeRequest): Problem {
  const err = e instanceof Error ? e : new Error(String(e));
  const code = (err as { code?: unknown }).code;
  const detail = err.message;
  if (err.name === 'FormatError') {
    switch (code) {
      case 'unsupported-format': {
        const text = req !== undefined && req.format === 'auto' && looksLikeText(new Uint8Array(req.bytes));
        if (req !== undefined && req.format !== 'auto' && !/^the file is empty/.test(detail)) {
          return { kind: 'unsupported-format', title: 'Not that format', message: `${detail}. ${FORMATS_READ}` };
        }
        return {
          kind: 'unsupported-format',
          title: text ? 'This is a text file, not a program' : /^the file is empty/.test(detail) ? 'The file is empty' : 'Not a format capa-ts can analyse',
          message: FORMATS_READ,
        };
      }
      case 'unsupported-arch':
        return { kind: 'unsupported-arch', title: 'Unsupported architecture', message: 'capa-ts analyses x86 and x86-64 code (and .NET).', detail };
      case 'unsupported-os':
        return { kind: 'unsupported-os', title: 'Unsupported operating system', message: 'capa cannot analyse programs for this OS; choose an OS to override the detection.', detail };
      case 'too-large':
        return { kind: 'corrupt', title: 'The file is beyond what the analysis can represent', message: 'Its addresses or sizes are out of range.', detail };
      default:
        return { kind: 'corrupt', title: 'Corrupt or truncated file', message: 'The file claims a format but its structures are damaged.', detail };
    }
  }
  if (err.name === 'ReportError') {
    const title = code === 'empty-report' ? 'The sandbox report is empty' : code === 'unsupported-report' ? 'Unsupported sandbox report' : 'Invalid sandbox report';
    return { kind: 'report', title, message: 'capa-ts reads CAPE (.json, .json.gz), DRAKVUF (.log, .log.gz) and VMRay (.zip) reports.', detail };
  }
  if (err.name === 'RuleError' || err.name === 'RuleSetError') {
    return { kind: 'rules', title: 'Invalid rule', message: 'A rule could not be loaded; fix it or leave its rules out.', detail: String(err) };
  }
  if (err.name === 'RulesBundleError' || err.name === 'RuleCacheError') {
    return { kind: 'rules', title: 'The bundled rules are damaged', message: 'Rebuild the page (npm run build:web).', detail };
  }
  if (err instanceof RangeError && /memory|allocation|Array buffer/i.test(detail)) {
    return { kind: 'too-large', title: 'Out of memory', message: 'The analysis needed more memory than the browser gives a page.', detail };
  }
  return { kind: 'internal', title: 'Internal error', message: 'capa-ts failed on this input: that is a bug; please report it with the file if you can share it.', detail };
}
