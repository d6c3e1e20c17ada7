// capa's rule style and quality lints (scripts/lint.py): each lint has capa's name and level
// (FAIL or WARN) and a short id for --only/--skip. The checks follow capa 9.4's code, quirks
// included, so the official rules lint as capa's CI sees them. Differences, on purpose:
//   * lints that only look at a rule's metadata, path or text also run on rules that fail
//     validation (capa's loader rejects such a rule before any lint runs: its scope, authors and
//     value-type lints can never fire there);
//   * without ATT&CK/MBC data (capa's scripts/linter-data.json) the att&ck/mbc lint still checks
//     the entry syntax; capa skips it entirely;
//   * the lints that need samples (examples exist / match) run only when a sample index is given.
// No I/O here: the CLI hashes the samples and runs the analyses for the thorough lint.

import type { Node, Rule } from '../engine/ast.js';
import type { RuleSet } from './ruleset.js';
import { readYaml } from './yaml11.js';
import { formatRuleText, HIDDEN_META_KEYS, META_KEY_ORDER } from './format.js';
import { parseDocument, isScalar, isMap, isSeq, isPair } from 'yaml';
import type { Feature } from '../features/feature.js';

export type LintLevel = 'FAIL' | 'WARN';
export type LintGroup = 'name' | 'scopes' | 'meta' | 'logic' | 'features' | 'format';

export interface LintDef {
  /** short id for --only/--skip */
  readonly id: string;
  /** capa's name (also accepted by --only/--skip) */
  readonly name: string;
  readonly level: LintLevel;
  readonly group: LintGroup;
  /** what the lint needs beyond the rule files */
  readonly needs?: 'samples' | 'thorough';
}

const L = (id: string, name: string, group: LintGroup, level: LintLevel = 'FAIL', needs?: 'samples' | 'thorough'): LintDef =>
  needs ? { id, name, level, group, needs } : { id, name, level, group };

/** Every lint, in capa's order (name, scopes, meta, logic, features, format). */
export const LINTS: readonly LintDef[] = [
  L('name-casing', 'rule name casing', 'name'),
  L('filename', "filename doesn't match the rule name", 'name'),
  L('missing-scopes', 'missing scopes', 'scopes'),
  L('missing-static-scope', 'missing static scope', 'scopes'),
  L('missing-dynamic-scope', 'missing dynamic scope', 'scopes'),
  L('invalid-static-scope', 'invalid static scope', 'scopes'),
  L('invalid-dynamic-scope', 'invalid dynamic scope', 'scopes'),
  L('invalid-scopes', 'invalid scopes', 'scopes'),
  L('missing-namespace', 'missing rule namespace', 'meta'),
  L('namespace-path', "file path doesn't match rule namespace", 'meta'),
  L('missing-authors', 'missing authors', 'meta'),
  L('missing-examples', 'missing examples', 'meta'),
  L('missing-example-offset', 'missing example offset', 'meta'),
  L('example-missing', "referenced example doesn't exist", 'meta', 'FAIL', 'samples'),
  L('unusual-meta-field', 'unusual meta field', 'meta'),
  L('lib-not-in-lib', 'lib rule not found in lib directory', 'meta'),
  L('lib-has-namespace', 'lib rule has a namespace', 'meta'),
  L('attack-mbc', 'att&ck/mbc entry is malformed or does not exist', 'meta'),
  L('value-type', 'incorrect value type', 'meta'),
  L('example-no-match', "doesn't match on referenced example", 'logic', 'FAIL', 'thorough'),
  L('single-child', 'rule contains one or more statements with a single child statement', 'logic'),
  L('or-always-true', "rule contains an `or` statement that's always True because of an `optional` or other child statement that's always True", 'logic'),
  L('not-under-and', "rule contains a `not` statement that's not found under an `and` statement", 'logic'),
  L('optional-under-and', "rule contains an `optional` or `0 or more` statement that's not found under an `and` statement", 'logic'),
  L('duplicate-features', 'rule contains a duplicate features', 'logic'),
  L('dependency-scope', 'rule dependency scope mismatch', 'logic'),
  L('string-too-short', 'feature string too short', 'features'),
  L('negative-number', 'feature value is negative', 'features'),
  L('ntdll-ntoskrnl-api', 'feature api may overlap with ntdll and ntoskrnl', 'features', 'WARN'),
  L('regex-unescaped-period', 'feature regex contains unescaped period', 'features', 'WARN'),
  L('regex-control-set', 'feature regex registry control set match incomplete', 'features'),
  L('eof', 'EOF format', 'format'),
  L('string-quotes', 'rule string quotes incorrect', 'format'),
  L('format', 'rule format incorrect', 'format'),
];

