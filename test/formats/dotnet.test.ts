// ECMA-335 reader: metadata root, streams, heaps, table row sizes (heap-size flags, simple and
// coded index widths), CIL opcode decoding and method bodies — on synthetic metadata and on our
// own C# assemblies (test/bin/dotnet).

import assert from 'node:assert/strict';
import { cpuStopwatch } from '../helpers/cpu.js';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { FormatError } from '../../src/formats/errors.js';
import {
  decodeInstructions, DotnetMetadata, MethodBodyError, opcode, parseDotnet, parseMethodBody, pefileRvaToOffset, T,
} from '../../src/formats/dotnet/index.js';
import { parsePE } from '../../src/formats/pe/parse.js';
import { managedMethods, MAX_NESTING, nestedClassTable, resolveNestedTypeDef, resolveNestedTypeRef, types } from '../../src/extractors/dotnet/names.js';
import { collectMethods } from '../../src/extractors/dotnet/function.js';
import { PROJECT_ROOT } from '../helpers/testdata.js';

const bin = (name: string): Uint8Array => new Uint8Array(readFileSync(`${PROJECT_ROOT}/test/bin/dotnet/${name}`));

class Writer {
  private readonly parts: number[] = [];
  u8(v: number): this { this.parts.push(v & 0xff); return this; }
  u16(v: number): this { return this.u8(v).u8(v >>> 8); }
  u32(v: number): this { return this.u16(v & 0xffff).u16(v >>> 16); }
  bytes(b: ArrayLike<number>): this { for (let i = 0; i < b.length; i++) this.u8(b[i]!); return this; }
  pad4(): this { while (this.parts.length % 4) this.u8(0); return this; }
  get length(): number { return this.parts.length; }
  done(): Uint8Array { return Uint8Array.from(this.parts); }
}

interface TableSpec { rows: number; data: Uint8Array }

/** a metadata root at offset 0 with a `#~` stream and the given heaps */
function buildMetadata(o: { tables: Map<number, TableSpec>; heapSizes?: number; strings?: Uint8Array; us?: Uint8Array; blob?: Uint8Array; cutTables?: number }): Uint8Array {
  const t = new Writer().u32(0).u8(2).u8(0).u8(o.heapSizes ?? 0).u8(1);
  let lo = 0;
  let hi = 0;
  const nums = [...o.tables.keys()].sort((a, b) => a - b);
  for (const n of nums) if (n < 32) lo |= 1 << n; else hi |= 1 << (n - 32);
  t.u32(lo >>> 0).u32(hi >>> 0).u32(0).u32(0);
  for (const n of nums) t.u32(o.tables.get(n)!.rows);
  for (const n of nums) t.bytes(o.tables.get(n)!.data);
  let tables = t.pad4().done();
  if (o.cutTables !== undefined) tables = tables.subarray(0, o.cutTables);
  const streams: [string, Uint8Array][] = [['#~', tables]];
  if (o.strings) streams.push(['#Strings', o.strings]);
  if (o.us) streams.push(['#US', o.us]);
  if (o.blob) streams.push(['#Blob', o.blob]);
  const nameLen = (n: string): number => (n.length + 1 + 3) & ~3;
  let headerSize = 16 + 12 + 4;
  for (const [n] of streams) headerSize += 8 + nameLen(n);
  const w = new Writer().u32(0x424a5342).u16(1).u16(1).u32(0).u32(12).bytes([...'v4.0.30319'].map((c) => c.charCodeAt(0))).u16(0);
  w.u16(0).u16(streams.length);
  let off = headerSize;
  for (const [n, data] of streams) {
    w.u32(off).u32(data.length).bytes([...n].map((c) => c.charCodeAt(0))).u8(0).pad4();
    off += (data.length + 3) & ~3;
  }
  for (const [, data] of streams) w.bytes(data).pad4();
  return w.done();
}

const md = (bytes: Uint8Array): DotnetMetadata => new DotnetMetadata({ bytes, metadataOffset: 0, clrFlags: 1, entryPointToken: 0 });
const strings = (...s: string[]): Uint8Array => new Uint8Array([0, ...s.flatMap((x) => [...new TextEncoder().encode(x), 0])]);

