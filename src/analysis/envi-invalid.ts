// Legacy-encoded instructions iced decodes but vivisect's envi decoders (i386, amd64) reject with
// InvalidInstruction: SSE4.1/4.2 rows missing from envi's i386 tables (pinsrd, roundps, blendps,
// insertps, pmulld, …), SHA rows in i386, VIA PadLock, key locker, and a few system opcodes. envi's
// rejection ends code flow and fails emulation probes, so these decode as invalid here too.
//
// Derived by decoding every (last mandatory-capable prefix, map, opcode, modrm.mod = 3 or not,
// modrm.reg) form with vivisect 1.3's envi decoders and keeping the forms iced accepts and envi
// does not. Entry = ((prefix * 3 + map) * 256 + opcode) * 65536 + mask, prefix 0 none / 1 66 / 2 F2
// / 3 F3, map 0 = 0F, 1 = 0F 38, 2 = 0F 3A, mask bit (mod == 3 ? 8 : 0) + reg.

const I386 = [
88064, 983039, 1573056, 3670015, 10944768, 11403328, 13041720, 29949951, 30015487, 30081023,
  30146559, 30212095, 30277631, 32899327, 33095935, 33292543, 46989311, 50419712, 51314687,
  51904704, 61276416, 61734976, 65470463, 71368703, 71434239, 75497727, 75563263, 75628799,
  80740351, 83165439, 83362047, 83624191, 84475903, 84541439, 84606975, 84672511, 84738047,
  84803583, 84869119, 85327871, 85458943, 86114303, 86179839, 88145919, 88211455, 88276991,
  90243071, 90308607, 90374143, 97452031, 97517567, 100759552, 101646335, 102236352, 111608064,
  133693695, 133955839, 151083040, 151977983, 152568000, 161939200, 162004736, 162402368,
  181927951, 182255615, 182255871, 182321407, 182386943, 184025343, 184221440, 184286976,
  184287487,
];

const AMD64 = [
983039, 1573056, 3670015, 4194303, 10944768, 13041720, 32899327, 33095935, 33292543, 51314687,
  51904704, 61276416, 71434239, 80740351, 83165439, 83362047, 83624191, 97452031, 97517567,
  100679744, 100737024, 101646335, 102236352, 111608064, 133693695, 133955839, 151060512,
  151977983, 152568000, 161939200, 162004736, 162402304, 181927951, 182255615, 182255871,
  182321407, 182386943, 184025343, 184221440, 184286976, 184287487,
];

function index(entries: readonly number[]): Map<number, number> {
  const m = new Map<number, number>();
  for (const e of entries) m.set(Math.floor(e / 65536), e % 65536);
  return m;
}

let i386: Map<number, number> | undefined;
let amd64: Map<number, number> | undefined;

/**
 * true when envi cannot decode the legacy-encoded instruction in `b` at `off` (its prefixes, 0F,
 * the opcode map and byte, modrm); the last 66/F2/F3 prefix before 0F selects the table as in envi
 */
export function enviRejects(b: Uint8Array, off: number, end: number, bits: 32 | 64): boolean {
  let p = off;
  let last = 0;
  for (; p < end; p++) {
    const x = b[p]!;
    if (x === 0x66 || x === 0xf2 || x === 0xf3) last = x;
    else if (x === 0x26 || x === 0x2e || x === 0x36 || x === 0x3e || x === 0x64 || x === 0x65 || x === 0x67 || x === 0xf0) last = 0;
    else if (bits === 64 && (x & 0xf0) === 0x40) continue;
    else break;
  }
  if (p + 2 >= end || b[p] !== 0x0f) return false;
  let map = 0;
  let q = p + 1;
  if (b[q] === 0x38) {
    map = 1;
    q++;
  } else if (b[q] === 0x3a) {
    map = 2;
    q++;
  }
  if (q + 1 >= end) return false;
  const opcode = b[q]!;
  const modrm = b[q + 1]!;
  const pre = last === 0x66 ? 1 : last === 0xf2 ? 2 : last === 0xf3 ? 3 : 0;
  const table = bits === 64 ? (amd64 ??= index(AMD64)) : (i386 ??= index(I386));
  const mask = table.get((pre * 3 + map) * 256 + opcode);
  if (mask === undefined) return false;
  const bit = ((modrm >> 6) === 3 ? 8 : 0) + ((modrm >> 3) & 7);
  return (mask & (1 << bit)) !== 0;
}
