// A valibot schema of capa's result document as held in memory after `parseResultDocument`
// (feature integers and range bounds as bigints). Objects are strict: a key capa never writes is
// an error, so this also checks the documents we produce.

import * as v from 'valibot';
import type { ResultDocument } from '../../src/render/rdoc.js';

const uint = v.pipe(v.number(), v.integer(), v.minValue(0));
const str = v.string();

export const AddressSchema = v.variant('type', [
  v.strictObject({ type: v.literal('absolute'), value: uint }),
  v.strictObject({ type: v.literal('relative'), value: uint }),
  v.strictObject({ type: v.literal('file'), value: uint }),
  v.strictObject({ type: v.literal('dn token'), value: uint }),
  v.strictObject({ type: v.literal('dn token offset'), value: v.strictTuple([uint, uint]) }),
  v.strictObject({ type: v.literal('process'), value: v.strictTuple([uint, uint]) }),
  v.strictObject({ type: v.literal('thread'), value: v.strictTuple([uint, uint, uint]) }),
  v.strictObject({ type: v.literal('call'), value: v.strictTuple([uint, uint, uint, uint]) }),
  v.strictObject({ type: v.literal('no address') }),
]);

const STATIC_SCOPES = ['file', 'function', 'basic block', 'instruction'] as const;
const DYNAMIC_SCOPES = ['file', 'process', 'thread', 'span of calls', 'call'] as const;

const desc = v.optional(str);
const featureInt = v.bigint();
const feat = <T extends string, K extends string, S extends v.GenericSchema>(type: T, key: K, value: S) =>
  v.strictObject({ type: v.literal(type), [key]: value, description: desc } as {
    type: v.LiteralSchema<T, undefined>;
    description: typeof desc;
  } & Record<K, S>);

export const FeatureSchema = v.variant('type', [
  feat('os', 'os', str),
  feat('arch', 'arch', str),
  feat('format', 'format', str),
  feat('match', 'match', str),
  feat('characteristic', 'characteristic', str),
  feat('export', 'export', str),
  feat('import', 'import_', str),
  feat('section', 'section', str),
  feat('function name', 'function_name', str),
  feat('substring', 'substring', str),
  feat('regex', 'regex', v.pipe(str, v.regex(/^\/.*\/[a-z]*$/s))),
  feat('string', 'string', str),
  feat('class', 'class_', str),
  feat('namespace', 'namespace', str),
  feat('api', 'api', str),
  v.strictObject({
    type: v.literal('property'),
    access: v.optional(v.picklist(['read', 'write'])),
    property: str,
    description: desc,
  }),
  feat('number', 'number', v.union([featureInt, v.number()])),
  feat('bytes', 'bytes', v.pipe(str, v.regex(/^(?:[0-9a-f]{2})*$/))),
  feat('offset', 'offset', featureInt),
  feat('mnemonic', 'mnemonic', str),
  v.strictObject({ type: v.literal('operand number'), index: uint, operand_number: featureInt, description: desc }),
  v.strictObject({ type: v.literal('operand offset'), index: uint, operand_offset: featureInt, description: desc }),
  v.strictObject({ type: v.literal('basic block'), description: desc }),
]);

export const StatementSchema = v.variant('type', [
  v.strictObject({ type: v.literal('and'), description: desc }),
  v.strictObject({ type: v.literal('or'), description: desc }),
  v.strictObject({ type: v.literal('not'), description: desc }),
  v.strictObject({ type: v.literal('optional'), description: desc }),
  v.strictObject({ type: v.literal('some'), description: desc, count: v.pipe(uint, v.minValue(1)) }),
  v.strictObject({
    type: v.literal('range'),
    description: desc,
    min: v.pipe(v.bigint(), v.minValue(0n)),
    max: v.pipe(v.bigint(), v.minValue(0n), v.maxValue((1n << 64n) - 1n)),
    child: FeatureSchema,
  }),
  v.strictObject({
    type: v.literal('subscope'),
    description: desc,
    scope: v.picklist([...new Set([...STATIC_SCOPES, ...DYNAMIC_SCOPES])]),
  }),
]);

export const NodeSchema = v.variant('type', [
  v.strictObject({ type: v.literal('statement'), statement: StatementSchema }),
  v.strictObject({ type: v.literal('feature'), feature: FeatureSchema }),
]);

interface MatchShape {
  success: boolean;
  node: unknown;
  children: MatchShape[];
  locations: unknown[];
  captures: Record<string, unknown[]>;
}

export const MatchSchema: v.GenericSchema<MatchShape> = v.lazy(() =>
  v.strictObject({
    success: v.boolean(),
    node: NodeSchema,
    children: v.array(MatchSchema),
    locations: v.array(AddressSchema),
    captures: v.record(str, v.array(AddressSchema)),
  }),
);

const AttackSchema = v.strictObject({ parts: v.array(str), tactic: str, technique: str, subtechnique: str, id: str });
const MbcSchema = v.strictObject({ parts: v.array(str), objective: str, behavior: str, method: str, id: str });
const MaecSchema = v.strictObject({
  analysis_conclusion: v.optional(str),
  analysis_conclusion_ov: v.optional(str),
  malware_family: v.optional(str),
  malware_category: v.optional(str),
  malware_category_ov: v.optional(str),
});

