// capa's default report (capa-semantics.md §5.4): sample table, ATT&CK, MAEC, MBC and the
// capability/namespace table, each a rich-style box table at least 100 columns wide.

import type { Match, ResultDocument } from './rdoc.js';
import { paint, renderBoxTable } from './table.js';
import { capabilityRules, compareTuple, maecRules, noCapabilitiesText, type RenderOptions } from './util.js';
import { MAEC_FIELDS } from './rdoc.js';

const MIN_WIDTH = 100;

/** pad to at least n characters (capa's `width()` for column headers) */
const width = (s: string, n: number): string => (s.length < n ? s + ' '.repeat(n - s.length) : s);

function metaTable(doc: ResultDocument, maxWidth: number | undefined): string[] {
  const m = doc.meta;
  const rows = [
    ['md5', m.sample.md5],
    ['sha1', m.sample.sha1],
    ['sha256', m.sample.sha256],
    ['analysis', m.flavor],
    ['os', m.analysis.os],
    ['format', m.analysis.format],
    ['arch', m.analysis.arch],
    ['path', m.sample.path],
  ];
  return renderBoxTable({ rows, minWidth: MIN_WIDTH, maxWidth }, false);
}

/**
 * Names of rules matched inside another capability rule's tree. Statements (including subscope
 * nodes) are descended; a `match` feature records its name and is not descended.
 */
export function findSubruleMatches(doc: ResultDocument): Set<string> {
  const names = new Set<string>();
  const rec = (m: Match): void => {
    if (!m.success) return;
    if (m.node.type === 'statement') {
      for (const c of m.children) rec(c);
    } else if (m.node.feature.type === 'match') {
      names.add(m.node.feature.match);
    }
  };
  for (const r of capabilityRules(doc)) for (const [, m] of r.matches) rec(m);
  return names;
}

function groupedRows(groups: Map<string, Map<string, string[]>>, color: boolean): string[][] {
  // groups: outer key → (sort key → display) ; both sorted
  const rows: string[][] = [];
  for (const outer of [...groups.keys()].sort((a, b) => compareTuple([a], [b]))) {
    const inner = groups.get(outer)!;
    const keys = [...inner.keys()].sort((a, b) => compareTuple(inner.get(a)!.slice(1), inner.get(b)!.slice(1)));
    const lines = keys.map((k) => inner.get(k)![0]!);
    rows.push([paint(outer.toUpperCase(), 'cyan', color), lines.join('\n')]);
  }
  return rows;
}

function attackTable(doc: ResultDocument, color: boolean, maxWidth: number | undefined): string[] {
  const tactics = new Map<string, Map<string, string[]>>();
  for (const r of capabilityRules(doc)) {
    for (const a of r.meta.attack) {
      const id = a.id.replace(/^\[+/, '').replace(/\]+$/, '');
      const line = a.subtechnique
        ? `${paint(a.technique, 'cyan', color)}::${a.subtechnique} [${id}]`
        : `${paint(a.technique, 'cyan', color)} [${id}]`;
      if (!tactics.has(a.tactic)) tactics.set(a.tactic, new Map());
      tactics.get(a.tactic)!.set(JSON.stringify([a.technique, a.subtechnique, id]), [line, a.technique, a.subtechnique, id]);
    }
  }
  if (tactics.size === 0) return [];
  const rows = groupedRows(tactics, color);
  return renderBoxTable({ headers: [width('ATT&CK Tactic', 20), 'ATT&CK Technique'], rows, minWidth: MIN_WIDTH, maxWidth }, color);
}

function maecTable(doc: ResultDocument, color: boolean, maxWidth: number | undefined): string[] {
  const table = new Map<string, Set<string>>();
  for (const r of maecRules(doc)) {
    for (const k of MAEC_FIELDS) {
      const v = r.meta.maec[k];
      if (!v) continue;
      if (!table.has(k)) table.set(k, new Set());
      table.get(k)!.add(v);
    }
  }
  const rows: string[][] = [];
  for (const k of [...MAEC_FIELDS].sort()) {
    const vals = table.get(k);
    if (!vals || vals.size === 0) continue;
    const sorted = [...vals].sort((a, b) => compareTuple([a], [b]));
    rows.push([paint(k.replace(/_/g, '-'), 'cyan', color), sorted.join('\n')]);
  }
  if (rows.length === 0) return [];
  return renderBoxTable({ headers: [width('MAEC Category', 20), 'MAEC Value'], rows, minWidth: MIN_WIDTH, maxWidth }, color);
}

function mbcTable(doc: ResultDocument, color: boolean, maxWidth: number | undefined): string[] {
  const objectives = new Map<string, Map<string, string[]>>();
  for (const r of capabilityRules(doc)) {
    for (const m of r.meta.mbc) {
      const id = m.id.replace(/^\[+/, '').replace(/\]+$/, '');
      const line = m.method
        ? `${paint(m.behavior, 'cyan', color)}::${m.method} [${id}]`
        : `${paint(m.behavior, 'cyan', color)} [${id}]`;
      if (!objectives.has(m.objective)) objectives.set(m.objective, new Map());
      objectives.get(m.objective)!.set(JSON.stringify([m.behavior, m.method, id]), [line, m.behavior, m.method, id]);
    }
  }
  if (objectives.size === 0) return [];
  const rows = groupedRows(objectives, color);
  return renderBoxTable({ headers: [width('MBC Objective', 20), 'MBC Behavior'], rows, minWidth: MIN_WIDTH, maxWidth }, color);
}

function capabilitiesTable(doc: ResultDocument, color: boolean, maxWidth: number | undefined, opts: RenderOptions): string[] {
  const hidden = findSubruleMatches(doc);
  const rows: string[][] = [];
  for (const r of capabilityRules(doc)) {
    if (hidden.has(r.meta.name)) continue;
    const n = r.matches.length;
    const name = paint(r.meta.name, 'cyan', color);
    rows.push([n === 1 ? name : `${name} (${n} matches)`, r.meta.namespace ?? '']);
  }
  if (rows.length === 0) return [paint(noCapabilitiesText(opts), 'cyan', color)];
  return renderBoxTable({ headers: [width('Capability', 20), 'Namespace'], rows, minWidth: MIN_WIDTH, maxWidth }, color);
}

/** The default report; every line ends with "\n" (capa then prints it with one more newline). */
export function renderDefault(doc: ResultDocument, opts: RenderOptions = {}): string {
  const color = opts.color ?? false;
  const w = opts.width;
  const lines = [
    ...metaTable(doc, w),
    ...attackTable(doc, color, w),
    ...maecTable(doc, color, w),
    ...mbcTable(doc, color, w),
    ...capabilitiesTable(doc, color, w, opts),
  ];
  return lines.join('\n') + '\n';
}
