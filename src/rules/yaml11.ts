// YAML → plain values with positions, typed like PyYAML's SafeLoader (YAML 1.1, spec §1.1).
//
// The `yaml` package's 1.1 schema is close to PyYAML but not equal: it also reads `y`/`n` as booleans
// and `1e3` as a float, while PyYAML keeps both as strings. Those two tags are replaced here.
// Mappings become `Map` (key order kept, duplicate keys: last value wins in the first key's slot, as
// a Python dict), sequences arrays, ints bigint. `locs` maps every container to its position and
// every container entry to its value's position, so the rule builder can point at a line.

import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document, Node as YNode, ScalarTag } from 'yaml';
import { RuleError } from './errors.js';
import { PY_BOOL_FALSE, PY_BOOL_TRUE, PY_FLOAT, PY_INT, pyYamlFloat, pyYamlInt, readYamlFast } from './fastyaml.js';

export interface Loc {
  line: number;
  col: number;
}

export interface Locs {
  /** position of a Map/array (a Map, not a WeakMap: the table lives only while one file is built) */
  nodes: Map<object, Loc>;
  /** position of each entry's value (by key for maps, by index for arrays) */
  vals: Map<object, Map<string | number, Loc>>;
}

// PyYAML's implicit resolvers for bool/int/float replace the package's (which differ: `y`/`n` bools,
// `1e3` floats, `09` ints). fastyaml.ts uses the very same regexes and constructors.
const pyTags: ScalarTag[] = [
  { tag: 'tag:yaml.org,2002:bool', default: true, test: PY_BOOL_TRUE, resolve: () => true, identify: (v) => v === true },
  { tag: 'tag:yaml.org,2002:bool', default: true, test: PY_BOOL_FALSE, resolve: () => false, identify: (v) => v === false },
  { tag: 'tag:yaml.org,2002:float', default: true, test: PY_FLOAT, resolve: pyYamlFloat, identify: (v) => typeof v === 'number' },
  { tag: 'tag:yaml.org,2002:int', default: true, test: PY_INT, resolve: pyYamlInt, identify: (v) => typeof v === 'bigint' },
];

function customTags(tags: unknown[]): unknown[] {
  const replaced = new Set(['tag:yaml.org,2002:bool', 'tag:yaml.org,2002:float', 'tag:yaml.org,2002:int']);
  const kept = tags.filter((t) => !replaced.has((t as { tag?: string }).tag ?? ''));
  return [...pyTags, ...kept];
}

const OPTIONS = {
  version: '1.1' as const,
  intAsBigInt: true,
  uniqueKeys: false,
  customTags: customTags as never,
};

/** Fast subset reader first; the full YAML parser for anything it does not handle. */
export function readYaml(text: string, withLocs = true): { value: unknown; locs: Locs } {
  return readYamlFast(text, withLocs) ?? readYamlFull(text);
}

export function readYamlFull(text: string): { value: unknown; locs: Locs } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { ...OPTIONS, lineCounter: lc });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0];
    const msg = e.message.split('\n')[0]!;
    throw new RuleError(`invalid YAML: ${msg}`, pos ? { line: pos.line, col: pos.col } : {});
  }
  const locs: Locs = { nodes: new Map(), vals: new Map() };
  const posOf = (n: { range?: [number, number, number] | null } | null | undefined): Loc | undefined => {
    const r = n?.range;
    if (!r) return undefined;
    return lc.linePos(r[0]);
  };
  const conv = (n: unknown, depth: number): unknown => {
    if (depth > 200) throw new RuleError('invalid YAML: nesting too deep');
    if (n === null || n === undefined) return null;
    if (isAlias(n)) return conv(n.resolve(doc as Document.Parsed), depth + 1);
    if (isScalar(n)) return n.value;
    if (isMap(n)) {
      const m = new Map<string, unknown>();
      const vl = new Map<string | number, Loc>();
      for (const p of n.items) {
        if (!isPair(p)) continue;
        const kv = isScalar(p.key) ? p.key.value : conv(p.key, depth + 1);
        const k = typeof kv === 'string' ? kv : String(kv);
        if (k === '<<') continue; // merge keys are not used by rules
        m.set(k, conv(p.value, depth + 1));
        const l = posOf(p.value as YNode | null) ?? posOf(p.key as YNode | null);
        if (l) vl.set(k, l);
      }
      const l = posOf(n);
      if (l) locs.nodes.set(m, l);
      locs.vals.set(m, vl);
      return m;
    }
    if (isSeq(n)) {
      const a: unknown[] = [];
      const vl = new Map<string | number, Loc>();
      n.items.forEach((it, i) => {
        a.push(conv(it, depth + 1));
        const l = posOf(it as YNode | null);
        if (l) vl.set(i, l);
      });
      // a sequence item's own position is its first node: map/array start
      for (let i = 0; i < a.length; i++) {
        const v = a[i];
        if (v !== null && typeof v === 'object' && !locs.nodes.has(v)) {
          const l = vl.get(i);
          if (l) locs.nodes.set(v, l);
        }
      }
      const l = posOf(n);
      if (l) locs.nodes.set(a, l);
      locs.vals.set(a, vl);
      return a;
    }
    return null;
  };
  return { value: conv(doc.contents, 0), locs };
}
