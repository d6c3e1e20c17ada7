// The result view: the sample, ATT&CK and MBC, and the capabilities table (as capa's default
// report selects them), each capability opening to its rule, its match locations and match trees.
import type { Address, DynamicLayout, ResultDocument, RuleMatches } from '../../render/rdoc.js';
import { MAEC_FIELDS } from '../../render/rdoc.js';
import { callName, capabilityRules, compareAddress, compareTuple, formatAddress, sortRules } from '../../render/util.js';
import { findSubruleMatches } from '../../render/default.js';
import { isFileScoped } from '../../render/verbose.js';
import { byId, clear, formatBytes, formatMs, groupDigits, h, type Child } from './dom.js';
import { locationText, renderMatchTree, type TreeContext } from './matchtree.js';

export interface ResultInfo {
  readonly fileName: string;
  readonly fileSize: number;
  readonly analysisMs: number;
  readonly ruleCount: number;
  readonly download: () => void;
}

/** trees shown open when a capability is opened; the rest are one click away */
const OPEN_TREES = 3;

// ------------------------------------------------------------------ sample

function hashRow(name: string, value: string): Child {
  const copy = h('button', { class: 'copy', type: 'button', title: `copy the ${name}` }, 'copy');
  copy.addEventListener('click', () => {
    void navigator.clipboard?.writeText(value).then(
      () => {
        copy.textContent = 'copied';
        setTimeout(() => (copy.textContent = 'copy'), 1200);
      },
      () => undefined,
    );
  });
  return [h('dt', null, name), h('dd', null, h('code', { class: 'hash' }, value), copy)];
}

function sampleCard(doc: ResultDocument, info: ResultInfo, shown: number): HTMLElement {
  const m = doc.meta;
  const a = m.analysis;
  const badges = [a.format, a.arch, a.os, m.flavor === 'static' ? 'static analysis' : 'sandbox report'];
  const facts: [string, string][] = [['size', formatBytes(info.fileSize)]];
  if (m.flavor === 'static') {
    facts.push(['functions', groupDigits(m.analysis.feature_counts.functions.length)]);
    // FLIRT-identified library code: not matched, as in capa
    if (m.analysis.library_functions.length) facts.push(['library functions', groupDigits(m.analysis.library_functions.length)]);
    facts.push(['base address', formatAddress(m.analysis.base_address)]);
  } else {
    facts.push(['processes', groupDigits(m.analysis.feature_counts.processes.length)]);
  }
  facts.push(['capabilities', groupDigits(shown)], ['rules', groupDigits(info.ruleCount)], ['analysed in', formatMs(info.analysisMs)]);
  return h(
    'section',
    { class: 'card sample', id: 'sample' },
    h(
      'div',
      { class: 'sample-head' },
      h('div', null, h('h2', { class: 'sample-name', title: info.fileName }, info.fileName), h('div', { class: 'badges' }, badges.map((b) => h('span', { class: 'badge' }, b)))),
      h('button', { class: 'primary', type: 'button', id: 'download-json', onclick: info.download, title: 'capa’s result document; opens in capa Explorer Web' }, 'Download JSON'),
    ),
    h(
      'div',
      { class: 'sample-body' },
      h('dl', { class: 'hashes' }, hashRow('md5', m.sample.md5), hashRow('sha1', m.sample.sha1), hashRow('sha256', m.sample.sha256)),
      h('dl', { class: 'facts' }, facts.map(([k, v]) => h('div', null, h('dt', null, k), h('dd', null, v)))),
    ),
  );
}

// ------------------------------------------------------------------ ATT&CK, MBC, MAEC

interface Grouped {
  outer: string;
  items: { label: string; sub: string; id: string }[];
}

