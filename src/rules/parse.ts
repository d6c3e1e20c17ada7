// Rule files → Rule AST (spec §1). YAML is read with YAML 1.1 typing (PyYAML-compatible scalars, see
// yaml11.ts) into plain values — Map for mappings, arrays for sequences — while a side table keeps the
// line/column of every node so errors point at the offending line (tracked only when an error is
// being reported, or in lint mode: see parseRuleDocument). The builder below works on those plain
// values, so `ruleFromObject` (already-parsed objects, e.g. the matcher fixtures) shares it.

import type { Feature, FeatureType, PropertyAccess } from '../features/feature.js';
import { ARCH_VALUES, CHARACTERISTICS, FORMAT_VALUES, OS_VALUES, formatFeature, makeFeature } from '../features/feature.js';
import type {
  AttackSpec, DynamicScope, FeatureNode, MbcSpec, Node, Rule, RuleMeta, Scope, Scopes, StaticScope,
} from '../engine/ast.js';
import { RANGE_INFINITY } from '../engine/ast.js';
import { RuleError } from './errors.js';
import { isRegexLiteral, regexFromLiteral, RegexError } from './regex.js';
import { comGuids, comPrefix, guidToBytes } from './com.js';
import { readYaml, type Loc, type Locs } from './yaml11.js';

export const MAX_BYTES_FEATURE_SIZE = 0x100;
export const MAX_OPERAND_INDEX = 4;

const STATIC_SCOPES: readonly StaticScope[] = ['file', 'function', 'basic block', 'instruction'];
const DYNAMIC_SCOPES: readonly DynamicScope[] = ['file', 'process', 'thread', 'span of calls', 'call'];

// ---------------------------------------------------------------------------------------------
// feature legality per scope (spec §1.5): the set of scopes where each feature may appear, after
// propagation outward (instruction→basic block→function, call→span→thread→process).

const INSN: readonly Scope[] = ['instruction', 'basic block', 'function'];
const DYN: readonly Scope[] = ['call', 'span of calls', 'thread', 'process'];
const ALL: readonly Scope[] = ['file', 'function', 'basic block', 'instruction', 'process', 'thread', 'span of calls', 'call'];

const LEGAL: Record<FeatureType, readonly Scope[]> = {
  api: [...INSN, ...DYN],
  string: [...INSN, 'file', ...DYN],
  substring: [...INSN, 'file', ...DYN],
  regex: [...INSN, 'file', ...DYN],
  bytes: INSN,
  number: [...INSN, ...DYN],
  offset: INSN,
  mnemonic: INSN,
  'operand number': INSN,
  'operand offset': INSN,
  property: INSN,
  class: [...INSN, 'file'],
  namespace: [...INSN, 'file'],
  export: ['file'],
  import: ['file'],
  section: ['file'],
  'function name': ['file'],
  match: ALL,
  os: ALL,
  arch: ALL,
  format: ALL,
  'basic block': ['function'],
  characteristic: [], // per value, below
};

const CHARACTERISTIC_LEGAL = new Map<string, readonly Scope[]>();
for (const c of CHARACTERISTICS.instruction) CHARACTERISTIC_LEGAL.set(c, INSN);
for (const c of CHARACTERISTICS['basic block']) CHARACTERISTIC_LEGAL.set(c, ['basic block', 'function']);
for (const c of CHARACTERISTICS.function) CHARACTERISTIC_LEGAL.set(c, ['function']);
for (const c of CHARACTERISTICS.file) CHARACTERISTIC_LEGAL.set(c, ['file']);

/** rule-file feature key → feature type (the keys `parse_feature` accepts) */
const FEATURE_KEYS: Readonly<Record<string, FeatureType>> = {
  api: 'api',
  string: 'string',
  substring: 'substring',
  bytes: 'bytes',
  number: 'number',
  offset: 'offset',
  mnemonic: 'mnemonic',
  'basic blocks': 'basic block',
  characteristic: 'characteristic',
  export: 'export',
  import: 'import',
  section: 'section',
  match: 'match',
  'function-name': 'function name',
  os: 'os',
  format: 'format',
  arch: 'arch',
  class: 'class',
  namespace: 'namespace',
  property: 'property',
};

