// Global features of an ELF sample (capa-semantics.md §4.2): `format: elf`, `os` as capa's ELF
// OS detection finds it (omitted when unknown), `arch` for i386/amd64 (omitted otherwise).

import { NO_ADDRESS } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import { arch, format, os } from '../../features/feature.js';
import { elfArch } from '../../formats/elf/load.js';
import { detectElfOs } from '../../formats/elf/os.js';
import type { ElfFile } from '../../formats/elf/types.js';

export interface ElfGlobalOptions {
  /** `--os` override: used instead of detection */
  readonly os?: string;
}

export function elfGlobalFeatures(elf: ElfFile, opts: ElfGlobalOptions = {}): Located[] {
  const out: Located[] = [{ feature: format('elf'), address: NO_ADDRESS }];
  const detected = opts.os ?? detectElfOs(elf);
  if (detected !== undefined) out.push({ feature: os(detected), address: NO_ADDRESS });
  const a = elfArch(elf);
  if (a !== undefined) out.push({ feature: arch(a), address: NO_ADDRESS });
  return out;
}
