// FunctionMatches as flat data, for matches found in another thread. Match trees are written in
// preorder into typed arrays (transferable, no per-object cost on the way): per result its node's
// position in a depth-first walk of the rule (both threads hold the same rule set, so the
// receiving side puts its own node objects back), flags, child and location counts; addresses as
// float64 VAs. The rare rest — addresses that are not absolute, substring/regex captures — goes to
// a side list in encounter order.

import { NO_ADDRESS, type Address } from '../features/address.js';
import type { Node, Rule } from '../engine/ast.js';
import type { Result } from '../engine/evaluate.js';
import type { MatchableRuleSet, MatchResults } from './common.js';
import type { FunctionMatches } from './static.js';

const SUCCESS = 1;
const CAPTURES = 2;

export interface EncodedFunctionMatches {
  /** per scope (insn, bb, func): [rule name, number of matches] in map order */
  readonly rules: [Array<[string, number]>, Array<[string, number]>, Array<[string, number]>];
  /** per result, preorder: node position, flags, child count, location count */
  readonly tree: Uint32Array;
  /** match addresses, locations, counts/layout addresses: VA, or NaN = next entry of `extra` */
  readonly addrs: Float64Array;
  /** non-absolute addresses and captures ([key, addresses][]), in encounter order */
  readonly extra: unknown[];
  /** per function: its feature count; library functions' names; matched blocks per function */
  readonly counts: number[];
  readonly library: Array<string | null>;
  readonly layoutBlocks: number[];
}

class Growable<T extends Uint32Array | Float64Array> {
  n = 0;
  constructor(public a: T) {}
  push(v: number): void {
    if (this.n === this.a.length) {
      const b = new (this.a.constructor as new (n: number) => T)(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.n++] = v;
  }
  take(): T {
    return this.a.slice(0, this.n) as T;
  }
}

const nodeLists = new WeakMap<Rule, { nodes: Node[]; ids: Map<Node, number> }>();

/** a rule's logic nodes in depth-first order, and each node's position */
function numbering(rule: Rule): { nodes: Node[]; ids: Map<Node, number> } {
  let n = nodeLists.get(rule);
  if (n !== undefined) return n;
  const nodes: Node[] = [];
  const ids = new Map<Node, number>();
  const stack: Node[] = [rule.root];
  while (stack.length > 0) {
    const x = stack.pop()!;
    ids.set(x, nodes.length);
    nodes.push(x);
    switch (x.kind) {
      case 'and':
      case 'or':
      case 'some':
        for (let i = x.children.length - 1; i >= 0; i--) stack.push(x.children[i]!);
        break;
      case 'not':
      case 'subscope':
      case 'range':
        stack.push(x.child);
        break;
      case 'feature':
        break;
    }
  }
  n = { nodes, ids };
  nodeLists.set(rule, n);
  return n;
}

class Writer {
  readonly tree = new Growable(new Uint32Array(1024));
  readonly addrs = new Growable(new Float64Array(1024));
  readonly extra: unknown[] = [];

  address(a: Address): void {
    if (a.type === 'absolute') this.addrs.push(a.value);
    else {
      this.addrs.push(NaN);
      this.extra.push(a);
    }
  }

  result(r: Result, ids: Map<Node, number>): void {
    const id = ids.get(r.node);
    if (id === undefined) throw new Error('match tree node not in its rule');
    this.tree.push(id);
    this.tree.push((r.success ? SUCCESS : 0) | (r.captures ? CAPTURES : 0));
    this.tree.push(r.children.length);
    this.tree.push(r.locations.length);
    for (const a of r.locations) this.address(a);
    if (r.captures) this.extra.push([...r.captures]);
    for (const c of r.children) this.result(c, ids);
  }

  matches(m: MatchResults, ruleset: MatchableRuleSet): Array<[string, number]> {
    const out: Array<[string, number]> = [];
    for (const [name, list] of m) {
      const rule = ruleset.rules.get(name);
      if (rule === undefined) throw new Error(`match of unknown rule ${name}`);
      const { ids } = numbering(rule);
      out.push([name, list.length]);
      for (const [a, r] of list) {
        this.address(a);
        this.result(r, ids);
      }
    }
    return out;
  }
}

const NO_LOCATIONS: Address[] = [];

class Reader {
  t = 0;
  a = 0;
  x = 0;
  constructor(private readonly e: EncodedFunctionMatches) {}

