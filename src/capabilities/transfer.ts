// FunctionMatches as plain data, for matches found in another thread: match trees refer to the
// rule's logic nodes by their position in a depth-first walk of the rule (both threads hold the
// same rule set, so the receiving side puts its own node objects back); everything else is plain
// data the structured clone of postMessage copies as it is.

import { NO_ADDRESS, type Address } from '../features/address.js';
import type { Node, Rule } from '../engine/ast.js';
import type { Result } from '../engine/evaluate.js';
import type { MatchableRuleSet, MatchResults } from './common.js';
import type { FunctionMatches } from './static.js';

/** [node position, success, locations, captures (0 when absent), children] */
type EncResult = [number, 0 | 1, Address[], Array<[string, Address[]]> | 0, EncResult[]];
type EncMatches = Array<[string, Array<[Address, EncResult]>]>;

export interface EncodedFunctionMatches {
  readonly insn: EncMatches;
  readonly bb: EncMatches;
  readonly func: EncMatches;
  readonly counts: FunctionMatches['counts'];
  readonly library: FunctionMatches['library'];
  readonly layout: FunctionMatches['layout'];
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
        stack.push(x.child);
        break;
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

function encResult(r: Result, ids: Map<Node, number>): EncResult {
  const id = ids.get(r.node);
  if (id === undefined) throw new Error('match tree node not in its rule');
  return [
    id,
    r.success ? 1 : 0,
    r.locations,
    r.captures ? [...r.captures] : 0,
    r.children.map((c) => encResult(c, ids)),
  ];
}

const NO_LOCATIONS: Address[] = [];

function address(a: Address): Address {
  return a.type === 'no address' ? NO_ADDRESS : a;
}

function decResult(e: EncResult, nodes: readonly Node[]): Result {
  const node = nodes[e[0]];
  if (node === undefined) throw new Error('match tree refers to a node its rule does not have');
  const r: { success: boolean; node: Node; children: Result[]; locations: Address[]; captures?: Map<string, Address[]> } = {
    success: e[1] === 1,
    node,
    children: e[4].map((c) => decResult(c, nodes)),
    locations: e[2].length === 0 ? NO_LOCATIONS : e[2].map(address),
  };
  if (e[3] !== 0) r.captures = new Map(e[3].map(([k, v]) => [k, v.map(address)]));
  return r;
}

function encMatches(m: MatchResults, ruleset: MatchableRuleSet): EncMatches {
  const out: EncMatches = [];
  for (const [name, list] of m) {
    const rule = ruleset.rules.get(name);
    if (rule === undefined) throw new Error(`match of unknown rule ${name}`);
    const { ids } = numbering(rule);
    out.push([name, list.map(([a, r]) => [a, encResult(r, ids)])]);
  }
  return out;
}

function decMatches(e: EncMatches, ruleset: MatchableRuleSet): MatchResults {
  const out: MatchResults = new Map();
  for (const [name, list] of e) {
    const rule = ruleset.rules.get(name);
    if (rule === undefined) throw new Error(`match of unknown rule ${name}`);
    const { nodes } = numbering(rule);
    out.set(name, list.map(([a, r]) => [address(a), decResult(r, nodes)]));
  }
  return out;
}

export function encodeFunctionMatches(fm: FunctionMatches, ruleset: MatchableRuleSet): EncodedFunctionMatches {
  return {
    insn: encMatches(fm.insn, ruleset),
    bb: encMatches(fm.bb, ruleset),
    func: encMatches(fm.func, ruleset),
    counts: fm.counts,
    library: fm.library,
    layout: fm.layout,
  };
}

/** `encodeFunctionMatches`' data back, with `ruleset`'s own rule nodes (same rules as the sender's). */
export function decodeFunctionMatches(e: EncodedFunctionMatches, ruleset: MatchableRuleSet): FunctionMatches {
  return {
    insn: decMatches(e.insn, ruleset),
    bb: decMatches(e.bb, ruleset),
    func: decMatches(e.func, ruleset),
    counts: e.counts.map((c) => ({ address: address(c.address), count: c.count })),
    library: e.library.map((l) => ({ address: address(l.address), name: l.name })),
    layout: e.layout.map((l) => ({ address: address(l.address), matchedBasicBlocks: l.matchedBasicBlocks.map(address) })),
  };
}
