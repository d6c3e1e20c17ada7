// Hostile .NET metadata: deterministic (seeded) mutations of real assemblies — truncations, bit
// flips and extreme values in the CLR header, metadata root, stream headers and table row
// counts, dangling and cyclic indexes written into table rows (NestedClass cycles, self-nested
// TypeRef scopes, MethodList/FieldList runs), garbage method bodies. Every case runs the whole
// .NET extractor (globals, file features, every function, block and instruction); the only
// exception allowed is FormatError, and each case must finish within a time bound.

import assert from 'node:assert/strict';
import { cpuStopwatch } from '../helpers/cpu.js';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { DotnetStaticExtractor } from '../../src/extractors/dotnet/extractor.js';
import { FormatError } from '../../src/formats/errors.js';
import { parseDotnet, pefileRvaToOffset, T } from '../../src/formats/dotnet/index.js';
import { parsePE } from '../../src/formats/pe/parse.js';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';

const OWN = (n: string): string => `${PROJECT_ROOT}/test/bin/dotnet/${n}`;
const SAMPLES: ReadonlyArray<{ path: string; cases: number }> = [
  { path: OWN('features.exe'), cases: 90 },
  { path: OWN('mailslot.exe'), cases: 50 },
  { path: OWN('features.x64.exe'), cases: 20 },
  { path: testdata('testfiles', 'dotnet', 'dnfile-testfiles', 'hello-world', 'hello-world.exe'), cases: 60 },
  { path: testdata('testfiles', 'dotnet', 'dd9098ff91717f4906afe9dafdfa2f52.exe_'), cases: 70 },
  { path: testdata('testfiles', 'dotnet', '692f7fd6d198e804d6af98eb9e390d61.exe_'), cases: 70 },
  { path: testdata('testfiles', 'dotnet', '1c444ebeba24dcba8628b7dfe5fec7c6.exe_'), cases: 50 },
  { path: testdata('testfiles', 'dotnet', '2c7d60f77812607dec5085973ff76cea.dll_'), cases: 15 },
  { path: testdata('testfiles', 'dotnet', 'dnfile-testfiles', 'mixed-mode', 'ModuleCode', 'bin', 'ModuleCode_amd64.exe'), cases: 25 },
  { path: testdata('testfiles', 'e842958188274d5ffee7fbeffb803b2e.dll_'), cases: 40 },
  { path: testdata('testfiles', 'aefae71bca4bbaa2c013ddf040d797628c8d3da7346108c12735239a86fdfa71.dll_'), cases: 25 },
  { path: testdata('testfiles', '039a6336d0802a2255669e6867a5679c7eb83313dbc61fb1c7232147379bd304.exe_'), cases: 25 },
  { path: testdata('testfiles', 'b9f5bd514485fb06da39beff051b9fdc.exe_'), cases: 15 },
];

/** per-case wall-clock bound (generous: the machine is shared) */
/** CPU ms per case: a hang guard, far above what a case costs */
const CASE_BOUND_MS = 10_000;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** where the interesting structures of the unmutated file are */
interface Layout {
  clrOffset: number;
  mdOffset: number;
  /** [offset, size] of each stream */
  streams: [number, number][];
  tablesOffset: number;
  /** file offset of each row-count dword */
  rowCountOffsets: number[];
  /** [file offset of row 1, row size, rows] per table number */
  tables: Map<number, [number, number, number]>;
  bodies: number[];
}

function layout(bytes: Uint8Array): Layout {
  const pe = parsePE(bytes);
  const md = parseDotnet(bytes);
  const ts = md.streams.find((s) => s.name === '#~' || s.name === '#-')!;
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lo = dv.getUint32(ts.offset + 8, true);
  const hi = dv.getUint32(ts.offset + 12, true);
  const rowCountOffsets: number[] = [];
  let p = ts.offset + 24;
  for (let i = 0; i < 64; i++) {
    if ((i < 32 ? (lo >>> i) & 1 : (hi >>> (i - 32)) & 1) === 0) continue;
    rowCountOffsets.push(p);
    p += 4;
  }
  // row sizes from consecutive table starts: the reader's own layout, recomputed from its data
  const tables = new Map<number, [number, number, number]>();
  let rowStart = p;
  const bytesPerRow = (t: number): number => {
    const tab = md.table(t)!;
    // recover the row size from the stream: (next start - this start) / rows, via the schema widths
    let size = 0;
    for (const c of tab.columns) {
      if (c.kind === 'u16') size += 2;
      else if (c.kind === 'u32') size += 4;
      else if (c.kind === 'u8') size += 1;
      else if (c.kind === 'str') size += md.heapSizes & 1 ? 4 : 2;
      else if (c.kind === 'guid') size += md.heapSizes & 2 ? 4 : 2;
      else if (c.kind === 'blob') size += md.heapSizes & 4 ? 4 : 2;
      else size += 2; // index widths: all samples here have small tables
    }
    return size;
  };
  for (let t = 0; t < 64; t++) {
    const tab = md.table(t);
    if (!tab) continue;
    const rs = bytesPerRow(t);
    tables.set(t, [rowStart, rs, tab.rowCount]);
    rowStart += rs * tab.rowCount;
  }
  const bodies: number[] = [];
  const cRva = md.col(T.MethodDef, 'Rva');
  for (let r = 1; r <= md.rowCount(T.MethodDef); r++) {
    const off = pefileRvaToOffset(pe, md.raw(T.MethodDef, r, cRva)!);
    if (off !== undefined && off > 0) bodies.push(off);
  }
  const clrOffset = pefileRvaToOffset(pe, pe.clr!.rva)!;
  return { clrOffset, mdOffset: md.metadataOffset, streams: md.streams.map((s) => [s.offset, s.size]), tablesOffset: ts.offset, rowCountOffsets, tables, bodies };
}

