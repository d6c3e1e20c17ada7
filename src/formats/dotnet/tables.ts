// ECMA-335 II.22 metadata table schemas, tables 0x00–0x2C. Every table's row size follows from
// these columns, the heap-size flags and the row counts. Other table numbers (the Portable PDB
// tables 0x30–0x37 among them) are unknown to dnfile as to the CLR loader: their valid bit gets a
// row count but no rows are read for them.

/** table numbers (the token's high byte) */
export const T = {
  Module: 0x00, TypeRef: 0x01, TypeDef: 0x02, FieldPtr: 0x03, Field: 0x04, MethodPtr: 0x05,
  MethodDef: 0x06, ParamPtr: 0x07, Param: 0x08, InterfaceImpl: 0x09, MemberRef: 0x0a, Constant: 0x0b,
  CustomAttribute: 0x0c, FieldMarshal: 0x0d, DeclSecurity: 0x0e, ClassLayout: 0x0f, FieldLayout: 0x10,
  StandAloneSig: 0x11, EventMap: 0x12, EventPtr: 0x13, Event: 0x14, PropertyMap: 0x15, PropertyPtr: 0x16,
  Property: 0x17, MethodSemantics: 0x18, MethodImpl: 0x19, ModuleRef: 0x1a, TypeSpec: 0x1b, ImplMap: 0x1c,
  FieldRVA: 0x1d, EncLog: 0x1e, EncMap: 0x1f, Assembly: 0x20, AssemblyProcessor: 0x21, AssemblyOS: 0x22,
  AssemblyRef: 0x23, AssemblyRefProcessor: 0x24, AssemblyRefOS: 0x25, File: 0x26, ExportedType: 0x27,
  ManifestResource: 0x28, NestedClass: 0x29, GenericParam: 0x2a, MethodSpec: 0x2b, GenericParamConstraint: 0x2c,
} as const;

/** coded index kinds: the tables they can point into, in tag order (-1 = unused tag) */
export const CODED = {
  TypeDefOrRef: [T.TypeDef, T.TypeRef, T.TypeSpec],
  HasConstant: [T.Field, T.Param, T.Property],
  HasCustomAttribute: [
    T.MethodDef, T.Field, T.TypeRef, T.TypeDef, T.Param, T.InterfaceImpl, T.MemberRef, T.Module, T.DeclSecurity,
    T.Property, T.Event, T.StandAloneSig, T.ModuleRef, T.TypeSpec, T.Assembly, T.AssemblyRef, T.File,
    T.ExportedType, T.ManifestResource, T.GenericParam, T.GenericParamConstraint, T.MethodSpec,
  ],
  HasFieldMarshal: [T.Field, T.Param],
  HasDeclSecurity: [T.TypeDef, T.MethodDef, T.Assembly],
  MemberRefParent: [T.TypeDef, T.TypeRef, T.ModuleRef, T.MethodDef, T.TypeSpec],
  HasSemantics: [T.Event, T.Property],
  MethodDefOrRef: [T.MethodDef, T.MemberRef],
  MemberForwarded: [T.Field, T.MethodDef],
  Implementation: [T.File, T.AssemblyRef, T.ExportedType],
  CustomAttributeType: [-1, -1, T.MethodDef, T.MemberRef, -1],
  ResolutionScope: [T.Module, T.ModuleRef, T.AssemblyRef, T.TypeRef],
  TypeOrMethodDef: [T.TypeDef, T.MethodDef],
} as const satisfies Record<string, readonly number[]>;

export type CodedKind = keyof typeof CODED;

/** a column: fixed-width integer, heap index, simple table index or coded index */
export type Column =
  | { readonly name: string; readonly kind: 'u8' | 'u16' | 'u32' | 'str' | 'guid' | 'blob' }
  | { readonly name: string; readonly kind: 'table'; readonly table: number }
  | { readonly name: string; readonly kind: 'coded'; readonly coded: CodedKind };

const u16 = (name: string): Column => ({ name, kind: 'u16' });
const u32 = (name: string): Column => ({ name, kind: 'u32' });
const str = (name: string): Column => ({ name, kind: 'str' });
const guid = (name: string): Column => ({ name, kind: 'guid' });
const blob = (name: string): Column => ({ name, kind: 'blob' });
const tab = (name: string, table: number): Column => ({ name, kind: 'table', table });
const coded = (name: string, c: CodedKind): Column => ({ name, kind: 'coded', coded: c });

export interface TableSchema {
  readonly name: string;
  readonly columns: readonly Column[];
}

const S = (name: string, ...columns: Column[]): TableSchema => ({ name, columns });