function group(rules: RuleMatches[], pick: (r: RuleMatches) => { outer: string; label: string; sub: string; id: string }[]): Grouped[] {
  const byOuter = new Map<string, Map<string, { label: string; sub: string; id: string }>>();
  for (const r of rules) {
    for (const e of pick(r)) {
      const id = e.id.replace(/^\[+/, '').replace(/\]+$/, '');
      if (!byOuter.has(e.outer)) byOuter.set(e.outer, new Map());
      byOuter.get(e.outer)!.set(JSON.stringify([e.label, e.sub, id]), { label: e.label, sub: e.sub, id });
    }
  }
  return [...byOuter.keys()]
    .sort((x, y) => compareTuple([x], [y]))
    .map((outer) => ({
      outer,
      items: [...byOuter.get(outer)!.values()].sort((x, y) => compareTuple([x.label, x.sub, x.id], [y.label, y.sub, y.id])),
    }));
}

function mappingCard(title: string, id: string, groups: Grouped[], filterBy: (id: string) => void): HTMLElement | null {
  if (groups.length === 0) return null;
  return h(
    'section',
    { class: 'card mapping', id },
    h('h3', null, title),
    groups.map((g) =>
      h(
        'div',
        { class: 'group' },
        h('div', { class: 'group-name' }, g.outer),
        h(
          'ul',
          null,
          g.items.map((i) =>
            h(
              'li',
              null,
              h(
                'button',
                { class: 'technique', type: 'button', title: `show the capabilities behind ${i.id}`, onclick: () => filterBy(i.id) },
                i.label,
                i.sub ? h('span', { class: 'sub' }, ' :: ', i.sub) : null,
              ),
              ' ',
              h('span', { class: 'id' }, i.id),
            ),
          ),
        ),
      ),
    ),
  );
}

function maecCard(doc: ResultDocument): HTMLElement | null {
  const rows: [string, string[]][] = [];
  for (const k of [...MAEC_FIELDS].sort()) {
    const vals = new Set<string>();
    for (const r of Object.values(doc.rules)) {
      const v = r.meta.maec[k];
      if (v) vals.add(v);
    }
    if (vals.size) rows.push([k.replace(/_/g, '-'), [...vals].sort()]);
  }
  if (rows.length === 0) return null;
  return h(
    'section',
    { class: 'card mapping', id: 'maec' },
    h('h3', null, 'MAEC'),
    rows.map(([k, v]) => h('div', { class: 'group' }, h('div', { class: 'group-name' }, k), h('ul', null, v.map((x) => h('li', null, x))))),
  );
}

// ------------------------------------------------------------------ capabilities

function searchText(r: RuleMatches): string {
  const m = r.meta;
  return [m.name, m.namespace ?? '', ...m.attack.flatMap((a) => [...a.parts, a.id]), ...m.mbc.flatMap((b) => [...b.parts, b.id])].join('\n').toLowerCase();
}

function functionsByBlock(doc: ResultDocument): Map<string, Address> {
  const map = new Map<string, Address>();
  if (doc.meta.flavor !== 'static') return map;
  for (const f of doc.meta.analysis.layout.functions) for (const bb of f.matched_basic_blocks) map.set(formatAddress(bb.address), f.address);
  return map;
}

function link(ref: string): Child {
  return /^https?:\/\//.test(ref) ? h('a', { href: ref, target: '_blank', rel: 'noopener noreferrer' }, ref) : ref;
}

