// Function features of a .NET method as capa's dnfile backend extracts them: `calls to` (from
// other methods with bodies), `calls from` (every distinct call/callvirt/jmp/newobj operand),
// `recursive call`, and `loop` (a backward branch).

import { dnToken } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import { characteristic } from '../../features/feature.js';
import { OP, parseMethodBody, type MethodBody } from '../../formats/dotnet/cil.js';
import type { DotnetMetadata } from '../../formats/dotnet/metadata.js';
import { T } from '../../formats/dotnet/tables.js';
import { tokenValue } from './names.js';

export interface DotnetFunction {
  readonly token: number;
  readonly body: MethodBody;
  /** tokens of MethodDefs with bodies that call this one */
  readonly callsTo: Set<number>;
  /** every distinct call/callvirt/jmp/newobj operand token */
  readonly callsFrom: Set<number>;
}

const MD_ABSTRACT = 0x0400;
const MD_PINVOKE_IMPL = 0x2000;

/** opcodes whose method token capa records as a call (calls to/from, api) */
export function isCallLike(op: number): boolean {
  return op === OP.call || op === OP.callvirt || op === OP.jmp || op === OP.newobj;
}

/**
 * MethodDefs with IL bodies, by token, with their call relations (capa get_functions): IL code
 * type, neither abstract nor P/Invoke, and a body dncil can parse. Methods sharing a body offset
 * share the parsed body; the code decoded for distinct offsets is capped at a few times the file
 * size, so overlapping bodies in a hostile file cannot make the work quadratic.
 */
export function collectMethods(
  md: DotnetMetadata,
  bytes: Uint8Array,
  rvaToOffset: (rva: number) => number | undefined,
  budget = 4 * bytes.length + (1 << 20),
): Map<number, DotnetFunction> {
  const funcs = new Map<number, DotnetFunction>();
  const bodies = new Map<number, MethodBody | null>();
  const cRva = md.col(T.MethodDef, 'Rva');
  const cImpl = md.col(T.MethodDef, 'ImplFlags');
  const cFlags = md.col(T.MethodDef, 'Flags');
  let left = budget;
  for (let rid = 1; rid <= md.rowCount(T.MethodDef); rid++) {
    const impl = md.raw(T.MethodDef, rid, cImpl)!;
    const flags = md.raw(T.MethodDef, rid, cFlags)!;
    if ((impl & 3) !== 0 || flags & (MD_ABSTRACT | MD_PINVOKE_IMPL)) continue;
    const off = rvaToOffset(md.raw(T.MethodDef, rid, cRva)!);
    if (off === undefined) continue;
    let body = bodies.get(off);
    if (body === undefined) {
      try {
        body = parseMethodBody(bytes, off, left);
        left -= body.codeSize;
      } catch {
        body = null; // capa skips bodies dncil cannot parse
      }
      bodies.set(off, body);
    }
    if (body === null) continue;
    const token = tokenValue(T.MethodDef, rid);
    funcs.set(token, { token, body, callsTo: new Set(), callsFrom: new Set() });
  }
  for (const f of funcs.values()) {
    for (const insn of f.body.instructions) {
      if (!isCallLike(insn.op.value)) continue;
      const target = insn.operand as number;
      funcs.get(target)?.callsTo.add(f.token);
      f.callsFrom.add(target);
    }
  }
  return funcs;
}

export function dotnetFunctionFeatures(f: DotnetFunction): Located[] {
  const out: Located[] = [];
  const at = dnToken(f.token);
  for (const src of f.callsTo) out.push({ feature: characteristic('calls to'), address: dnToken(src) });
  for (const dst of f.callsFrom) out.push({ feature: characteristic('calls from'), address: dnToken(dst) });
  if (f.callsTo.has(f.token)) out.push({ feature: characteristic('recursive call'), address: at });
  if (hasLoop(f.body)) out.push({ feature: characteristic('loop'), address: at });
  return out;
}

/**
 * capa's dnfile `loop`: some branch (br/leave, conditional branches, switch) has a target before
 * its own offset. (capa 9.4.0 itself left `loop` unimplemented for .NET; the capa build behind
 * the reference results and the freeze snapshots uses this backward-branch rule.)
 */
export function hasLoop(body: MethodBody): boolean {
  for (const insn of body.instructions) {
    const k = insn.op.operand;
    if (k === 'br8' || k === 'br32') {
      if ((insn.operand as number) < insn.offset) return true;
    } else if (k === 'switch') {
      for (const t of insn.operand as number[]) if (t < insn.offset) return true;
    }
  }
  return false;
}
