// Names of .NET types, methods, fields and imports as capa's dnfile helpers build them
// (`Namespace.Class::Member`, nested classes `Outer/Inner`, `.ctor` → `ctor`, accessors without
// `get_`/`set_`), including capa's quirks: the enclosing-row lookup treats row 1 as missing, and
// nested TypeRef chains repeat a name (`Telephony/Sent/Sent`). Cyclic nesting, which would hang
// capa, is cut after as many steps as the table has rows.

import type { DotnetMetadata } from '../../formats/dotnet/metadata.js';
import { T } from '../../formats/dotnet/tables.js';

export type Access = 'read' | 'write';

/**
 * Nesting chains are followed at most this many steps: far beyond real code, and it keeps a
 * hostile chain of thousands of nested types from making name resolution quadratic.
 */
export const MAX_NESTING = 256;

/** capa's DnType: a class, or a member of one */
export interface DnType {
  readonly token: number;
  readonly namespace: string;
  /** class names from outermost to innermost */
  readonly classes: readonly string[];
  readonly member: string;
  readonly access?: Access;
}

/** capa's DnUnmanagedMethod: a P/Invoke target */
export interface DnUnmanagedMethod {
  readonly token: number;
  readonly module: string;
  readonly method: string;
}

export function tokenValue(table: number, rid: number): number {
  return (((table & 0xff) << 24) | (rid & 0xffffff)) >>> 0;
}

export function formatTypeName(classes: readonly string[], namespace = '', member = ''): string {
  const cls = classes.join('/');
  let name = member ? `${cls}::${member}` : cls;
  if (namespace) name = `${namespace}.${name}`;
  return name;
}

export const dnTypeName = (t: DnType): string => formatTypeName(t.classes, t.namespace, t.member);

function memberName(name: string): string {
  if (name === '.ctor') return 'ctor';
  if (name === '.cctor') return 'cctor';
  return name;
}

function stripAccessor(name: string): string {
  return name.startsWith('get_') || name.startsWith('set_') ? name.slice(4) : name;
}

/**
 * capa's get_dotnet_table_row: `row_index - 1 <= 0` counts as missing, so the first row of a
 * table can never be an enclosing type (reproduced on purpose).
 */
function quirkRow(md: DotnetMetadata, table: number, rowIndex: number): number | undefined {
  if (rowIndex - 1 <= 0) return undefined;
  return md.hasRow(table, rowIndex) ? rowIndex : undefined;
}

/**
 * The row a coded index names as dnfile resolves it: rid 0 is Python's rows[-1], the last row.
 * (Indexes past the table make capa raise; here they name nothing.)
 */
export function pyRow(md: DotnetMetadata, table: number, rid: number): number | undefined {
  const n = md.rowCount(table);
  if (rid === 0) return n > 0 ? n : undefined;
  return rid <= n ? rid : undefined;
}

/** NestedClass: nested TypeDef rid → enclosing TypeDef rid (later rows win) */
export function nestedClassTable(md: DotnetMetadata): Map<number, number> {
  const m = new Map<number, number>();
  const n = md.rowCount(T.NestedClass);
  const cN = md.col(T.NestedClass, 'NestedClass');
  const cE = md.col(T.NestedClass, 'EnclosingClass');
  for (let r = 1; r <= n; r++) m.set(md.raw(T.NestedClass, r, cN)!, md.raw(T.NestedClass, r, cE)!);
  return m;
}

const typeDefMemo = new WeakMap<Map<number, number>, Map<number, [string, string[]]>>();

/** capa's resolve_nested_typedef_name, memoised per NestedClass map (TypeDefs, their methods and fields share it) */
export function resolveNestedTypeDef(md: DotnetMetadata, nested: Map<number, number>, rid: number): [string, string[]] {
  let memo = typeDefMemo.get(nested);
  if (!memo) {
    memo = new Map();
    typeDefMemo.set(nested, memo);
  }
  let r = memo.get(rid);
  if (!r) {
    r = resolveNestedTypeDefUncached(md, nested, rid);
    memo.set(rid, r);
  }
  return r;
}

function resolveNestedTypeDefUncached(md: DotnetMetadata, nested: Map<number, number>, rid: number): [string, string[]] {
  const cName = md.col(T.TypeDef, 'TypeName');
  const cNs = md.col(T.TypeDef, 'TypeNamespace');
  const ns = md.str(T.TypeDef, rid, cNs);
  const name = md.str(T.TypeDef, rid, cName);
  let index = rid;
  if (!nested.has(index)) return [ns, [name]];
  const names = [name];
  let steps = 0;
  const limit = Math.min(nested.size + 1, MAX_NESTING);
  while (nested.has(nested.get(index)!) && steps++ < limit) {
    const row = quirkRow(md, T.TypeDef, nested.get(index)!);
    if (row === undefined) return [ns, names.reverse()];
    names.push(md.str(T.TypeDef, row, cName));
    index = nested.get(index)!;
  }
  const root = quirkRow(md, T.TypeDef, nested.get(index)!);
  if (root === undefined) return [ns, names.reverse()];
  names.push(md.str(T.TypeDef, root, cName));
  return [md.str(T.TypeDef, root, cNs), names.reverse()];
}

