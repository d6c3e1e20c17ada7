// .NET (ECMA-335) assemblies: metadata tables, heaps and CIL method bodies.
import { FormatError } from '../errors.js';
import { parsePE } from '../pe/parse.js';
import { metadataFromPe, type DotnetMetadata } from './metadata.js';

export { DotnetMetadata, metadataFromPe, pefileRvaToOffset, COMIMAGE_FLAGS_ILONLY, COMIMAGE_FLAGS_32BITREQUIRED } from './metadata.js';
export type { MetadataSource, MetadataTable, StreamHeader, TableRef } from './metadata.js';
export { T, SCHEMAS, CODED } from './tables.js';
export { parseMethodBody, decodeInstructions, opcode, OP, MethodBodyError } from './cil.js';
export type { Instruction, MethodBody, OpCode, ExceptionClause, OperandKind } from './cil.js';

/** parse a PE file's .NET metadata; FormatError when it is not a readable .NET assembly */
export function parseDotnet(bytes: Uint8Array): DotnetMetadata {
  const pe = parsePE(bytes);
  if (!pe.clr) throw new FormatError('not a .NET assembly (no CLR header)', 'unsupported-format');
  return metadataFromPe(pe);
}