describe('metadata tables', () => {
  for (const typeRefs of [0x3fff, 0x4000]) {
    it(`coded index width follows the largest target table (${typeRefs} TypeRefs)`, () => {
      const wide = typeRefs >= 0x4000; // TypeDefOrRef / ResolutionScope have 2 tag bits: 2^14 rows
      const tr = new Writer();
      for (let i = 0; i < typeRefs; i++) {
        if (wide) tr.u32((1 << 2) | 2); else tr.u16((1 << 2) | 2); // ResolutionScope → AssemblyRef 1
        tr.u16(1).u16(0); // TypeName 'Object'
      }
      const td = new Writer().u32(0x100001).u16(8).u16(1);
      if (wide) td.u32((0x3ffe << 2) | 1); else td.u16((0x3ffe << 2) | 1); // Extends → TypeRef 0x3ffe
      td.u16(1).u16(1);
      const m = md(buildMetadata({ tables: new Map([[T.TypeRef, { rows: typeRefs, data: tr.done() }], [T.TypeDef, { rows: 1, data: td.done() }]]), strings: strings('Object', 'Ns') }));
      assert.equal(m.rowCount(T.TypeRef), typeRefs);
      assert.deepEqual(m.coded(T.TypeDef, 1, m.col(T.TypeDef, 'Extends')), { table: T.TypeRef, rid: 0x3ffe });
      assert.deepEqual(m.coded(T.TypeRef, typeRefs, m.col(T.TypeRef, 'ResolutionScope')), { table: T.AssemblyRef, rid: 1 });
      assert.equal(m.raw(T.TypeDef, 1, m.col(T.TypeDef, 'Flags')), 0x100001);
      assert.equal(m.str(T.TypeDef, 1, m.col(T.TypeDef, 'TypeName')), 'Ns');
      assert.equal(m.str(T.TypeRef, 7, m.col(T.TypeRef, 'TypeName')), 'Object');
      assert.equal(m.raw(T.TypeDef, 1, m.col(T.TypeDef, 'MethodList')), 1);
    });
  }

  it('heap-size flags widen string, GUID and blob indexes', () => {
    const row = new Writer().u16(0).u32(1).u32(1).u32(0).u32(0).done(); // Module: Generation, Name, Mvid, EncId, EncBaseId
    const m = md(buildMetadata({ tables: new Map([[T.Module, { rows: 1, data: row }]]), heapSizes: 0x07, strings: strings('mod.dll') }));
    assert.equal(m.str(T.Module, 1, m.col(T.Module, 'Name')), 'mod.dll');
    assert.equal(m.heapSizes, 7);
  });

  it('simple indexes are 4 bytes past 0xFFFF rows', () => {
    const n = 0x10000;
    const fields = new Writer();
    for (let i = 0; i < n; i++) fields.u16(0).u16(0).u16(0);
    const td = new Writer().u32(0).u16(0).u16(0).u16(0).u32(0x10000).u16(1).done(); // FieldList is 4 bytes
    const m = md(buildMetadata({ tables: new Map([[T.TypeDef, { rows: 1, data: td }], [T.Field, { rows: n, data: fields.done() }]]) }));
    assert.equal(m.raw(T.TypeDef, 1, m.col(T.TypeDef, 'FieldList')), 0x10000);
    assert.equal(m.raw(T.TypeDef, 1, m.col(T.TypeDef, 'MethodList')), 1);
  });

  it('rows past the stream are dropped, unknown tables take no bytes (as dnfile); a bad root is a FormatError', () => {
    const huge = md(buildMetadata({ tables: new Map([[T.TypeRef, { rows: 0xffffffff, data: new Uint8Array(12) }]]) }));
    // the declared count still sets index widths: ResolutionScope becomes 4 bytes, rows are 8 bytes
    assert.equal(huge.rowCount(T.TypeRef), 1);
    const modRef = new Writer().u16(1).u16(1).u16(1).done();
    const unknown = md(buildMetadata({ tables: new Map([[0x2d, { rows: 5, data: new Uint8Array(0) }], [T.ModuleRef, { rows: 3, data: modRef }], [0x30, { rows: 1, data: new Uint8Array(0) }]]), strings: strings('kernel32.dll') }));
    assert.equal(unknown.table(0x2d), undefined);
    assert.equal(unknown.rowCount(T.ModuleRef), 3);
    assert.equal(unknown.str(T.ModuleRef, 3, 0), 'kernel32.dll');
    const cut = md(buildMetadata({ tables: new Map([[T.ModuleRef, { rows: 3, data: modRef }]]), cutTables: 30 }));
    assert.equal(cut.rowCount(T.ModuleRef), 1);
    const notBsjb = buildMetadata({ tables: new Map() });
    notBsjb[0] = 0;
    assert.throws(() => md(notBsjb), FormatError);
    const shortTables = buildMetadata({ tables: new Map(), cutTables: 20 });
    assert.throws(() => md(shortTables), (e: unknown) => e instanceof FormatError && e.code === 'truncated');
  });

  it('heaps: strings, user strings (flag byte, BOM, bad UTF-16), blobs; out of range gives nothing', () => {
    const us = new Uint8Array([
      0, // index 0: empty
      0x09, 0x48, 0, 0x69, 0, 0x21, 0, 0x21, 0, 1, // "Hi!!" + flag byte
      0x03, 0x00, 0xd8, 0, // lone high surrogate (+ flag)
      0x05, 0xff, 0xfe, 0x41, 0x00, 0, // BOM + "A"
      0x09, 0x42, 0, 0x43, // "BC…" cut by the heap end
    ]);
    const blob = new Uint8Array([0, 0x82, 0x00, ...new Array(0x200).fill(7), 0x03, 1, 2, 3]);
    const m = md(buildMetadata({ tables: new Map(), strings: strings('abc', 'é'), us, blob }));
    assert.equal(m.getString(1), 'abc');
    assert.equal(m.getString(5), 'é');
    assert.equal(m.getString(2), 'bc');
    assert.equal(m.getString(1 << 20), '');
    assert.equal(m.getUserString(1), 'Hi!!');
    assert.equal(m.getUserString(11), undefined);
    assert.equal(m.getUserString(15), 'A');
    assert.equal(m.getUserString(21), 'B'); // dnfile keeps what the heap holds, minus the 'flag' byte
    assert.equal(m.getUserString(1 << 20), undefined);
    assert.equal(m.getBlob(1)?.length, 0x200);
    assert.deepEqual([...m.getBlob(0x203)!], [1, 2, 3]);
  });
});

