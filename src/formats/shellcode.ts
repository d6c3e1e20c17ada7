// Raw shellcode: no headers, no format guessing. The caller states the bitness (-f sc32/sc64).
// Mapped as capa's vivisect loader maps it: one read/write/execute segment at 0x690000, with
// analysis starting at the given entry offset (default 0).
import { FormatError } from './errors.js';
import type { LoadedImage } from './image.js';

export const SHELLCODE_BASE = 0x690000;

export function loadShellcode(bytes: Uint8Array, format: 'sc32' | 'sc64', entryOffset = 0): LoadedImage {
  if (bytes.length === 0) throw new FormatError('the shellcode file is empty', 'truncated');
  if (!Number.isSafeInteger(entryOffset) || entryOffset < 0 || entryOffset >= bytes.length) {
    throw new FormatError(`entry offset 0x${entryOffset.toString(16)} is outside the ${bytes.length}-byte shellcode`, 'corrupt');
  }
  return {
    format,
    arch: format === 'sc32' ? 'i386' : 'amd64',
    baseAddress: SHELLCODE_BASE,
    entryPoint: SHELLCODE_BASE + entryOffset,
    extraEntryPoints: [],
    segments: [
      {
        name: `shellcode_0x${SHELLCODE_BASE.toString(16)}`,
        va: SHELLCODE_BASE,
        size: bytes.length,
        data: bytes,
        fileOffset: 0,
        readable: true,
        writable: true,
        executable: true,
      },
    ],
    imports: new Map(),
    exports: [],
    relocations: [],
    symbols: [],
    file: bytes,
  };
}