const typeRefMemo = new WeakMap<DotnetMetadata, Map<string, [string, string[]]>>();

/**
 * capa's resolve_nested_typeref_name. `index` is the rid capa passes: the MemberRef's class rid,
 * or the TypeRef's resolution scope rid. Memoised per metadata (many MemberRefs share a class).
 */
export function resolveNestedTypeRef(md: DotnetMetadata, index: number, typeRefRid: number): [string, string[]] {
  let memo = typeRefMemo.get(md);
  if (!memo) {
    memo = new Map();
    typeRefMemo.set(md, memo);
  }
  const key = `${index},${typeRefRid}`;
  let r = memo.get(key);
  if (!r) {
    r = resolveNestedTypeRefUncached(md, index, typeRefRid);
    memo.set(key, r);
  }
  return r;
}

function resolveNestedTypeRefUncached(md: DotnetMetadata, index: number, typeRefRid: number): [string, string[]] {
  const cScope = md.col(T.TypeRef, 'ResolutionScope');
  const cName = md.col(T.TypeRef, 'TypeName');
  const cNs = md.col(T.TypeRef, 'TypeNamespace');
  const ns = md.str(T.TypeRef, typeRefRid, cNs);
  const name0 = md.str(T.TypeRef, typeRefRid, cName);
  const scopeIsTypeRef = (rid: number): boolean => md.coded(T.TypeRef, rid, cScope)?.table === T.TypeRef;
  if (!scopeIsTypeRef(typeRefRid)) return [ns, [name0]];
  let row = quirkRow(md, T.TypeRef, index);
  if (row === undefined) return [ns, [name0]];
  const names: string[] = [];
  let name = name0;
  let steps = 0;
  const limit = Math.min(md.rowCount(T.TypeRef) + 1, MAX_NESTING);
  while (scopeIsTypeRef(row) && steps++ < limit) {
    names.push(name);
    name = md.str(T.TypeRef, row, cName);
    const next: number | undefined = quirkRow(md, T.TypeRef, md.coded(T.TypeRef, row, cScope)!.rid);
    if (next === undefined) return [ns, names.reverse()];
    row = next;
  }
  names.push(md.str(T.TypeRef, row, cName));
  return [md.str(T.TypeRef, row, cNs), names.reverse()];
}

/** MemberRefs of TypeRefs (capa get_dotnet_managed_imports) */
export function managedImports(md: DotnetMetadata): DnType[] {
  const out: DnType[] = [];
  const n = md.rowCount(T.MemberRef);
  const cClass = md.col(T.MemberRef, 'Class');
  const cName = md.col(T.MemberRef, 'Name');
  for (let rid = 1; rid <= n; rid++) {
    const cls = md.coded(T.MemberRef, rid, cClass)!;
    const typeRef = cls.table === T.TypeRef ? pyRow(md, T.TypeRef, cls.rid) : undefined;
    if (typeRef === undefined) continue;
    const name = md.str(T.MemberRef, rid, cName);
    const access: Access | undefined = name.startsWith('get_') ? 'read' : name.startsWith('set_') ? 'write' : undefined;
    const [ns, classes] = resolveNestedTypeRef(md, cls.rid, typeRef);
    const t: DnType = { token: tokenValue(T.MemberRef, rid), namespace: ns, classes, member: memberName(stripAccessor(name)) };
    out.push(access ? { ...t, access } : t);
  }
  return out;
}

/** MethodDef tokens of property getters/setters (MethodSemantics rows associated with a Property) */
export function propertyAccessors(md: DotnetMetadata): Map<number, Access> {
  const m = new Map<number, Access>();
  const n = md.rowCount(T.MethodSemantics);
  const cSem = md.col(T.MethodSemantics, 'Semantics');
  const cMethod = md.col(T.MethodSemantics, 'Method');
  const cAssoc = md.col(T.MethodSemantics, 'Association');
  if (!md.table(T.MethodDef)) return m;
  for (let rid = 1; rid <= n; rid++) {
    const assoc = md.coded(T.MethodSemantics, rid, cAssoc)!;
    if (assoc.table !== T.Property || pyRow(md, T.Property, assoc.rid) === undefined) continue;
    const token = tokenValue(T.MethodDef, md.raw(T.MethodSemantics, rid, cMethod)!);
    const sem = md.raw(T.MethodSemantics, rid, cSem)!;
    // MethodSemanticsAttributes: Setter 0x1, Getter 0x2 (capa tests the setter first)
    if (sem & 0x1) m.set(token, 'write');
    else if (sem & 0x2) m.set(token, 'read');
  }
  return m;
}

/**
 * Row indexes of the run of a list column (TypeDef.MethodList / FieldList) owned by a row, as
 * dnfile computes it: from the row's value to the next row's value - 1 (or the table end). A
 * run starting at 0 keeps index 0, which dnfile resolves to the *last* row (Python's rows[-1]);
 * `listRow` maps it.
 */
