// Global and file-scope features of a .NET assembly as capa's dnfile/dotnetfile backends extract
// them: format dotnet + pe, os any, arch from the CLR flags and the optional header magic;
// imports (MemberRefs of TypeRefs, P/Invoke targets), function names, raw-file strings,
// `mixed mode`, namespaces (no address) and classes (at their tokens).

import { dnToken, NO_ADDRESS } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import {
  arch, characteristic, classFeature, format, functionName, importFeature, namespaceFeature, os,
} from '../../features/feature.js';
import { COMIMAGE_FLAGS_32BITREQUIRED, COMIMAGE_FLAGS_ILONLY, type DotnetMetadata } from '../../formats/dotnet/metadata.js';
import { T } from '../../formats/dotnet/tables.js';
import type { PeFile } from '../../formats/pe/types.js';
import { extractFileStrings } from '../common/strings.js';
import { generateSymbols } from '../pe/file.js';
import { dnTypeName, formatTypeName, managedImports, managedMethods, nestedClassTable, types, unmanagedImports } from './names.js';

export function dotnetGlobalFeatures(md: DotnetMetadata, pe: Pick<PeFile, 'optionalMagic'>): Located[] {
  const req32 = (md.clrFlags & COMIMAGE_FLAGS_32BITREQUIRED) !== 0;
  const a = req32 && pe.optionalMagic === 0x10b ? 'i386' : !req32 && pe.optionalMagic === 0x20b ? 'amd64' : 'any';
  return [
    { feature: format('dotnet'), address: NO_ADDRESS },
    { feature: format('pe'), address: NO_ADDRESS },
    { feature: os('any'), address: NO_ADDRESS },
    { feature: arch(a), address: NO_ADDRESS },
  ];
}

export function dotnetFileFeatures(md: DotnetMetadata, bytes: Uint8Array): Located[] {
  const out: Located[] = [];
  for (const m of managedImports(md)) out.push({ feature: importFeature(dnTypeName(m)), address: dnToken(m.token) });
  for (const u of unmanagedImports(md)) {
    for (const s of generateSymbols(u.module, u.method, true)) out.push({ feature: importFeature(s), address: dnToken(u.token) });
  }
  const nested = nestedClassTable(md);
  for (const m of managedMethods(md, nested)) out.push({ feature: functionName(dnTypeName(m)), address: dnToken(m.token) });
  extractFileStrings(bytes, undefined, out);
  if (!(md.clrFlags & COMIMAGE_FLAGS_ILONLY)) out.push({ feature: characteristic('mixed mode'), address: NO_ADDRESS });
  const namespaces = new Set<string>();
  const cNsDef = md.col(T.TypeDef, 'TypeNamespace');
  const cNsRef = md.col(T.TypeRef, 'TypeNamespace');
  for (let r = 1; r <= md.rowCount(T.TypeDef); r++) namespaces.add(md.str(T.TypeDef, r, cNsDef));
  for (let r = 1; r <= md.rowCount(T.TypeRef); r++) namespaces.add(md.str(T.TypeRef, r, cNsRef));
  namespaces.delete('');
  for (const ns of namespaces) out.push({ feature: namespaceFeature(ns), address: NO_ADDRESS });
  for (const t of types(md, nested)) out.push({ feature: classFeature(formatTypeName(t.classes, t.namespace)), address: dnToken(t.token) });
  return out;
}
