// FLIRT signatures (IDA's Fast Library Identification and Recognition Technology) as capa uses
// them through python-flirt: a function is recognised when the first bytes at its entry match a
// masked byte pattern, a CRC16 over the bytes after it matches, and optional tail bytes, a footer
// pattern (.pat only) and referenced names agree. Both file kinds (.sig trees, .pat lines) parse
// into one compact, columnar tree (set.ts): masked byte runs on the edges, modules at the leaves.

export type FlirtNameKind = 'public' | 'local' | 'reference';

export interface FlirtName {
  readonly name: string;
  readonly kind: FlirtNameKind;
  /** relative to the function start (may be negative for public/local names) */
  readonly offset: number;
}

export interface FlirtTailByte {
  /** python-flirt checks it at patternSize + crcLength + offset from the function start */
  readonly offset: number;
  readonly value: number;
}

/** One signature ("module"), materialised from the set for reports and tests. */
export interface FlirtModule {
  readonly index: number;
  /** pattern size the CRC starts after: the header's (.sig) or 32 (.pat), whatever the leaf depth */
  readonly patternSize: number;
  /** number of pattern elements on the path to this module's leaf (the footer starts after them) */
  readonly patternLength: number;
  readonly crcLength: number;
  readonly crc16: number;
  readonly functionSize: number;
  /** public and local names in file order, then referenced names */
  readonly names: readonly FlirtName[];
  readonly tailBytes: readonly FlirtTailByte[];
  /** .pat only: bytes after the CRC block, -1 = any byte */
  readonly footer?: readonly number[];
}

/** patterns longer than this are refused (python-flirt supports 32; IDA's masks reach 64) */
export const MAX_PATTERN_LENGTH = 64;

export type SignatureErrorCode = 'truncated' | 'corrupt' | 'unsupported' | 'too-large';

/** Thrown for a signature file that cannot be loaded; the CLI reports it with its own exit code. */
export class SignatureError extends Error {
  constructor(
    message: string,
    readonly code: SignatureErrorCode,
  ) {
    super(message);
    this.name = 'SignatureError';
  }
}

/** IDA FLAIR's CRC16 (poly 0x8408, inverted, bytes swapped) over buf[start, end). */
export function flirtCrc16(buf: Uint8Array, start: number, end: number): number {
  if (end <= start) return 0;
  let crc = 0xffff;
  for (let i = start; i < end; i++) crc = (crc >>> 8) ^ CRC16_TABLE[(crc ^ buf[i]!) & 0xff]!;
  crc = ~crc & 0xffff;
  return ((crc & 0xff) << 8) | (crc >>> 8);
}

/** the bit-by-bit update (reflected polynomial 0x8408) for each byte value, eight steps at a time */
const CRC16_TABLE = (() => {
  const t = new Uint16Array(256);
  for (let v = 0; v < 256; v++) {
    let crc = v;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
    t[v] = crc;
  }
  return t;
})();