export function listRun(md: DotnetMetadata, table: number, rid: number, col: number, target: number): number[] {
  const start = md.raw(table, rid, col);
  if (start === undefined || !md.table(target)) return [];
  const count = md.rowCount(target);
  const next = md.raw(table, rid + 1, col);
  const last = Math.min(next === undefined ? count : next - 1, count);
  const out: number[] = [];
  for (let r = start; r <= last; r++) if (r > 0 || count > 0) out.push(r);
  return out;
}

/** the row a list entry refers to (index 0 → the last row) */
const listRow = (md: DotnetMetadata, target: number, r: number): number => (r === 0 ? md.rowCount(target) : r);

/**
 * Overlapping runs only occur in hostile metadata (in a valid file the runs partition the
 * table); past this many entries in all, further runs are dropped to keep the work linear.
 */
const listBudget = (md: DotnetMetadata, target: number): number => 4 * md.rowCount(target) + 65536;

/** MethodDefs by owning TypeDef (capa get_dotnet_managed_methods) */
export function managedMethods(md: DotnetMetadata, nested: Map<number, number>): DnType[] {
  const out: DnType[] = [];
  const accessors = propertyAccessors(md);
  const n = md.rowCount(T.TypeDef);
  const cList = md.col(T.TypeDef, 'MethodList');
  const cName = md.col(T.MethodDef, 'Name');
  const budget = listBudget(md, T.MethodDef);
  for (let rid = 1; rid <= n && out.length < budget; rid++) {
    const run = listRun(md, T.TypeDef, rid, cList, T.MethodDef);
    if (run.length === 0) continue;
    const [ns, classes] = resolveNestedTypeDef(md, nested, rid);
    for (const m of run) {
      const token = tokenValue(T.MethodDef, m);
      const access = accessors.get(token);
      const name = md.str(T.MethodDef, listRow(md, T.MethodDef, m), cName);
      const t: DnType = { token, namespace: ns, classes, member: memberName(stripAccessor(name)) };
      out.push(access ? { ...t, access } : t);
    }
  }
  return out;
}

/** Fields by owning TypeDef (capa get_dotnet_fields) */
export function fields(md: DotnetMetadata, nested: Map<number, number>): DnType[] {
  const out: DnType[] = [];
  const n = md.rowCount(T.TypeDef);
  const cList = md.col(T.TypeDef, 'FieldList');
  const cName = md.col(T.Field, 'Name');
  const budget = listBudget(md, T.Field);
  for (let rid = 1; rid <= n && out.length < budget; rid++) {
    const run = listRun(md, T.TypeDef, rid, cList, T.Field);
    if (run.length === 0) continue;
    const [ns, classes] = resolveNestedTypeDef(md, nested, rid);
    for (const f of run) {
      out.push({ token: tokenValue(T.Field, f), namespace: ns, classes, member: md.str(T.Field, listRow(md, T.Field, f), cName) });
    }
  }
  return out;
}

/** ImplMap rows: P/Invoke targets keyed by the forwarded member's token */
export function unmanagedImports(md: DotnetMetadata): DnUnmanagedMethod[] {
  const out: DnUnmanagedMethod[] = [];
  const n = md.rowCount(T.ImplMap);
  const cFwd = md.col(T.ImplMap, 'MemberForwarded');
  const cName = md.col(T.ImplMap, 'ImportName');
  const cScope = md.col(T.ImplMap, 'ImportScope');
  const cModName = md.col(T.ModuleRef, 'Name');
  for (let rid = 1; rid <= n; rid++) {
    const fwd = md.coded(T.ImplMap, rid, cFwd)!;
    if (!md.table(fwd.table)) continue;
    let module = md.str(T.ModuleRef, md.raw(T.ImplMap, rid, cScope)!, cModName);
    const dot = module.indexOf('.');
    if (dot >= 0) module = module.slice(0, dot);
    out.push({ token: tokenValue(fwd.table, fwd.rid), module, method: md.str(T.ImplMap, rid, cName) });
  }
  return out;
}

/** TypeDefs then TypeRefs (capa get_dotnet_types) */
export function types(md: DotnetMetadata, nested: Map<number, number>): DnType[] {
  const out: DnType[] = [];
  for (let rid = 1; rid <= md.rowCount(T.TypeDef); rid++) {
    const [ns, classes] = resolveNestedTypeDef(md, nested, rid);
    out.push({ token: tokenValue(T.TypeDef, rid), namespace: ns, classes, member: '' });
  }
  const cScope = md.col(T.TypeRef, 'ResolutionScope');
  for (let rid = 1; rid <= md.rowCount(T.TypeRef); rid++) {
    const [ns, classes] = resolveNestedTypeRef(md, md.coded(T.TypeRef, rid, cScope)!.rid, rid);
    out.push({ token: tokenValue(T.TypeRef, rid), namespace: ns, classes, member: '' });
  }
  return out;
}
