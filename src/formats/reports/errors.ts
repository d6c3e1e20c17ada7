// The one error type sandbox-report readers throw. Codes map to capa's report exit codes:
// invalid-report 21 (not parseable / wrong shape), empty-report 22 (nothing captured),
// unsupported-report 23 (a report capa cannot use: wrong sandbox format, missing static data…).

export type ReportErrorCode = 'invalid-report' | 'empty-report' | 'unsupported-report';

export class ReportError extends Error {
  constructor(
    message: string,
    readonly code: ReportErrorCode,
  ) {
    super(message);
    this.name = 'ReportError';
  }
}

export function isReportError(e: unknown): e is ReportError {
  return e instanceof ReportError;
}
