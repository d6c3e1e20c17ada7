// Global features of a PE (§4.2): `format: pe`, `os: windows`, and `arch` when vivisect knows it.

import { NO_ADDRESS } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import { arch, format, os } from '../../features/feature.js';
import type { PeFile } from '../../formats/pe/types.js';

export function extractPeGlobalFeatures(pe: Pick<PeFile, 'arch'>): Located[] {
  const out: Located[] = [
    { feature: format('pe'), address: NO_ADDRESS },
    { feature: os('windows'), address: NO_ADDRESS },
  ];
  if (pe.arch !== undefined) out.push({ feature: arch(pe.arch), address: NO_ADDRESS });
  return out;
}