/** schema per table number; undefined = not a table this reader (or the CLR) knows */
export const SCHEMAS: readonly (TableSchema | undefined)[] = (() => {
  const s: (TableSchema | undefined)[] = new Array(64).fill(undefined);
  s[T.Module] = S('Module', u16('Generation'), str('Name'), guid('Mvid'), guid('EncId'), guid('EncBaseId'));
  s[T.TypeRef] = S('TypeRef', coded('ResolutionScope', 'ResolutionScope'), str('TypeName'), str('TypeNamespace'));
  s[T.TypeDef] = S('TypeDef', u32('Flags'), str('TypeName'), str('TypeNamespace'), coded('Extends', 'TypeDefOrRef'),
    tab('FieldList', T.Field), tab('MethodList', T.MethodDef));
  s[T.FieldPtr] = S('FieldPtr', tab('Field', T.Field));
  s[T.Field] = S('Field', u16('Flags'), str('Name'), blob('Signature'));
  s[T.MethodPtr] = S('MethodPtr', tab('Method', T.MethodDef));
  s[T.MethodDef] = S('MethodDef', u32('Rva'), u16('ImplFlags'), u16('Flags'), str('Name'), blob('Signature'),
    tab('ParamList', T.Param));
  s[T.ParamPtr] = S('ParamPtr', tab('Param', T.Param));
  s[T.Param] = S('Param', u16('Flags'), u16('Sequence'), str('Name'));
  s[T.InterfaceImpl] = S('InterfaceImpl', tab('Class', T.TypeDef), coded('Interface', 'TypeDefOrRef'));
  s[T.MemberRef] = S('MemberRef', coded('Class', 'MemberRefParent'), str('Name'), blob('Signature'));
  // Type is one byte plus one byte of padding
  s[T.Constant] = S('Constant', u16('Type'), coded('Parent', 'HasConstant'), blob('Value'));
  s[T.CustomAttribute] = S('CustomAttribute', coded('Parent', 'HasCustomAttribute'), coded('Type', 'CustomAttributeType'),
    blob('Value'));
  s[T.FieldMarshal] = S('FieldMarshal', coded('Parent', 'HasFieldMarshal'), blob('NativeType'));
  s[T.DeclSecurity] = S('DeclSecurity', u16('Action'), coded('Parent', 'HasDeclSecurity'), blob('PermissionSet'));
  s[T.ClassLayout] = S('ClassLayout', u16('PackingSize'), u32('ClassSize'), tab('Parent', T.TypeDef));
  s[T.FieldLayout] = S('FieldLayout', u32('Offset'), tab('Field', T.Field));
  s[T.StandAloneSig] = S('StandAloneSig', blob('Signature'));
  s[T.EventMap] = S('EventMap', tab('Parent', T.TypeDef), tab('EventList', T.Event));
  s[T.EventPtr] = S('EventPtr', tab('Event', T.Event));
  s[T.Event] = S('Event', u16('EventFlags'), str('Name'), coded('EventType', 'TypeDefOrRef'));
  s[T.PropertyMap] = S('PropertyMap', tab('Parent', T.TypeDef), tab('PropertyList', T.Property));
  s[T.PropertyPtr] = S('PropertyPtr', tab('Property', T.Property));
  s[T.Property] = S('Property', u16('Flags'), str('Name'), blob('Type'));
  s[T.MethodSemantics] = S('MethodSemantics', u16('Semantics'), tab('Method', T.MethodDef),
    coded('Association', 'HasSemantics'));
  s[T.MethodImpl] = S('MethodImpl', tab('Class', T.TypeDef), coded('MethodBody', 'MethodDefOrRef'),
    coded('MethodDeclaration', 'MethodDefOrRef'));
  s[T.ModuleRef] = S('ModuleRef', str('Name'));
  s[T.TypeSpec] = S('TypeSpec', blob('Signature'));
  s[T.ImplMap] = S('ImplMap', u16('MappingFlags'), coded('MemberForwarded', 'MemberForwarded'), str('ImportName'),
    tab('ImportScope', T.ModuleRef));
  s[T.FieldRVA] = S('FieldRVA', u32('Rva'), tab('Field', T.Field));
  s[T.EncLog] = S('EncLog', u32('Token'), u32('FuncCode'));
  s[T.EncMap] = S('EncMap', u32('Token'));
  s[T.Assembly] = S('Assembly', u32('HashAlgId'), u16('MajorVersion'), u16('MinorVersion'), u16('BuildNumber'),
    u16('RevisionNumber'), u32('Flags'), blob('PublicKey'), str('Name'), str('Culture'));
  s[T.AssemblyProcessor] = S('AssemblyProcessor', u32('Processor'));
  s[T.AssemblyOS] = S('AssemblyOS', u32('OSPlatformID'), u32('OSMajorVersion'), u32('OSMinorVersion'));
  s[T.AssemblyRef] = S('AssemblyRef', u16('MajorVersion'), u16('MinorVersion'), u16('BuildNumber'),
    u16('RevisionNumber'), u32('Flags'), blob('PublicKeyOrToken'), str('Name'), str('Culture'), blob('HashValue'));
  s[T.AssemblyRefProcessor] = S('AssemblyRefProcessor', u32('Processor'), tab('AssemblyRef', T.AssemblyRef));
  s[T.AssemblyRefOS] = S('AssemblyRefOS', u32('OSPlatformId'), u32('OSMajorVersion'), u32('OSMinorVersion'),
    tab('AssemblyRef', T.AssemblyRef));
  s[T.File] = S('File', u32('Flags'), str('Name'), blob('HashValue'));
  s[T.ExportedType] = S('ExportedType', u32('Flags'), u32('TypeDefId'), str('TypeName'), str('TypeNamespace'),
    coded('Implementation', 'Implementation'));
  s[T.ManifestResource] = S('ManifestResource', u32('Offset'), u32('Flags'), str('Name'),
    coded('Implementation', 'Implementation'));
  s[T.NestedClass] = S('NestedClass', tab('NestedClass', T.TypeDef), tab('EnclosingClass', T.TypeDef));
  s[T.GenericParam] = S('GenericParam', u16('Number'), u16('Flags'), coded('Owner', 'TypeOrMethodDef'), str('Name'));
  s[T.MethodSpec] = S('MethodSpec', coded('Method', 'MethodDefOrRef'), blob('Instantiation'));
  s[T.GenericParamConstraint] = S('GenericParamConstraint', tab('Owner', T.GenericParam),
    coded('Constraint', 'TypeDefOrRef'));
  return s;
})();

/** number of tag bits of a coded index kind */
export function codedTagBits(kind: CodedKind): number {
  const n = CODED[kind].length;
  let bits = 0;
  while (1 << bits < n) bits++;
  return bits;
}
