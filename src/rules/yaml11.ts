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

export interface Loc {
  line: number;
  col: number;
}

export interface Locs {
  /** position of a Map/array */
  nodes: WeakMap<object, Loc>;
  /** position of each entry's value (by key for maps, by index for arrays) */
  vals: WeakMap<object, Map<string | number, Loc>>;
}

const BOOL_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
const BOOL_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
// PyYAML's float resolver: a `.` is required (so `1e3` stays a string), exponent needs a sign
const FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)$/;

const pyTags: ScalarTag[] = [
  { tag: 'tag:yaml.org,2002:bool', default: true, test: BOOL_TRUE, resolve: () => true, identify: (v) => v === true },
  { tag: 'tag:yaml.org,2002:bool', default: true, test: BOOL_FALSE, resolve: () => false, identify: (v) => v === false },
  {
    tag: 'tag:yaml.org,2002:float', default: true, test: FLOAT,
    identify: (v) => typeof v === 'number',
    resolve: (s: string) => {
      const t = s.replaceAll('_', '');
      if (t.includes(':')) {
        // sexagesimal float: base 60 digits
        const neg = t.startsWith('-');
        const parts = t.replace(/^[-+]/, '').split(':');
        let v = 0;
        for (const p of parts) v = v * 60 + parseFloat(p);
        return neg ? -v : v;
      }
      return parseFloat(t);
    },
  },
];

function customTags(tags: unknown[]): unknown[] {
  const kept = tags.filter((t) => {
    const tag = (t as { tag?: string; format?: string; test?: RegExp }).tag;
    if (tag === 'tag:yaml.org,2002:bool') return false;
    // keep .inf/.nan; drop the exponent / plain float forms (replaced above)
    if (tag === 'tag:yaml.org,2002:float') {
      const test = (t as { test?: RegExp }).test;
      return !!test && /inf/.test(String(test));
    }
    return true;
  });
  // put the replacements before the int tags so `1.5` is not tried as an int first (it would fail anyway)
  return [...pyTags, ...kept];
}

const OPTIONS = {
  version: '1.1' as const,
  intAsBigInt: true,
  uniqueKeys: false,
  customTags: customTags as never,
};

export function readYaml(text: string): { value: unknown; locs: Locs } {
  const lc = new LineCounter();
  const doc = parseDocument(text, { ...OPTIONS, lineCounter: lc });
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const pos = e.linePos?.[0];
    const msg = e.message.split('\n')[0]!;
    throw new RuleError(`invalid YAML: ${msg}`, pos ? { line: pos.line, col: pos.col } : {});
  }
  const locs: Locs = { nodes: new WeakMap(), vals: new WeakMap() };
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