describe('hostile nesting', () => {
  it('cyclic NestedClass rows and self-scoped TypeRefs resolve in bounded steps', () => {
    const td = new Writer();
    for (const name of [1, 3, 5]) td.u32(0).u16(name).u16(0).u16(0).u16(1).u16(1); // A, B, C
    const nc = new Writer().u16(2).u16(3).u16(3).u16(2).done(); // B in C, C in B
    const tr = new Writer().u16(6).u16(1).u16(0).u16((2 << 2) | 3).u16(3).u16(0).done(); // TypeRef 2 scoped to itself
    const m = md(buildMetadata({
      tables: new Map([[T.TypeRef, { rows: 2, data: tr }], [T.TypeDef, { rows: 3, data: td.done() }], [T.NestedClass, { rows: 2, data: nc }]]),
      strings: strings('A', 'B', 'C'),
    }));
    const nested = nestedClassTable(m);
    const [, cls] = resolveNestedTypeDef(m, nested, 2);
    assert.ok(cls.length <= nested.size + 3 && cls[cls.length - 1] === 'B');
    const [, refCls] = resolveNestedTypeRef(m, 2, 2);
    assert.ok(refCls.length <= m.rowCount(T.TypeRef) + 2);
    assert.equal(types(m, nested).length, 5);
  });

  it('a chain of 20000 nested types resolves in bounded time and depth', () => {
    const n = 20000;
    const td = new Writer();
    for (let i = 0; i < n; i++) td.u32(0).u16(1).u16(0).u32(0).u16(1).u16(1); // Extends is 4 bytes past 2^14 rows
    const nc = new Writer();
    for (let i = 2; i <= n; i++) nc.u16(i).u16(i - 1);
    const m = md(buildMetadata({ tables: new Map([[T.TypeDef, { rows: n, data: td.done() }], [T.NestedClass, { rows: n - 1, data: nc.done() }]]), strings: strings('T') }));
    const cpu = cpuStopwatch();
    const all = types(m, nestedClassTable(m));
    assert.ok(cpu() < 20_000, 'no runaway resolution');
    assert.equal(all.length, n);
    assert.ok(Math.max(...all.map((t) => t.classes.length)) <= MAX_NESTING + 2);
  });

  it('overlapping MethodList runs are cut to a linear budget', () => {
    const methods = 20000;
    const typeDefs = 2000;
    const td = new Writer();
    for (let i = 0; i < typeDefs; i++) td.u32(0).u16(1).u16(0).u32(0).u16(1).u16(i % 2 === 0 ? 1 : methods);
    const mdRows = new Writer();
    for (let i = 0; i < methods; i++) mdRows.u32(0).u16(0).u16(0).u16(1).u16(0).u16(1);
    const m = md(buildMetadata({ tables: new Map([[T.TypeDef, { rows: typeDefs, data: td.done() }], [T.MethodDef, { rows: methods, data: mdRows.done() }]]), strings: strings('M') }));
    const cpu = cpuStopwatch();
    const list = managedMethods(m, nestedClassTable(m));
    assert.ok(cpu() < 20_000, 'no runaway method lists');
    assert.ok(list.length > 4 * methods && list.length <= 5 * methods + 65536, `${list.length} entries`);
  });

  it('method bodies: a shared offset is parsed once, distinct bodies stop at the decoding budget', () => {
    const rows = new Writer();
    for (const rva of [0, 5, 10, 0]) rows.u32(rva).u16(0).u16(0).u16(0).u16(0).u16(1);
    const m = md(buildMetadata({ tables: new Map([[T.MethodDef, { rows: 4, data: rows.done() }]]) }));
    const body = [(4 << 2) | 2, 0, 0, 0, 0x2a];
    const code = new Uint8Array([...body, ...body, ...body]);
    const f = collectMethods(m, code, (rva) => rva, 8);
    assert.deepEqual([...f.keys()], [0x06000001, 0x06000002, 0x06000004]);
    assert.equal(f.get(0x06000001)!.body, f.get(0x06000004)!.body);
  });

  it('the first TypeDef row never counts as an enclosing type (capa quirk)', () => {
    const td = new Writer();
    for (const name of [1, 3]) td.u32(0).u16(name).u16(0).u16(0).u16(1).u16(1); // Outer (row 1), Inner (row 2)
    const nc = new Writer().u16(2).u16(1).done();
    const m = md(buildMetadata({ tables: new Map([[T.TypeDef, { rows: 2, data: td.done() }], [T.NestedClass, { rows: 1, data: nc }]]), strings: strings('O', 'I') }));
    assert.deepEqual(resolveNestedTypeDef(m, nestedClassTable(m), 2), ['', ['I']]);
  });
});

