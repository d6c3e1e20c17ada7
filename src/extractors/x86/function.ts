// Function-scope features (capa-semantics.md §4.4): `calls to` (one per code xref to the entry,
// located at the source) and `loop` (a strongly connected component of ≥2 nodes in the graph of
// each block's last-instruction branches). `calls from`/`recursive call` come from instructions.

import { BR_COND, BR_FALL, BR_PROC, BR_TABLE, branchesOf } from '../../analysis/branches.js';
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

/** index of the first block starting at va (blocks are sorted by va), or -1 */
function blockIndex(blocks: FunctionInfo['blocks'], va: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!.va;
    if (b < va) lo = mid + 1;
    else {
      if (b === va) found = mid;
      hi = mid - 1;
    }
  }
  return found;
}

/** the loop-edge targets of block `bb` (see `loopEdges`), passed to `visit` */
function forEachLoopTarget(bb: FunctionInfo['blocks'][number], visit: (to: number) => void): void {
  const last = bb.insns[bb.insns.length - 1];
  if (!last) return;
  if (!(last.flags & IF_NOFALL)) visit(last.va + last.length);
  const fl = branchFlags(last);
  if (fl < 0 || !(fl & (BR_COND | BR_TABLE) || last.mnemonic === 'jmp')) return;
  const t = branchTarget(last);
  if (t !== undefined) visit(t);
}

interface LoopScratch {
  readonly node: Int32Array;
  readonly start: Int32Array;
  readonly adj: Int32Array;
  readonly index: Int32Array;
  readonly low: Int32Array;
  readonly onStack: Uint8Array;
  readonly stack: Int32Array;
  readonly workNode: Int32Array;
  readonly workEdge: Int32Array;
  readonly sources: Int32Array;
  readonly targets: Int32Array;
}

let scratchCache: LoopScratch | undefined;

/** scratch arrays for a function of n blocks (grown, never shrunk) */
function loopScratch(n: number): LoopScratch {
  if (scratchCache && scratchCache.node.length >= n) return scratchCache;
  const cap = Math.max(n, 2 * (scratchCache?.node.length ?? 32));
  scratchCache = {
    node: new Int32Array(cap),
    start: new Int32Array(cap + 1),
    adj: new Int32Array(2 * cap),
    index: new Int32Array(cap),
    low: new Int32Array(cap),
    onStack: new Uint8Array(cap),
    stack: new Int32Array(cap),
    workNode: new Int32Array(cap),
    workEdge: new Int32Array(cap),
    sources: new Int32Array(2 * cap),
    targets: new Int32Array(2 * cap),
  };
  return scratchCache;
}

/**
 * `hasLoop(loopEdges(f))` without Maps or edge tuples: a cycle through ≥2 blocks needs an edge to
 * a lower address (most functions stop there); otherwise Tarjan runs over block indices, edges to
 * addresses that start no block being dropped (such nodes have no successors, so no cycle).
 */
export function functionHasLoop(f: FunctionInfo): boolean {
  const blocks = f.blocks;
  const n = blocks.length;
  if (n < 2) return false;
  let backwards = false;
  for (let i = 0; i < n && !backwards; i++) {
    // forEachLoopTarget inlined: this pass runs on every function
    const bb = blocks[i]!;
    const last = bb.insns[bb.insns.length - 1];
    if (!last) continue;
    if (!(last.flags & IF_NOFALL) && last.va + last.length < bb.va) backwards = true;
    const fl = branchFlags(last);
    if (fl < 0 || !(fl & (BR_COND | BR_TABLE) || last.mnemonic === 'jmp')) continue;
    const t = branchTarget(last);
    if (t !== undefined && t < bb.va) backwards = true;
  }
  if (!backwards) return false;

  // adjacency in CSR form; blocks sharing a va are one node (the first of them). Scratch arrays
  // are shared across calls (each block has at most two loop edges).
  const scratch = loopScratch(n);
  const { node, start, adj, index, low, onStack, stack, workNode, workEdge, sources, targets } = scratch;
  for (let i = 0; i < n; i++) node[i] = i > 0 && blocks[i]!.va === blocks[i - 1]!.va ? node[i - 1]! : i;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const v = node[i]!;
    forEachLoopTarget(blocks[i]!, (to) => {
      const w = blockIndex(blocks, to);
      if (w >= 0) {
        sources[m] = v;
        targets[m++] = w;
      }
    });
  }
  start.fill(0, 0, n + 1);
  for (let e = 0; e < m; e++) start[sources[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = workEdge; // free until the search starts
  for (let i = 0; i < n; i++) fill[i] = start[i]!;
  for (let e = 0; e < m; e++) adj[fill[sources[e]!]!++] = targets[e]!;
  index.fill(-1, 0, n);
  onStack.fill(0, 0, n);
  let sp = 0;
  let next = 0;
  for (let root = 0; root < n; root++) {
    if (node[root] !== root || index[root] !== -1) continue;
    let wp = 0;
    workNode[wp] = root;
    workEdge[wp++] = start[root]!;
    index[root] = low[root] = next++;
    stack[sp++] = root;
    onStack[root] = 1;
    while (wp > 0) {
      const v = workNode[wp - 1]!;
      const e = workEdge[wp - 1]!;
      if (e < start[v + 1]!) {
        workEdge[wp - 1] = e + 1;
        const w = adj[e]!;
        if (index[w] === -1) {
          index[w] = low[w] = next++;
          stack[sp++] = w;
          onStack[w] = 1;
          workNode[wp] = w;
          workEdge[wp++] = start[w]!;
        } else if (onStack[w]) {
          if (index[w]! < low[v]!) low[v] = index[w]!;
        }
        continue;
      }
      wp--;
      if (wp > 0) {
        const parent = workNode[wp - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
      if (low[v] === index[v]) {
        let size = 0;
        for (;;) {
          const w = stack[--sp]!;
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

export function extractFunctionFeatures(ctx: X86Context, f: FunctionInfo, out: Located[]): void {
  const callsTo = ctx.characteristic('calls to');
  // unfiltered xrefs are the program's own list (no copy); keep the code ones, in order
  const xs = ctx.program.xrefsTo(f.va);
  // vivisect deletes the xrefs of a call whose fall-through it cuts (a call to a no-return
  // function: _cb_noflow deletes and re-makes the call's location), so the callee does not list
  // those callers (pma21: calls to __crtExitProcess; 7351f: the 17 calls to the exit PLT stub).
  // Measured on capa's ELF snapshot: ELF functions other than PLT stubs keep them (vivisect's
  // emulation pass links each call back to the function it names).
  const dropNoReturnCallers = ctx.program.image.format !== 'elf' || f.importThunk !== undefined;
  for (let k = 0; k < xs.length; k++) {
    const x = xs[k]!;
    if (x.type !== REF_CODE) continue;
    if (dropNoReturnCallers && x.flags & BR_PROC && ctx.program.isNoReturnCall(x.from)) continue;
    out.push({ feature: callsTo, address: absolute(x.from) });
  }
  if (functionHasLoop(f)) out.push({ feature: ctx.characteristic('loop'), address: absolute(f.va) });
}
