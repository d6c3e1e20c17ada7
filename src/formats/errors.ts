// The one error type format parsers throw for input they cannot (or will not) load.

export type FormatErrorCode = 'truncated' | 'corrupt' | 'unsupported-format' | 'unsupported-arch' | 'unsupported-os';

export class FormatError extends Error {
  constructor(
    message: string,
    readonly code: FormatErrorCode,
  ) {
    super(message);
    this.name = 'FormatError';
  }
}