/** Validation errors (the rule cannot be loaded at all): capa stops loading; we report and lint on. */
export const INVALID_RULE: LintDef = { id: 'invalid-rule', name: 'invalid rule', level: 'FAIL', group: 'meta' };

/** Finds a lint by id or capa name. */
export function findLint(key: string): LintDef | undefined {
  return LINTS.find((l) => l.id === key || l.name === key) ?? (key === INVALID_RULE.id || key === INVALID_RULE.name ? INVALID_RULE : undefined);
}

/** capa's linter-data.json: framework → category → id → entry name */
export type AttackData = Record<string, Record<string, Record<string, string>>>;

export interface SampleRef {
  readonly path: string;
  /** under a `dynamic` directory (capa: a sandbox report) */
  readonly dynamic: boolean;
}

export interface LintOptions {
  /** sample id (sha256/md5 in either case, file name) → sample; undefined: sample lints skipped */
  readonly samples?: ReadonlyMap<string, SampleRef>;
  /** run the long lints (every example analysed) */
  readonly thorough?: boolean;
  /** matched rule names for a sample (thorough); throws when the sample cannot be analysed */
  readonly capabilitiesOf?: (sample: SampleRef) => ReadonlySet<string>;
  readonly attackData?: AttackData;
  /** lint ids to run (default all) / to skip */
  readonly only?: ReadonlySet<string>;
  readonly skip?: ReadonlySet<string>;
}

export interface LintInput {
  readonly path: string;
  /** the path as capa sees `capa/path` (relative to the rules root), with `/` */
  readonly relPath: string;
  readonly text: string;
  /** the validated rule, when the file loaded */
  readonly rule?: Rule;
  /** validation problems, when it did not */
  readonly errors?: readonly string[];
}

export interface Violation {
  readonly lint: LintDef;
  readonly recommendation: string;
}

export interface RuleLintResult {
  readonly name: string;
  readonly path: string;
  readonly nursery: boolean;
  readonly violations: Violation[];
  /** capa's counts: nursery rules print everything as WARN but still count FAIL lints */
  readonly failed: number;
  readonly warned: number;
  /** a nursery rule with no violation and examples: capa suggests graduating it */
  readonly graduate: boolean;
}

type Meta = Record<string, unknown>;

// ------------------------------------------------------------------ helpers

