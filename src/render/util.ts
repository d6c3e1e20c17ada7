// Helpers shared by the text renderers: rule selection and ordering as capa does it, integer and
// string formatting, and dynamic-layout names.

import { addrKey, compareAddress, formatAddress, type Address } from '../features/address.js';
import { MAEC_FIELDS, type AttackSpec, type DynamicLayout, type MBCSpec, type ResultDocument, type RuleMatches } from './rdoc.js';

export { compareAddress, formatAddress };

export interface RenderOptions {
  /** ANSI colours like capa on a terminal (default false) */
  color?: boolean;
  /**
   * Console width in columns, as rich sees it (capa on a terminal: its width; piped: $COLUMNS or
   * 80). Wider tables are narrowed and text word-wraps like rich. Default: unlimited, no wrapping.
   */
  width?: number;
  /** rules the analysis used: "no capabilities found" then says how many, so a near-empty rule set shows */
  ruleCount?: number;
}

/** capa's "no capabilities found", with the number of rules used when known */
export function noCapabilitiesText(opts: RenderOptions): string {
  return opts.ruleCount === undefined ? 'no capabilities found' : `no capabilities found (${opts.ruleCount} rule${opts.ruleCount === 1 ? '' : 's'} used)`;
}

/** Python's str ordering (code points; JS `<` compares UTF-16 units, which differs above U+FFFF). */
export function comparePy(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs === ys) return x - y;
    return xs ? 1 : -1; // a surrogate (astral code point) sorts after any BMP unit it is compared to
  }
  return a.length - b.length;
}

/** Lexicographic comparison of string tuples. */
export function compareTuple(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = comparePy(a[i]!, b[i]!);
    if (c) return c;
  }
  return a.length - b.length;
}

/** All rules sorted by (namespace or "", name). */
export function sortRules(doc: ResultDocument): RuleMatches[] {
  return Object.values(doc.rules).sort((a, b) =>
    compareTuple([a.meta.namespace ?? '', a.meta.name], [b.meta.namespace ?? '', b.meta.name]),
  );
}

export function hasMaec(r: RuleMatches): boolean {
  const m = r.meta.maec ?? {};
  return MAEC_FIELDS.some((k) => !!m[k]);
}

/** "Capability" rules in (namespace, name) order: not lib, not synthetic, not internal/, no MAEC. */
export function capabilityRules(doc: ResultDocument): RuleMatches[] {
  return sortRules(doc).filter(
    (r) => !r.meta.lib && !(r.meta.namespace ?? '').startsWith('internal/') && !r.meta.is_subscope_rule && !hasMaec(r),
  );
}

/** Rules carrying any MAEC field, in document order. */
export function maecRules(doc: ResultDocument): RuleMatches[] {
  return Object.values(doc.rules).filter(hasMaec);
}

/** `A::B::C [ID]` */
export function formatPartsId(s: AttackSpec | MBCSpec): string {
  return `${s.parts.join('::')} [${s.id}]`;
}

/** capa.helpers.hex: upper-case hex digits, `-0x…` for negatives. */
export function hexInt(n: bigint | number): string {
  if (typeof n === 'number' && !Number.isInteger(n)) return String(n);
  const b = BigInt(n);
  return b < 0n ? '-0x' + (-b).toString(16).toUpperCase() : '0x' + b.toString(16).toUpperCase();
}

// ------------------------------------------------------------------ Python repr-based escaping

const NON_PRINTABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u;

function pyRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === quote) out += '\\' + ch;
    else if (ch === '\t') out += '\\t';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (cp < 0x20 || cp === 0x7f) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x7f || (ch !== ' ' && !NON_PRINTABLE.test(ch)) || ch === ' ') out += ch;
    else if (cp < 0x100) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + quote;
}

/** capa.features.common.escape_string: repr() without quotes, `\'` → `'`, `"` → `\"`. */
export function escapeString(s: string): string {
  return pyRepr(s).slice(1, -1).split("\\'").join("'").split('"').join('\\"');
}

// ------------------------------------------------------------------ dynamic layout names

interface LayoutIndex {
  processes: Map<string, string>;
  calls: Map<string, string>;
}
const layoutIndexes = new WeakMap<DynamicLayout, LayoutIndex>();

/** Name lookups by address, built once per layout (capa scans the layout for every lookup). */
function indexLayout(layout: DynamicLayout): LayoutIndex {
  let ix = layoutIndexes.get(layout);
  if (ix) return ix;
  ix = { processes: new Map(), calls: new Map() };
  for (const p of layout.processes) {
    const pk = String(addrKey(p.address));
    if (!ix.processes.has(pk)) ix.processes.set(pk, p.name);
    for (const t of p.matched_threads) {
      for (const c of t.matched_calls) {
        const ck = String(addrKey(c.address));
        if (!ix.calls.has(ck)) ix.calls.set(ck, c.name);
      }
    }
  }
  layoutIndexes.set(layout, ix);
  return ix;
}

export function processName(layout: DynamicLayout, addr: Address): string {
  return indexLayout(layout).processes.get(String(addrKey(addr))) ?? '';
}

export function callName(layout: DynamicLayout, call: Address): string {
  if (call.type !== 'call') return '';
  return indexLayout(layout).calls.get(String(addrKey(call))) ?? '';
}

export function renderProcess(layout: DynamicLayout, addr: Address): string {
  if (addr.type !== 'process') return formatAddress(addr);
  return `${processName(layout, addr)}{pid:${addr.value[1]}}`;
}

export function renderThread(layout: DynamicLayout, addr: Address): string {
  if (addr.type !== 'thread') return formatAddress(addr);
  const proc: Address = { type: 'process', value: [addr.value[0], addr.value[1]] };
  return `${processName(layout, proc)}{pid:${addr.value[1]},tid:${addr.value[2]}}`;
}

/** `name{pid:P,tid:T,call:C}` then the call spread over lines: `Api(`, `  arg,`…, `) -> ret`. */
export function renderCall(layout: DynamicLayout, addr: Address, color: boolean, mute: (s: string) => string): string {
  if (addr.type !== 'call') return formatAddress(addr);
  const [ppid, pid, tid, id] = addr.value;
  const pname = processName(layout, { type: 'process', value: [ppid, pid] });
  const cname = callName(layout, addr);
  const open = cname.indexOf('(');
  const fname = open < 0 ? cname : cname.slice(0, open);
  const rest0 = open < 0 ? '' : cname.slice(open + 1);
  const close = rest0.lastIndexOf(')');
  const args = close < 0 ? '' : rest0.slice(0, close);
  const rest = close < 0 ? rest0 : rest0.slice(close + 1);
  const lines = [`${fname}(`, ...args.split(', ').map((a) => `  ${a},`), `)${rest}`];
  void color;
  return `${pname}{pid:${pid},tid:${tid},call:${id}}\n${mute(lines.join('\n'))}`;
}

/** textwrap.indent(s, "  " * indent) minus the prefix on the first line. */
export function hangingIndent(s: string, indent: number): string {
  const prefix = '  '.repeat(indent);
  const lines = s.split('\n');
  return lines.map((l, i) => (i === 0 || l.trim() === '' ? l : prefix + l)).join('\n');
}