/** subscope block key → its scope; legal iff the enclosing scope of the same flavor is that scope or wider */
const STATIC_CHAIN: readonly Scope[] = ['file', 'function', 'basic block', 'instruction'];
const DYNAMIC_CHAIN: readonly Scope[] = ['file', 'process', 'thread', 'span of calls', 'call'];
const SUBSCOPES: Readonly<Record<string, { scope: Scope; flavor: 'static' | 'dynamic'; within: readonly Scope[]; msg: string }>> = {};
for (const [flavor, chain] of [['static', STATIC_CHAIN], ['dynamic', DYNAMIC_CHAIN]] as const) {
  chain.forEach((scope, i) => {
    if (scope === 'file') return;
    const within = chain.slice(0, i + 1);
    (SUBSCOPES as Record<string, unknown>)[scope] = {
      scope, flavor, within,
      msg: `${scope} subscope supported only for ${within.join(', ')} scopes (${flavor} flavor)`,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// build context: where errors go and how they are located

interface Ctx {
  path?: string;
  locs?: Locs;
  rule?: string;
  /** lint mode: record errors and keep going where possible */
  errors?: RuleError[];
}

/** Location of `container[key]` (or of the container itself). */
function locOf(ctx: Ctx, container: unknown, key?: string | number): Loc | undefined {
  if (!ctx.locs || container === null || typeof container !== 'object') return undefined;
  if (key !== undefined) {
    const l = ctx.locs.vals.get(container)?.get(key);
    if (l) return l;
  }
  return ctx.locs.nodes.get(container);
}

function err(ctx: Ctx, msg: string, loc?: Loc): RuleError {
  const at: { file?: string; line?: number; col?: number; rule?: string } = {};
  if (ctx.path !== undefined) at.file = ctx.path;
  if (loc) { at.line = loc.line; at.col = loc.col; }
  if (ctx.rule !== undefined) at.rule = ctx.rule;
  return new RuleError(msg, at);
}

function fail(ctx: Ctx, msg: string, loc?: Loc): never {
  throw err(ctx, msg, loc);
}

/** In lint mode record `e` (the caller continues); otherwise rethrow. */
function record(ctx: Ctx, e: unknown): void {
  if (ctx.errors && e instanceof RuleError) ctx.errors.push(e);
  else throw e;
}

// ---------------------------------------------------------------------------------------------
// plain-value helpers: mappings arrive as Map (from YAML) or plain objects (ruleFromObject)

type Mapping = Map<string, unknown>;

function asMapping(v: unknown): Mapping | undefined {
  if (v instanceof Map) return v as Mapping;
  if (v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Date)) {
    return new Map(Object.entries(v as Record<string, unknown>));
  }
  return undefined;
}

/** Python-ish str() of a value for messages. */
function show(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (v instanceof Map) return '{' + [...v].map(([k, x]) => `'${k}': ${show(x)}`).join(', ') + '}';
  if (Array.isArray(v)) return '[' + v.map(show).join(', ') + ']';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** Python `int(s, base)` for the bases capa uses: whitespace around, one sign, `_` between digits. */
export function pyInt(s: string, base: 10 | 16): bigint | undefined {
  let t = s.trim();
  let neg = false;
  if (t[0] === '-' || t[0] === '+') { neg = t[0] === '-'; t = t.slice(1); }
  if (base === 16 && (t.startsWith('0x') || t.startsWith('0X'))) {
    t = t.slice(2);
    if (t.startsWith('_')) t = t.slice(1);
  }
  const digit = base === 16 ? /^[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*$/ : /^[0-9]+(?:_[0-9]+)*$/;
  if (!digit.test(t)) return undefined;
  const v = BigInt((base === 16 ? '0x' : '') + t.replaceAll('_', ''));
  return neg ? -v : v;
}

/** capa's parse_int: `0x…`/`-0x…` hexadecimal, else decimal. */
export function parseRuleInt(s: string): bigint | undefined {
  return s.startsWith('0x') || s.startsWith('-0x') ? pyInt(s, 16) : pyInt(s, 10);
}

function isInt(v: unknown): v is bigint | number {
  return typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v));
}

// ---------------------------------------------------------------------------------------------
// scalar values

const DESCRIPTION_SEPARATOR = ' = ';

function isNumericKey(key: string): boolean {
  return key === 'number' || key === 'offset' || (key.startsWith('operand[') && (key.endsWith('].number') || key.endsWith('].offset')));
}

/** capa's parse_description: splits `value = description` (never for `string`) and converts the value. */
function parseDescription(
  ctx: Ctx, s: unknown, key: string, description: unknown, loc?: Loc,
): { value: unknown; description: string | undefined } {
  let desc: string | undefined = description === undefined || description === null ? undefined : show(description);
  let value: unknown = s;
  if (key !== 'string' && typeof s === 'string') {
    const at = s.indexOf(DESCRIPTION_SEPARATOR);
    if (at >= 0) {
      if (desc) fail(ctx, `unexpected value: "${s}", only one description allowed (inline description with \`${DESCRIPTION_SEPARATOR}\`)`, loc);
      value = s.slice(0, at);
      desc = s.slice(at + DESCRIPTION_SEPARATOR.length);
      if (desc === '') fail(ctx, `unexpected value: "${s}", description cannot be empty`, loc);
    }
    if (key === 'bytes') value = parseBytes(ctx, value as string, loc);
    else if (isNumericKey(key)) {
      const n = parseRuleInt(value as string);
      if (n === undefined) fail(ctx, `unexpected value: "${value as string}", must begin with numerical value`, loc);
      value = n;
    }
  }
  return { value, description: desc === '' ? undefined : desc };
}

function parseBytes(ctx: Ctx, s: string, loc?: Loc): Uint8Array {
  const hex = s.replaceAll(' ', '');
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) {
    fail(ctx, `unexpected bytes value: must be a valid hex sequence: "${s}"`, loc);
  }
  const out = new Uint8Array(hex.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  if (out.length > MAX_BYTES_FEATURE_SIZE) {
    fail(ctx, `unexpected bytes value: byte sequences must be no larger than ${MAX_BYTES_FEATURE_SIZE} bytes`, loc);
  }
  return out;
}

/** Rule-side `api` values lose a single `dll.` prefix (not for .NET `::` or ordinals `.#N`). */
export function trimDllPart(api: string): string {
  if (api.includes('::') || api.includes('.#')) return api;
  const dot = api.indexOf('.');
  if (dot >= 0 && api.indexOf('.', dot + 1) < 0) return api.slice(dot + 1);
  return api;
}

function describeScopes(s: Scopes): string {
  if (s.static && s.dynamic) return `static-scope: ${s.static}, dynamic-scope: ${s.dynamic}`;
  if (s.static) return `static-scope: ${s.static}`;
  return `dynamic-scope: ${s.dynamic}`;
}

function ensureLegal(ctx: Ctx, scopes: Scopes, f: Feature, loc?: Loc): void {
  let legal: readonly Scope[] | undefined;
  if (f.type === 'characteristic') legal = CHARACTERISTIC_LEGAL.get(f.value as string) ?? [];
  else legal = LEGAL[f.type];
  if ((scopes.static && legal.includes(scopes.static)) || (scopes.dynamic && legal.includes(scopes.dynamic))) return;
  fail(ctx, `feature ${formatFeature(f)} not supported for scopes ${describeScopes(scopes)}`, loc);
}

/**
 * A feature leaf from its rule-file type and a raw value (after description splitting).
 * `string` values go through the string/regex factory.
 */
function makeLeaf(ctx: Ctx, type: FeatureType, value: unknown, description: string | undefined, loc?: Loc,
  extra: { index?: number; access?: PropertyAccess } = {}): FeatureNode {
  const opts: { index?: number; access?: PropertyAccess; description?: string } = { ...extra };
  if (description !== undefined) opts.description = description;
  switch (type) {
    case 'string': {
      if (typeof value !== 'string') fail(ctx, `ambiguous string value ${show(value)}, must be defined as explicit string`, loc);
      if (isRegexLiteral(value)) {
        let re: RegExp;
        try {
          re = regexFromLiteral(value).re;
        } catch (e) {
          if (!(e instanceof RegexError)) throw e;
          fail(ctx, `invalid regular expression: ${value} it should use Python syntax, try it at https://pythex.org (${e.message})`, loc);
        }
        return { kind: 'feature', feature: makeFeature('regex', value, opts), re };
      }
      return { kind: 'feature', feature: makeFeature('string', value, opts) };
    }
    case 'number': case 'offset': case 'operand number': case 'operand offset': {
      if (!isInt(value) || typeof value === 'boolean') {
        fail(ctx, `unexpected value: "${show(value)}", must begin with numerical value`, loc);
      }
      return { kind: 'feature', feature: makeFeature(type, value, opts) };
    }
    case 'bytes': {
      if (!(value instanceof Uint8Array)) fail(ctx, `unexpected bytes value: must be a valid hex sequence: "${show(value)}"`, loc);
      return { kind: 'feature', feature: makeFeature('bytes', value, opts) };
    }
    case 'basic block':
      return { kind: 'feature', feature: makeFeature('basic block', null, opts) };
    default: {
      if (typeof value !== 'string') fail(ctx, `unexpected value: "${show(value)}", must be a string`, loc);
      return { kind: 'feature', feature: makeFeature(type, value, opts) };
    }
  }
}

// ---------------------------------------------------------------------------------------------
// statements

/** Removes the single `- description: x` child of a statement's list; returns it. */
function popStatementDescription(ctx: Ctx, items: unknown[], loc?: Loc): { rest: unknown[]; description?: string } {
  const rest: unknown[] = [];
  let description: string | undefined;
  let found = 0;
  for (const c of items) {
    const m = asMapping(c);
    if (m && m.size === 1 && m.has('description')) {
      found++;
      if (found > 1) fail(ctx, 'statements can only have one description', locOf(ctx, c) ?? loc);
      description = show(m.get('description'));
      continue;
    }
    rest.push(c);
  }
  return description === undefined ? { rest } : { rest, description };
}

/** and/or/N-or-more children are de-duplicated by feature identity (first kept); statements never. */
function unique(nodes: Node[]): Node[] {
  const seen = new Set<string>();
  const out: Node[] = [];
  for (const n of nodes) {
    if (n.kind === 'feature') {
      if (seen.has(n.feature.key)) continue;
      seen.add(n.feature.key);
    }
    out.push(n);
  }
  return out;
}

function buildChildren(ctx: Ctx, items: unknown[], scopes: Scopes): Node[] {
  const out: Node[] = [];
  for (const item of items) {
    try {
      out.push(buildStatement(ctx, item, scopes));
    } catch (e) {
      record(ctx, e);
    }
  }
  return out;
}

function withDesc<T extends object>(node: T, description: string | undefined): T {
  if (description !== undefined) (node as { description?: string }).description = description;
  return node;
}

function buildStatement(ctx: Ctx, item: unknown, scopes: Scopes): Node {
  const here = locOf(ctx, item);
  const d = asMapping(item);
  if (!d || d.size === 0) fail(ctx, `unexpected statement: ${show(item)} (expected a mapping)`, here);
  if (d.size > 2) fail(ctx, 'too many statements', here);
  const key = String(d.keys().next().value);
  if (d.size === 2 && !d.has('description')) {
    const second = [...d.keys()][1];
    fail(ctx, `unexpected key "${String(second)}" next to "${key}" (only "description" may accompany a statement)`, here);
  }
  const raw = d.get(key);
  const vloc = locOf(ctx, item, key) ?? here;
  const sibDesc = key === 'description' ? undefined : d.get('description');

  const listOf = (): { rest: unknown[]; description?: string } => {
    if (!Array.isArray(raw)) fail(ctx, `unexpected value for "${key}": must be a list of statements`, vloc);
    return popStatementDescription(ctx, raw, vloc);
  };

  if (key === 'and' || key === 'or') {
    const { rest, description } = listOf();
    return withDesc({ kind: key, children: unique(buildChildren(ctx, rest, scopes)) }, description);
  }
  if (key === 'not') {
    const { rest, description } = listOf();
    if (rest.length !== 1) fail(ctx, 'not statement must have exactly one child statement', here);
    return withDesc({ kind: 'not', child: buildStatement(ctx, rest[0], scopes) }, description);
  }
  if (key.endsWith(' or more')) {
    const n = pyInt(key.slice(0, -' or more'.length), 10);
    if (n === undefined || n < 0n) fail(ctx, `unexpected statement: ${key}`, here);
    const { rest, description } = listOf();
    return withDesc({ kind: 'some', count: Number(n), children: unique(buildChildren(ctx, rest, scopes)) }, description);
  }
  if (key === 'optional') {
    const { rest, description } = listOf();
    return withDesc({ kind: 'some', count: 0, children: unique(buildChildren(ctx, rest, scopes)) }, description);
  }
  const sub = Object.hasOwn(SUBSCOPES, key) ? SUBSCOPES[key] : undefined;
  if (sub) {
    const enclosing = sub.flavor === 'static' ? scopes.static : scopes.dynamic;
    if (!enclosing || !sub.within.includes(enclosing)) fail(ctx, sub.msg, here);
    const { rest, description } = listOf();
    const inner: Scopes = sub.flavor === 'static'
      ? { static: sub.scope as StaticScope, dynamic: null }
      : { static: null, dynamic: sub.scope as DynamicScope };
    let child: Node;
    if (key === 'instruction' && rest.length !== 1) {
      // shorthand: several children of `instruction:` form an implicit `and`
      child = { kind: 'and', children: unique(buildChildren(ctx, rest, inner)) };
    } else {
      if (rest.length !== 1) fail(ctx, 'subscope must have exactly one child statement', here);
      child = buildStatement(ctx, rest[0], inner);
    }
    return withDesc({ kind: 'subscope', scope: sub.scope, child }, description);
  }
  if (key.startsWith('count(') && key.endsWith(')')) return buildCount(ctx, key, raw, sibDesc, scopes, vloc);
  if (key === 'string' && typeof raw !== 'string') {
    fail(ctx, `ambiguous string value ${show(raw)}, must be defined as explicit string`, vloc);
  }
  const operand = /^operand\[(.*)\]\.(number|offset)$/.exec(key);
  if (operand) {
    const index = pyInt(operand[1]!, 10);
    if (index === undefined) fail(ctx, 'operand index must be an integer', here);
    if (index < 0n || index > BigInt(MAX_OPERAND_INDEX)) fail(ctx, `operand index must be between 0 and ${MAX_OPERAND_INDEX}`, here);
    const { value, description } = parseDescription(ctx, raw, key, sibDesc, vloc);
    const leaf = makeLeaf(ctx, operand[2] === 'number' ? 'operand number' : 'operand offset', value, description, vloc, { index: Number(index) });
    ensureLegal(ctx, scopes, leaf.feature, here);
    return leaf;
  }
  if ((key === 'os' && !(OS_VALUES as readonly unknown[]).includes(raw)) ||
    (key === 'format' && !(FORMAT_VALUES as readonly unknown[]).includes(raw)) ||
    (key === 'arch' && !(ARCH_VALUES as readonly unknown[]).includes(raw))) {
    fail(ctx, `unexpected ${key} value ${show(raw)}`, vloc);
  }
  if (key.startsWith('property/')) {
    const access = key.slice('property/'.length);
    if (access !== 'read' && access !== 'write') fail(ctx, `unexpected ${key} access ${access}`, here);
    const { value, description } = parseDescription(ctx, raw, key, sibDesc, vloc);
    const leaf = makeLeaf(ctx, 'property', value, description, vloc, { access });
    ensureLegal(ctx, scopes, leaf.feature, here);
    return leaf;
  }
  if (key.startsWith('com/')) {
    const comType = key.slice('com/'.length);
    if (comType !== 'class' && comType !== 'interface') fail(ctx, `unexpected COM type: ${comType}`, here);
    const { value } = parseDescription(ctx, raw, key, sibDesc, vloc);
    const name = show(value);
    const guids = comGuids(comType, name);
    if (!guids || guids.length === 0) fail(ctx, `'${name}' doesn't exist in COM ${comType} database`, vloc);
    const prefix = comPrefix(comType) + name;
    const children: Node[] = [];
    for (const g of guids) {
      children.push({ kind: 'feature', feature: makeFeature('string', g, { description: `${prefix} as GUID string` }) });
      children.push({ kind: 'feature', feature: makeFeature('bytes', guidToBytes(g), { description: `${prefix} as bytes` }) });
    }
    return { kind: 'or', children };
  }
  const type = Object.hasOwn(FEATURE_KEYS, key) ? FEATURE_KEYS[key] : undefined;
  if (!type) fail(ctx, `unexpected statement: ${key}`, here);
  let { value, description } = parseDescription(ctx, raw, key, sibDesc, vloc);
  if (type === 'api' && typeof value === 'string') value = trimDllPart(value);
  const leaf = makeLeaf(ctx, type, value, description, vloc);
  ensureLegal(ctx, scopes, leaf.feature, here);
  return leaf;
}

function parseRange(ctx: Ctx, count: unknown, loc?: Loc): { min: bigint; max: bigint } {
  if (isInt(count) && typeof count !== 'boolean') {
    const n = BigInt(count);
    if (n < 0n) fail(ctx, 'range min less than zero', loc);
    return { min: n, max: n };
  }
  if (typeof count !== 'string') fail(ctx, `unexpected range: ${show(count)}`, loc);
  const int = (s: string): bigint => {
    const v = parseRuleInt(s);
    if (v === undefined) fail(ctx, `invalid range: ${count}`, loc);
    return v;
  };
  if (count.endsWith(' or more')) {
    const min = int(count.slice(0, -' or more'.length));
    if (min < 0n) fail(ctx, 'range min less than zero', loc);
    return { min, max: RANGE_INFINITY };
  }
  if (count.endsWith(' or fewer')) {
    const max = int(count.slice(0, -' or fewer'.length));
    if (max < 0n) fail(ctx, 'range max less than zero', loc);
    return { min: 0n, max };
  }
  if (count.startsWith('(')) {
    if (!count.endsWith(')')) fail(ctx, `invalid range: ${count}`, loc);
    const inner = count.slice(1, -1);
    const comma = inner.indexOf(',');
    const minSpec = (comma < 0 ? inner : inner.slice(0, comma)).trim();
    const maxSpec = (comma < 0 ? '' : inner.slice(comma + 1)).trim();
    let min = 0n;
    let max = RANGE_INFINITY;
    if (minSpec) {
      min = int(minSpec);
      if (min < 0n) fail(ctx, 'range min less than zero', loc);
    }
    if (maxSpec) {
      max = int(maxSpec);
      if (max < 0n) fail(ctx, 'range max less than zero', loc);
    }
    if (max < min) fail(ctx, 'range max less than min', loc);
    return { min, max };
  }
  const exact = parseRuleInt(count);
  if (exact !== undefined && exact >= 0n) return { min: exact, max: exact };
  fail(ctx, `unexpected range: ${count}`, loc);
}

function buildCount(ctx: Ctx, key: string, count: unknown, sibDesc: unknown, scopes: Scopes, loc?: Loc): Node {
  const term0 = key.slice('count('.length, -1);
  const paren = term0.indexOf('(');
  const term = paren < 0 ? term0 : term0.slice(0, paren);
  let arg = paren < 0 ? '' : term0.slice(paren + 1);
  const type = Object.hasOwn(FEATURE_KEYS, term) ? FEATURE_KEYS[term] : undefined;
  if (!type) fail(ctx, `unexpected statement: ${term}`, loc);
  let child: FeatureNode;
  if (arg) {
    arg = arg.slice(0, -1);
    if (type === 'string') {
      child = makeLeaf(ctx, 'string', arg, undefined, loc);
    } else {
      let { value, description } = parseDescription(ctx, arg, term, undefined, loc);
      if (type === 'api' && typeof value === 'string') value = trimDllPart(value);
      child = makeLeaf(ctx, type, value, description, loc);
    }
  } else {
    if (type !== 'basic block') fail(ctx, `unexpected statement: count(${term}) needs a value, like count(${term}(…))`, loc);
    child = makeLeaf(ctx, type, null, undefined, loc);
  }
  ensureLegal(ctx, scopes, child.feature, loc);
  const { min, max } = parseRange(ctx, count, loc);
  const node = { kind: 'range' as const, child, min, max };
  return withDesc(node, sibDesc === undefined || sibDesc === null ? undefined : show(sibDesc));
}

// ---------------------------------------------------------------------------------------------
// meta

function parseScopes(ctx: Ctx, v: unknown, loc?: Loc): Scopes {
  const m = asMapping(v);
  if (!m) fail(ctx, 'the scopes field must contain a dictionary specifying the scopes', loc);
  if (!m.has('static')) fail(ctx, 'static scope must be provided', loc);
  if (!m.has('dynamic')) fail(ctx, 'dynamic scope must be provided', loc);
  if (m.size !== 2) fail(ctx, 'scope flavors can be either static or dynamic', loc);
  const norm = (x: unknown): unknown => (x === 'unsupported' || x === 'unspecified' || x === null || x === undefined ? null : x);
  const st = norm(m.get('static'));
  const dy = norm(m.get('dynamic'));
  if (!st && !dy) fail(ctx, 'invalid scopes value. At least one scope must be specified', loc);
  if (st && !(STATIC_SCOPES as readonly unknown[]).includes(st)) fail(ctx, `${show(st)} is not a valid static scope`, locOf(ctx, v, 'static') ?? loc);
  if (dy && !(DYNAMIC_SCOPES as readonly unknown[]).includes(dy)) fail(ctx, `${show(dy)} is not a valid dynamic scope`, locOf(ctx, v, 'dynamic') ?? loc);
  return { static: (st as StaticScope | null) ?? null, dynamic: (dy as DynamicScope | null) ?? null };
}

function splitSpec(s: string): { parts: string[]; id: string } {
  const parts = s.split('::');
  let last = parts.pop()!;
  const sp = last.lastIndexOf(' ');
  let id: string;
  if (sp < 0) { id = last; last = ''; } else { id = last.slice(sp + 1); last = last.slice(0, sp); }
  id = id.replace(/^\[+/, '').replace(/\]+$/, '');
  parts.push(last);
  return { parts, id };
}

export function parseAttack(s: string): AttackSpec {
  const { parts, id } = splitSpec(s);
  return { parts, tactic: parts[0] ?? '', technique: parts[1] ?? '', subtechnique: parts[2] ?? '', id };
}

export function parseMbc(s: string): MbcSpec {
  const { parts, id } = splitSpec(s);
  return { parts, objective: parts[0] ?? '', behavior: parts[1] ?? '', method: parts[2] ?? '', id };
}

const MAEC_KEYS: Readonly<Record<string, string>> = {
  'maec/analysis-conclusion': 'analysis_conclusion',
  'maec/analysis-conclusion-ov': 'analysis_conclusion_ov',
  'maec/malware-family': 'malware_family',
  'maec/malware-category': 'malware_category',
  'maec/malware-category-ov': 'malware_category_ov',
};

/** Map/array tree → plain JSON-like objects (for RuleMeta.raw). */
function toPlain(v: unknown): unknown {
  if (v instanceof Map) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of v) o[String(k)] = toPlain(x);
    return o;
  }
  if (Array.isArray(v)) return v.map(toPlain);
  const m = asMapping(v);
  if (m) return toPlain(m);
  return v;
}

/** Checks a list-of-strings meta field (att&ck/mbc must be lists even when not strict). */
function stringList(ctx: Ctx, meta: Mapping, key: string, strict: boolean, loc?: Loc): void {
  const v = meta.get(key);
  if (v === undefined || v === null) return;
  if (!Array.isArray(v)) {
    if (key === 'att&ck') fail(ctx, 'ATT&CK mapping must be a list', loc);
    if (key === 'mbc') fail(ctx, 'MBC mapping must be a list', loc);
    if (strict) fail(ctx, `meta.${key} must be a list of strings`, loc);
    return;
  }
  for (const x of v) {
    if (typeof x !== 'string' && strict) fail(ctx, `meta.${key} must be a list of strings, found ${show(x)}`, loc);
  }
}

interface BuildOpts {
  path?: string;
  source?: string;
  /** validate meta fields like capa's output model does for rule files (authors, list types) */
  strictMeta?: boolean;
}

function buildRule(ctx: Ctx, doc: unknown, opts: BuildOpts): Rule {
  const top = asMapping(doc);
  if (!top) fail(ctx, 'rule file must be a mapping with a top-level "rule" key', locOf(ctx, doc));
  const ruleV = top.get('rule');
  const rule = asMapping(ruleV);
  if (!rule) fail(ctx, 'missing or malformed "rule" mapping (expected `rule:` with `meta:` and `features:`)', locOf(ctx, doc, 'rule'));
  const meta = asMapping(rule.get('meta'));
  const metaLoc = locOf(ctx, ruleV, 'meta') ?? locOf(ctx, ruleV);
  if (!meta) fail(ctx, 'missing or malformed "meta" mapping', metaLoc);
  const metaV = rule.get('meta');
  const name = meta.get('name');
  if (typeof name !== 'string' || name === '') fail(ctx, 'missing or malformed meta.name (expected a string)', locOf(ctx, metaV, 'name') ?? metaLoc);
  ctx.rule = name;
  const mloc = (k: string): Loc | undefined => locOf(ctx, metaV, k) ?? metaLoc;
  const strict = opts.strictMeta ?? false;

  if (meta.has('scope')) fail(ctx, `legacy rule detected (rule.meta.scope), please update to the new syntax: ${name}`, mloc('scope'));
  if (!meta.has('scopes')) fail(ctx, "please specify at least one of this rule's (static/dynamic) scopes", metaLoc);
  const scopes = parseScopes(ctx, meta.get('scopes'), mloc('scopes'));

  // independent meta checks (the values themselves come from deriveMeta); lint reports all of them
  const attempt = (f: () => void): void => { try { f(); } catch (e) { record(ctx, e); } };
  attempt(() => { stringList(ctx, meta, 'att&ck', strict, mloc('att&ck')); });
  attempt(() => { stringList(ctx, meta, 'mbc', strict, mloc('mbc')); });
  attempt(() => {
    if (strict && !meta.has('authors')) fail(ctx, 'missing meta.authors (expected a list of strings)', metaLoc);
    stringList(ctx, meta, 'authors', strict, mloc('authors'));
  });
  attempt(() => { stringList(ctx, meta, 'references', strict, mloc('references')); });
  attempt(() => { stringList(ctx, meta, 'examples', strict, mloc('examples')); });
  attempt(() => {
    const ns = meta.get('namespace');
    if (ns !== undefined && ns !== null && typeof ns !== 'string') fail(ctx, 'meta.namespace must be a string', mloc('namespace'));
  });
  attempt(() => {
    const d = meta.get('description');
    if (d !== undefined && d !== null && typeof d !== 'string' && strict) fail(ctx, 'meta.description must be a string', mloc('description'));
  });
  attempt(() => {
    const l = meta.get('lib');
    if (l !== undefined && l !== null && typeof l !== 'boolean') fail(ctx, 'meta.lib must be a boolean', mloc('lib'));
  });
  for (const k of Object.keys(MAEC_KEYS)) {
    const v = meta.get(k);
    attempt(() => {
      if (v !== undefined && v !== null && typeof v !== 'string') fail(ctx, `meta.${k} must be a string`, mloc(k));
    });
  }

  const featuresV = rule.get('features');
  const floc = locOf(ctx, ruleV, 'features') ?? locOf(ctx, ruleV);
  if (!Array.isArray(featuresV) || featuresV.length !== 1) fail(ctx, 'rule must begin with a single top level statement', floc);
  const root = buildStatement(ctx, featuresV[0], scopes);

  const raw = toPlain(meta) as Record<string, unknown>;
  return {
    name, meta: deriveMeta(raw, scopes), root, source: opts.source ?? '',
    ...(opts.path !== undefined ? { path: opts.path } : {}),
  };
}

function looseList(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v.map(show) : [show(v)];
}

/**
 * RuleMeta of a (validated) rule from its raw meta block. The parser and the cache both use it, so
 * a cached rule's meta is the parser's by construction.
 */
export function deriveMeta(raw: Record<string, unknown>, scopes: Scopes): RuleMeta {
  const maec: Record<string, string> = {};
  for (const [k, field] of Object.entries(MAEC_KEYS)) {
    const v = raw[k];
    if (typeof v === 'string') maec[field] = v;
  }
  const d = raw.description;
  const ns = raw.namespace;
  return {
    name: String(raw.name),
    ...(typeof ns === 'string' ? { namespace: ns } : {}),
    authors: looseList(raw.authors),
    description: d === undefined || d === null ? '' : show(d),
    lib: raw.lib === true,
    scopes,
    attack: looseList(raw['att&ck']).map(parseAttack),
    mbc: looseList(raw.mbc).map(parseMbc),
    references: looseList(raw.references),
    examples: looseList(raw.examples),
    maec,
    isSubscopeRule: false,
    raw,
  };
}

// ---------------------------------------------------------------------------------------------
// public API

/** A rule from an already-parsed `{rule: {meta, features}}` object (ints as bigint or number). */
export function ruleFromObject(obj: unknown, opts: { path?: string; source?: string; strictMeta?: boolean } = {}): Rule {
  const ctx: Ctx = {};
  if (opts.path !== undefined) ctx.path = opts.path;
  return buildRule(ctx, obj, opts);
}

export type ParsedDocument =
  | { kind: 'rule'; rule: Rule }
  | { kind: 'skip'; reason: string };

/**
 * One rule file. Documents that capa skips when loading a directory (empty, not a mapping, no
 * `rule` key) come back as `skip`; every other problem throws RuleError (or, with `errors`, is
 * recorded there and the result is undefined when the rule could not be built).
 */
export function parseRuleDocument(text: string, path?: string, errors?: RuleError[]): ParsedDocument | undefined {
  if (errors) return parseDocumentOnce(text, path, true, errors);
  try {
    // positions cost a lot of allocation and are only needed for a message: build without them,
    // and only when something is wrong build again with them to locate the (same) error
    return parseDocumentOnce(text, path, false);
  } catch (e) {
    if (!(e instanceof RuleError)) throw e;
    try {
      parseDocumentOnce(text, path, true);
    } catch (located) {
      if (located instanceof RuleError) throw located;
    }
    throw e;
  }
}

function parseDocumentOnce(text: string, path: string | undefined, withLocs: boolean, errors?: RuleError[]): ParsedDocument | undefined {
  const ctx: Ctx = {};
  if (path !== undefined) ctx.path = path;
  if (errors) ctx.errors = errors;
  try {
    const { value, locs } = readYaml(text, withLocs);
    if (withLocs) ctx.locs = locs;
    if (value === null || value === undefined) return { kind: 'skip', reason: 'empty document' };
    const top = asMapping(value);
    if (!top || Array.isArray(value)) return { kind: 'skip', reason: 'document is not a mapping' };
    if (!top.has('rule')) return { kind: 'skip', reason: 'document has no "rule" key' };
    const rule = buildRule(ctx, value, { ...(path !== undefined ? { path } : {}), source: text, strictMeta: true });
    return { kind: 'rule', rule };
  } catch (e) {
    if (e instanceof RuleError) {
      if (e.file === undefined && path !== undefined) e.file = path;
      if (errors) { errors.push(e); return undefined; }
    }
    throw e;
  }
}

/** One rule file's text → Rule (source = text). Throws RuleError. */
export function parseRule(text: string, path?: string): Rule {
  const r = parseRuleDocument(text, path);
  if (r!.kind === 'skip') {
    throw new RuleError(`not a rule: ${r!.reason}`, path !== undefined ? { file: path, line: 1, col: 1 } : { line: 1, col: 1 });
  }
  return r!.rule;
}

/** Every problem of one rule file (empty when it is fine or skipped as capa would). */
export function lintRuleText(text: string, path: string): RuleError[] {
  const errors: RuleError[] = [];
  parseRuleDocument(text, path, errors);
  return errors;
}

/** Same as lintRuleText, plus the rule when it could be built. */
export function parseRules(text: string, path: string): { rule?: Rule; errors: RuleError[] } {
  const errors: RuleError[] = [];
  const r = parseRuleDocument(text, path, errors);
  if (r?.kind === 'rule' && errors.length === 0) return { rule: r.rule, errors };
  return { errors };
}
