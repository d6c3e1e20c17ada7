// Rule logic as the engine evaluates it. The rules stage (src/rules) parses YAML into these;
// the engine and the renderers only ever see this shape.

import type { Feature } from '../features/feature.js';

export type StaticScope = 'file' | 'function' | 'basic block' | 'instruction';
export type DynamicScope = 'file' | 'process' | 'thread' | 'span of calls' | 'call';
export type Scope = StaticScope | DynamicScope;

export interface Scopes {
  /** null = unsupported in that flavor */
  readonly static: StaticScope | null;
  readonly dynamic: DynamicScope | null;
}

/**
 * A feature leaf. `feature.type` decides how it matches:
 * - 'substring' / 'regex': scan the set's `string` features (regex carries the compiled `re`)
 * - 'bytes': prefix match against extracted `bytes` features
 * - 'os': `any` on either side is a wildcard
 * - everything else: exact key lookup
 */
export interface FeatureNode {
  readonly kind: 'feature';
  readonly feature: Feature;
  /** for regex features: the JavaScript translation of the Python pattern (src/rules/regex.ts) */
  readonly re?: RegExp;
}

export interface AndNode {
  readonly kind: 'and';
  children: Node[];
  readonly description?: string;
}
export interface OrNode {
  readonly kind: 'or';
  children: Node[];
  readonly description?: string;
}
export interface NotNode {
  readonly kind: 'not';
  readonly child: Node;
  readonly description?: string;
}
/** `N or more`; `optional` is count 0 */
export interface SomeNode {
  readonly kind: 'some';
  readonly count: number;
  children: Node[];
  readonly description?: string;
}
/** `count(feature): …` — counts the addresses of the exact child feature */
export interface RangeNode {
  readonly kind: 'range';
  readonly child: FeatureNode;
  readonly min: bigint;
  /** 2^64-1 means unbounded */
  readonly max: bigint;
  readonly description?: string;
}
/** A subscope block; the rule set replaces nested ones by `match` on a synthetic rule. */
export interface SubscopeNode {
  readonly kind: 'subscope';
  readonly scope: Scope;
  readonly child: Node;
  readonly description?: string;
}

export type StatementNode = AndNode | OrNode | NotNode | SomeNode | RangeNode | SubscopeNode;
export type Node = FeatureNode | StatementNode;

export const RANGE_INFINITY = 0xffffffffffffffffn;

export interface AttackSpec {
  readonly parts: string[];
  readonly tactic: string;
  readonly technique: string;
  readonly subtechnique: string;
  readonly id: string;
}
export interface MbcSpec {
  readonly parts: string[];
  readonly objective: string;
  readonly behavior: string;
  readonly method: string;
  readonly id: string;
}

export interface RuleMeta {
  readonly name: string;
  readonly namespace?: string;
  readonly authors: string[];
  readonly description: string;
  readonly lib: boolean;
  readonly scopes: Scopes;
  readonly attack: AttackSpec[];
  readonly mbc: MbcSpec[];
  readonly references: string[];
  readonly examples: string[];
  /** analysis_conclusion, analysis_conclusion_ov, malware_family, malware_category, malware_category_ov */
  readonly maec: Record<string, string>;
  readonly isSubscopeRule: boolean;
  /** name of the rule a synthetic subscope rule was extracted from */
  readonly parent?: string;
  /** every key of the YAML meta block, as parsed (for tools that need the rest) */
  readonly raw: Record<string, unknown>;
}

export interface Rule {
  readonly name: string;
  readonly meta: RuleMeta;
  root: Node;
  /** verbatim rule file text ('' for synthetic rules) */
  readonly source: string;
  /** path the rule came from, when loaded from disk */
  readonly path?: string;
}
