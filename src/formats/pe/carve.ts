// vivisect's embedded-PE carver (`PE/carve.py`): for every XOR key find `MZ`⊕key from `start`
// on, with e_lfanew (at +0x3C, ⊕key) at most `maxLfanew` and `PE`⊕key there. A position fixes
// its key (buf[i]⊕'M'), so one linear pass replaces the 256 searches.

export const VIV_MAX_PE_OFFSET_AFTER_MZ = 0x200;

export interface CarvedPe {
  readonly offset: number;
  readonly key: number;
}

export function carvePe(buf: Uint8Array, start = 1, maxLfanew = VIV_MAX_PE_OFFSET_AFTER_MZ): CarvedPe[] {
  const out: CarvedPe[] = [];
  const n = buf.length;
  for (let off = Math.max(0, start); off + 0x40 <= n; off++) {
    // 'M'^k followed by 'Z'^k  ⇔  the two bytes differ by 'M'^'Z' (0x17)
    if ((buf[off]! ^ buf[off + 1]!) !== 0x17) continue;
    const key = buf[off]! ^ 0x4d;
    const e =
      ((buf[off + 0x3c]! ^ key) | ((buf[off + 0x3d]! ^ key) << 8) | ((buf[off + 0x3e]! ^ key) << 16) | ((buf[off + 0x3f]! ^ key) << 24)) >>>
      0;
    if (e > maxLfanew) continue;
    const pe = off + e;
    if (pe + 2 > n) continue;
    if ((buf[pe]! ^ key) === 0x50 && (buf[pe + 1]! ^ key) === 0x45) out.push({ offset: off, key });
  }
  return out;
}

/**
 * vivisect `CarvedPE.getFileSize`: the furthest section end (PointerToRawData + SizeOfRawData)
 * of the XOR-decoded embedded PE; undefined where vivisect's parse of it would fail.
 */
export function carvedPeFileSize(buf: Uint8Array, c: CarvedPe): number | undefined {
  const n = buf.length;
  const u8 = (o: number): number | undefined => (c.offset + o < n ? buf[c.offset + o]! ^ c.key : undefined);
  const u16 = (o: number): number | undefined => {
    const a = u8(o);
    const b = u8(o + 1);
    return a === undefined || b === undefined ? undefined : a | (b << 8);
  };
  const u32 = (o: number): number | undefined => {
    const a = u16(o);
    const b = u16(o + 2);
    return a === undefined || b === undefined ? undefined : (a | (b << 16)) >>> 0;
  };
  const lfanew = u32(0x3c)!;
  const machine = u16(lfanew + 4);
  if (machine === undefined) return undefined;
  const pe32p = machine === 0x8664 || machine === 0x200;
  const ntSize = pe32p ? 264 : 248;
  if (u8(lfanew + ntSize - 1) === undefined) return undefined;
  const nsec = u16(lfanew + 6)!;
  const nrva = u32(lfanew + 24 + (pe32p ? 108 : 92))!;
  const table = lfanew + ntSize - 128 + nrva * 8;
  if (nsec > 0 && u8(table + nsec * 40 - 1) === undefined) return undefined;
  let size = 0;
  for (let i = 0; i < nsec; i++) {
    const s = table + i * 40;
    size = Math.max(size, u32(s + 20)! + u32(s + 16)!);
  }
  return size;
}