function mutate(orig: Uint8Array, L: Layout, rnd: () => number): { desc: string; bytes: Uint8Array } {
  const int = (n: number): number => Math.floor(rnd() * n);
  const b = orig.slice();
  const dv = new DataView(b.buffer);
  const ok = (o: number, n: number): boolean => o >= 0 && o + n <= b.length;
  const put32 = (o: number, v: number): void => { if (ok(o, 4)) dv.setUint32(o, v >>> 0, true); };
  const put16 = (o: number, v: number): void => { if (ok(o, 2)) dv.setUint16(o, v & 0xffff, true); };
  const extreme = (): number => {
    const pool = [0, 1, 2, 3, 0x7f, 0xff, 0x3fff, 0x4000, 0xffff, 0x10000, 0xffffff, 0x7fffffff, 0x80000000, 0xffffffff, b.length, int(0x100000000)];
    return pool[int(pool.length)]!;
  };
  const row = (t: number): [number, number] | undefined => {
    const info = L.tables.get(t);
    if (!info || info[2] === 0) return undefined;
    return [info[0] + int(info[2]) * info[1], info[1]];
  };
  switch (int(9)) {
    case 0: {
      const n = rnd() < 0.6 ? L.mdOffset + int(Math.max(1, b.length - L.mdOffset)) : int(b.length);
      return { desc: `truncate to ${n}`, bytes: b.subarray(0, n) };
    }
    case 1: {
      const offs: number[] = [];
      for (let i = 0, k = 1 + int(24); i < k; i++) {
        const o = L.tablesOffset + int(Math.max(1, b.length - L.tablesOffset));
        if (ok(o, 1)) { b[o]! ^= 1 << int(8); offs.push(o); }
      }
      return { desc: `flip metadata bits at ${offs.join(',')}`, bytes: b };
    }
    case 2: {
      // row counts and the table header (HeapSizes, Valid)
      const what: string[] = [];
      for (let i = 0, k = 1 + int(3); i < k; i++) {
        if (rnd() < 0.7 && L.rowCountOffsets.length) {
          const o = L.rowCountOffsets[int(L.rowCountOffsets.length)]!;
          const v = extreme();
          put32(o, v);
          what.push(`rowcount@${o}=${v}`);
        } else if (rnd() < 0.5) {
          const v = int(256);
          if (ok(L.tablesOffset + 6, 1)) b[L.tablesOffset + 6] = v;
          what.push(`heapsizes=${v}`);
        } else {
          const o = L.tablesOffset + 8 + 4 * int(2);
          const v = extreme();
          put32(o, v);
          what.push(`valid@${o}=${v}`);
        }
      }
      return { desc: what.join(' '), bytes: b };
    }
    case 3: {
      // stream headers, metadata root fields, CLR header fields
      const what: string[] = [];
      for (let i = 0, k = 1 + int(2); i < k; i++) {
        const r = rnd();
        let o: number;
        if (r < 0.4) o = L.mdOffset + 16 + 12 + 4 + int(L.streams.length) * 12 + (rnd() < 0.5 ? 0 : 4); // approx stream header fields
        else if (r < 0.6) o = L.mdOffset + [0, 12, 16 + 12, 16 + 12 + 2][int(4)]!; // signature, version length, flags, stream count
        else o = L.clrOffset + [8, 12, 16, 20][int(4)]!; // metadata RVA/size, flags, entry point
        const v = extreme();
        if (rnd() < 0.5) put32(o, v); else put16(o, v);
        what.push(`@${o}=${v}`);
      }
      return { desc: what.join(' '), bytes: b };
    }
    case 4: {
      // dangling indexes: random values in random columns of random rows
      const what: string[] = [];
      const tables = [...L.tables.keys()];
      for (let i = 0, k = 1 + int(6); i < k; i++) {
        const r = row(tables[int(tables.length)]!);
        if (!r) continue;
        const o = r[0] + 2 * int(Math.max(1, r[1] >> 1));
        const v = rnd() < 0.5 ? extreme() : int(64);
        put16(o, v);
        what.push(`row@${o}=${v}`);
      }
      return { desc: `bad indexes ${what.join(' ')}`, bytes: b };
    }
    case 5: {
      // cyclic nesting: NestedClass rows pointing in circles, TypeRefs scoped to themselves
      const what: string[] = [];
      const nc = L.tables.get(T.NestedClass);
      const ntd = L.tables.get(T.TypeDef)?.[2] ?? 1;
      if (nc && nc[2] > 0) {
        for (let r = 0; r < nc[2]; r++) {
          const a = 1 + int(Math.max(1, ntd));
          const o = nc[0] + r * nc[1];
          put16(o, a);
          put16(o + 2, rnd() < 0.3 ? a : 1 + int(Math.max(1, ntd)));
        }
        what.push('nestedclass cycles');
      }
      const tr = L.tables.get(T.TypeRef);
      if (tr && tr[2] > 0) {
        for (let i = 0, k = 1 + int(4); i < k; i++) {
          const rid = 1 + int(tr[2]);
          const target = rnd() < 0.5 ? rid : 1 + int(tr[2]);
          put16(tr[0] + (rid - 1) * tr[1], (target << 2) | 3); // ResolutionScope → TypeRef
          what.push(`typeref ${rid} scope → typeref ${target}`);
        }
      }
      return { desc: what.join(', ') || 'no nesting tables', bytes: b };
    }
    case 6: {
      // method bodies: garbage headers and code
      const what: string[] = [];
      for (let i = 0, k = 1 + int(4); i < k && L.bodies.length; i++) {
        const o = L.bodies[int(L.bodies.length)]! + int(16);
        const v = int(256);
        if (ok(o, 1)) b[o] = v;
        if (rnd() < 0.3) put32(o + 4, extreme()); // fat code size
        what.push(`body@${o}=${v}`);
      }
      return { desc: what.join(' '), bytes: b };
    }
    case 7: {
      // MethodList / FieldList runs and MethodSemantics / ImplMap / MethodSpec rows
      const what: string[] = [];
      for (const t of [T.TypeDef, T.MethodSemantics, T.ImplMap, T.MethodSpec, T.MemberRef, T.PropertyMap]) {
        const r = row(t);
        if (!r || rnd() < 0.4) continue;
        const o = r[0] + r[1] - 2 * (1 + int(2));
        const v = extreme();
        put16(o, v);
        what.push(`${t}@${o}=${v}`);
      }
      return { desc: what.join(' ') || 'nothing', bytes: b };
    }
    default: {
      // random bytes anywhere in the metadata
      const what: string[] = [];
      for (let i = 0, k = 1 + int(40); i < k; i++) {
        const o = L.mdOffset + int(Math.max(1, b.length - L.mdOffset));
        if (ok(o, 1)) b[o] = int(256);
        what.push(String(o));
      }
      return { desc: `random bytes at ${what.slice(0, 5).join(',')}…`, bytes: b };
    }
  }
}

