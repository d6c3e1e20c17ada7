// A rule's match tree as `capa -vv` shows it (src/render/vverbose.ts): the successful parts of the
// tree, with the mode flipped under `not` to show what did not match, and each feature's locations.
import type { Address, DynamicLayout, FeatureJson, Match, RuleMatches, Statement } from '../../render/rdoc.js';
import { FEATURE_VALUE_FIELD } from '../../render/rdoc.js';
import { callName, compareAddress, comparePy, escapeString, formatAddress, hexInt, renderProcess, renderThread } from '../../render/util.js';
import { h, type Child } from './dom.js';

const INFINITE_MAX = new Set([1n << 63n, (1n << 64n) - 1n]);
const SHOWN_LOCATIONS = 4;

export interface TreeContext {
  readonly layout: DynamicLayout | null;
  readonly rule: RuleMatches;
  /** opens another rule (a `match:` feature names one) */
  readonly openRule: (name: string) => void;
}

/** A location as the reports write it; calls of a sandbox report get their process name. */
export function locationText(layout: DynamicLayout | null, a: Address): string {
  if (layout === null) return formatAddress(a);
  if (a.type === 'process') return renderProcess(layout, a);
  if (a.type === 'thread') return renderThread(layout, a);
  if (a.type === 'call') {
    const t = renderThread(layout, { type: 'thread', value: [a.value[0], a.value[1], a.value[2]] });
    return `${t.slice(0, -1)},call:${a.value[3]}}`;
  }
  return formatAddress(a);
}

function locations(c: TreeContext, locs: readonly Address[]): Child {
  if (locs.length === 0) return null;
  const sorted = [...locs].sort(compareAddress);
  const text = (a: Address): Child => {
    const call = c.layout !== null && a.type === 'call' ? callName(c.layout, a) : '';
    return call ? h('span', { class: 'loc', title: call }, locationText(c.layout, a), h('span', { class: 'call' }, ' ', call)) : h('span', { class: 'loc' }, locationText(c.layout, a));
  };
  const shown = sorted.slice(0, SHOWN_LOCATIONS);
  const rest = sorted.slice(SHOWN_LOCATIONS);
  const list = h('span', { class: 'locs' }, ' @ ', shown.map((a, i) => [i ? ', ' : '', text(a)]));
  if (rest.length) {
    const more = h('button', { class: 'more', type: 'button', title: 'show all locations' }, `and ${rest.length} more`);
    more.addEventListener('click', () => more.replaceWith(...rest.flatMap((a) => [', ', text(a) as Node])));
    list.append(', ', more);
  }
  return list;
}

function aliasValue(f: FeatureJson): unknown {
  const field = FEATURE_VALUE_FIELD[f.type];
  return field === null ? undefined : (f as unknown as Record<string, unknown>)[field];
}

function truthy(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === false) return false;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  return true;
}

const kw = (s: string): HTMLElement => h('span', { class: 'kw' }, s);
const val = (s: string): HTMLElement => h('span', { class: 'val' }, s);
const desc = (s: string | undefined): Child => (s ? h('span', { class: 'desc' }, ' = ', s) : null);

function statementLine(c: TreeContext, m: Match, st: Statement): Child[] {
  switch (st.type) {
    case 'subscope':
      return [kw(`${st.scope}:`), desc(st.description)];
    case 'and':
    case 'or':
    case 'not':
    case 'optional':
      return [kw(`${st.type}:`), desc(st.description)];
    case 'some':
      return [kw(`${st.count} or more:`), desc(st.description)];
    case 'range': {
      const child = st.child;
      const v = aliasValue(child);
      let what: Child[];
      if (truthy(v)) {
        let vs = typeof v === 'bigint' ? v.toString() : String(v);
        if (child.type === 'string') vs = `"${escapeString(vs)}"`;
        what = [kw(`count(${child.type}(`), val(vs), child.description ? h('span', { class: 'desc' }, ` = ${child.description}`) : null, kw(')):')];
      } else what = [kw(`count(${child.type}):`)];
      const bound =
        st.max === st.min ? `${st.min}` : st.min === 0n ? `${st.max} or fewer` : INFINITE_MAX.has(st.max) ? `${st.min} or more` : `between ${st.min} and ${st.max}`;
      return [...what, ' ', bound, desc(st.description), locations(c, m.locations)];
    }
  }
}

function featureLine(c: TreeContext, m: Match, f: FeatureJson): Child[] {
  if (f.type === 'basic block') return [kw('basic block')];
  const raw = aliasValue(f);
  const callScope = c.layout !== null && c.rule.meta.scopes.dynamic === 'call';
  if (f.type === 'regex' || f.type === 'substring') {
    const caps = Object.keys(m.captures).sort(comparePy);
    return [
      kw(`${f.type}: `),
      val(String(raw)),
      desc(f.description),
      caps.length
        ? h(
            'ul',
            { class: 'captures' },
            caps.map((cap) => h('li', null, val(`"${escapeString(cap)}"`), callScope ? null : locations(c, m.captures[cap]!))),
          )
        : null,
    ];
  }
  let key: string = f.type;
  let value: string;
  if (f.type === 'string') value = `"${escapeString(f.string)}"`;
  else if (f.type === 'number' || f.type === 'offset' || f.type === 'operand number' || f.type === 'operand offset') value = hexInt(raw as bigint | number);
  else value = String(raw);
  if (f.type === 'property' && f.access) key = `property/${f.access}`;
  else if (f.type === 'operand number') key = `operand[${f.index}].number`;
  else if (f.type === 'operand offset') key = `operand[${f.index}].offset`;
  const shownValue: Child =
    f.type === 'match'
      ? h('button', { class: 'val rule-link', type: 'button', title: 'open this rule', onclick: () => c.openRule(value) }, value)
      : val(value);
  const global = f.type === 'os' || f.type === 'arch' || f.type === 'format' || callScope;
  return [kw(`${key}: `), value ? shownValue : null, desc(f.description), global ? null : locations(c, m.locations)];
}

const isStatement = (m: Match, t: string): boolean => m.node.type === 'statement' && m.node.statement.type === t;

/** The tree under one match, or null when nothing of it is shown. */
export function renderMatchTree(c: TreeContext, m: Match, success = true): HTMLElement | null {
  let childMode = success;
  if (success) {
    if (!m.success) return null;
    if (isStatement(m, 'optional') && !m.children.some((x) => x.success)) return null;
    if (isStatement(m, 'not')) childMode = false;
  } else {
    if (m.success) return null;
    if (isStatement(m, 'optional') && m.children.some((x) => x.success)) return null;
    if (isStatement(m, 'not')) childMode = true;
  }
  const line = m.node.type === 'statement' ? statementLine(c, m, m.node.statement) : featureLine(c, m, m.node.feature);
  const kids = m.children.map((x) => renderMatchTree(c, x, childMode)).filter((x): x is HTMLElement => x !== null);
  return h('li', { class: success ? undefined : 'negated' }, h('div', { class: 'line' }, line), kids.length ? h('ul', null, kids) : null);
}
