// The feature vocabulary shared by every stage (capa-semantics.md §1.5, §3.1, §5.3).
//
// A feature's identity is (type, value) plus the operand index for operand features and the access
// for properties; descriptions never take part. That identity is precomputed once as `key`, so
// feature sets are plain Maps keyed by string. Type names are capa's JSON names
// ('function name', 'operand number', 'basic block'), not the rule-file keys.

export type FeatureType =
  | 'os'
  | 'arch'
  | 'format'
  | 'match'
  | 'characteristic'
  | 'export'
  | 'import'
  | 'section'
  | 'function name'
  | 'substring'
  | 'regex'
  | 'string'
  | 'class'
  | 'namespace'
  | 'api'
  | 'property'
  | 'number'
  | 'bytes'
  | 'offset'
  | 'mnemonic'
  | 'operand number'
  | 'operand offset'
  | 'basic block';

/** Integers are exact (bigint); `number` may also be a non-integral float (.NET `ldc.r8`). */
export type FeatureValue = string | bigint | number | Uint8Array | null;

export type PropertyAccess = 'read' | 'write';

export interface Feature {
  readonly type: FeatureType;
  readonly value: FeatureValue;
  /** operand index, for 'operand number' / 'operand offset' */
  readonly index?: number;
  /** for 'property' */
  readonly access?: PropertyAccess;
  readonly description?: string;
  /**
   * set on a `number` whose value was a float in the source (.NET `ldc.r8 6.0`, a capa freeze's
   * `6.0`): same identity as the integer (Python's 6 == 6.0), but written back as `6.0`
   */
  readonly float?: true;
  /** identity: equal keys ⇔ equal features */
  readonly key: string;
}

const SEP = '\u0000';

const HEX_PAIRS: readonly string[] = Array.from({ length: 256 }, (_, i) => (i < 16 ? '0' : '') + i.toString(16));

export function bytesToHex(b: Uint8Array): string {
  // joined from a table rather than concatenated: `+=` leaves a rope of cons strings per byte
  // (bytes-feature keys are kept for the whole run) and formats every byte again
  const parts = new Array<string>(b.length);
  for (let i = 0; i < b.length; i++) parts[i] = HEX_PAIRS[b[i]!]!;
  return parts.join('');
}

/** Python compares 1 == 1.0: integral floats become bigints so they share one identity. */
function normaliseNumber(v: bigint | number): bigint | number {
  if (typeof v === 'number' && Number.isInteger(v)) return BigInt(v);
  return v;
}

export function featureKey(
  type: FeatureType,
  value: FeatureValue,
  index?: number,
  access?: PropertyAccess,
): string {
  let v: string;
  if (value === null) v = '';
  else if (value instanceof Uint8Array) v = bytesToHex(value);
  else if (typeof value === 'bigint') v = value.toString();
  else if (typeof value === 'number') v = 'f' + String(value);
  else v = value;
  if (index !== undefined) return type + SEP + index + SEP + v;
  if (access !== undefined) return type + SEP + access + SEP + v;
  return type + SEP + v;
}

export function makeFeature(
  type: FeatureType,
  value: FeatureValue,
  opts: { index?: number; access?: PropertyAccess; description?: string; float?: boolean } = {},
): Feature {
  let float = false;
  if ((type === 'number' || type === 'offset' || type === 'operand number' || type === 'operand offset') &&
    (typeof value === 'number' || typeof value === 'bigint')) {
    float = type === 'number' && opts.float === true && typeof value === 'number' && Number.isInteger(value);
    value = normaliseNumber(value);
  }
  const f: { -readonly [K in keyof Feature]: Feature[K] } = {
    type,
    value,
    key: featureKey(type, value, opts.index, opts.access),
  };
  if (opts.index !== undefined) f.index = opts.index;
  if (opts.access !== undefined) f.access = opts.access;
  if (opts.description !== undefined) f.description = opts.description;
  if (float) f.float = true;
  return f;
}