  address(): Address {
    const v = this.e.addrs[this.a++]!;
    if (!Number.isNaN(v)) return { type: 'absolute', value: v };
    const o = this.e.extra[this.x++] as Address;
    return o.type === 'no address' ? NO_ADDRESS : o;
  }

  result(nodes: readonly Node[]): Result {
    const tree = this.e.tree;
    const node = nodes[tree[this.t]!];
    if (node === undefined) throw new Error('match tree refers to a node its rule does not have');
    const flags = tree[this.t + 1]!;
    const nChildren = tree[this.t + 2]!;
    const nLocs = tree[this.t + 3]!;
    this.t += 4;
    let locations = NO_LOCATIONS;
    if (nLocs > 0) {
      locations = new Array<Address>(nLocs);
      for (let i = 0; i < nLocs; i++) locations[i] = this.address();
    }
    let captures: Map<string, Address[]> | undefined;
    if (flags & CAPTURES) {
      const list = this.e.extra[this.x++] as Array<[string, Address[]]>;
      captures = new Map(list.map(([k, v]) => [k, v.map((a) => (a.type === 'no address' ? NO_ADDRESS : a))]));
    }
    const children = new Array<Result>(nChildren);
    for (let i = 0; i < nChildren; i++) children[i] = this.result(nodes);
    const r: { success: boolean; node: Node; children: Result[]; locations: Address[]; captures?: Map<string, Address[]> } = {
      success: (flags & SUCCESS) !== 0,
      node,
      children,
      locations,
    };
    if (captures !== undefined) r.captures = captures;
    return r;
  }

  matches(rules: Array<[string, number]>, ruleset: MatchableRuleSet): MatchResults {
    const out: MatchResults = new Map();
    for (const [name, count] of rules) {
      const rule = ruleset.rules.get(name);
      if (rule === undefined) throw new Error(`match of unknown rule ${name}`);
      const { nodes } = numbering(rule);
      const list: Array<[Address, Result]> = new Array<[Address, Result]>(count);
      for (let i = 0; i < count; i++) {
        const a = this.address();
        list[i] = [a, this.result(nodes)];
      }
      out.set(name, list);
    }
    return out;
  }
}

/** `fm` as flat data; `transferList` gives its buffers (postMessage without a copy). */
export function encodeFunctionMatches(fm: FunctionMatches, ruleset: MatchableRuleSet): EncodedFunctionMatches {
  const w = new Writer();
  const rules: EncodedFunctionMatches['rules'] = [w.matches(fm.insn, ruleset), w.matches(fm.bb, ruleset), w.matches(fm.func, ruleset)];
  const counts: number[] = [];
  for (const c of fm.counts) {
    w.address(c.address);
    counts.push(c.count);
  }
  const library: Array<string | null> = [];
  for (const l of fm.library) {
    w.address(l.address);
    library.push(l.name ?? null);
  }
  const layoutBlocks: number[] = [];
  for (const l of fm.layout) {
    w.address(l.address);
    layoutBlocks.push(l.matchedBasicBlocks.length);
    for (const b of l.matchedBasicBlocks) w.address(b);
  }
  return { rules, tree: w.tree.take(), addrs: w.addrs.take(), extra: w.extra, counts, library, layoutBlocks };
}

export function transferList(e: EncodedFunctionMatches): ArrayBuffer[] {
  return [e.tree.buffer as ArrayBuffer, e.addrs.buffer as ArrayBuffer];
}

/** `encodeFunctionMatches`' data back, with `ruleset`'s own rule nodes (same rules as the sender's). */
export function decodeFunctionMatches(e: EncodedFunctionMatches, ruleset: MatchableRuleSet): FunctionMatches {
  const r = new Reader(e);
  const insn = r.matches(e.rules[0], ruleset);
  const bb = r.matches(e.rules[1], ruleset);
  const func = r.matches(e.rules[2], ruleset);
  const counts = e.counts.map((count) => ({ address: r.address(), count }));
  const library = e.library.map((name) => ({ address: r.address(), name: name ?? undefined }));
  const layout = e.layoutBlocks.map((n) => {
    const address = r.address();
    const matchedBasicBlocks: Address[] = [];
    for (let i = 0; i < n; i++) matchedBasicBlocks.push(r.address());
    return { address, matchedBasicBlocks };
  });
  if (r.t !== e.tree.length || r.a !== e.addrs.length || r.x !== e.extra.length) throw new Error('encoded matches: trailing data');
  return { insn, bb, func, counts, library, layout };
}
