// Result document <-> JSON text, keeping 64-bit feature integers exact.
//
// Writing: capa prints pydantic's compact JSON (no whitespace, nulls omitted, key order = field
// order). Our documents are built in that field order, so the writer only has to print values:
// bigint as a bare integer, strings like JSON.stringify (pydantic leaves non-ASCII unescaped),
// undefined fields omitted, and a float `number` feature the way Python prints floats (`2.0`, `1e-05`).
//
// Reading: the integers that may exceed 2^53 sit under six keys (`number`, `offset`,
// `operand_number`, `operand_offset`, `min`, `max`). A regex pre-pass quotes those literals, the
// native JSON.parse does the heavy lifting (the dynamic documents reach ~80 MB), and a walk over the
// match trees turns the quoted digits into bigints. The pre-pass cannot fire inside a string
// literal: there the key's quotes would be escaped (`\\"number\\":`), and a quote preceded by `{`/`,`
// is never an escaped one.

import type { FeatureJson, Match, ResultDocument } from './rdoc.js';
import { pythonFloatRepr } from '../features/feature-json.js';

export class RdocJsonError extends Error {
  readonly code: 'RDOC_JSON';
  constructor(message: string) {
    super(message);
    this.name = 'RdocJsonError';
    this.code = 'RDOC_JSON';
  }
}

// ------------------------------------------------------------------ writer

export { pythonFloatRepr };

/**
 * Any JSON-shaped value (with bigints) as compact JSON. The native JSON.stringify does the work
 * (several times faster than a hand-written writer on the ~80 MB dynamic documents); a replacer
 * turns bigints and float `number` features into marker strings carrying their final text, and one
 * regex pass unquotes the markers. The marker starts with a NUL and a per-call nonce, so no real
 * string can be mistaken for one.
 */
export function toCompactJson(value: unknown): string {
  const nonce = Math.random().toString(36).slice(2, 10);
  const mark = '\u0000' + nonce + ':';
  const text = JSON.stringify(value, function (this: unknown, key: string, v: unknown): unknown {
    if (typeof v === 'bigint') return mark + v.toString();
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new RdocJsonError(`cannot write non-finite number under "${key}"`);
      // feature integers are bigints in the model, so a JS number under `number` is a float
      if (key === 'number' && !Array.isArray(this)) return mark + pythonFloatRepr(v);
    }
    return v;
  });
  if (text === undefined) throw new RdocJsonError('value has no JSON form');
  return text.replace(new RegExp('"\\\\u0000' + nonce + ':([^"]*)"', 'g'), '$1');
}

/** The result document as capa's `-j` output (without the trailing newline `print` adds). */
export function serializeResultDocument(doc: ResultDocument): string {
  return toCompactJson(doc);
}

// ------------------------------------------------------------------ reader

const BIG_KEYS_RE = /"(number|offset|operand_number|operand_offset|min|max)"(\s*:\s*)(-?\d+)(?=\s*[,}\]])/g;

/** Only a key whose opening quote follows `{` or `,` (skipping whitespace) is a real key. */
function quoteBigLiterals(text: string): string {
  return text.replace(BIG_KEYS_RE, (m: string, key: string, colon: string, digits: string, at: number) => {
    let i = at - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i--;
    if (i < 0 || (text[i] !== '{' && text[i] !== ',')) return m;
    return '"' + key + '"' + colon + '"' + digits + '"';
  });
}

function toBig(v: unknown, what: string): bigint | number {
  if (typeof v === 'string') {
    if (!/^-?\d+$/.test(v)) throw new RdocJsonError(`${what}: expected an integer, got "${v}"`);
    return BigInt(v);
  }
  if (typeof v === 'number') return v; // a float literal (`1.5`, `2.0`) stays a float
  throw new RdocJsonError(`${what}: expected a number`);
}

function fixFeature(f: FeatureJson): void {
  const r = f as unknown as Record<string, unknown>;
  switch (f.type) {
    case 'number':
      r.number = toBig(r.number, 'number feature');
      break;
    case 'offset':
      r.offset = toBig(r.offset, 'offset feature');
      break;
    case 'operand number':
      r.operand_number = toBig(r.operand_number, 'operand number feature');
      break;
    case 'operand offset':
      r.operand_offset = toBig(r.operand_offset, 'operand offset feature');
      break;
    default:
      break;
  }
}

function fixMatch(root: Match): void {
  const stack: Match[] = [root];
  while (stack.length) {
    const m = stack.pop()!;
    if (typeof m !== 'object' || m === null || typeof m.node !== 'object' || m.node === null) {
      throw new RdocJsonError('malformed match node');
    }
    const n = m.node;
    if (n.type === 'feature' && n.feature) fixFeature(n.feature);
    else if (n.type === 'statement' && n.statement && n.statement.type === 'range') {
      const s = n.statement as unknown as Record<string, unknown>;
      const min = toBig(s.min, 'range min');
      const max = toBig(s.max, 'range max');
      if (typeof min !== 'bigint' || typeof max !== 'bigint') throw new RdocJsonError('range bounds must be integers');
      s.min = min;
      s.max = max;
      if (n.statement.child) fixFeature(n.statement.child);
    }
    if (Array.isArray(m.children)) for (const c of m.children) stack.push(c);
  }
}

/**
 * Parse capa's JSON result document. Feature integers and range bounds become bigints; the rest
 * is plain JSON. Throws RdocJsonError on malformed input (shape validation is the schema's job).
 */
export function parseResultDocument(text: string): ResultDocument {
  let raw: unknown;
  try {
    raw = JSON.parse(quoteBigLiterals(text));
  } catch (e) {
    throw new RdocJsonError(`invalid JSON: ${(e as Error).message}`);
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new RdocJsonError('not a JSON object');
  const doc = raw as ResultDocument;
  if (typeof doc.rules !== 'object' || doc.rules === null) throw new RdocJsonError('missing "rules"');
  for (const name of Object.keys(doc.rules)) {
    const rm = doc.rules[name]!;
    if (typeof rm !== 'object' || rm === null || !Array.isArray(rm.matches)) {
      throw new RdocJsonError(`rule "${name}": missing "matches"`);
    }
    for (const pair of rm.matches) {
      if (!Array.isArray(pair) || pair.length !== 2) throw new RdocJsonError(`rule "${name}": malformed match pair`);
      fixMatch(pair[1]);
    }
  }
  return doc;
}
