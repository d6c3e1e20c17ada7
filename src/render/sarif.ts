// A result document as a SARIF 2.1.0 log (OASIS SARIF 2.1.0), so capa results drop into code
// scanning dashboards. One result per rule match, in the spirit of capa's scripts/capa2sarif.py:
// kind "informational", level "none", the match address as the location and the matched features
// as related locations. Where capa2sarif cannot be valid SARIF (non-absolute addresses, duplicate
// rule ids) this writer differs on purpose:
//   * rule id = the rule name (unique); ATT&CK / MBC ids go to `properties.tags`, the rule's
//     `relationships` and the run's `taxonomies` (capa2sarif uses the first ATT&CK/MBC id as the
//     rule id, so several rules can share one);
//   * every address kind has a location: VAs as `address.absoluteAddress`, file offsets as a
//     `region.byteOffset` in the sample, .NET tokens and process/thread/call addresses as logical
//     locations, global/file-scope matches as the sample itself;
//   * related-location ids are unique within a result; times are converted to UTC.

import type { Address } from '../features/address.js';
import { formatAddress } from '../features/address.js';
import type { AttackSpec, FeatureJson, MBCSpec, Match, ResultDocument, RuleMatches } from './rdoc.js';
import { FEATURE_VALUE_FIELD } from './rdoc.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

export interface SarifOptions {
  /** tool name and version in `runs[0].tool.driver` */
  readonly toolName?: string;
  readonly toolVersion?: string;
  /** include lib rules (capa's building blocks, hidden in the default report); default true like capa2sarif */
  readonly includeLib?: boolean;
  /**
   * capa2sarif's --ghidra-compat (for Ghidra 11.0's importer): no invocations, a placeholder artifact
   * description, no related locations, and `NONE`/`INFORMATIONAL` in capitals — which the SARIF
   * schema does not allow, so such a log is for Ghidra only.
   */
  readonly ghidraCompat?: boolean;
  /** capa2sarif's --radare-compat (r2sarif): the image base in the artifact's properties */
  readonly radareCompat?: boolean;
}

type Obj = Record<string, unknown>;

/** A file path as a URI reference: POSIX or Windows absolute → file:///…, relative → encoded relative. */
export function pathToUri(path: string): string {
  const enc = (p: string): string => p.split('/').map((s) => encodeURIComponent(s).replace(/%3A/gi, ':')).join('/');
  if (/^[A-Za-z]:[\\/]/.test(path)) return 'file:///' + enc(path.replace(/\\/g, '/'));
  if (path.startsWith('/')) return 'file://' + enc(path);
  return enc(path.replace(/\\/g, '/'));
}

/** capa's naive local timestamp → UTC `…Z`, or undefined when it does not parse. */
function utcTime(ts: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(ts);
  if (!m) return undefined;
  const frac = m[2] ? m[2].slice(0, 4).padEnd(4, '0') : '';
  const d = new Date(m[1]! + frac + (m[3] ?? ''));
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}

function featureText(f: FeatureJson): string {
  const field = FEATURE_VALUE_FIELD[f.type];
  let v = field === null ? '' : String((f as unknown as Obj)[field]);
  if (f.type === 'number' || f.type === 'offset' || f.type === 'operand number' || f.type === 'operand offset') {
    const n = (f as unknown as Obj)[field!];
    if (typeof n === 'bigint') v = n < 0n ? '-0x' + (-n).toString(16).toUpperCase() : '0x' + n.toString(16).toUpperCase();
  }
  let k: string = f.type;
  if (f.type === 'operand number' || f.type === 'operand offset') k = `operand[${f.index}].${f.type.slice(8)}`;
  else if (f.type === 'property' && f.access) k = `property/${f.access}`;
  else if (f.type === 'function name') k = 'function-name';
  const text = field === null ? k : `${k}: ${v}`;
  return f.description ? `${text} = ${f.description}` : text;
}