const has = (m: Meta, k: string): boolean => Object.prototype.hasOwnProperty.call(m, k);
const isDict = (v: unknown): v is Meta => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Uint8Array);
const normpath = (p: string): string => {
  const out: string[] = [];
  for (const part of p.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return (p.startsWith('/') ? '/' : '') + out.join('/');
};
/** Python's str() for YAML values */
function pyStr(v: unknown): string {
  if (v === null || v === undefined) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return Number.isInteger(v) ? v.toFixed(1) : String(v);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return '[' + v.map((x) => (typeof x === 'string' ? `'${x}'` : pyStr(x))).join(', ') + ']';
  if (v instanceof Map) return '{' + [...v].map(([k, x]) => `'${k}': ${typeof x === 'string' ? `'${x}'` : pyStr(x)}`).join(', ') + '}';
  return String(v);
}
const pyLen = (s: string): number => [...s].length;

function toPlain(v: unknown): unknown {
  if (v instanceof Map) {
    const o: Meta = {};
    for (const [k, x] of v) o[String(k)] = toPlain(x);
    return o;
  }
  if (Array.isArray(v)) return v.map(toPlain);
  return v;
}

/** the rule's raw `meta` mapping, or undefined when the YAML does not even have one */
function rawMeta(text: string): Meta | undefined {
  try {
    const top = toPlain(readYaml(text, false).value);
    if (!isDict(top) || !isDict(top['rule'])) return undefined;
    const meta = (top['rule'] as Meta)['meta'];
    return isDict(meta) ? meta : undefined;
  } catch {
    return undefined;
  }
}

const STATIC_SCOPES = ['file', 'function', 'basic block', 'instruction', 'unsupported'];
const DYNAMIC_SCOPES = ['file', 'process', 'thread', 'span of calls', 'call', 'unsupported'];
const STATIC_SCOPE_ORDER = ['file', 'function', 'basic block', 'instruction'];
const DYNAMIC_SCOPE_ORDER = ['file', 'process', 'thread', 'span of calls', 'call'];

function subscopeCompatible(scope: string | undefined, sub: string): boolean {
  if (!scope) return false;
  for (const order of [STATIC_SCOPE_ORDER, DYNAMIC_SCOPE_ORDER]) {
    if (order.includes(sub)) {
      const a = order.indexOf(scope);
      return a >= 0 && order.indexOf(sub) >= a;
    }
  }
  return false;
}

/** capa's str() of a statement, for recommendations */
function nodeText(n: Node): string {
  switch (n.kind) {
    case 'feature':
      return `${n.feature.type}(${typeof n.feature.value === 'bigint' ? n.feature.value.toString() : String(n.feature.value ?? '')})`;
    case 'and':
    case 'or':
      return `${n.kind}(${n.children.map(nodeText).join(',')})`;
    case 'not':
      return `not(${nodeText(n.child)})`;
    case 'some':
      return `${n.count} or more(${n.children.map(nodeText).join(',')})`;
    case 'range':
      return `range(${nodeText(n.child)}, min=${n.min}, max=${n.max === 0xffffffffffffffffn ? 'infinity' : n.max})`;
    case 'subscope':
      return `${n.scope}(${nodeText(n.child)})`;
  }
}

const childrenOf = (n: Node): Node[] => {
  switch (n.kind) {
    case 'and':
    case 'or':
    case 'some':
      return n.children;
    case 'not':
    case 'range':
    case 'subscope':
      return [n.child];
    default:
      return [];
  }
};
const isStatement = (n: Node): boolean => n.kind !== 'feature';
const isOptional = (n: Node): boolean => n.kind === 'some' && n.count === 0;

function leafFeatures(n: Node, out: Feature[]): void {
  if (n.kind === 'feature') out.push(n.feature);
  else for (const c of childrenOf(n)) leafFeatures(c, out);
}

// ------------------------------------------------------------------ the checks

interface Ctx {
  readonly input: LintInput;
  readonly meta: Meta;
  readonly name: string;
  readonly nursery: boolean;
  readonly rules?: RuleSet;
  readonly opts: LintOptions;
}

type Check = (c: Ctx) => string | false;

function expectedFileName(name: string): string {
  return name.toLowerCase().replace(/\.net/g, 'dotnet').replace(/ /g, '-').replace(/[()+/.]/g, '') + '.yml';
}

const ATTACK_RE = /^([\p{L}\p{N}_\s-]+)::(.+) \[([A-Za-z0-9.]+)\]$/u;

function valueTypeProblems(meta: Meta): string[] {
  const p: string[] = [];
  const str = (k: string, optional: boolean): void => {
    const v = meta[k];
    if (v === undefined || v === null) {
      if (!optional) p.push(`${k}: a string is required`);
    } else if (typeof v !== 'string') p.push(`${k}: input should be a valid string, got ${pyStr(v)}`);
  };
  const strList = (k: string, required: boolean): void => {
    if (!has(meta, k) && !required) return;
    const v = meta[k];
    if (!Array.isArray(v)) p.push(`${k}: input should be a valid list of strings, got ${pyStr(v)}`);
    else v.forEach((x, i) => {
      if (typeof x !== 'string') p.push(`${k}.${i}: input should be a valid string, got ${pyStr(x)}`);
    });
  };
  str('name', false);
  str('namespace', true);
  strList('authors', true);
  strList('references', false);
  strList('examples', false);
  strList('att&ck', false);
  strList('mbc', false);
  if (has(meta, 'description') && typeof meta['description'] !== 'string') p.push(`description: input should be a valid string, got ${pyStr(meta['description'])}`);
  if (has(meta, 'lib') && typeof meta['lib'] !== 'boolean' && !(typeof meta['lib'] === 'bigint' && (meta['lib'] === 0n || meta['lib'] === 1n))) {
    p.push(`lib: input should be a valid boolean, got ${pyStr(meta['lib'])}`);
  }
  for (const k of ['maec/analysis-conclusion', 'maec/analysis-conclusion-ov', 'maec/malware-family', 'maec/malware-category', 'maec/malware-category-ov']) str(k, true);
  return p;
}

/** capa's event walk: a scalar `string`/`substring` followed by a plain or single-quoted scalar */
function stringQuoteProblem(text: string): string | false {
  let doc;
  try {
    doc = parseDocument(text, { version: '1.1', keepSourceTokens: false });
  } catch {
    return false;
  }
  const events: unknown[] = [];
  const walk = (n: unknown): void => {
    if (isScalar(n)) events.push(n);
    else if (isMap(n)) {
      events.push('map');
      for (const it of n.items) {
        walk(it.key);
        walk(it.value);
      }
      events.push('end');
    } else if (isSeq(n)) {
      events.push('seq');
      for (const it of n.items) walk(it);
      events.push('end');
    } else if (isPair(n)) {
      walk(n.key);
      walk(n.value);
    }
  };
  walk(doc.contents);
  for (let i = 0; i < events.length; i++) {
    const k = events[i];
    if (!isScalar(k) || (k.value !== 'string' && k.value !== 'substring')) continue;
    const v = events[++i];
    if (!isScalar(v)) continue;
    const value = String(v.value);
    if (k.value === 'string' && value.startsWith('/') && (value.endsWith('/') || value.endsWith('/i'))) continue;
    if (v.type === 'PLAIN') return `add double quotes to "${value}"`;
    if (v.type === 'QUOTE_SINGLE') return `change single quotes to double quotes for "${value}"`;
  }
  return false;
}

/** duplicate features under one statement, from the rule's YAML (capa looks at the source, not the parsed rule) */
function duplicateFeatures(text: string): string | false {
  let value: unknown;
  let nodes: Map<object, { line: number }>;
  try {
    const r = readYaml(text, true);
    value = r.value;
    nodes = r.locs.nodes;
  } catch {
    return false;
  }
  const STATEMENTS = ['or', 'and', 'not', 'optional', 'some', 'basic block', 'function', 'instruction', 'call', ' or more'];
  const isStmt = (k: string): boolean => STATEMENTS.some((s) => k.includes(s));
  let violation = false;
  let rec = '';
  const find = (list: unknown): void => {
    if (!Array.isArray(list)) return;
    const seen = new Map<string, number[]>();
    for (const item of list) {
      if (!(item instanceof Map)) continue;
      const keys = [...item.keys()].map(String);
      if (keys.some(isStmt)) {
        for (const [k, v] of item) if (isStmt(String(k))) find(v);
        continue;
      }
      const key = '- ' + [...item].map(([k, v]) => `${String(k)}: ${pyStr(v)}`).join(', ');
      const line = (nodes.get(item)?.line ?? 0);
      const l = seen.get(key);
      if (l) {
        violation = true;
        l.push(line);
      } else seen.set(key, [line]);
    }
    for (const [k, lines] of seen) if (lines.length > 1) rec += `\n\tduplicate line: "${k}"\t: line numbers: ${lines.sort((a, b) => a - b).join(', ')}`;
  };
  const rule = value instanceof Map ? value.get('rule') : undefined;
  find(rule instanceof Map ? rule.get('features') : undefined);
  return violation ? rec : false;
}

const CHECKS: Record<string, Check> = {
  'name-casing': ({ name }) => name.length > 1 && /[A-Z]/.test(name[0]!) && !/[A-Z]/.test(name[1]!) && 'Rename rule using to start with lower case letters',
  filename: ({ name, input }) => {
    const expected = expectedFileName(name);
    const found = input.relPath.split('/').pop()!;
    return expected !== found && `Rename rule file to match the rule name, expected: "${expected}", found: "${found}"`;
  },
  'missing-scopes': ({ meta }) => !has(meta, 'scopes') && 'Add meta.scopes with both the static (meta.scopes.static) and dynamic (meta.scopes.dynamic) scopes',
  'missing-static-scope': ({ meta }) => isDict(meta['scopes']) && !has(meta['scopes'], 'static') && 'Add a static scope for the rule (file, function, basic block, instruction, or unsupported)',
  'missing-dynamic-scope': ({ meta }) => isDict(meta['scopes']) && !has(meta['scopes'], 'dynamic') && 'Add a dynamic scope for the rule (file, process, thread, call, or unsupported)',
  'invalid-static-scope': ({ meta }) =>
    isDict(meta['scopes']) && !STATIC_SCOPES.includes(meta['scopes']['static'] as string) && 'For the static scope, use either: file, function, basic block, instruction, or unsupported',
  'invalid-dynamic-scope': ({ meta }) =>
    isDict(meta['scopes']) && !DYNAMIC_SCOPES.includes(meta['scopes']['dynamic'] as string) && 'For the dynamic scope, use either: file, process, thread, call, or unsupported',
  'invalid-scopes': ({ meta }) =>
    isDict(meta['scopes']) && meta['scopes']['static'] === 'unsupported' && meta['scopes']['dynamic'] === 'unsupported' && 'At least one scope (static or dynamic) must be specified',
  'missing-namespace': ({ meta, nursery }) =>
    !has(meta, 'namespace') && !nursery && !has(meta, 'maec/malware-category') && !has(meta, 'lib') && 'Add meta.namespace so that the rule is emitted correctly',
  'namespace-path': ({ meta, nursery, input }) => {
    if (!has(meta, 'namespace') || nursery || has(meta, 'maec/malware-category') || has(meta, 'lib')) return false;
    return !normpath(input.relPath).includes(String(meta['namespace'])) && 'Move rule to appropriate directory or update the namespace';
  },
  'missing-authors': ({ meta }) => !has(meta, 'authors') && 'Add meta.authors so that users know who to contact with questions',
  'missing-examples': ({ meta }) => {
    const ex = meta['examples'];
    return (!has(meta, 'examples') || !Array.isArray(ex) || ex.length === 0 || (ex.length === 1 && ex[0] === null)) && 'Add meta.examples so that the rule can be tested and verified';
  },
  'missing-example-offset': ({ meta, opts }) => {
    const scopes = isDict(meta['scopes']) ? meta['scopes'] : {};
    const examples = meta['examples'];
    if (!Array.isArray(examples)) return false;
    for (const example of examples) {
      if (!example) continue;
      const s = pyStr(example);
      const at = s.indexOf(':');
      const id = at < 0 ? s : s.slice(0, at);
      const offset = at < 0 ? '' : s.slice(at + 1);
      const sample = opts.samples?.get(id);
      if (sample?.dynamic) {
        if (['process', 'thread', 'call', 'span of calls'].includes(scopes['dynamic'] as string) && (!offset || !offset.startsWith('('))) {
          return 'Add offset of example (static: hash:0xADDR, dynamic: hash:(pid:N,tid:N,call:N))';
        }
      } else if (['function', 'basic block'].includes(scopes['static'] as string) && !offset) {
        return 'Add offset of example (static: hash:0xADDR, dynamic: hash:(pid:N,tid:N,call:N))';
      }
    }
    return false;
  },
  'example-missing': ({ meta, opts }) => {
    const examples = meta['examples'];
    if (!examples || (Array.isArray(examples) && examples.length === 0)) return false;
    const list = Array.isArray(examples) ? examples : [];
    const found = list.some((e) => e && opts.samples!.has(pyStr(e).split(':')[0]!));
    return !found && 'Add the referenced example to samples directory ($capa-root/tests/data or supplied via --samples)';
  },
  'unusual-meta-field': ({ meta }) => {
    for (const k of Object.keys(meta)) {
      if ((META_KEY_ORDER as readonly string[]).includes(k) || (HIDDEN_META_KEYS as readonly string[]).includes(k)) continue;
      return `Remove the meta field: "${k}"`;
    }
    return false;
  },
  'lib-not-in-lib': ({ meta, nursery, input }) => !nursery && has(meta, 'lib') && !normpath(input.relPath).includes('lib/') && 'Move the rule to the `lib` subdirectory of the rules path',
  'lib-has-namespace': ({ meta }) => has(meta, 'lib') && has(meta, 'namespace') && 'Remove the namespace from the rule',
  'attack-mbc': ({ meta, opts }) => {
    const frameworks = opts.attackData ? Object.keys(opts.attackData) : ['att&ck', 'mbc'];
    for (const fw of frameworks) {
      if (!has(meta, fw) || !Array.isArray(meta[fw])) continue;
      for (const entry of meta[fw] as unknown[]) {
        const m = typeof entry === 'string' ? ATTACK_RE.exec(entry) : null;
        if (!m) return 'The att&ck and mbc fields must respect the following format: <Tactic/Objective>::<Technique/Behavior> [<ID>] OR <Tactic/Objective>::<Technique/Behavior>::<Subtechnique/Method> [<ID.SubID>]';
        if (!opts.attackData) continue;
        const [, category, name, id] = m as unknown as [string, string, string, string];
        const cats = opts.attackData[fw]!;
        if (!has(cats, category)) return `Unknown category: "${category}"`;
        if (!has(cats[category]!, id)) return `Unknown entry ID: ${id}`;
        if (cats[category]![id] !== name) return `${id} should be associated to entry "${cats[category]![id]}" instead of "${name}"`;
      }
    }
    return false;
  },
  'value-type': ({ meta }) => {
    const p = valueTypeProblems(meta);
    return p.length > 0 && p.join('; ');
  },
  'example-no-match': ({ input, meta, opts, name }) => {
    if (!opts.thorough || !opts.capabilitiesOf || !opts.samples) return false;
    const examples = Array.isArray(meta['examples']) ? (meta['examples'] as unknown[]) : [];
    for (const e of examples) {
      const id = pyStr(e).split(':')[0]!;
      const sample = opts.samples.get(id);
      if (!sample) continue;
      let caps: ReadonlySet<string>;
      try {
        caps = opts.capabilitiesOf(sample);
      } catch (err) {
        return `failed to extract capabilities: ${(err as Error).message}`;
      }
      if (!caps.has(name)) return `rule "${name}" does not match for sample ${id}`;
    }
    void input;
    return false;
  },
  'single-child': ({ input }) => {
    let rec = '';
    const walk = (n: Node, root: boolean): void => {
      if (n.kind !== 'and' && n.kind !== 'or') return;
      if (!root && n.children.length === 1 && isStatement(n.children[0]!)) rec = `remove the superfluous parent statement: ${nodeText(n)}`;
      for (const c of n.children) walk(c, false);
    };
    walk(input.rule!.root, true);
    return rec || false;
  },
  'or-always-true': ({ input }) => {
    let rec = '';
    const walk = (n: Node): void => {
      if (n.kind !== 'or') return;
      for (const c of n.children) {
        if (isOptional(c)) rec = `clarify the rule logic, e.g. by moving the always True child statement: ${nodeText(c)}`;
        walk(c);
      }
    };
    walk(input.rule!.root);
    return rec || false;
  },
  'not-under-and': ({ input }) => {
    let v = false;
    const walk = (n: Node): void => {
      if (!isStatement(n)) return;
      if (n.kind !== 'and') for (const c of childrenOf(n)) if (c.kind === 'not') v = true;
      for (const c of childrenOf(n)) walk(c);
    };
    walk(input.rule!.root);
    return v && 'clarify the rule logic and ensure `not` is always found under `and`';
  },
  'optional-under-and': ({ input }) => {
    let v = false;
    const walk = (n: Node): void => {
      if (!isStatement(n)) return;
      if (n.kind !== 'and') for (const c of childrenOf(n)) if (isOptional(c)) v = true;
      for (const c of childrenOf(n)) walk(c);
    };
    walk(input.rule!.root);
    return v && 'clarify the rule logic and ensure `optional` and `0 or more` is always found under `and`';
  },
  'duplicate-features': ({ input }) => duplicateFeatures(input.text),
  'dependency-scope': ({ input, rules }) => {
    const rule = input.rule!;
    for (const depName of rules!.dependencies(rule.name)) {
      const dep = rules!.rules.get(depName);
      if (!dep) continue;
      const p = rule.meta.scopes;
      const d = dep.meta.scopes;
      const staticOk = !p.static ? true : !d.static ? true : subscopeCompatible(p.static, d.static);
      if (p.static && !staticOk) return `rule '${rule.name}' (${p.static}) depends on rule '${depName}' (${d.static ?? 'static: unsupported'}).`;
      const dynamicOk = !p.dynamic ? true : !d.dynamic ? true : subscopeCompatible(p.dynamic, d.dynamic);
      if (p.dynamic && !dynamicOk) return `rule '${rule.name}' (${p.dynamic}) depends on rule '${depName}' (${d.dynamic ?? 'dynamic: unsupported'}).`;
    }
    return false;
  },
  'string-too-short': (c) => {
    for (const f of features(c)) {
      if ((f.type === 'string' || f.type === 'substring' || f.type === 'regex') && typeof f.value === 'string' && pyLen(f.value) < 4) {
        return `capa only extracts strings with length >= 4; will not match on "${f.value}"`;
      }
    }
    return false;
  },
  'negative-number': (c) => {
    for (const f of features(c)) {
      if (f.type === 'number' && ((typeof f.value === 'bigint' && f.value < 0n) || (typeof f.value === 'number' && f.value < 0))) {
        return `capa treats number features as unsigned values; you may specify the number's two's complement representation; will not match on "${String(f.value)}"`;
      }
    }
    return false;
  },
  'ntdll-ntoskrnl-api': (c) => ntdllNtoskrnlApi(features(c)),
  'regex-unescaped-period': (c) => {
    for (const f of features(c)) {
      if (f.type !== 'regex' || typeof f.value !== 'string') continue;
      let pat = f.value.startsWith('/') ? f.value.slice(1) : f.value;
      if (pat.endsWith('/i')) pat = pat.slice(0, -2);
      if (pat.endsWith('/')) pat = pat.slice(0, -1);
      const index = pat.indexOf('.');
      // capa returns from the whole check at the first regex without a period, or with `.*` etc.
      if (index === -1) return false;
      if (index < pat.length - 1 && '*+?{'.includes(pat[index + 1]!)) return false;
      const rec = `escape the period in "${f.value}" unless it should be treated as a regex dot operator`;
      if (index === 0) return rec;
      if (pat[index - 1] !== '\\') return rec;
      const before = [...pat.slice(0, index)].reverse();
      for (let i = 0; i < before.length; i++) {
        if (before[i] === '\\') continue;
        if (i % 2 === 0) return rec;
        break;
      }
    }
    return false;
  },
  'regex-control-set': (c) => {
    for (const f of features(c)) {
      if (f.type !== 'regex' || typeof f.value !== 'string') continue;
      const pat = f.value.toLowerCase();
      if (pat.includes('system\\\\') && (pat.includes('controlset') || pat.includes('currentcontrolset')) && !pat.includes('system\\\\(controlset\\d{3}|currentcontrolset)')) {
        return 'use "(ControlSet\\d{3}|CurrentControlSet)" to match both indirect references via "CurrentControlSet" and direct references via "ControlSetXXX"';
      }
    }
    return false;
  },
  eof: ({ input }) => !(input.text.endsWith('\n') && !input.text.endsWith('\n\n')) && 'end file with a single empty line',
  'string-quotes': ({ input }) => stringQuoteProblem(input.text),
  format: ({ input }) => {
    const actual = input.text.replace(/\r\n/g, '\n');
    let expected: string;
    try {
      expected = formatRuleText(input.text);
    } catch (e) {
      return `cannot be laid out by capafmt rules: ${(e as Error).message}`;
    }
    return actual !== expected && `use scripts/capafmt.py (capa-ts rules fmt) or adjust as follows\n${lineDiff(actual, expected)}`;
  },
};

/** Only these API names may carry an ntdll/ntoskrnl module (capa's lists: not exported by the other). */
const NTDLL_ONLY = new Set([
  'LdrGetProcedureAddress', 'LdrLoadDll', 'NtCreateThread', 'NtCreatUserProcess', 'NtLoadDriver', 'NtQueryDirectoryObject', 'NtResumeThread',
  'NtSuspendThread', 'NtTerminateProcess', 'NtWriteVirtualMemory', 'RtlGetNativeSystemInformation', 'NtCreateThreadEx', 'NtCreateUserProcess',
  'NtOpenDirectoryObject', 'NtQueueApcThread', 'ZwResumeThread', 'ZwSuspendThread', 'ZwWriteVirtualMemory', 'NtCreateProcess', 'ZwCreateThread',
  'NtCreateProcessEx', 'ZwCreateThreadEx', 'ZwCreateProcess', 'ZwCreateUserProcess', 'RtlCreateUserProcess', 'NtProtectVirtualMemory',
  'NtEnumerateSystemEnvironmentValuesEx', 'NtQuerySystemEnvironmentValueEx', 'NtQuerySystemEnvironmentValue',
]);
const NTOSKRNL_ONLY = new Set(['PsGetVersion', 'PsLookupProcessByProcessId', 'KeStackAttachProcess', 'ObfDereferenceObject', 'KeUnstackDetachProcess', 'ExGetFirmwareEnvironmentVariable']);

/**
 * capa's check on `api` features whose module is ntdll/ntoskrnl. Rule files lose a single `dll.`
 * prefix when loaded (capa #1824), so on rules loaded by capa 9.4 (and capa-ts) this never fires;
 * it is kept, like in capa, for features that still carry their module.
 */
export function ntdllNtoskrnlApi(feats: readonly Feature[]): string | false {
  for (const f of feats) {
    if (f.type !== 'api' || typeof f.value !== 'string') continue;
    const dot = f.value.lastIndexOf('.');
    const mod = dot < 0 ? '' : f.value.slice(0, dot);
    const imp = f.value.slice(dot + 1);
    if (mod === 'ntdll' && NTDLL_ONLY.has(imp)) continue;
    if (mod === 'ntoskrnl' && NTOSKRNL_ONLY.has(imp)) continue;
    if (mod === 'ntdll' || mod === 'ntoskrnl') return `check if ${imp} is exported by both ntdll and ntoskrnl; if true, consider removing ${mod} module requirement to improve detection`;
  }
  return false;
}

/** the rule's features and those of the rules it depends on directly (capa's get_features) */
function features(c: Ctx): Feature[] {
  const out: Feature[] = [];
  const rule = c.input.rule!;
  leafFeatures(rule.root, out);
  for (const d of c.rules!.dependencies(rule.name)) {
    const r = c.rules!.rules.get(d);
    if (r) leafFeatures(r.root, out);
  }
  return out;
}

/** a compact line diff (difflib.ndiff-like: `- ` removed, `+ ` added, `  ` kept) */
export function lineDiff(a: string, b: string): string {
  const x = a.split('\n');
  const y = b.split('\n');
  const n = x.length;
  const m = y.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) for (let j = m - 1; j >= 0; j--) lcs[i]![j] = x[i] === y[j] ? lcs[i + 1]![j + 1]! + 1 : Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && x[i] === y[j]) {
      out.push('  ' + x[i++]);
      j++;
    } else if (j < m && (i >= n || lcs[i]![j + 1]! >= lcs[i + 1]![j]!)) out.push('+ ' + y[j++]);
    else out.push('- ' + x[i++]);
  }
  return out.join('\n');
}

