// Hidden-class primers for the objects code analysis creates by the hundred thousand.
//
// V8 gives object-literal fields a representation from the first values stored: a numeric field
// that has only seen small integers is "Smi". The first non-Smi number (an amd64 address, an
// 0xffffffff immediate, an address computed in floating point by optimised code) generalises the
// field, which deprecates the hidden class: every object already created keeps the old class and is
// migrated one at a time on its next property access, each time through an inline-cache miss. On
// mimikatz that was one miss per instruction in the block builder, which reset V8's optimisation
// counters so the loop never got optimised.
//
// Creating each hot shape once up front with non-number values makes its fields "tagged" from the
// start: numbers of any kind are then stored without generalisation. Literals with the same keys in
// the same order share the hidden class, so the primers must list keys exactly as the creating code
// does (a mismatch only loses the optimisation, never changes results). Kept referenced so the
// classes (held weakly by V8's transition trees) stay alive.

const u = undefined;

export const SHAPE_PRIMERS: readonly object[] = [
  // Insn (insn.ts: convert/decodeIn, vpcextAt)
  { va: u, length: u, mnemonic: u, mnem: u, flow: u, flags: u, prefixes: u, operands: u },
  { va: u, length: u, mnemonic: u, mnem: u, flow: u, flags: u, prefixes: u, operands: u, target: u },
  // operands
  { kind: u, reg: u, name: u, width: u },
  { kind: u, target: u, width: u },
  { kind: u, value: u, width: u },
  { kind: u, value: u, big: u, width: u },
  { kind: u, address: u, width: u },
  { kind: u, target: u, disp: u, width: u },
  { kind: u, base: u, baseName: u, disp: u, width: u },
  { kind: u, base: u, index: u, scale: u, disp: u, width: u },
  { kind: u, base: u, index: u, scale: u, disp: u, width: u, baseName: u },
  { kind: u, base: u, index: u, scale: u, disp: u, width: u, baseName: u, indexName: u },
  { kind: u, base: u, index: u, scale: u, disp: u, width: u, indexName: u },
  // Branch (branches.ts), Xref / function / block records (analyze.ts)
  { va: u, flags: u },
  { from: u, to: u, type: u, flags: u },
  { va: u, blocks: u, importThunk: u, noReturn: u },
  { va: u, size: u, end: u, insns: u, succs: u },
  { to: u, kind: u },
  { va: u, blocks: u, importThunk: u, isThunk: u, noReturn: u },
];
