// The JSON form of a feature shared by capa's freeze files and result documents
// (capa/features/freeze/features.py): `{"type": T, <field>: value, "description"?: …}` where the
// field is the feature kind's Python field name. Parsing lives with each reader; this is the one
// table of field names.

import type { FeatureType } from './feature.js';

/** The field holding each feature kind's value (Python field name); null: the kind has no value. */
export const FEATURE_JSON_FIELD = {
  os: 'os',
  arch: 'arch',
  format: 'format',
  match: 'match',
  characteristic: 'characteristic',
  export: 'export',
  import: 'import_',
  section: 'section',
  'function name': 'function_name',
  substring: 'substring',
  regex: 'regex',
  string: 'string',
  class: 'class_',
  namespace: 'namespace',
  api: 'api',
  property: 'property',
  number: 'number',
  bytes: 'bytes',
  offset: 'offset',
  mnemonic: 'mnemonic',
  'operand number': 'operand_number',
  'operand offset': 'operand_offset',
  'basic block': null,
} as const satisfies Record<FeatureType, string | null>;

/**
 * pydantic's aliases: capa writes the field names above, but its models also accept these keys
 * (`populate_by_name`), so readers must too.
 */
export const FEATURE_JSON_ALIAS: Partial<Record<FeatureType, string>> = {
  import: 'import',
  'function name': 'function name',
  class: 'class',
  'operand number': 'operand number',
  'operand offset': 'operand offset',
};

/** Python's `repr(float)`: shortest round-trip digits, exponent outside 1e-4 ≤ |x| < 1e16. */
export function pythonFloatRepr(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [mant, expStr] = x.toExponential().split('e') as [string, string];
  const exp = Number(expStr);
  const neg = mant.startsWith('-');
  const digits = mant.replace('-', '').replace('.', '');
  let out: string;
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    out = m + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  } else if (exp < 0) {
    out = '0.' + '0'.repeat(-exp - 1) + digits;
  } else if (digits.length <= exp + 1) {
    out = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
  } else {
    out = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  }
  return neg ? '-' + out : out;
}
