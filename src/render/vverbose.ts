// capa -vv (capa-semantics.md §5.5): header, then every non-synthetic rule (library rules too)
// with its metadata and the successful parts of each match tree.

import type { Address, DynamicLayout, FeatureJson, Match, ResultDocument, RuleMatches, Statement } from './rdoc.js';
import { FEATURE_VALUE_FIELD } from './rdoc.js';
import { paint, renderGrid, wrapLine } from './table.js';
import { isFileScoped, renderMetaLines } from './verbose.js';
import {
  compareAddress,
  comparePy,
  escapeString,
  formatAddress,
  formatPartsId,
  hangingIndent,
  hexInt,
  renderCall,
  renderProcess,
  renderThread,
  sortRules,
  noCapabilitiesText,
  type RenderOptions,
} from './util.js';

/** `count(...)` bounds that mean "unbounded": capa compares with 1 << 63; rules store 2^64-1. */
const INFINITE_MAX = new Set([1n << 63n, (1n << 64n) - 1n]);

/** capa's line-buffered console: pieces are written, then the line is printed (and wrapped). */
class Out {
  readonly lines: string[] = [];
  private cur = '';
  constructor(private readonly width: number | undefined) {}
  write(s: string): void {
    this.cur += s;
  }
  writeln(s = ''): void {
    const text = this.cur + s;
    this.cur = '';
    if (this.width === undefined) this.lines.push(text);
    else for (const l of text.split('\n')) this.lines.push(...wrapLine(l, this.width));
  }
  /** already laid-out lines (grids) */
  raw(lines: string[]): void {
    this.lines.push(...lines);
  }
}

interface Ctx {
  out: Out;
  layout: DynamicLayout | null;
  rule: RuleMatches;
  color: boolean;
}

const bold2 = (c: Ctx, s: string): string => paint(s, 'green', c.color);
const mute = (c: Ctx) => (s: string): string => paint(s, 'dim', c.color);

function renderLocations(c: Ctx, locations: readonly Address[], indent: number): void {
  if (locations.length === 0) return;
  const locs = [...locations].sort(compareAddress);
  c.out.write(' @ ');
  const first = locs[0]!;
  if (first.type === 'call' && c.layout) {
    const s = renderCall(c.layout, first, c.color, mute(c));
    c.out.write(hangingIndent(locs.length === 1 ? s : `${s}\nand ${locs.length - 1} more...`, indent + 1));
  } else if (locs.length > 4) {
    c.out.write(locs.slice(0, 4).map(formatAddress).join(', '));
    c.out.write(`, and ${locs.length - 4} more...`);
  } else {
    c.out.write(locs.map(formatAddress).join(', '));
  }
}

/** The value the way capa reads it back from the model by alias (range children). */
function aliasValue(f: FeatureJson): unknown {
  const field = FEATURE_VALUE_FIELD[f.type];
  return field === null ? undefined : (f as unknown as Record<string, unknown>)[field];
}

/** Python truthiness of a feature value. */
function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === false) return false;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  return true;
}

function renderStatement(c: Ctx, m: Match, st: Statement, indent: number): void {
  const o = c.out;
  o.write('  '.repeat(indent));
  const desc = st.description ? ` = ${st.description}` : '';
  switch (st.type) {
    case 'subscope':
      o.writeln(`${st.scope}:${desc}`);
      return;
    case 'and':
    case 'or':
    case 'not':
    case 'optional':
      o.writeln(`${st.type}:${desc}`);
      return;
    case 'some':
      o.writeln(`${st.count} or more:${desc}`);
      return;
    case 'range': {
      const child = st.child;
      const v = aliasValue(child);
      if (truthy(v)) {
        let vs = typeof v === 'bigint' ? v.toString() : String(v);
        if (child.type === 'string') vs = `"${escapeString(vs)}"`;
        vs = bold2(c, vs);
        o.write(child.description ? `count(${child.type}(${vs} = ${child.description})): ` : `count(${child.type}(${vs})): `);
      } else {
        o.write(`count(${child.type}): `);
      }
      if (st.max === st.min) o.write(`${st.min}`);
      else if (st.min === 0n) o.write(`${st.max} or fewer`);
      else if (INFINITE_MAX.has(st.max)) o.write(`${st.min} or more`);
      else o.write(`between ${st.min} and ${st.max}`);
      o.write(desc);
      renderLocations(c, m.locations, indent);
      o.writeln();
      return;
    }
  }
}

function renderFeature(c: Ctx, m: Match, f: FeatureJson, indent: number): void {
  const o = c.out;
  o.write('  '.repeat(indent));
  if (f.type === 'basic block') {
    // capa refuses to render a bare basic-block feature; only `count(basic blocks)` uses it
    o.writeln('basic block');
    return;
  }
  let key: string = f.type;
  const raw = aliasValue(f);
  const callScope = c.layout !== null && c.rule.meta.scopes.dynamic === 'call';
  if (f.type === 'regex' || f.type === 'substring') {
    o.writeln(`${key}: ${String(raw)}`);
    const caps = Object.keys(m.captures).sort(comparePy);
    for (const cap of caps) {
      o.write('  '.repeat(indent + 1));
      o.write('- ');
      o.write(bold2(c, `"${escapeString(cap)}"`));
      if (!callScope) renderLocations(c, m.captures[cap]!, indent);
      o.writeln();
    }
    return;
  }
  let value: string;
  if (f.type === 'string') value = `"${escapeString(f.string)}"`;
  else if (f.type === 'number' || f.type === 'offset' || f.type === 'operand number' || f.type === 'operand offset') {
    value = hexInt(raw as bigint | number);
  } else value = String(raw);
  if (f.type === 'property' && f.access) key = `property/${f.access}`;
  else if (f.type === 'operand number') key = `operand[${f.index}].number`;
  else if (f.type === 'operand offset') key = `operand[${f.index}].offset`;
  o.write(`${key}: `);
  if (value) {
    o.write(bold2(c, value));
    if (f.description) o.write(' = ' + f.description);
  }
  if (f.type !== 'os' && f.type !== 'arch' && f.type !== 'format' && !callScope) {
    renderLocations(c, m.locations, indent);
  }
  o.writeln();
}