describe('CIL', () => {
  it('decodes every opcode with its operand size; undefined opcodes are one byte', () => {
    const sizes: Record<string, number> = {
      none: 0, u8: 1, i8: 1, u16: 2, i32: 4, i64: 8, r4: 4, r8: 8, br8: 1, br32: 4, method: 4, field: 4, type: 4, tok: 4, sig: 4, string: 4,
    };
    let defined = 0;
    for (let v = 0; v < 0x100; v++) {
      if (v === 0xfe) continue;
      const op = opcode(v);
      if (op.operand === 'switch') continue;
      if (!op.name.startsWith('UNKNOWN')) defined++;
      const code = new Uint8Array(1 + sizes[op.operand]!);
      code[0] = v;
      const insns = decodeInstructions(code);
      assert.equal(insns.length, 1, op.name);
      assert.equal(insns[0]!.size, code.length, op.name);
    }
    for (let v = 0; v < 0x100; v++) {
      const op = opcode(0xfe00 | v);
      if (!op.name.startsWith('UNKNOWN')) defined++;
      const code = new Uint8Array(2 + sizes[op.operand]!);
      code[0] = 0xfe;
      code[1] = v;
      const insns = decodeInstructions(code);
      assert.equal(insns.length, 1, op.name);
      assert.equal(insns[0]!.size, code.length, op.name);
    }
    // ECMA-335 Partition III: 191 one-byte (incl. switch) + 28 two-byte opcodes
    assert.equal(defined + 1, 191 + 28);
  });

  it('operands: signed constants, floats, branch targets, switch tables, tokens', () => {
    const code = new Uint8Array([
      0x1f, 0xff, // ldc.i4.s -1
      0x20, 0xfe, 0xff, 0xff, 0xff, // ldc.i4 -2
      0x21, 1, 0, 0, 0, 0, 0, 0, 0x80, // ldc.i8 -2^63 + 1
      0x23, 0, 0, 0, 0, 0, 0, 4, 0x40, // ldc.r8 2.5
      0x2b, 0xfe, // br.s -2 → itself
      0x45, 2, 0, 0, 0, 0, 0, 0, 0, 0xf0, 0xff, 0xff, 0xff, // switch (2 targets)
      0x72, 0x01, 0, 0, 0x70, // ldstr 0x70000001
      0xfe, 0x06, 0x02, 0, 0, 0x06, // ldftn 0x06000002
    ]);
    const i = decodeInstructions(code);
    assert.deepEqual(i.map((x) => x.op.name), ['ldc.i4.s', 'ldc.i4', 'ldc.i8', 'ldc.r8', 'br.s', 'switch', 'ldstr', 'ldftn']);
    assert.equal(i[0]!.operand, -1);
    assert.equal(i[1]!.operand, -2);
    assert.equal(i[2]!.operand, -(2n ** 63n) + 1n);
    assert.equal(i[3]!.operand, 2.5);
    assert.equal(i[4]!.operand, i[4]!.offset);
    assert.deepEqual(i[5]!.operand, [i[6]!.offset, i[6]!.offset - 16]);
    assert.equal(i[6]!.operand, 0x70000001);
    assert.equal(i[7]!.operand, 0x06000002);
    assert.throws(() => decodeInstructions(new Uint8Array([0x20, 1, 2])), MethodBodyError);
    assert.throws(() => decodeInstructions(new Uint8Array([0x45, 0xff, 0xff, 0xff, 0xff])), MethodBodyError);
    assert.throws(() => decodeInstructions(new Uint8Array([0xfe])), MethodBodyError);
  });

  it('method bodies: tiny and fat headers, exception sections, bad headers', () => {
    const tiny = new Uint8Array([(2 << 2) | 2, 0x00, 0x2a]);
    const t = parseMethodBody(tiny, 0);
    assert.deepEqual([t.headerSize, t.codeSize, t.fat, t.instructions.length], [1, 2, false, 2]);
    const fat = new Writer().u16(0x3000 | 0x8 | 0x3).u16(8).u32(4).u32(0x11000001)
      .bytes([0x00, 0xde, 0x00, 0x2a]) // nop; leave.s +0; ret
      .pad4().u8(0x01).u8(4 + 12).u16(0) // small EH section, one clause
      .u16(2).u16(0).u8(2).u16(2).u8(1).u32(0).done();
    const f = parseMethodBody(fat, 0);
    assert.equal(f.headerSize, 12);
    assert.equal(f.localVarSigTok, 0x11000001);
    assert.deepEqual(f.instructions.map((x) => x.op.name), ['nop', 'leave.s', 'ret']);
    assert.deepEqual(f.exceptionClauses, [{ flags: 2, tryOffset: 0, tryLength: 2, handlerOffset: 2, handlerLength: 1, classTokenOrFilterOffset: 0 }]);
    assert.throws(() => parseMethodBody(new Uint8Array([0x4d]), 0), MethodBodyError); // neither tiny nor fat
    assert.throws(() => parseMethodBody(new Uint8Array([(10 << 2) | 2, 0]), 0), MethodBodyError); // code past the end
    assert.throws(() => parseMethodBody(fat.subarray(0, 18), 0), MethodBodyError); // EH section cut
    assert.throws(() => parseMethodBody(tiny, 5), MethodBodyError);
  });

  it('method bodies as dncil reads them: format 6 is tiny, 7 is bad, short fat headers ignore MoreSects, straddling operands', () => {
    assert.equal(parseMethodBody(new Uint8Array([(1 << 2) | 6, 0x2a]), 0).codeSize, 1);
    assert.throws(() => parseMethodBody(new Uint8Array([(1 << 2) | 7, 0x2a]), 0), MethodBodyError);
    // fat header claiming 2 dwords: code starts at +8, MoreSects is dropped (no section follows)
    const short = new Writer().u16(0x2000 | 0x8 | 0x3).u16(8).u32(1).bytes([0x2a, 0, 0, 0]).done(); // 12 bytes are read regardless
    const sb = parseMethodBody(short, 0);
    assert.deepEqual([sb.headerSize, sb.instructions.length, sb.exceptionClauses.length], [8, 1, 0]);
    // code size 1 but the instruction is a 5-byte call: the operand is read past the declared end
    const straddle = parseMethodBody(new Uint8Array([(1 << 2) | 2, 0x28, 1, 0, 0, 6]), 0);
    assert.deepEqual(straddle.instructions.map((i) => [i.op.name, i.size, i.operand]), [['call', 5, 0x06000001]]);
  });
});

