// `capa-ts rules fmt`: rule files in capa's canonical layout, as capa's scripts/capafmt.py writes
// them (capa/rules/__init__.py Rule.to_yaml on a ruamel.yaml round trip):
//   * under `rule:`, any other keys first, then `meta`, then `features`;
//   * meta keys in capa's order (name, namespace, maec/…, authors, description, lib, scopes,
//     att&ck, mbc, references, examples), then the others sorted; capa's hidden keys dropped;
//   * two-space indentation; a sequence under a mapping key is indented two more, except inside a
//     sequence item (capa's `- or:` children start under the `o`); later keys of a mapping that
//     begins on a `- ` line align with its first key (capa's `description:` fix-up);
//   * scalars keep their source text and quoting (ruamel's preserve_quotes), long lines are never
//     wrapped, multi-line plain scalars are joined; comments and blank lines are kept verbatim;
//   * LF line endings, exactly one newline at the end.
// Formatting a rule in that layout gives back the same bytes (tested on all official rules).
//
// This is a layout tool over the YAML structure of rule files (block mappings and sequences,
// scalars, block scalars, comments); YAML it cannot lay out (complex keys, tabs) is a FormatRuleError.

export class FormatRuleError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
    this.name = 'FormatRuleError';
  }
}

/** capa's META_KEYS: the order of the known meta keys */
export const META_KEY_ORDER = [
  'name',
  'namespace',
  'maec/analysis-conclusion',
  'maec/analysis-conclusion-ov',
  'maec/malware-family',
  'maec/malware-category',
  'maec/malware-category-ov',
  'authors',
  'description',
  'lib',
  'scopes',
  'att&ck',
  'mbc',
  'references',
  'examples',
] as const;
/** meta keys capa adds while loading and never writes */
export const HIDDEN_META_KEYS = ['capa/nursery', 'capa/path'] as const;

interface Scalar {
  readonly t: 'scalar';
  /** the value's source text on one line (quotes included) */
  readonly text: string;
}
interface BlockScalar {
  readonly t: 'block';
  /** `|`, `>-`, `|2+`, … */
  readonly header: string;
  /** content lines without the block's indentation ('' for blank lines) */
  readonly lines: string[];
}
interface Entry {
  pre: string[];
  /** comment/blank lines after the entry: ruamel keeps them with the last scalar before them */
  post: string[];
  key: string;
  value: YNode | null;
  /** end-of-line comment with the spaces before it, e.g. `  # static` */
  comment: string;
  /** the column of its `#` in the source: ruamel writes it there again when it can */
  commentCol: number;
}
interface YMap {
  readonly t: 'map';
  readonly entries: Entry[];
}
interface Item {
  pre: string[];
  post: string[];
  value: YNode | null;
  comment: string;
  commentCol: number;
}
interface YSeq {
  readonly t: 'seq';
  readonly items: Item[];
}
type YNode = Scalar | BlockScalar | YMap | YSeq;

/** the entry/item holding the last scalar of a subtree (where ruamel attaches following comments) */
function deepestLast(e: Entry | Item): Entry | Item {
  const v = e.value;
  if (v && v.t === 'map' && v.entries.length) return deepestLast(v.entries[v.entries.length - 1]!);
  if (v && v.t === 'seq' && v.items.length) return deepestLast(v.items[v.items.length - 1]!);
  return e;
}

/** where a line's end-of-line comment starts (the comment is that line's suffix) */
const commentColumn = (line: string, comment: string): number => (comment ? line.length - comment.trimStart().length : 0);

const indentOf = (s: string): number => s.length - s.trimStart().length;
const isInsignificant = (s: string): boolean => {
  const t = s.trim();
  return t === '' || t.startsWith('#');
};
const isSeqLine = (s: string, col: number): boolean => indentOf(s) === col && (s[col] === '-' && (s.length === col + 1 || s[col + 1] === ' '));

/** Where a plain scalar's comment starts (` #`), or -1. */
function plainCommentAt(s: string, from: number): number {
  for (let i = from; i < s.length; i++) if (s[i] === '#' && (i === 0 || s[i - 1] === ' ')) return i;
  return -1;
}

