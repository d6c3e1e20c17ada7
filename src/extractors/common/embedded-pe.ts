// `characteristic: embedded pe` (§4.3): vivisect's carver. For every XOR key 0..255 find each
// `MZ`⊕key from offset 1 on, read e_lfanew at +0x3C (⊕key, LE u32), require it to be at most
// 0x200 (viv backend limit) and `PE`⊕key at MZ+e_lfanew. A position fixes its key (buf[i]⊕'M'),
// so a single linear pass replaces the 256 searches.

import { fileOffset } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import { characteristic } from '../../features/feature.js';

export const VIV_MAX_PE_OFFSET_AFTER_MZ = 0x200;

/** file offsets of embedded (possibly XOR-encoded) PE headers, ascending */
export function carveEmbeddedPe(buf: Uint8Array, start = 1, maxLfanew = VIV_MAX_PE_OFFSET_AFTER_MZ): number[] {
  const out: number[] = [];
  const n = buf.length;
  for (let off = Math.max(0, start); off + 0x40 <= n; off++) {
    // 'M'^k followed by 'Z'^k  ⇔  the two bytes differ by 'M'^'Z' (0x17); k = buf[off]^'M'
    if ((buf[off]! ^ buf[off + 1]!) !== 0x17) continue;
    const key = buf[off]! ^ 0x4d;
    const e =
      ((buf[off + 0x3c]! ^ key) | ((buf[off + 0x3d]! ^ key) << 8) | ((buf[off + 0x3e]! ^ key) << 16) | ((buf[off + 0x3f]! ^ key) << 24)) >>>
      0;
    if (e > maxLfanew) continue;
    const pe = off + e;
    if (pe + 2 > n) continue;
    if ((buf[pe]! ^ key) === 0x50 && (buf[pe + 1]! ^ key) === 0x45) out.push(off);
  }
  return out;
}

export function extractEmbeddedPe(buf: Uint8Array): Located[] {
  const f = characteristic('embedded pe');
  return carveEmbeddedPe(buf).map((off) => ({ feature: f, address: fileOffset(off) }));
}