// Constructors for the extractors' hot paths.
export const api = (name: string): Feature => makeFeature('api', name);
export const str = (s: string): Feature => makeFeature('string', s);
export const num = (n: bigint | number): Feature => makeFeature('number', n);
export const offset = (n: bigint | number): Feature => makeFeature('offset', n);
export const operandNumber = (i: number, n: bigint | number): Feature => makeFeature('operand number', n, { index: i });
export const operandOffset = (i: number, n: bigint | number): Feature => makeFeature('operand offset', n, { index: i });
export const mnemonic = (m: string): Feature => makeFeature('mnemonic', m);
export const bytesFeature = (b: Uint8Array): Feature => makeFeature('bytes', b);
export const characteristic = (c: Characteristic): Feature => makeFeature('characteristic', c);
export const importFeature = (name: string): Feature => makeFeature('import', name);
export const exportFeature = (name: string): Feature => makeFeature('export', name);
export const section = (name: string): Feature => makeFeature('section', name);
export const functionName = (name: string): Feature => makeFeature('function name', name);
export const classFeature = (name: string): Feature => makeFeature('class', name);
export const namespaceFeature = (name: string): Feature => makeFeature('namespace', name);
export const property = (name: string, access?: PropertyAccess): Feature =>
  makeFeature('property', name, access === undefined ? {} : { access });
export const matchFeature = (name: string): Feature => makeFeature('match', name);
export const os = (v: string): Feature => makeFeature('os', v);
export const arch = (v: string): Feature => makeFeature('arch', v);
export const format = (v: string): Feature => makeFeature('format', v);
export const basicBlock = (): Feature => makeFeature('basic block', null);

export const CHARACTERISTICS = {
  instruction: ['nzxor', 'peb access', 'fs access', 'gs access', 'indirect call', 'call $+5', 'cross section flow', 'unmanaged call'],
  'basic block': ['tight loop', 'stack string'],
  function: ['loop', 'recursive call', 'calls from', 'calls to'],
  file: ['embedded pe', 'mixed mode', 'forwarded export'],
} as const;

export type Characteristic =
  | (typeof CHARACTERISTICS)['instruction'][number]
  | (typeof CHARACTERISTICS)['basic block'][number]
  | (typeof CHARACTERISTICS)['function'][number]
  | (typeof CHARACTERISTICS)['file'][number];

export const OS_VALUES = [
  'windows', 'linux', 'macos', 'android', 'hpux', 'netbsd', 'hurd', '86open', 'solaris', 'aix', 'irix', 'freebsd',
  'tru64', 'modesto', 'openbsd', 'openvms', 'nsk', 'aros', 'fenixos', 'cloud', 'syllable', 'nacl', 'dragonfly BSD',
  'illumos', 'z/os', 'unix', 'any',
] as const;
export const ARCH_VALUES = ['i386', 'amd64', 'aarch64', 'any'] as const;
export const FORMAT_VALUES = ['pe', 'elf', 'dotnet'] as const;

/** Text form used by `features` output and -vv trees, e.g. `api: CreateFileA`, `number: 0x10`. */
export function formatFeature(f: Feature): string {
  const v = f.value;
  let vs: string;
  if (v === null) vs = '';
  else if (v instanceof Uint8Array) vs = bytesToHex(v).toUpperCase().replace(/(..)(?!$)/g, '$1 ');
  else if (typeof v === 'bigint') vs = (v < 0n ? '-0x' + (-v).toString(16) : '0x' + v.toString(16)).toUpperCase().replace('0X', '0x');
  else if (typeof v === 'number') vs = String(v);
  else vs = v;
  let k: string = f.type;
  if (f.type === 'operand number') k = `operand[${f.index}].number`;
  else if (f.type === 'operand offset') k = `operand[${f.index}].offset`;
  else if (f.type === 'property' && f.access) k = `property/${f.access}`;
  else if (f.type === 'function name') k = 'function-name';
  const out = f.type === 'basic block' ? 'basic block' : `${k}: ${vs}`;
  return f.description ? `${out} = ${f.description}` : out;
}
