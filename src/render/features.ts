// Text of `capa-ts features`, laid out like capa's scripts/show-features.py:
//
//   global: global: os(windows)
//   file: 0x10001000: export(DllMain)
//   func: 0x10001010
//    func: 0x10001010: characteristic(loop)
//    func: 0x10001010: characteristic(calls to) -> 0x10001234
//    bb: 0x10001010: basic block
//     insn: 0x10001010: mnemonic(push)
//     insn: 0x10001010: 0x10001015: characteristic(calls from) -> 0x10001398
//
// Features print as capa's `name(value)`; os/arch/format are printed once as globals only.

import { addrKey, formatAddress, type Address } from '../features/address.js';
import type { StaticExtractor } from '../features/extractor.js';
import { bytesToHex, type Feature } from '../features/feature.js';

const GLOBAL_TYPES = new Set(['os', 'arch', 'format']);

function hexInt(v: bigint | number): string {
  const b = typeof v === 'bigint' ? v : BigInt(v);
  return b < 0n ? '-0x' + (-b).toString(16).toUpperCase() : '0x' + b.toString(16).toUpperCase();
}

/** escape control characters so every feature stays on one line */
function escapeText(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f\\]/g, (c) => {
    switch (c) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\\':
        return '\\\\';
      default:
        return '\\x' + c.charCodeAt(0).toString(16).padStart(2, '0');
    }
  });
}

/** capa's `str(feature)`: `api(CreateFileA)`, `number(0x10)`, `operand[1].offset(0x4)`, `basic block` */
export function featureText(f: Feature): string {
  let name: string = f.type;
  if (f.type === 'operand number') name = `operand[${f.index}].number`;
  else if (f.type === 'operand offset') name = `operand[${f.index}].offset`;
  else if (f.type === 'function name') name = 'function-name';
  else if (f.type === 'property' && f.access) name = `property/${f.access}`;
  if (f.type === 'basic block' || f.value === null) return name;
  const v = f.value;
  let vs: string;
  if (v instanceof Uint8Array) vs = bytesToHex(v).toUpperCase().replace(/(..)(?!$)/g, '$1 ');
  else if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) vs = hexInt(v);
  else if (typeof v === 'number') vs = String(v);
  else vs = escapeText(v);
  return f.description ? `${name}(${vs} = ${f.description})` : `${name}(${vs})`;
}

export interface RenderFeaturesOptions {
  /** only this function (no file features), as show-features.py `--function` */
  readonly functionVa?: number;
}

/**
 * Emit the lines of the features listing. Returns false when `functionVa` names no function of
 * the extractor (nothing but the globals is emitted then).
 */
export function renderFeatureLines(x: StaticExtractor, emit: (line: string) => void, opts: RenderFeaturesOptions = {}): boolean {
  for (const g of x.globalFeatures()) emit(`global: ${formatAddress(g.address)}: ${featureText(g.feature)}`);
  if (opts.functionVa === undefined) {
    for (const l of x.fileFeatures()) emit(`file: ${formatAddress(l.address)}: ${featureText(l.feature)}`);
  }
  let found = false;
  for (const f of x.functions()) {
    const fa = f.address;
    if (opts.functionVa !== undefined && !((fa.type === 'absolute' || fa.type === 'dn token') && fa.value === opts.functionVa)) continue;
    found = true;
    if (x.isLibraryFunction(fa)) continue;
    const fas = formatAddress(fa);
    emit(`func: ${fas}`);
    for (const l of x.functionFeatures(f)) {
      if (GLOBAL_TYPES.has(l.feature.type)) continue;
      emit(` func: ${fas}: ${featureText(l.feature)}${suffix(fa, l.address)}`);
    }
    for (const bb of x.basicBlocks(f)) {
      const bas = formatAddress(bb.address);
      for (const l of x.basicBlockFeatures(f, bb)) {
        if (GLOBAL_TYPES.has(l.feature.type)) continue;
        emit(` bb: ${bas}: ${featureText(l.feature)}${suffix(bb.address, l.address)}`);
      }
      for (const ih of x.instructions(f, bb)) {
        const ias = formatAddress(ih.address);
        for (const l of x.instructionFeatures(f, bb, ih)) {
          if (GLOBAL_TYPES.has(l.feature.type)) continue;
          if (addrKey(l.address) === addrKey(ih.address)) emit(`  insn: ${ias}: ${featureText(l.feature)}`);
          else emit(`  insn: ${fas}: ${ias}: ${featureText(l.feature)} -> ${formatAddress(l.address)}`);
        }
      }
    }
  }
  return opts.functionVa === undefined || found;
}

function suffix(scope: Address, at: Address): string {
  return addrKey(scope) === addrKey(at) ? '' : ` -> ${formatAddress(at)}`;
}

/** The whole listing as one string (newline-terminated lines). */
export function renderFeatures(x: StaticExtractor, opts: RenderFeaturesOptions = {}): string {
  const lines: string[] = [];
  renderFeatureLines(x, (l) => lines.push(l), opts);
  return lines.length ? lines.join('\n') + '\n' : '';
}