/** A SARIF location for one capa address. */
function location(a: Address, scope: string | undefined, uri: string): Obj {
  const art = { uri, index: 0 };
  switch (a.type) {
    case 'absolute': {
      const address: Obj = { absoluteAddress: a.value };
      if (scope === 'function' || scope === 'instruction') address.kind = scope;
      return { physicalLocation: { artifactLocation: art, address } };
    }
    case 'relative':
      return { physicalLocation: { artifactLocation: art, address: { relativeAddress: a.value } } };
    case 'file':
      return { physicalLocation: { artifactLocation: art, region: { byteOffset: a.value } } };
    case 'no address':
      return { physicalLocation: { artifactLocation: art } };
    case 'dn token':
    case 'dn token offset':
      return {
        physicalLocation: { artifactLocation: art },
        logicalLocations: [{ name: formatAddress(a), kind: a.type === 'dn token' ? 'function' : 'instruction' }],
      };
    case 'process':
    case 'thread':
    case 'call':
      return {
        physicalLocation: { artifactLocation: art },
        logicalLocations: [{ name: formatAddress(a), kind: a.type, properties: { ppid: a.value[0], pid: a.value[1], ...(a.type !== 'process' ? { tid: a.value[2] } : {}), ...(a.type === 'call' ? { call: a.value[3] } : {}) } }],
      };
  }
}

/** the successful feature nodes of a match tree with their locations, depth first */
function evidence(m: Match, out: Array<[string, Address]>): void {
  if (!m.success) return;
  if (m.node.type === 'feature') {
    const text = featureText(m.node.feature);
    for (const l of m.locations) out.push([text, l]);
    return;
  }
  if (m.node.type === 'statement' && m.node.statement.type === 'range') {
    const text = featureText(m.node.statement.child);
    for (const l of m.locations) out.push([text, l]);
  }
  for (const c of m.children) evidence(c, out);
}

const attackTag = (a: AttackSpec): string => `attack/${a.id}`;
const mbcTag = (m: MBCSpec): string => `mbc/${m.id}`;
const isHttpUri = (s: string): boolean => /^https?:\/\/[^\s]+$/.test(s);

function ruleDescriptor(r: RuleMatches): Obj {
  const m = r.meta;
  const d: Obj = { id: m.name, name: m.name, shortDescription: { text: m.name } };
  if (m.description.trim()) d.fullDescription = { text: m.description.trim() };
  const help = [
    m.namespace ? `namespace: ${m.namespace}` : '',
    ...m.attack.map((a) => `ATT&CK: ${a.parts.join('::')} [${a.id}]`),
    ...m.mbc.map((x) => `MBC: ${x.parts.join('::')} [${x.id}]`),
    ...m.references.map((x) => `reference: ${x}`),
  ].filter(Boolean);
  if (help.length) d.help = { text: help.join('\n') };
  const url = m.references.find(isHttpUri);
  if (url) d.helpUri = url;
  d.defaultConfiguration = { level: 'none' };
  const relationships = [
    ...m.attack.map((a) => ({ target: { id: a.id, toolComponent: { name: 'MITRE ATT&CK' } }, kinds: ['relevant'] })),
    ...m.mbc.map((x) => ({ target: { id: x.id, toolComponent: { name: 'MBC' } }, kinds: ['relevant'] })),
  ];
  if (relationships.length) d.relationships = relationships;
  d.properties = {
    ...(m.namespace ? { namespace: m.namespace } : {}),
    scopes: m.scopes,
    attack: m.attack.map((a) => ({ id: a.id, parts: a.parts })),
    mbc: m.mbc.map((x) => ({ id: x.id, parts: x.parts })),
    references: m.references,
    authors: m.authors,
    lib: m.lib,
    tags: [...(m.namespace ? [m.namespace] : []), ...m.attack.map(attackTag), ...m.mbc.map(mbcTag)],
  };
  return d;
}

/** POSIX shell quoting for the command line shown in the invocation */
const shellQuote = (a: string): string => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

function taxonomy(name: string, organization: string | undefined, informationUri: string, taxa: Map<string, string>): Obj {
  return {
    name,
    ...(organization ? { organization } : {}),
    informationUri,
    isComprehensive: false,
    taxa: [...taxa].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([id, text]) => ({ id, name: text })),
  };
}

