// Hand-built rule ASTs for engine tests (no rule parser involved).
import type { AndNode, FeatureNode, Node, NotNode, OrNode, RangeNode, Rule, SomeNode, Scopes } from '../../src/engine/ast.js';
import { RANGE_INFINITY } from '../../src/engine/ast.js';
import type { Feature } from '../../src/features/feature.js';

export const leaf = (feature: Feature, re?: RegExp): FeatureNode => (re ? { kind: 'feature', feature, re } : { kind: 'feature', feature });
export const and = (...children: Node[]): AndNode => ({ kind: 'and', children });
export const or = (...children: Node[]): OrNode => ({ kind: 'or', children });
export const not = (child: Node): NotNode => ({ kind: 'not', child });
export const some = (count: number, ...children: Node[]): SomeNode => ({ kind: 'some', count, children });
export const range = (child: FeatureNode, min: bigint, max: bigint = RANGE_INFINITY): RangeNode => ({ kind: 'range', child, min, max });

export function rule(name: string, root: Node, scopes: Partial<Scopes> = {}, extra: { namespace?: string; lib?: boolean; isSubscopeRule?: boolean } = {}): Rule {
  return {
    name,
    root,
    source: '',
    meta: {
      name,
      ...(extra.namespace === undefined ? {} : { namespace: extra.namespace }),
      authors: [],
      description: '',
      lib: extra.lib ?? false,
      scopes: { static: scopes.static ?? null, dynamic: scopes.dynamic ?? null },
      attack: [],
      mbc: [],
      references: [],
      examples: [],
      maec: {},
      isSubscopeRule: extra.isSubscopeRule ?? false,
      raw: {},
    },
  };
}