function isOptional(m: Match): boolean {
  return m.node.type === 'statement' && m.node.statement.type === 'optional';
}
function isNot(m: Match): boolean {
  return m.node.type === 'statement' && m.node.statement.type === 'not';
}

/** Successful nodes only; under `not` the mode flips to show what did not match. */
function renderMatch(c: Ctx, m: Match, indent: number, success: boolean): void {
  let childMode = success;
  if (success) {
    if (!m.success) return;
    if (isOptional(m) && !m.children.some((x) => x.success)) return;
    if (isNot(m)) childMode = false;
  } else {
    if (m.success) return;
    if (isOptional(m) && m.children.some((x) => x.success)) return;
    if (isNot(m)) childMode = true;
  }
  if (m.node.type === 'statement') renderStatement(c, m, m.node.statement, indent);
  else renderFeature(c, m, m.node.feature, indent);
  for (const child of m.children) renderMatch(c, child, indent + 1, childMode);
}

function ruleMetaRows(doc: ResultDocument, r: RuleMatches): string[][] {
  const m = r.meta;
  const rows: string[][] = [];
  if (!m.lib) rows.push(['namespace', m.namespace ?? '']);
  const maec = m.maec ?? {};
  if (maec.analysis_conclusion || maec.analysis_conclusion_ov) {
    rows.push(['maec/analysis-conclusion', (maec.analysis_conclusion || maec.analysis_conclusion_ov)!]);
  }
  if (maec.malware_family) rows.push(['maec/malware-family', maec.malware_family]);
  if (maec.malware_category || maec.malware_category_ov) {
    rows.push(['maec/malware-category', (maec.malware_category || maec.malware_category_ov)!]);
  }
  rows.push(['author', m.authors.join(', ')]);
  const scope = doc.meta.flavor === 'static' ? m.scopes.static : m.scopes.dynamic;
  rows.push(['scope', scope ?? '']);
  if (m.attack.length) rows.push(['att&ck', m.attack.map(formatPartsId).join(', ')]);
  if (m.mbc.length) rows.push(['mbc', m.mbc.map(formatPartsId).join(', ')]);
  if (m.references.length) rows.push(['references', m.references.join(', ')]);
  if (m.description) rows.push(['description', m.description]);
  return rows;
}

function functionsByBlock(doc: ResultDocument): Map<string, Address> {
  const map = new Map<string, Address>();
  if (doc.meta.flavor !== 'static') return map;
  for (const f of doc.meta.analysis.layout.functions) {
    for (const bb of f.matched_basic_blocks) map.set(formatAddress(bb.address) + '|' + bb.address.type, f.address);
  }
  return map;
}

export function renderVeryVerbose(doc: ResultDocument, opts: RenderOptions = {}): string {
  const color = opts.color ?? false;
  const out = new Out(opts.width);
  out.raw(renderMetaLines(doc, color, opts.width));
  out.writeln();

  const layout = doc.meta.flavor === 'dynamic' ? doc.meta.analysis.layout : null;
  const bbToFunc = functionsByBlock(doc);
  let had = false;
  for (const r of sortRules(doc)) {
    if (r.meta.is_subscope_rule) continue;
    had = true;
    const n = r.matches.length;
    const name = paint(r.meta.name, 'cyan', color);
    if (n === 1) out.writeln(name + (r.meta.lib ? ' (library rule)' : ''));
    else out.writeln(`${name} (${n} matches${r.meta.lib ? ', only showing first match of library rule' : ''})`);
    out.raw(renderGrid(ruleMetaRows(doc, r), color, ['dim'], opts.width));

    const c: Ctx = { out, layout, rule: r, color };
    if (isFileScoped(r)) {
      const first = r.matches[0];
      if (first) renderMatch(c, first[1], 0, true);
    } else {
      const sorted = [...r.matches].sort((a, b) => compareAddress(a[0], b[0]));
      for (const [loc, m] of sorted) {
        if (doc.meta.flavor === 'static') {
          const scope = r.meta.scopes.static ?? '';
          out.write(`${scope} @ ${formatAddress(loc)}`);
          if (scope === 'basic block') {
            const f = bbToFunc.get(formatAddress(loc) + '|' + loc.type);
            if (f) out.write(` in function ${formatAddress(f)}`);
          }
        } else {
          const scope = r.meta.scopes.dynamic ?? '';
          out.write(`${scope} @ `);
          if (scope === 'process') out.write(renderProcess(layout!, loc));
          else if (scope === 'thread') out.write(renderThread(layout!, loc));
          else out.write(hangingIndent(renderCall(layout!, loc, color, mute(c)), 1));
        }
        out.writeln();
        renderMatch(c, m, 1, true);
        if (r.meta.lib) break;
      }
    }
    out.writeln();
  }
  if (!had) out.writeln(paint(noCapabilitiesText(opts), 'cyan', color));
  out.writeln();
  return out.lines.join('\n') + '\n';
}
