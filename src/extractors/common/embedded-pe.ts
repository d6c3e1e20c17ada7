// `characteristic: embedded pe` (§4.3) at file offsets, from vivisect's carver (offset ≥ 1,
// e_lfanew ≤ 0x200 in the viv backend).

import { fileOffset } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import { characteristic } from '../../features/feature.js';
import { carvePe, VIV_MAX_PE_OFFSET_AFTER_MZ } from '../../formats/pe/carve.js';

export { VIV_MAX_PE_OFFSET_AFTER_MZ };

/** file offsets of embedded (possibly XOR-encoded) PE headers, ascending */
export function carveEmbeddedPe(buf: Uint8Array, start = 1, maxLfanew = VIV_MAX_PE_OFFSET_AFTER_MZ): number[] {
  return carvePe(buf, start, maxLfanew).map((c) => c.offset);
}

export function extractEmbeddedPe(buf: Uint8Array): Located[] {
  const f = characteristic('embedded pe');
  return carvePe(buf).map((c) => ({ feature: f, address: fileOffset(c.offset) }));
}
