// Exit codes, aligned with capa's where capa has one so scripts written for capa keep working.
export const EXIT = {
  OK: 0,
  /** an unexpected internal error (a bug): reported on one line, stack with --debug */
  INTERNAL: 1,
  /** bad command-line arguments */
  USAGE: 2,
  /** rule files problems found by `rules lint` / `rules test` failures */
  CHECK_FAILED: 3,
  /** no rules could be found / the rules path does not exist */
  MISSING_RULES: 10,
  /** the input file does not exist or cannot be read */
  MISSING_FILE: 11,
  /** a rule failed to parse or validate */
  INVALID_RULE: 12,
  /** the input is truncated or corrupt */
  CORRUPT_FILE: 13,
  /** a file-limitation rule matched (packed, installer, …): analysis would be meaningless */
  FILE_LIMITATION: 14,
  /** a FLIRT signature file is missing, unreadable or corrupt (capa's E_INVALID_SIG) */
  INVALID_SIGNATURES: 15,
  UNSUPPORTED_FORMAT: 16,
  UNSUPPORTED_ARCH: 17,
  UNSUPPORTED_OS: 18,
  /** sandbox report problems */
  INVALID_REPORT: 21,
  EMPTY_REPORT: 22,
  UNSUPPORTED_REPORT: 23,
  /** `scan --queue` / `worker`: the job queue (Redis) cannot be reached */
  QUEUE_UNAVAILABLE: 24,
  /** a scan stopped by Ctrl-C (SIGINT) or SIGTERM: its output is complete up to there, resumable */
  INTERRUPTED: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure to report to the user as one line, with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
