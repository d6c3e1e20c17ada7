// A fast reader for the small block-style YAML subset rule files use: nested block mappings and
// sequences, plain / single- / double-quoted single-line scalars, folded multi-line plain scalars,
// comments. Anything else (flow collections, anchors, tags, block scalars, documents markers,
// complex keys, tabs, timestamps…) makes it give up and return undefined; the caller then uses the
// full `yaml` package. Scalars are typed by PyYAML's implicit resolvers (resolvePlain), the same
// function the fallback's custom tags use, so both paths give identical values (checked by tests
// over every official rule).

import type { Loc, Locs } from './yaml11.js';

class Bail extends Error {}

interface Line {
  /** column of the first content character (0-based) */
  ind: number;
  /** content from `ind` to end of line (comments not yet removed) */
  s: string;
  /** 1-based line number */
  no: number;
}

const INT_BIN = /^[-+]?0b[0-1_]+$/;
const INT_OCT = /^[-+]?0[0-7_]+$/;
const INT_DEC = /^[-+]?(?:0|[1-9][0-9_]*)$/;
const INT_HEX = /^[-+]?0x[0-9a-fA-F_]+$/;
const INT_SEX = /^[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+$/;
export const PY_FLOAT = /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
export const PY_INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
export const PY_BOOL_TRUE = /^(?:yes|Yes|YES|true|True|TRUE|on|On|ON)$/;
export const PY_BOOL_FALSE = /^(?:no|No|NO|false|False|FALSE|off|Off|OFF)$/;
const PY_NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMPISH = /^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}/;

/** PyYAML int construction (after the int resolver matched). */
export function pyYamlInt(text: string): bigint {
  let s = text.replaceAll('_', '');
  let sign = 1n;
  if (s[0] === '-') { sign = -1n; s = s.slice(1); } else if (s[0] === '+') s = s.slice(1);
  if (s === '0') return 0n;
  if (s.startsWith('0b')) return sign * BigInt('0b' + s.slice(2));
  if (s.startsWith('0x')) return sign * BigInt('0x' + s.slice(2));
  if (s[0] === '0') return sign * BigInt('0o' + s.slice(1));
  if (s.includes(':')) {
    let v = 0n;
    for (const part of s.split(':')) v = v * 60n + BigInt(part);
    return sign * v;
  }
  return sign * BigInt(s);
}

export function pyYamlFloat(text: string): number {
  const s = text.replaceAll('_', '').toLowerCase();
  if (s.endsWith('.inf')) return s[0] === '-' ? -Infinity : Infinity;
  if (s.endsWith('.nan')) return NaN;
  if (s.includes(':')) {
    const neg = s.startsWith('-');
    let v = 0;
    for (const p of s.replace(/^[-+]/, '').split(':')) v = v * 60 + parseFloat(p);
    return neg ? -v : v;
  }
  return parseFloat(s);
}

/** Type of a plain scalar under PyYAML's SafeLoader implicit resolvers. Throws Bail for exotic ones. */
function resolvePlain(s: string): unknown {
  if (PY_NULL.test(s)) return null;
  const c = s.charCodeAt(0);
  // only scalars starting with a digit, sign, dot, or one of the bool/null letters can be non-strings
  if (PY_BOOL_TRUE.test(s)) return true;
  if (PY_BOOL_FALSE.test(s)) return false;
  if ((c >= 48 && c <= 57) || c === 45 || c === 43 || c === 46) {
    if (PY_FLOAT.test(s)) return pyYamlFloat(s);
    if (INT_BIN.test(s) || INT_OCT.test(s) || INT_DEC.test(s) || INT_HEX.test(s) || INT_SEX.test(s)) return pyYamlInt(s);
    if (TIMESTAMPISH.test(s)) throw new Bail();
  }
  if (s === '=' || s === '<<') throw new Bail();
  return s;
}

/** Strips a trailing ` # comment` from plain text. */
function stripComment(s: string): string {
  const h = s.indexOf('#');
  if (h < 0) return s.trimEnd();
  if (h === 0) return '';
  for (let i = h; i >= 0; i = s.indexOf('#', i + 1)) {
    const p = s.charCodeAt(i - 1);
    if (p === 32 || p === 9) return s.slice(0, i).trimEnd();
  }
  return s.trimEnd();
}