/** The SARIF log object for a result document. */
export function toSarif(doc: ResultDocument, opts: SarifOptions = {}): Obj {
  const meta = doc.meta;
  const uri = pathToUri(meta.sample.path || meta.sample.sha256 || 'sample');
  const rules = Object.values(doc.rules).filter((r) => !r.meta.is_subscope_rule && (opts.includeLib ?? true ? true : !r.meta.lib));
  const attack = new Map<string, string>();
  const mbc = new Map<string, string>();
  for (const r of rules) {
    for (const a of r.meta.attack) attack.set(a.id, a.parts.join('::'));
    for (const x of r.meta.mbc) mbc.set(x.id, x.parts.join('::'));
  }
  const results: Obj[] = [];
  rules.forEach((r, ruleIndex) => {
    const scope = meta.flavor === 'static' ? r.meta.scopes.static : r.meta.scopes.dynamic;
    for (const [addr, tree] of r.matches) {
      const ev: Array<[string, Address]> = [];
      evidence(tree, ev);
      const seen = new Set<string>();
      const related: Obj[] = [];
      for (const [text, l] of ev) {
        const key = text + '\u0000' + formatAddress(l);
        if (seen.has(key)) continue;
        seen.add(key);
        related.push({ id: related.length, message: { text }, ...location(l, undefined, uri) });
      }
      const res: Obj = {
        ruleId: r.meta.name,
        ruleIndex,
        kind: 'informational',
        level: 'none',
        message: { text: r.meta.namespace ? `${r.meta.name} (${r.meta.namespace})` : r.meta.name },
        locations: [location(addr, scope, uri)],
      };
      if (related.length && !opts.ghidraCompat) res.relatedLocations = related;
      if (opts.ghidraCompat) {
        res.level = 'NONE';
        res.kind = 'INFORMATIONAL';
      }
      res.properties = { address: formatAddress(addr), ...(scope ? { scope } : {}) };
      results.push(res);
    }
  });
  const a = meta.analysis;
  const invocation: Obj = {
    commandLine: ['capa-ts', ...(meta.argv ?? [])].map(shellQuote).join(' '),
    arguments: meta.argv ?? [],
    executionSuccessful: true,
    properties: {
      format: a.format,
      arch: a.arch,
      os: a.os,
      extractor: a.extractor,
      rules: a.rules,
      ...(meta.flavor === 'static'
        ? {
            base_address: formatAddress(meta.analysis.base_address),
            // FLIRT's library functions: never matched, so no result points into them
            library_functions: meta.analysis.library_functions.map((l) => ({ address: formatAddress(l.address), name: l.name })),
          }
        : {}),
      flavor: meta.flavor,
      capa_document_version: meta.version,
    },
  };
  const end = utcTime(meta.timestamp);
  if (end) invocation.endTimeUtc = end;
  const taxonomies = [];
  if (attack.size) taxonomies.push(taxonomy('MITRE ATT&CK', 'MITRE', 'https://attack.mitre.org/', attack));
  if (mbc.size) taxonomies.push(taxonomy('MBC', undefined, 'https://github.com/MBCProject/mbc-markdown', mbc));
  const run: Obj = {
    tool: {
      driver: {
        name: opts.toolName ?? 'capa-ts',
        ...(opts.toolVersion ? { version: opts.toolVersion } : {}),
        rules: rules.map(ruleDescriptor),
        ...(taxonomies.length
          ? { supportedTaxonomies: taxonomies.map((t) => ({ name: t.name as string })) }
          : {}),
      },
    },
    artifacts: [
      {
        location: { uri },
        roles: ['analysisTarget'],
        hashes: { md5: meta.sample.md5, 'sha-1': meta.sample.sha1, 'sha-256': meta.sample.sha256 },
        ...(opts.ghidraCompat ? { description: { text: 'placeholder' } } : {}),
        ...(opts.radareCompat && meta.flavor === 'static' && 'value' in meta.analysis.base_address
          ? { properties: { additionalProperties: { imageBase: meta.analysis.base_address.value } } }
          : {}),
      },
    ],
    ...(opts.ghidraCompat ? {} : { invocations: [invocation] }),
    results,
  };
  if (taxonomies.length) run.taxonomies = taxonomies;
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

/** The SARIF log as JSON text (2-space indented, like most SARIF producers). */
export function renderSarif(doc: ResultDocument, opts: SarifOptions = {}): string {
  return JSON.stringify(toSarif(doc, opts), (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v), 2) + '\n';
}
