// Instruction features of CIL as capa's dnfile backend extracts them: api (calls to
// non-accessor methods, P/Invoke names), property (+ read/write) for accessor calls and field
// loads/stores, number (ldc.*), string (ldstr, ≥ 4 characters), class + namespace of referenced
// methods, fields and types, and `unmanaged call`.

import type { Address } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import { api, characteristic, classFeature, makeFeature, namespaceFeature, num, property, str } from '../../features/feature.js';
import { OP, type Instruction } from '../../formats/dotnet/cil.js';
import type { DotnetMetadata } from '../../formats/dotnet/metadata.js';
import { T } from '../../formats/dotnet/tables.js';
import { generateSymbols } from '../pe/file.js';
import { isCallLike } from './function.js';
import {
  dnTypeName, fields, formatTypeName, managedImports, managedMethods, nestedClassTable, tokenValue, types,
  unmanagedImports, type DnType, type DnUnmanagedMethod,
} from './names.js';

/** token lookup tables, built once per file (capa's DnFileFeatureExtractorCache) */
export class DotnetTokenCache {
  readonly md: DotnetMetadata;
  readonly imports = new Map<number, DnType>();
  readonly nativeImports = new Map<number, DnUnmanagedMethod>();
  readonly methods = new Map<number, DnType>();
  readonly fields = new Map<number, DnType>();
  readonly types = new Map<number, DnType>();

  constructor(md: DotnetMetadata) {
    this.md = md;
    const nested = nestedClassTable(md);
    for (const i of managedImports(md)) this.imports.set(i.token, i);
    for (const u of unmanagedImports(md)) this.nativeImports.set(u.token, u);
    for (const m of managedMethods(md, nested)) this.methods.set(m.token, m);
    for (const f of fields(md, nested)) this.fields.set(f.token, f);
    for (const t of types(md, nested)) this.types.set(t.token, t);
  }

  /**
   * the row a token names, as capa's resolve_dotnet_token finds it: rid 0 wraps to the last row
   * (Python's rows[-1]); undefined when the table or row does not exist
   */
  resolveRow(token: number): number | undefined {
    const table = token >>> 24;
    const rid = token & 0xffffff;
    const n = this.md.rowCount(table);
    if (!this.md.table(table)) return undefined;
    if (rid === 0) return n > 0 ? n : undefined;
    return rid <= n ? rid : undefined;
  }

  /** map a call operand to the managed/unmanaged method it names (capa get_callee) */
  callee(token: number): DnType | DnUnmanagedMethod | undefined {
    let t = token;
    if (token >>> 24 === T.MethodSpec) {
      const row = this.resolveRow(token);
      if (row === undefined) return undefined;
      const m = this.md.coded(T.MethodSpec, row, this.md.col(T.MethodSpec, 'Method'))!;
      if (!this.md.table(m.table)) return undefined;
      t = tokenValue(m.table, m.rid);
    }
    return this.imports.get(t) ?? this.nativeImports.get(t) ?? this.methods.get(t);
  }
}

const isDnType = (x: DnType | DnUnmanagedMethod | undefined): x is DnType => x !== undefined && 'classes' in x;
const isUnmanaged = (x: DnType | DnUnmanagedMethod | undefined): x is DnUnmanagedMethod => x !== undefined && 'module' in x;

const FIELD_READ = new Set<number>([OP.ldfld, OP.ldflda, OP.ldsfld, OP.ldsflda]);
const FIELD_WRITE = new Set<number>([OP.stfld, OP.stsfld]);
const METHOD_REF = new Set<number>([OP.call, OP.callvirt, OP.jmp, OP.ldvirtftn, OP.ldftn, OP.newobj]);
// ECMA-335 VI.C.4.10 type-token instructions
const TYPE_REF = new Set<number>([
  OP.initobj, OP.box, OP.castclass, OP.cpobj, OP.isinst, OP.ldelem, OP.ldelema, OP.ldobj, OP.mkrefany, OP.newarr,
  OP.refanyval, OP.sizeof, OP.stobj, OP.unbox, OP.constrained, OP.stelem, OP.unboxAny,
]);