const DQ_ESC: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b',
  ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

/** A quoted scalar at the start of `s`; returns value and the rest of the line. */
function readQuoted(s: string): { value: string; rest: string } {
  const q = s[0];
  if (q === "'") {
    let out = '';
    let i = 1;
    for (;;) {
      const j = s.indexOf("'", i);
      if (j < 0) throw new Bail(); // multi-line
      out += s.slice(i, j);
      if (s[j + 1] === "'") { out += "'"; i = j + 2; continue; }
      return { value: out, rest: s.slice(j + 1) };
    }
  }
  let out = '';
  let i = 1;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '"') return { value: out, rest: s.slice(i + 1) };
    if (ch === '\\') {
      const e = s[i + 1];
      if (e === undefined) throw new Bail();
      if (e === 'x' || e === 'u' || e === 'U') {
        const len = e === 'x' ? 2 : e === 'u' ? 4 : 8;
        const hex = s.slice(i + 2, i + 2 + len);
        if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new Bail();
        out += String.fromCodePoint(parseInt(hex, 16));
        i += 2 + len;
        continue;
      }
      const m = DQ_ESC[e];
      if (m === undefined) throw new Bail();
      out += m;
      i += 2;
      continue;
    }
    out += ch;
    i++;
  }
  throw new Bail(); // multi-line
}

/** Position of the `:` ending a plain mapping key in `s`, or -1 when `s` is not a `key: …` entry. */
function keyEnd(s: string): number {
  const c = s[0];
  if (c === '"' || c === "'" || c === '?' || c === '[' || c === '{' || c === '&' || c === '*' || c === '!' || c === '|' || c === '>' || c === '%' || c === '@' || c === '`') return -2;
  for (let i = s.indexOf(':'); i >= 0; i = s.indexOf(':', i + 1)) {
    const n = s.charCodeAt(i + 1);
    if (Number.isNaN(n) || n === 32 || n === 9) {
      const hash = s.indexOf(' #');
      if (hash >= 0 && hash < i) return -1;
      return i;
    }
  }
  return -1;
}