function ruleDetail(doc: ResultDocument, r: RuleMatches, openRule: (name: string) => void, bbToFunc: Map<string, Address>): HTMLElement {
  const m = r.meta;
  const layout: DynamicLayout | null = doc.meta.flavor === 'dynamic' ? doc.meta.analysis.layout : null;
  const scope = (doc.meta.flavor === 'static' ? m.scopes.static : m.scopes.dynamic) ?? '';
  const meta: [string, Child][] = [];
  if (m.namespace) meta.push(['namespace', m.namespace]);
  meta.push(['scope', scope]);
  if (m.attack.length) meta.push(['ATT&CK', m.attack.map((a) => `${a.parts.join('::')} [${a.id}]`).join('\n')]);
  if (m.mbc.length) meta.push(['MBC', m.mbc.map((b) => `${b.parts.join('::')} [${b.id}]`).join('\n')]);
  if (m.description) meta.push(['description', m.description]);
  if (m.authors.length) meta.push(['author', m.authors.join(', ')]);
  if (m.references.length) meta.push(['references', m.references.map((ref, i) => [i ? h('br') : null, link(ref)])]);

  const ctx: TreeContext = { layout, rule: r, openRule };
  const tree = (match: RuleMatches['matches'][number][1]): HTMLElement => {
    const t = renderMatchTree(ctx, match);
    return h('ul', { class: 'tree' }, t);
  };
  let matches: Child;
  if (isFileScoped(r)) {
    const first = r.matches[0];
    matches = first ? h('div', { class: 'match' }, h('div', { class: 'where' }, 'file'), tree(first[1])) : null;
  } else {
    const sorted = [...r.matches].sort((a, b) => compareAddress(a[0], b[0]));
    const list = m.lib ? sorted.slice(0, 1) : sorted;
    matches = list.map(([loc, match], i) => {
      const inFn = scope === 'basic block' ? bbToFunc.get(formatAddress(loc)) : undefined;
      const call = layout !== null && loc.type === 'call' ? callName(layout, loc) : '';
      const where = h(
        'summary',
        { class: 'where' },
        h('span', { class: 'scope' }, scope),
        ' @ ',
        h('code', null, locationText(layout, loc)),
        inFn ? [' in function ', h('code', null, formatAddress(inFn))] : null,
        call ? h('code', { class: 'call' }, ' ', call) : null,
      );
      const details = h('details', { class: 'match' }, where);
      // trees are built when first opened: a rule with hundreds of matches opens at once
      let built = false;
      const build = (): void => {
        if (built) return;
        built = true;
        details.append(tree(match));
      };
      details.addEventListener('toggle', build);
      if (i < OPEN_TREES) {
        details.open = true;
        build();
      }
      return details;
    });
  }
  return h(
    'div',
    { class: 'rule-detail' },
    h('dl', { class: 'rule-meta' }, meta.map(([k, v]) => [h('dt', null, k), h('dd', null, v)])),
    h('div', { class: 'matches' }, matches),
    h('details', { class: 'source' }, h('summary', null, 'rule source'), h('pre', null, r.source)),
  );
}

interface Row {
  rule: RuleMatches;
  text: string;
  tr: HTMLTableRowElement;
  detail: HTMLTableRowElement | undefined;
  nested: boolean;
}

