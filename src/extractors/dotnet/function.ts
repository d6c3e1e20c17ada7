// Function features of a .NET method as capa's dnfile backend extracts them: `calls to` (from
// other methods with bodies), `calls from` (every distinct call/callvirt/jmp/newobj operand),
// `recursive call`, and `loop` over dncil's basic blocks.

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

const UNCONDITIONAL = new Set(['br', 'br.s', 'leave', 'leave.s']);

/**
 * capa's dnfile `loop`: dncil's basic blocks (leaders at branch targets and after branches;
 * br/leave have no fall-through; switch adds no edges) and a strongly connected component of
 * at least two blocks (a block branching to itself alone is not a loop).
 */
export function hasLoop(body: MethodBody): boolean {
  const insns = body.instructions;
  if (insns.length === 0) return false;
  const isBranch = (k: string): boolean => k === 'br8' || k === 'br32';
  const leaders = new Set<number>([insns[0]!.offset]);
  let anyBranch = false;
  for (let i = 0; i < insns.length; i++) {
    const insn = insns[i]!;
    if (!isBranch(insn.op.operand)) continue;
    anyBranch = true;
    leaders.add(insn.operand as number);
    if (i + 1 < insns.length) leaders.add(insns[i + 1]!.offset);
  }
  if (!anyBranch) return false;
  // blocks: index of the block starting at each leader that is an instruction start
  const blockAt = new Map<number, number>();
  const lastInsn: number[] = [];
  for (let i = 0; i < insns.length; i++) {
    if (leaders.has(insns[i]!.offset) || i === 0) blockAt.set(insns[i]!.offset, blockAt.size);
    lastInsn[blockAt.size - 1] = i;
  }
  const n = blockAt.size;
  const succ: number[][] = Array.from({ length: n }, () => []);
  for (let b = 0; b < n; b++) {
    const last = insns[lastInsn[b]!]!;
    if (isBranch(last.op.operand)) {
      const t = blockAt.get(last.operand as number);
      if (t !== undefined) succ[b]!.push(t);
      if (UNCONDITIONAL.has(last.op.name)) continue;
    }
    if (b + 1 < n) succ[b]!.push(b + 1);
  }
  return hasCycleOfTwoOrMore(succ);
}

/** is there a strongly connected component with ≥ 2 nodes? (iterative Tarjan) */
function hasCycleOfTwoOrMore(succ: readonly number[][]): boolean {
  const n = succ.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      if (i < succ[v]!.length) {
        top[1]++;
        const w = succ[v]![i]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const u = work[work.length - 1]![0];
        low[u] = Math.min(low[u]!, low[v]!);
      }
      if (low[v] === index[v]) {
        let size = 0;
        for (;;) {
          const w = stack.pop()!;
          onStack[w] = 0;
          size++;
          if (w === v) break;
        }
        if (size >= 2) return true;
      }
    }
  }
  return false;
}