/** `withLocs: false` skips position tracking (the rule builder only needs it to report an error). */
export function readYamlFast(text: string, withLocs = true): { value: unknown; locs: Locs } | undefined {
  try {
    return new Reader(text, withLocs).read();
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

class Reader {
  private readonly lines: Line[] = [];
  /** raw text lines (block scalars need blank and `#` lines verbatim) */
  private readonly raw: string[];
  private i = 0;
  readonly locs: Locs = { nodes: new Map(), vals: new Map() };

  constructor(text: string, private readonly withLocs: boolean) {
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const raw = text.split('\n');
    for (let n = 0; n < raw.length; n++) {
      if (raw[n]!.endsWith('\r')) raw[n] = raw[n]!.slice(0, -1);
    }
    this.raw = raw;
    for (let n = 0; n < raw.length; n++) {
      const l = raw[n]!;
      let ind = 0;
      while (l.charCodeAt(ind) === 32) ind++;
      const s = l.slice(ind);
      if (s === '' || s[0] === '#') continue;
      if (s[0] === '\t' || (ind === 0 && (s.startsWith('---') || s.startsWith('...') || s[0] === '%'))) throw new Bail();
      if (l.includes('\t')) throw new Bail();
      this.lines.push({ ind, s, no: n + 1 });
    }
  }

  read(): { value: unknown; locs: Locs } {
    if (this.lines.length === 0) return { value: null, locs: this.locs };
    const first = this.lines[0]!;
    if (first.ind !== 0) throw new Bail();
    const v = this.block(0);
    if (this.i < this.lines.length) throw new Bail();
    return { value: v, locs: this.locs };
  }

  private loc(l: Line, col = l.ind): Loc {
    return { line: l.no, col: col + 1 };
  }

  /** the node starting at the current line, whose indentation is `ind` */
  private depth = 0;

  private block(ind: number): unknown {
    // deep nesting is not a rule; leave it to the full parser (which has its own limits)
    if (++this.depth > 100) throw new Bail();
    try {
      return this.blockAt(ind);
    } finally {
      this.depth--;
    }
  }

  private blockAt(ind: number): unknown {
    const l = this.lines[this.i]!;
    if (l.s === '-' || l.s.startsWith('- ')) return this.seq(ind);
    const k = keyEnd(l.s);
    if (k >= 0) return this.map(ind);
    if (k === -2 && (l.s[0] === '"' || l.s[0] === "'")) {
      // quoted key or quoted scalar
      const { rest } = readQuoted(l.s);
      if (/^\s*:(\s|$)/.test(rest)) return this.map(ind);
    }
    return this.scalarLine(ind - 1);
  }

  private seq(ind: number): unknown[] {
    const out: unknown[] = [];
    const vals = this.withLocs ? new Map<string | number, Loc>() : null;
    const startLine = this.lines[this.i]!;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.ind !== ind || !(l.s === '-' || l.s.startsWith('- '))) break;
      let rest = l.s.slice(1);
      let col = l.ind + 1;
      while (rest[0] === ' ') { rest = rest.slice(1); col++; }
      if (rest === '' || rest[0] === '#') {
        // value on the following, deeper lines (or null)
        this.i++;
        const next = this.lines[this.i];
        if (next && next.ind > ind) {
          vals?.set(out.length, this.loc(next));
          out.push(this.node(next.ind));
        } else {
          vals?.set(out.length, this.loc(l, col));
          out.push(null);
        }
        continue;
      }
      // the item's content starts mid-line: treat the remainder as a line of its own
      this.lines[this.i] = { ind: col, s: rest, no: l.no };
      vals?.set(out.length, this.loc(l, col));
      out.push(this.node(col, ind));
    }
    if (vals) {
      this.locs.nodes.set(out, this.loc(startLine));
      this.locs.vals.set(out, vals);
    }
    return out;
  }

  /** a node at the current line (indentation `ind`); `parent` = indentation of the owning entry */
  private node(ind: number, parent = ind - 1): unknown {
    const l = this.lines[this.i]!;
    const v = this.block(ind);
    if (this.withLocs && v !== null && typeof v === 'object' && !this.locs.nodes.has(v)) this.locs.nodes.set(v, this.loc(l));
    void parent;
    return v;
  }

  private map(ind: number): Map<string, unknown> {
    const out = new Map<string, unknown>();
    const vals = this.withLocs ? new Map<string | number, Loc>() : null;
    const startLine = this.lines[this.i]!;
    while (this.i < this.lines.length) {
      const l = this.lines[this.i]!;
      if (l.ind !== ind || l.s === '-' || l.s.startsWith('- ')) break;
      let key: string;
      let rest: string;
      const k = keyEnd(l.s);
      if (k >= 0) {
        key = String(resolvePlain(l.s.slice(0, k).trimEnd()));
        rest = l.s.slice(k + 1);
      } else if (l.s[0] === '"' || l.s[0] === "'") {
        const q = readQuoted(l.s);
        const m = /^\s*:(\s|$)/.exec(q.rest);
        if (!m) throw new Bail();
        key = q.value;
        rest = q.rest.slice(m[0].length - m[1]!.length);
      } else {
        throw new Bail();
      }
      let col = l.ind + (l.s.length - rest.length);
      while (rest[0] === ' ') { rest = rest.slice(1); col++; }
      let value: unknown;
      if (rest === '' || rest[0] === '#') {
        this.i++;
        const next = this.lines[this.i];
        if (next && (next.ind > ind || (next.ind === ind && (next.s === '-' || next.s.startsWith('- '))))) {
          vals?.set(key, this.loc(next));
          value = next.ind > ind ? this.node(next.ind) : this.seq(ind);
        } else {
          vals?.set(key, this.loc(l, col));
          value = null;
        }
      } else {
        this.lines[this.i] = { ind: col, s: rest, no: l.no };
        vals?.set(key, this.loc(l, col));
        value = this.scalarLine(ind);
      }
      out.set(key, value); // duplicate keys: last wins, first position kept (as a Python dict)
    }
    if (vals) {
      this.locs.nodes.set(out, this.loc(startLine));
      this.locs.vals.set(out, vals);
    }
    return out;
  }

  /** a scalar on the current line; continuation lines deeper than `parent` fold into it */
  private scalarLine(parent: number): unknown {
    const l = this.lines[this.i]!;
    const s = l.s;
    const c = s[0]!;
    if (c === '"' || c === "'") {
      const { value, rest } = readQuoted(s);
      if (stripComment(rest) !== '') throw new Bail();
      this.i++;
      this.noContinuation(parent);
      return value;
    }
    if ((c === '|' || c === '>') && parent >= 0) return this.blockScalar(parent);
    if ('[]{}&*!|>%@`?,'.includes(c) || (c === '-' && (s.length === 1 || s[1] === ' ')) || (c === ':' && (s.length === 1 || s[1] === ' '))) {
      throw new Bail();
    }
    let text = stripComment(s);
    if (keyEnd(text) >= 0 || text.includes(': ')) throw new Bail();
    this.i++;
    // multi-line plain scalar: deeper lines are folded in with single spaces
    let folded = false;
    while (this.i < this.lines.length && this.lines[this.i]!.ind > parent) {
      const next = this.lines[this.i]!;
      if (next.no !== this.prevLineNo() + 1) throw new Bail(); // blank lines inside: keep it simple
      const t = stripComment(next.s);
      if (t === '' || keyEnd(t) >= 0 || t.includes(': ') || next.s.startsWith('#')) throw new Bail();
      text += ' ' + t;
      folded = true;
      this.i++;
    }
    if (folded) return text;
    return resolvePlain(text);
  }

  /** `|` / `>` block scalar (clip/strip/keep chomping; no explicit indentation indicator) */
  private blockScalar(parent: number): string {
    const l = this.lines[this.i]!;
    const h = /^([|>])([-+]?)\s*(?:#.*)?$/.exec(l.s);
    if (!h) throw new Bail();
    const folded = h[1] === '>';
    const chomp = h[2];
    // raw lines after the header
    let n = l.no; // index of the next raw line (0-based = l.no)
    let ind = -1;
    const body: string[] = [];
    for (; n < this.raw.length; n++) {
      const r = this.raw[n]!;
      if (r.trim() === '') { body.push(''); continue; }
      let k = 0;
      while (r.charCodeAt(k) === 32) k++;
      if (ind < 0) {
        if (k <= parent) break;
        ind = k;
      }
      if (k < ind) break;
      if (r.includes('\t')) throw new Bail();
      const content = r.slice(ind);
      if (folded && (content[0] === ' ')) throw new Bail(); // more-indented lines in folded scalars
      body.push(content);
    }
    // drop the body's trailing blank lines from the count of consumed raw lines for chomping
    let end = body.length;
    while (end > 0 && body[end - 1] === '') end--;
    const trailing = body.length - end;
    const lines = body.slice(0, end);
    let text: string;
    if (!folded) text = lines.join('\n');
    else {
      text = '';
      for (let j = 0; j < lines.length; j++) {
        const cur = lines[j]!;
        if (j === 0) { text = cur; continue; }
        if (cur === '') { text += '\n'; continue; }
        text += lines[j - 1] === '' ? cur : ' ' + cur;
      }
    }
    if (lines.length > 0) {
      if (chomp === '') text += '\n';
      else if (chomp === '+') text += '\n' + '\n'.repeat(trailing);
    } else if (chomp === '+') text = '\n'.repeat(trailing);
    // skip the filtered lines that belonged to the scalar
    const lastNo = n; // raw lines [l.no, n) were consumed; filtered lines carry 1-based numbers
    this.i++;
    while (this.i < this.lines.length && this.lines[this.i]!.no <= lastNo) this.i++;
    return text;
  }

  private prevLineNo(): number {
    return this.lines[this.i - 1]!.no;
  }

  private noContinuation(parent: number): void {
    const n = this.lines[this.i];
    if (n && n.ind > parent) throw new Bail();
  }
}
