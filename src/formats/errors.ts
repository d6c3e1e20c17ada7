// The one error type format parsers throw for input they cannot (or will not) load.
// Signature: `new FormatError(message, code)`. Hostile input must surface as a FormatError,
// never as another exception.

export type FormatErrorCode =
  | 'truncated'
  | 'corrupt'
  | 'unsupported-format'
  | 'unsupported-arch'
  | 'unsupported-os'
  /** addresses or sizes beyond what the analysis can represent (e.g. VAs above 2^53) */
  | 'too-large';

export class FormatError extends Error {
  constructor(
    message: string,
    readonly code: FormatErrorCode,
  ) {
    super(message);
    this.name = 'FormatError';
  }
}

export function isFormatError(e: unknown): e is FormatError {
  return e instanceof FormatError;
}