function capabilitiesCard(doc: ResultDocument, state: { filterBy: (q: string) => void; openRule: (name: string) => void }): { el: HTMLElement; shown: number } {
  const nested = findSubruleMatches(doc);
  const main = capabilityRules(doc);
  const mainNames = new Set(main.map((r) => r.meta.name));
  // "all": library rules and rules only matched inside others too (capa -vv lists them)
  const all = sortRules(doc).filter((r) => !r.meta.is_subscope_rule);
  const bbToFunc = functionsByBlock(doc);

  const tbody = h('tbody');
  const filter = h('input', { type: 'search', id: 'filter', placeholder: 'Filter: name, namespace, ATT&CK or MBC id…', autocomplete: 'off', spellcheck: 'false' });
  const showAll = h('input', { type: 'checkbox', id: 'show-all' });
  const count = h('span', { class: 'count', id: 'capability-count' });
  const rows: Row[] = all.map((r) => {
    const n = r.matches.length;
    const isNested = !mainNames.has(r.meta.name) || nested.has(r.meta.name);
    const tr = h(
      'tr',
      { class: 'capability' + (isNested ? ' nested' : ''), tabindex: 0, 'data-rule': r.meta.name, 'aria-expanded': 'false' },
      h('td', { class: 'name' }, h('span', { class: 'chevron' }), r.meta.name, r.meta.lib ? h('span', { class: 'tag' }, 'library') : null),
      h('td', { class: 'ns' }, r.meta.namespace ?? ''),
      h('td', { class: 'num' }, isFileScoped(r) ? 'file' : String(n)),
    );
    return { rule: r, text: searchText(r), tr, detail: undefined, nested: isNested };
  });
  const byName = new Map(rows.map((row) => [row.rule.meta.name, row]));

  const toggle = (row: Row, open?: boolean): void => {
    const isOpen = row.tr.getAttribute('aria-expanded') === 'true';
    const want = open ?? !isOpen;
    if (want === isOpen) return;
    row.tr.setAttribute('aria-expanded', String(want));
    if (want) {
      row.detail ??= h('tr', { class: 'detail' }, h('td', { colspan: 3 }, ruleDetail(doc, row.rule, state.openRule, bbToFunc)));
      row.tr.after(row.detail);
    } else row.detail?.remove();
  };
  for (const row of rows) {
    row.tr.addEventListener('click', (e) => {
      if ((e.target as HTMLElement).closest('a,button')) return;
      toggle(row);
    });
    row.tr.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        toggle(row);
      }
    });
  }

  const apply = (): void => {
    const q = filter.value.trim().toLowerCase();
    const everything = showAll.checked;
    let n = 0;
    let total = 0;
    const frag = document.createDocumentFragment();
    for (const row of rows) {
      if (!everything && row.nested) continue;
      total++;
      if (q && !row.text.includes(q)) continue;
      n++;
      frag.append(row.tr);
      if (row.detail && row.tr.getAttribute('aria-expanded') === 'true') frag.append(row.detail);
    }
    tbody.replaceChildren(frag);
    count.textContent = q ? `${n} of ${total}` : `${total}`;
    empty.hidden = n > 0;
  };
  const empty = h('p', { class: 'empty', hidden: true }, 'No capability matches the filter.');
  filter.addEventListener('input', apply);
  showAll.addEventListener('change', apply);

  state.filterBy = (q) => {
    filter.value = q;
    apply();
    byId('capabilities').scrollIntoView({ behavior: 'smooth', block: 'start' });
  };
  state.openRule = (name) => {
    const row = byName.get(name);
    if (!row) return;
    if (row.nested && !showAll.checked) showAll.checked = true;
    if (filter.value && !row.text.includes(filter.value.trim().toLowerCase())) filter.value = '';
    apply();
    toggle(row, true);
    row.tr.scrollIntoView({ behavior: 'smooth', block: 'center' });
    row.tr.focus({ preventScroll: true });
  };

  const shown = rows.filter((r) => !r.nested).length;
  const el = h(
    'section',
    { class: 'card capabilities', id: 'capabilities' },
    h(
      'div',
      { class: 'cap-head' },
      h('h3', null, 'Capabilities ', count),
      filter,
      h('label', { class: 'check', title: 'library rules and rules matched only as part of another rule, as capa -vv lists them' }, showAll, ' all matched rules'),
    ),
    h(
      'table',
      { class: 'grid cap-table' },
      h('thead', null, h('tr', null, h('th', null, 'Capability'), h('th', null, 'Namespace'), h('th', { class: 'num' }, 'Matches'))),
      tbody,
    ),
    empty,
  );
  apply();
  if (shown === 0) empty.textContent = 'No capabilities found.';
  return { el, shown };
}

/** Fills #results with the view of one result document. */
export function showResults(root: HTMLElement, doc: ResultDocument, info: ResultInfo): void {
  const state = { filterBy: (_q: string): void => undefined, openRule: (_n: string): void => undefined };
  const caps = capabilitiesCard(doc, state);
  const rules = capabilityRules(doc);
  const attack = group(rules, (r) => r.meta.attack.map((a) => ({ outer: a.tactic, label: a.technique, sub: a.subtechnique, id: a.id })));
  const mbc = group(rules, (r) => r.meta.mbc.map((b) => ({ outer: b.objective, label: b.behavior, sub: b.method, id: b.id })));
  const filterBy = (q: string): void => state.filterBy(q);
  const side = [maecCard(doc), mappingCard('ATT&CK tactics and techniques', 'attack', attack, filterBy), mappingCard('Malware Behavior Catalog', 'mbc', mbc, filterBy)].filter(
    (x): x is HTMLElement => x !== null,
  );
  clear(
    root,
    sampleCard(doc, info, caps.shown),
    h('div', { class: side.length ? 'result-grid with-side' : 'result-grid' }, caps.el, side.length ? h('aside', { class: 'side' }, side) : null),
  );
}
