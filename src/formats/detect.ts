// Format sniffing by magic (§4.1): `MZ` → PE, or .NET when the PE has a CLR (COM descriptor)
// directory; `\x7fELF` → ELF; anything else is unknown (shellcode needs an explicit choice).

import { parsePE } from './pe/parse.js';
import { DIR } from './pe/types.js';

export type DetectedFormat = 'pe' | 'dotnet' | 'elf' | 'unknown';

export function detectFormat(bytes: Uint8Array): DetectedFormat {
  if (bytes.length >= 4 && bytes[0] === 0x7f && bytes[1] === 0x45 && bytes[2] === 0x4c && bytes[3] === 0x46) return 'elf';
  if (bytes.length >= 2 && bytes[0] === 0x4d && bytes[1] === 0x5a) {
    try {
      const pe = parsePE(bytes);
      // capa's is_dotnet_file: the COM descriptor entry exists (pefile only has NumberOfRvaAndSizes
      // entries) and is not all-zero
      const cd = pe.dataDirectories[DIR.COM_DESCRIPTOR]!;
      if (pe.numberOfRvaAndSizes > DIR.COM_DESCRIPTOR && (cd.rva !== 0 || cd.size !== 0)) return 'dotnet';
    } catch {
      // an unparseable MZ file is still reported as PE; loading it raises the FormatError
    }
    return 'pe';
  }
  return 'unknown';
}