const MD_PINVOKE_IMPL = 0x2000;
const MI_UNMANAGED = 0x0004;
const MI_NATIVE = 0x0001;

/** number of Unicode code points (Python's len) */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

export function insnFeatures(cache: DotnetTokenCache, insn: Instruction, address: Address): Located[] {
  const out: Located[] = [];
  const op = insn.op.value;
  const at = (feature: ReturnType<typeof api>): void => {
    out.push({ feature, address });
  };
  const tok = typeof insn.operand === 'number' ? insn.operand : undefined;

  // api
  if (isCallLike(op) && tok !== undefined) {
    const callee = cache.callee(tok);
    if (isDnType(callee)) {
      if (callee.access === undefined) at(api(dnTypeName(callee)));
    } else if (isUnmanaged(callee)) {
      for (const n of generateSymbols(callee.module, callee.method, false)) at(api(n));
    }
  }

  // property
  let propName: string | undefined;
  let access: 'read' | 'write' | undefined;
  if ((op === OP.call || op === OP.callvirt || op === OP.jmp) && tok !== undefined) {
    const callee = cache.callee(tok);
    if (isDnType(callee) && callee.access !== undefined) {
      propName = dnTypeName(callee);
      access = callee.access;
    }
  } else if (FIELD_READ.has(op) && tok !== undefined) {
    const f = cache.fields.get(tok);
    if (f) {
      propName = dnTypeName(f);
      access = 'read';
    }
  } else if (FIELD_WRITE.has(op) && tok !== undefined) {
    const f = cache.fields.get(tok);
    if (f) {
      propName = dnTypeName(f);
      access = 'write';
    }
  }
  if (propName !== undefined) {
    if (access !== undefined) at(property(propName, access));
    at(property(propName));
  }

  // number
  if (insn.op.name.startsWith('ldc.')) {
    const v = op >= 0x15 && op <= 0x1e ? op - 0x16 : insn.operand;
    if (typeof v === 'bigint') at(makeFeature('number', v));
    else if (typeof v === 'number') at(op === 0x22 || op === 0x23 ? makeFeature('number', v, { float: true }) : num(v));
  }

  // string: dncil makes every ldstr operand a string token, whatever its table byte
  if (op === OP.ldstr && tok !== undefined) {
    const s = cache.md.getUserString(tok & 0xffffff);
    if (s !== undefined && codePoints(s) >= 4) at(str(s));
  }

  // class / namespace
  let type: DnType | DnUnmanagedMethod | undefined;
  if (METHOD_REF.has(op) && tok !== undefined) type = cache.callee(tok);
  else if ((FIELD_READ.has(op) || FIELD_WRITE.has(op)) && tok !== undefined) type = cache.fields.get(tok);
  else if (TYPE_REF.has(op) && tok !== undefined) type = cache.types.get(tok);
  if (isDnType(type)) {
    at(classFeature(formatTypeName(type.classes, type.namespace)));
    if (type.namespace) at(namespaceFeature(type.namespace));
  }

  // unmanaged call
  if ((op === OP.call || op === OP.callvirt || op === OP.jmp) && tok !== undefined && tok >>> 24 === T.MethodDef) {
    const row = cache.resolveRow(tok);
    if (row !== undefined) {
      const md = cache.md;
      const flags = md.raw(T.MethodDef, row, md.col(T.MethodDef, 'Flags'))!;
      const impl = md.raw(T.MethodDef, row, md.col(T.MethodDef, 'ImplFlags'))!;
      if (flags & MD_PINVOKE_IMPL || impl & MI_UNMANAGED || (impl & 3) === MI_NATIVE) at(characteristic('unmanaged call'));
    }
  }
  return out;
}
