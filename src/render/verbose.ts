// capa -v (capa-semantics.md §5.5): a key/value header, then every capability rule (no hiding)
// with namespace, description, scope and its match locations.

import type { Address, DynamicMetadata, ResultDocument, RuleMatches, StaticMetadata } from './rdoc.js';
import { paint, renderGrid, wrapLine } from './table.js';
import {
  capabilityRules,
  compareAddress,
  formatAddress,
  renderProcess,
  renderThread,
  noCapabilitiesText,
  type RenderOptions,
} from './util.js';

/** Python's str(datetime): the ISO form with a space instead of `T`. */
export function formatTimestamp(ts: string): string {
  return ts.replace('T', ' ');
}

/** capa's -v header: the sample and analysis rows shared by both flavors, then the flavor's own */
function metaRows(m: StaticMetadata | DynamicMetadata): string[][] {
  const a = m.analysis;
  const common = (analysisRows: string[][], counts: string[][]): string[][] => [
    ['md5', m.sample.md5],
    ['sha1', m.sample.sha1],
    ['sha256', m.sample.sha256],
    ['path', m.sample.path],
    ['timestamp', formatTimestamp(m.timestamp)],
    ['capa version', m.version],
    ['os', a.os],
    ['format', a.format],
    ['arch', a.arch],
    ['analysis', m.flavor],
    ['extractor', a.extractor],
    ...analysisRows,
    ['rules', a.rules.join('\n')],
    ...counts,
  ];
  if (m.flavor === 'static') {
    const fc = m.analysis.feature_counts;
    return common(
      [['base address', formatAddress(m.analysis.base_address)]],
      [
        ['function count', String(fc.functions.length)],
        ['library function count', String(m.analysis.library_functions.length)],
        ['total feature count', String(fc.file + fc.functions.reduce((s, f) => s + f.count, 0))],
      ],
    );
  }
  const fc = m.analysis.feature_counts;
  return common([], [
    ['process count', String(fc.processes.length)],
    ['total feature count', String(fc.file + fc.processes.reduce((s, p) => s + p.count, 0))],
  ]);
}

/** The -v/-vv header grid, as lines. */
export function renderMetaLines(doc: ResultDocument, color: boolean, width?: number): string[] {
  const rows = metaRows(doc.meta);
  return renderGrid(rows, color, ['dim'], width);
}

export function isFileScoped(r: RuleMatches): boolean {
  return r.meta.scopes.static === 'file' || r.meta.scopes.dynamic === 'file';
}

function threadOf(call: Address): Address | null {
  if (call.type !== 'call') return null;
  return { type: 'thread', value: [call.value[0], call.value[1], call.value[2]] };
}

function matchLines(doc: ResultDocument, r: RuleMatches): string[] {
  const locations = r.matches.map(([a]) => a);
  if (doc.meta.flavor === 'static') return locations.map(formatAddress);
  const layout = doc.meta.analysis.layout;
  const scope = r.meta.scopes.dynamic;
  if (scope === 'process') return locations.map((l) => renderProcess(layout, l));
  if (scope === 'thread') return locations.map((l) => renderThread(layout, l));
  // call and span-of-calls rules list the threads their calls are in (capa uses a set; sorted here)
  const threads = new Map<string, Address>();
  for (const l of locations) {
    const t = threadOf(l);
    if (t) threads.set(formatAddress(t), t);
  }
  return [...threads.values()].sort(compareAddress).map((t) => renderThread(layout, t));
}

export function renderVerbose(doc: ResultDocument, opts: RenderOptions = {}): string {
  const color = opts.color ?? false;
  const width = opts.width;
  const out: string[] = [...renderMetaLines(doc, color, width), ''];
  const rules = capabilityRules(doc);
  for (const r of rules) {
    const n = r.matches.length;
    const name = paint(r.meta.name, 'cyan', color);
    out.push(...wrapLine(n === 1 ? name : `${name} (${n} matches)`, width ?? 0));
    const rows: string[][] = [];
    if (r.meta.namespace) rows.push(['namespace', r.meta.namespace]);
    if (r.meta.description) rows.push(['description', r.meta.description]);
    const scope = doc.meta.flavor === 'static' ? r.meta.scopes.static : r.meta.scopes.dynamic;
    if (scope) rows.push(['scope', scope]);
    if (!isFileScoped(r)) rows.push(['matches', matchLines(doc, r).join('\n')]);
    out.push(...renderGrid(rows, color, ['dim'], width), '');
  }
  if (rules.length === 0) out.push(paint(noCapabilitiesText(opts), 'cyan', color));
  out.push('');
  return out.join('\n') + '\n';
}