/** End (exclusive) of a quoted scalar starting at `at` on one line, or -1 when it continues. */
function quotedEnd(s: string, at: number): number {
  const q = s[at]!;
  for (let i = at + 1; i < s.length; i++) {
    if (q === '"' && s[i] === '\\') {
      i++;
      continue;
    }
    if (s[i] === q) {
      if (q === "'" && s[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  return -1;
}

class Parser {
  private i = 0;
  constructor(private readonly lines: string[]) {}

  /** comment and blank lines from here, consumed */
  private takePre(): string[] {
    const pre: string[] = [];
    while (this.i < this.lines.length && isInsignificant(this.lines[this.i]!)) pre.push(this.lines[this.i++]!);
    return pre;
  }

  private fail(msg: string, line = this.i): never {
    throw new FormatRuleError(msg, line + 1);
  }

  document(): { node: YNode; trailing: string[] } {
    const start = this.i;
    const pre = this.takePre();
    if (this.i >= this.lines.length) this.fail('empty document', start);
    const first = this.lines[this.i]!;
    if (indentOf(first) !== 0) this.fail('the document must start at column 0');
    const node = this.block(0, true)!;
    if (node.t === 'map' && node.entries.length) node.entries[0]!.pre = [...pre, ...node.entries[0]!.pre];
    else if (pre.length) this.fail('comments before a non-mapping document');
    const trailing = this.takePre();
    if (this.i < this.lines.length) this.fail('unexpected content (inconsistent indentation?)');
    const last = node.t === 'map' ? node.entries[node.entries.length - 1] : node.t === 'seq' ? node.items[node.items.length - 1] : undefined;
    if (last) {
      // ruamel keeps the lines after the last scalar with it, except blank lines at the very end
      // (unless that scalar has an end-of-line comment, whose token takes the blank lines along)
      const leaf = deepestLast(last);
      const keep = [...trailing];
      if (!leaf.comment) while (keep.length && keep[keep.length - 1]!.trim() === '') keep.pop();
      leaf.post.push(...keep);
      return { node, trailing: [] };
    }
    return { node, trailing };
  }

  /** a block node whose first line is at `col` (the current line) */
  private block(col: number, _top = false): YNode | null {
    const line = this.lines[this.i]!;
    if (line.includes('\t') && /^\s*\t/.test(line)) this.fail('tab in indentation');
    if (isSeqLine(line, col)) return this.seq(col);
    if (this.keyAt(line, col) !== undefined) return this.map(col);
    return this.fail('expected a mapping key or a sequence item');
  }

  /** the key text and the offset after its colon, if the line holds `key:` at `col` */
  private keyAt(line: string, col: number): { key: string; after: number } | undefined {
    if (indentOf(line) !== col) return undefined;
    const c = line[col];
    if (c === '?' && (line[col + 1] === ' ' || line.length === col + 1)) this.fail('complex mapping keys are not supported');
    if (c === '"' || c === "'") {
      const end = quotedEnd(line, col);
      if (end < 0 || line[end] !== ':' || (end + 1 < line.length && line[end + 1] !== ' ')) return undefined;
      return { key: line.slice(col, end), after: end + 1 };
    }
    if (c === '-' && (line[col + 1] === ' ' || line.length === col + 1)) return undefined;
    if (c === '#' || c === undefined) return undefined;
    for (let k = col; k < line.length; k++) {
      if (line[k] === ':' && (k + 1 === line.length || line[k + 1] === ' ')) return { key: line.slice(col, k), after: k + 1 };
      if (line[k] === ' ' && line[k + 1] === '#') return undefined;
    }
    return undefined;
  }

  private map(col: number): YMap {
    const entries: Entry[] = [];
    for (;;) {
      const save = this.i;
      const pre = this.takePre();
      if (this.i >= this.lines.length) {
        this.i = save;
        break;
      }
      const line = this.lines[this.i]!;
      const k = this.keyAt(line, col);
      if (k === undefined) {
        this.i = save;
        if (indentOf(line) > col) this.fail('unexpected indentation');
        break;
      }
      const lineNo = this.i;
      this.i++;
      const { value, comment } = this.valueAfter(line, k.after, col, lineNo);
      const commentCol = commentColumn(line, comment);
      if (entries.length && pre.length) {
        deepestLast(entries[entries.length - 1]!).post.push(...pre);
        entries.push({ pre: [], post: [], key: k.key, value, comment, commentCol });
      } else entries.push({ pre, post: [], key: k.key, value, comment, commentCol });
    }
    return { t: 'map', entries };
  }

  private seq(col: number): YSeq {
    const items: Item[] = [];
    for (;;) {
      const save = this.i;
      const pre = this.takePre();
      if (this.i >= this.lines.length || !isSeqLine(this.lines[this.i]!, col)) {
        this.i = save;
        if (this.i < this.lines.length && !isInsignificant(this.lines[this.i]!)) {
          const n = this.lines[this.i]!;
          if (indentOf(n) > col && !isInsignificant(n)) this.fail('unexpected indentation');
        }
        break;
      }
      const line = this.lines[this.i]!;
      if (items.length && pre.length) {
        deepestLast(items[items.length - 1]!).post.push(...pre);
        pre.length = 0;
      }
      let k = col + 1;
      while (line[k] === ' ') k++;
      if (k >= line.length || line[k] === '#') {
        // `-` alone: the item's value is the block below
        const comment = k < line.length ? line.slice(col + 1) : '';
        this.i++;
        items.push({ pre, post: [], value: this.nested(col, false), comment, commentCol: commentColumn(line, comment) });
        continue;
      }
      // the rest of the line starts a node at column k: parse it as if it were its own line
      const rest = line.slice(k);
      this.lines[this.i] = ' '.repeat(k) + rest;
      if (isSeqLine(this.lines[this.i]!, k) || this.keyAt(this.lines[this.i]!, k) !== undefined) {
        items.push({ pre, post: [], value: this.block(k), comment: '', commentCol: 0 });
      } else {
        const lineNo = this.i;
        this.i++;
        const { value, comment } = this.scalarOrBlock(this.lines[lineNo]!, k, col, lineNo);
        items.push({ pre, post: [], value, comment, commentCol: commentColumn(this.lines[lineNo]!, comment) });
      }
    }
    return { t: 'seq', items };
  }

  /** the block under a key/dash at `col`: deeper lines, or (for a key) a sequence at the same column */
  private nested(col: number, isKey: boolean): YNode | null {
    const save = this.i;
    this.takePre();
    if (this.i >= this.lines.length) {
      this.i = save;
      return null;
    }
    const line = this.lines[this.i]!;
    const ind = indentOf(line);
    if (ind > col || (isKey && ind === col && isSeqLine(line, col))) {
      this.i = save;
      // the comments before the block belong to its first entry/item
      const pre = this.takePre();
      const node = this.block(ind);
      if (node && pre.length) {
        if (node.t === 'map' && node.entries.length) node.entries[0]!.pre = [...pre, ...node.entries[0]!.pre];
        else if (node.t === 'seq' && node.items.length) node.items[0]!.pre = [...pre, ...node.items[0]!.pre];
      }
      return node;
    }
    this.i = save;
    return null;
  }

  private valueAfter(line: string, after: number, col: number, lineNo: number): { value: YNode | null; comment: string } {
    let k = after;
    while (line[k] === ' ') k++;
    if (k >= line.length || line[k] === '#') {
      const comment = k < line.length ? line.slice(after) : '';
      return { value: this.nested(col, true), comment };
    }
    return this.scalarOrBlock(line, k, col, lineNo);
  }

  /** a scalar (or block scalar, or flow collection) starting at line[k]; the line is consumed */
  private scalarOrBlock(line: string, k: number, col: number, lineNo: number): { value: YNode; comment: string } {
    const c = line[k]!;
    if (c === '|' || c === '>') {
      const ci = plainCommentAt(line, k);
      const header = (ci < 0 ? line.slice(k) : line.slice(k, ci)).trimEnd();
      const comment = ci < 0 ? '' : line.slice(k + header.length);
      if (!/^[|>][1-9]?[+-]?$|^[|>][+-][1-9]$/.test(header)) this.fail('unsupported block scalar header', lineNo);
      const body: string[] = [];
      let blockIndent = -1;
      const explicit = /[1-9]/.exec(header);
      while (this.i < this.lines.length) {
        const l = this.lines[this.i]!;
        if (l.trim() === '') {
          body.push('');
          this.i++;
          continue;
        }
        const ind = indentOf(l);
        if (ind <= col) break;
        if (blockIndent < 0) blockIndent = explicit ? col + Number(explicit[0]) : ind;
        if (ind < blockIndent) break;
        body.push(l.slice(blockIndent).trimEnd() === '' ? '' : l.slice(blockIndent));
        this.i++;
      }
      // trailing blank lines are not the scalar's: give them back
      while (body.length && body[body.length - 1] === '') {
        body.pop();
        this.i--;
      }
      return { value: { t: 'block', header, lines: body }, comment };
    }
    if (c === '"' || c === "'") {
      let end = quotedEnd(line, k);
      let text: string;
      let tail: string;
      if (end >= 0) {
        text = line.slice(k, end);
        tail = line.slice(end);
      } else {
        // a quoted scalar over several lines: folded into one line like ruamel writes it
        let joined = line.slice(k);
        while (this.i < this.lines.length) {
          const l = this.lines[this.i++]!;
          joined += l.trim() === '' ? '\n' : (joined.endsWith('\n') ? '' : ' ') + l.trim();
          end = quotedEnd(joined.replace(/\n/g, ' '), 0);
          if (end >= 0) break;
        }
        if (end < 0) this.fail('unterminated quoted scalar', lineNo);
        text = foldQuoted(joined.slice(0, end));
        tail = joined.slice(end).replace(/\n/g, ' ');
      }
      const ci = tail.indexOf('#');
      if (tail.trim() !== '' && (ci < 0 || tail.slice(0, ci).trim() !== '')) this.fail('text after a quoted scalar', lineNo);
      return { value: { t: 'scalar', text }, comment: tail.trim() === '' ? '' : tail };
    }
    if (c === '[' || c === '{') {
      // flow collection: kept as written, on one line
      let text = line.slice(k);
      let depth = 0;
      const balance = (s: string): number => {
        let d = 0;
        let q: string | undefined;
        for (let j = 0; j < s.length; j++) {
          const ch = s[j]!;
          if (q) {
            if (ch === q) q = undefined;
          } else if (ch === '"' || ch === "'") q = ch;
          else if (ch === '[' || ch === '{') d++;
          else if (ch === ']' || ch === '}') d--;
          else if (ch === '#' && d === 0 && s[j - 1] === ' ') break;
        }
        return d;
      };
      depth = balance(text);
      while (depth > 0 && this.i < this.lines.length) {
        text += ' ' + this.lines[this.i++]!.trim();
        depth = balance(text);
      }
      const ci = plainCommentAt(text, 1);
      const comment = ci < 0 ? '' : text.slice(text.slice(0, ci).trimEnd().length);
      return { value: { t: 'scalar', text: (ci < 0 ? text : text.slice(0, ci)).trimEnd() }, comment };
    }
    // plain scalar, possibly continued on deeper lines
    const ci = plainCommentAt(line, k);
    let text = (ci < 0 ? line.slice(k) : line.slice(k, ci)).trimEnd();
    const comment = ci < 0 ? '' : line.slice(k + text.length);
    if (ci < 0) {
      while (this.i < this.lines.length) {
        const l = this.lines[this.i]!;
        if (l.trim() === '' || indentOf(l) <= col || l.trim().startsWith('#')) break;
        if (this.keyAt(l, indentOf(l)) !== undefined || isSeqLine(l, indentOf(l))) break;
        text += ' ' + l.trim();
        this.i++;
      }
    }
    return { value: { t: 'scalar', text }, comment };
  }
}

/** a multi-line quoted scalar joined onto one line (YAML folding: a break is a space, a blank line a newline) */
function foldQuoted(s: string): string {
  const q = s[0]!;
  const body = s.slice(1, -1).replace(/ *\n */g, '\n');
  const folded = body.replace(/\n(\n*)/g, (_m, extra: string) => (extra.length ? (q === '"' ? '\\n'.repeat(extra.length) : '\n'.repeat(extra.length)) : ' '));
  if (q === "'" && folded.includes('\n')) {
    // a single-quoted scalar cannot hold an escaped newline on one line: write it double-quoted
    const value = folded.replace(/''/g, "'");
    return JSON.stringify(value);
  }
  return q + folded + q;
}

// ------------------------------------------------------------------ layout

const keyName = (k: string): string => (k.startsWith('"') || k.startsWith("'") ? k.slice(1, -1) : k);

function comparePy(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

function isTruthyScalar(v: YNode | null): boolean {
  if (v === null) return false;
  if (v.t !== 'scalar') return true;
  const t = v.text.replace(/^(['"])(.*)\1$/, '$2');
  return !['', '~', 'null', 'Null', 'NULL', 'false', 'False', 'FALSE', '0'].includes(t) || /^['"]./.test(v.text) && t !== '';
}

/** capa's order of a rule's keys: others first, then meta, then features; meta keys by META_KEY_ORDER */
function canonicalOrder(root: YNode): void {
  if (root.t !== 'map') return;
  const rule = root.entries.find((e) => keyName(e.key) === 'rule');
  if (!rule || rule.value === null || rule.value.t !== 'map') return;
  const rm = rule.value;
  const moveToEnd = (m: YMap, name: string): void => {
    const idx = m.entries.findIndex((e) => keyName(e.key) === name);
    if (idx >= 0) m.entries.push(...m.entries.splice(idx, 1));
  };
  moveToEnd(rm, 'meta');
  moveToEnd(rm, 'features');
  const meta = rm.entries.find((e) => keyName(e.key) === 'meta');
  if (!meta || meta.value === null || meta.value.t !== 'map') return;
  const mm = meta.value;
  // capa drops its hidden keys (when set) before writing
  for (let j = mm.entries.length - 1; j >= 0; j--) {
    const e = mm.entries[j]!;
    if ((HIDDEN_META_KEYS as readonly string[]).includes(keyName(e.key)) && isTruthyScalar(e.value)) mm.entries.splice(j, 1);
  }
  for (const k of META_KEY_ORDER) moveToEnd(mm, k);
  const others = mm.entries.map((e) => keyName(e.key)).filter((k) => !(META_KEY_ORDER as readonly string[]).includes(k)).sort(comparePy);
  for (const k of others) moveToEnd(mm, k);
}

function emit(node: YNode, out: string[]): void {
  const sp = (n: number): string => ' '.repeat(n);
  /** a line with its end-of-line comment at the source column when there is room, else one space after */
  const withComment = (line: string, c: { comment: string; commentCol: number }): string =>
    c.comment ? line + sp(Math.max(1, c.commentCol - line.length)) + c.comment.trimStart() : line;

  const emitMap = (m: YMap, col: number, inItem: boolean, firstPrefix?: string): void => {
    m.entries.forEach((e, idx) => {
      out.push(...e.pre);
      const head = idx === 0 && firstPrefix !== undefined ? firstPrefix : sp(col);
      const v = e.value;
      if (v === null) out.push(withComment(`${head}${e.key}:`, e));
      else if (v.t === 'scalar') out.push(withComment(`${head}${e.key}: ${v.text}`, e));
      else if (v.t === 'block') {
        out.push(withComment(`${head}${e.key}: ${v.header}`, e));
        for (const l of v.lines) out.push(l === '' ? '' : sp(col + 2) + l);
      } else if (v.t === 'seq') {
        out.push(withComment(`${head}${e.key}:`, e));
        emitSeq(v, inItem ? col : col + 2);
      } else {
        out.push(withComment(`${head}${e.key}:`, e));
        emitMap(v, col + 2, false);
      }
      out.push(...e.post);
    });
  };

  const emitSeq = (s: YSeq, dash: number, firstPrefix?: string): void => {
    s.items.forEach((it, idx) => {
      out.push(...it.pre);
      const head = (idx === 0 && firstPrefix !== undefined ? firstPrefix : sp(dash)) + '-';
      const v = it.value;
      if (v === null) out.push(withComment(head, it));
      else if (v.t === 'scalar') out.push(withComment(`${head} ${v.text}`, it));
      else if (v.t === 'block') {
        out.push(withComment(`${head} ${v.header}`, it));
        for (const l of v.lines) out.push(l === '' ? '' : sp(dash + 2) + l);
      } else if (v.t === 'map') {
        if (it.comment) out.push(withComment(head, it));
        emitMap(v, dash + 2, true, it.comment ? undefined : head + ' ');
      } else {
        if (it.comment) out.push(withComment(head, it));
        emitSeq(v, dash + 2, it.comment ? undefined : head + ' ');
      }
      out.push(...it.post);
    });
  };

  if (node.t === 'map') emitMap(node, 0, false);
  else if (node.t === 'seq') emitSeq(node, 0);
  else throw new FormatRuleError('a rule file is a mapping', 1);
}

/**
 * The rule file text in capa's canonical layout (capafmt). Throws FormatRuleError when the YAML
 * uses constructs this layout tool does not handle; validate the rule first for rule errors.
 */
export function formatRuleText(text: string): string {
  const lines = text.replace(/\r\n/g, '\n').replace(/^\uFEFF/, '').split('\n');
  // the newline that ends the last line does not start another one
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  // YAML document markers are not written back (ruamel writes no explicit start)
  while (lines.length && lines[0]!.trim() === '---') lines.shift();
  const endMarker = lines.findIndex((l) => l.trimEnd() === '...');
  if (endMarker >= 0) lines.splice(endMarker);
  const { node, trailing } = new Parser(lines).document();
  canonicalOrder(node);
  const out: string[] = [];
  emit(node, out);
  out.push(...trailing);
  return out.join('\n').replace(/\n+$/, '') + '\n';
}

/** True when the file is already in the canonical layout (capafmt --check). */
export function isRuleFormatted(text: string): boolean {
  return formatRuleText(text) === text.replace(/\r\n/g, '\n');
}