const VALID_ONLY: ReadonlySet<LintGroup> = new Set(['logic', 'features']);

function enabled(l: LintDef, opts: LintOptions): boolean {
  if (opts.only && !opts.only.has(l.id)) return false;
  if (opts.skip?.has(l.id)) return false;
  if (l.needs === 'samples' && !opts.samples) return false;
  if (l.needs === 'thorough' && !(opts.thorough && opts.samples && opts.capabilitiesOf)) return false;
  return true;
}

/** The lints that will not run with these options, and why (for the report). */
export function skippedLints(opts: LintOptions): Array<{ lint: LintDef; reason: string }> {
  const out: Array<{ lint: LintDef; reason: string }> = [];
  for (const l of LINTS) {
    if ((opts.only && !opts.only.has(l.id)) || opts.skip?.has(l.id)) continue;
    if (l.needs === 'samples' && !opts.samples) out.push({ lint: l, reason: 'needs --samples DIR' });
    else if (l.needs === 'thorough' && !(opts.thorough && opts.samples)) out.push({ lint: l, reason: 'needs --thorough and --samples DIR' });
  }
  return out;
}

/** Lints one rule file. `rules` is the rule set of all files that loaded (for dependencies). */
export function lintRule(input: LintInput, rules: RuleSet | undefined, opts: LintOptions = {}): RuleLintResult | undefined {
  const meta = input.rule ? (toPlain(input.rule.meta.raw) as Meta) : rawMeta(input.text);
  const violations: Violation[] = [];
  if (input.errors?.length && (!opts.only || opts.only.has(INVALID_RULE.id)) && !opts.skip?.has(INVALID_RULE.id)) {
    for (const e of input.errors) violations.push({ lint: INVALID_RULE, recommendation: e });
  }
  if (!meta) {
    if (!violations.length) return undefined;
    return { name: input.relPath, path: input.path, nursery: false, violations, failed: violations.length, warned: 0, graduate: false };
  }
  const name = typeof meta['name'] === 'string' ? meta['name'] : input.relPath;
  const nursery = input.relPath.split('/').includes('nursery');
  const ctx: Ctx = { input, meta, name, nursery, ...(rules ? { rules } : {}), opts };
  for (const l of LINTS) {
    if (!enabled(l, opts)) continue;
    if (VALID_ONLY.has(l.group) && (!input.rule || !rules)) continue;
    const r = CHECKS[l.id]!(ctx);
    if (r !== false) violations.push({ lint: l, recommendation: r });
  }
  let failed: number;
  let warned: number;
  let graduate = false;
  if (nursery) {
    const hasExamples = !violations.some((v) => v.lint.level === 'FAIL' && v.lint.id === 'missing-examples');
    failed = violations.filter((v) => v.lint.level === 'FAIL' && v.lint.id !== 'missing-examples' && v.lint.id !== 'example-missing').length;
    warned = violations.filter((v) => v.lint.level === 'WARN' || (v.lint.level === 'FAIL' && v.lint.id === 'example-missing')).length;
    graduate = !failed && !warned && hasExamples;
  } else {
    failed = violations.filter((v) => v.lint.level === 'FAIL').length;
    warned = violations.filter((v) => v.lint.level === 'WARN').length;
  }
  return { name, path: input.path, nursery, violations, failed, warned, graduate };
}

/** True when capa would print this rule's violations (a nursery rule missing only its examples is not). */
export function isReported(r: RuleLintResult): boolean {
  if (!r.violations.length) return false;
  return !(r.nursery && r.violations.length === 1 && r.violations[0]!.lint.id === 'missing-examples');
}