describe('assemblies built with mcs', () => {
  it('metadata root, streams and the tables of a real assembly', () => {
    const m = parseDotnet(bin('features.exe'));
    assert.equal(m.versionString, 'v4.0.30319');
    assert.deepEqual(m.streams.map((s) => s.name).sort(), ['#Blob', '#GUID', '#Strings', '#US', '#~']);
    const names = Array.from({ length: m.rowCount(T.TypeDef) }, (_, i) => m.str(T.TypeDef, i + 1, m.col(T.TypeDef, 'TypeName')));
    assert.deepEqual(names, ['<Module>', 'Outer', 'Inner', 'Innermost', 'Maths', 'Program']);
    assert.equal(m.rowCount(T.NestedClass), 2);
    assert.equal(m.rowCount(T.MethodDef), 15);
    assert.ok(m.rowCount(T.MethodSpec) >= 2);
    assert.equal(m.rowCount(T.PropertyMap), 1);
    assert.equal(m.clrFlags & 1, 1);
  });

  it('every IL body parses; the try/catch/finally method has a fat header and two clauses', () => {
    const bytes = bin('features.exe');
    const pe = parsePE(bytes);
    const m = parseDotnet(bytes);
    const cRva = m.col(T.MethodDef, 'Rva');
    const cName = m.col(T.MethodDef, 'Name');
    for (let rid = 1; rid <= m.rowCount(T.MethodDef); rid++) {
      const body = parseMethodBody(bytes, pefileRvaToOffset(pe, m.raw(T.MethodDef, rid, cRva)!)!);
      const last = body.instructions[body.instructions.length - 1]!;
      assert.equal(last.offset + last.size, body.codeSize);
      if (m.str(T.MethodDef, rid, cName) === 'Guarded') {
        assert.ok(body.fat);
        assert.equal(body.exceptionClauses.length, 2);
      }
      if (m.str(T.MethodDef, rid, cName) === 'Depth') assert.ok(!body.fat);
    }
  });

  it('a PE without a CLR header is not .NET', () => {
    const bytes = bin('features.exe').slice();
    const pe = parsePE(bytes);
    assert.ok(pe.clr);
    // zero the COM descriptor directory entry
    const dirOff = pe.eLfanew + 24 + (pe.optionalMagic === 0x20b ? 112 : 96) + 14 * 8;
    bytes.fill(0, dirOff, dirOff + 8);
    assert.throws(() => parseDotnet(bytes), (e: unknown) => e instanceof FormatError && e.code === 'unsupported-format');
  });
});