export const RuleMetadataSchema = v.strictObject({
  name: str,
  namespace: v.optional(str),
  authors: v.array(str),
  scopes: v.strictObject({
    static: v.optional(v.picklist(STATIC_SCOPES)),
    dynamic: v.optional(v.picklist(DYNAMIC_SCOPES)),
  }),
  attack: v.array(AttackSchema),
  mbc: v.array(MbcSchema),
  references: v.array(str),
  examples: v.array(str),
  description: str,
  lib: v.boolean(),
  is_subscope_rule: v.boolean(),
  maec: MaecSchema,
});

export const RuleMatchesSchema = v.strictObject({
  meta: RuleMetadataSchema,
  source: str,
  matches: v.array(v.strictTuple([AddressSchema, MatchSchema])),
});

const SampleSchema = v.strictObject({
  md5: v.pipe(str, v.regex(/^[0-9a-f]{32}$/)),
  sha1: v.pipe(str, v.regex(/^(?:[0-9a-f]{40})?$/)),
  sha256: v.pipe(str, v.regex(/^[0-9a-f]{64}$/)),
  path: str,
});

const timestamp = v.pipe(str, v.regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?$/));
const argv = v.optional(v.array(str));
const count = v.strictObject({ address: AddressSchema, count: uint });

const StaticAnalysisSchema = v.strictObject({
  format: str,
  arch: str,
  os: str,
  extractor: str,
  rules: v.array(str),
  base_address: AddressSchema,
  layout: v.strictObject({
    functions: v.array(
      v.strictObject({
        address: AddressSchema,
        matched_basic_blocks: v.array(v.strictObject({ address: AddressSchema })),
      }),
    ),
  }),
  feature_counts: v.strictObject({ file: uint, functions: v.array(count) }),
  library_functions: v.array(v.strictObject({ address: AddressSchema, name: str })),
});

const DynamicAnalysisSchema = v.strictObject({
  format: str,
  arch: str,
  os: str,
  extractor: str,
  rules: v.array(str),
  layout: v.strictObject({
    processes: v.array(
      v.strictObject({
        address: AddressSchema,
        name: str,
        matched_threads: v.array(
          v.strictObject({
            address: AddressSchema,
            matched_calls: v.array(v.strictObject({ address: AddressSchema, name: str })),
          }),
        ),
      }),
    ),
  }),
  feature_counts: v.strictObject({ file: uint, processes: v.array(count) }),
});

export const MetadataSchema = v.variant('flavor', [
  v.strictObject({
    timestamp,
    version: str,
    argv,
    sample: SampleSchema,
    flavor: v.literal('static'),
    analysis: StaticAnalysisSchema,
  }),
  v.strictObject({
    timestamp,
    version: str,
    argv,
    sample: SampleSchema,
    flavor: v.literal('dynamic'),
    analysis: DynamicAnalysisSchema,
  }),
]);

export const ResultDocumentSchema = v.strictObject({
  meta: MetadataSchema,
  rules: v.record(str, RuleMatchesSchema),
});

/** Schema issues as readable lines (`path: message`), at most `max`. */
export function schemaIssues(doc: unknown, max = 10): string[] {
  const r = v.safeParse(ResultDocumentSchema, doc, { abortPipeEarly: true });
  if (r.success) return [];
  return r.issues.slice(0, max).map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`);
}

/**
 * Cross-field rules of §5.2/§5.3 a schema cannot express: rule keys equal rule names, locations
 * only on successful feature/range/subscope nodes, captures only on regex/substring nodes, synthetic rules
 * absent, file-scope rules matched once at `no address`.
 */
export function semanticIssues(doc: ResultDocument, max = 10): string[] {
  const out: string[] = [];
  const add = (s: string): void => {
    if (out.length < max) out.push(s);
  };
  const walk = (rule: string, m: ResultDocument['rules'][string]['matches'][number][1]): void => {
    const isFeature = m.node.type === 'feature';
    // spliced subscope nodes keep the `match` feature's locations
    const located = m.node.type === 'statement' && (m.node.statement.type === 'range' || m.node.statement.type === 'subscope');
    if (m.locations.length && !(m.success && (isFeature || located))) add(`${rule}: locations on a non-located node`);
    const ft = m.node.type === 'feature' ? m.node.feature.type : '';
    if (Object.keys(m.captures).length && ft !== 'regex' && ft !== 'substring') add(`${rule}: captures on ${ft || 'statement'}`);
    for (const c of m.children) walk(rule, c);
  };
  for (const [name, r] of Object.entries(doc.rules)) {
    if (r.meta.name !== name) add(`rule key "${name}" != meta.name "${r.meta.name}"`);
    if (r.meta.is_subscope_rule) add(`${name}: synthetic subscope rule present`);
    const fileScoped = doc.meta.flavor === 'static' ? r.meta.scopes.static === 'file' : r.meta.scopes.dynamic === 'file';
    if (fileScoped && (r.matches.length !== 1 || r.matches[0]![0].type !== 'no address')) {
      add(`${name}: file-scope rule must match once at no address`);
    }
    for (const [, m] of r.matches) walk(name, m);
  }
  return out;
}