/** the whole extraction, as the capabilities pipeline would drive it */
function extractAll(bytes: Uint8Array): number {
  const x = new DotnetStaticExtractor(bytes);
  let n = 0;
  for (const _ of x.globalFeatures()) n++;
  for (const _ of x.fileFeatures()) n++;
  for (const fh of x.functions()) {
    for (const _ of x.functionFeatures(fh)) n++;
    for (const bb of x.basicBlocks(fh)) {
      for (const _ of x.basicBlockFeatures(fh, bb)) n++;
      for (const ih of x.instructions(fh, bb)) for (const _ of x.instructionFeatures(fh, bb, ih)) n++;
    }
  }
  return n;
}

describe('.NET metadata mutations', { skip: requireTestdata('dotnet-mutation') }, () => {
  let total = 0;
  let extracted = 0;
  const errorCodes = new Map<string, number>();
  for (const [si, s] of SAMPLES.entries()) {
    it(`${s.path.split('/').pop()}: ${s.cases} seeded mutations`, { skip: !existsSync(s.path) && 'sample missing' }, () => {
      const orig = new Uint8Array(readFileSync(s.path));
      const L = layout(orig);
      extractAll(orig); // the unmutated file extracts cleanly
      for (let c = 0; c < s.cases; c++) {
        const seed = (si + 1) * 100003 + c;
        const m = mutate(orig, L, mulberry32(seed));
        const cpu = cpuStopwatch();
        try {
          extractAll(m.bytes);
          extracted++;
        } catch (e) {
          if (e instanceof FormatError) errorCodes.set(e.code, (errorCodes.get(e.code) ?? 0) + 1);
          else {
            assert.fail(`seed ${seed} (${m.desc}): ${(e as Error)?.stack ?? String(e)}`);
          }
        }
        const ms = cpu();
        assert.ok(ms < CASE_BOUND_MS, `seed ${seed} (${m.desc}) took ${ms.toFixed(0)} ms of CPU`);
        total++;
      }
    });
  }
  it('ran at least 500 cases, most of them past the metadata checks into feature extraction', () => {
    assert.ok(total >= 500, `only ${total} cases ran`);
    // the mutations must reach the table/name/CIL code, not only the up-front structure checks
    assert.ok(extracted >= total / 2, `only ${extracted} of ${total} cases extracted (errors: ${JSON.stringify([...errorCodes])})`);
    process.stdout.write(`# ${total} cases: ${extracted} extracted, FormatErrors ${JSON.stringify([...errorCodes])}\n`);
  });
});
