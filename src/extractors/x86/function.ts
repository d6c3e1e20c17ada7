// Function-scope features (capa-semantics.md §4.4): `calls to` (one per code xref to the entry,
// located at the source) and `loop` (a strongly connected component of ≥2 nodes in the graph of
// each block's last-instruction branches). `calls from`/`recursive call` come from instructions.

import { BR_COND, BR_FALL, BR_TABLE, branchesOf } from '../../analysis/branches.js';
import { IF_NOFALL } from '../../analysis/insn.js';
import { REF_CODE, type FunctionInfo } from '../../analysis/program.js';
import { absolute } from '../../features/address.js';
import type { Located } from '../../features/extractor.js';
import { branchFlags, branchTarget } from './branch.js';
import type { X86Context } from './context.js';

/** capa's loop edges: (block va → branch target) for conditional, fall-through, table or `jmp` branches */
export function loopEdges(f: FunctionInfo): Array<[number, number]> {
  const edges: Array<[number, number]> = [];
  for (const bb of f.blocks) {
    const last = bb.insns[bb.insns.length - 1];
    if (!last) continue;
    const isJmp = last.mnemonic === 'jmp';
    for (const b of branchesOf(last)) {
      if (b.va === undefined) continue;
      if (b.flags & (BR_COND | BR_FALL | BR_TABLE) || isJmp) edges.push([bb.va, b.va]);
    }
  }
  return edges;
}

/** true when some strongly connected component has at least `threshold` nodes (iterative Tarjan) */
export function hasLoop(edges: ReadonlyArray<readonly [number, number]>, threshold = 2): boolean {
  // a cycle through ≥2 distinct addresses needs an edge to a strictly lower address
  if (threshold === 2 && !edges.some(([a, b]) => b < a)) return false;
  const adj = new Map<number, number[]>();
  for (const [a, b] of edges) {
    let l = adj.get(a);
    if (!l) adj.set(a, (l = []));
    l.push(b);
    if (!adj.has(b)) adj.set(b, []);
  }
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  let next = 0;
  for (const root of adj.keys()) {
    if (index.has(root)) continue;
    const work: Array<[number, number]> = [[root, 0]];
    index.set(root, next);
    low.set(root, next);
    next++;
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      const succ = adj.get(v)!;
      if (i < succ.length) {
        top[1] = i + 1;
        const w = succ[i]!;
        if (!index.has(w)) {
          index.set(w, next);
          low.set(w, next);
          next++;
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) {
          low.set(v, Math.min(low.get(v)!, index.get(w)!));
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const parent = work[work.length - 1]![0];
        low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
      }
      if (low.get(v) === index.get(v)) {
        let size = 0;
        for (;;) {
          const w = stack.pop()!;
          onStack.delete(w);
          size++;
          if (w === v) break;
        }
        if (size >= threshold) return true;
      }
    }
  }
  return false;
}

/**
 * `hasLoop(loopEdges(f))` without building the edge list for the common case: a cycle through ≥2
 * blocks needs an edge to a lower address, so functions without one are decided in one pass.
 */
export function functionHasLoop(f: FunctionInfo): boolean {
  let backwards = false;
  for (const bb of f.blocks) {
    const last = bb.insns[bb.insns.length - 1];
    if (!last) continue;
    if (!(last.flags & IF_NOFALL) && last.va + last.length < bb.va) backwards = true;
    const fl = branchFlags(last);
    if (fl < 0 || !(fl & (BR_COND | BR_TABLE) || last.mnemonic === 'jmp')) continue;
    const t = branchTarget(last);
    if (t !== undefined && t < bb.va) backwards = true;
    if (backwards) break;
  }
  return backwards && hasLoop(loopEdges(f));
}

export function extractFunctionFeatures(ctx: X86Context, f: FunctionInfo, out: Located[]): void {
  const callsTo = ctx.characteristic('calls to');
  // unfiltered xrefs are the program's own list (no copy); keep the code ones, in order
  for (const x of ctx.program.xrefsTo(f.va)) {
    if (x.type === REF_CODE) out.push({ feature: callsTo, address: absolute(x.from) });
  }
  if (functionHasLoop(f)) out.push({ feature: ctx.characteristic('loop'), address: absolute(f.va) });
}
