// Writing freeze files exactly as capa does (capa/features/freeze/__init__.py `dumps_static` /
// `dumps_dynamic`): the same field names and order (pydantic's compact `model_dump_json` with
// `exclude_none`), features of each scope sorted by (address, the feature's JSON with its null
// fields), functions/blocks/instructions and processes/threads/calls sorted by address. A freeze
// read from a capa file and written again gives back capa's JSON text unchanged.

import { zlibSync } from 'fflate';
import { absolute, compareAddress, NO_ADDRESS, type Address } from '../../features/address.js';
import type { DynamicExtractor, Located, StaticExtractor } from '../../features/extractor.js';
import { bytesToHex, type Feature } from '../../features/feature.js';
import { FEATURE_JSON_FIELD, pythonFloatRepr } from '../../features/feature-json.js';
import {
  FREEZE_MAGIC,
  FREEZE_VERSION,
  type DynamicFreeze,
  type Freeze,
  type FreezeFunction,
  type FreezeLibraryFunction,
  type FreezeProcess,
  type StaticFreeze,
} from './model.js';

export interface FreezeOptions {
  /** written as extractor.version (capa writes its own version) */
  readonly version: string;
  /** capa's `--reproducible`: extractor.version is written empty */
  readonly reproducible?: boolean;
}

// ------------------------------------------------------------------ JSON pieces

function addressJson(a: Address): string {
  if (a.type === 'no address') return '{"type":"no address"}';
  const v = a.value;
  return `{"type":"${a.type}","value":${typeof v === 'number' ? v : '[' + v.join(',') + ']'}}`;
}

function valueJson(f: Feature): string {
  const v = f.value;
  if (typeof v === 'bigint') return f.float ? pythonFloatRepr(Number(v)) : v.toString();
  if (typeof v === 'number') return pythonFloatRepr(v);
  if (v instanceof Uint8Array) return '"' + bytesToHex(v) + '"';
  return JSON.stringify(v);
}

/**
 * A feature as pydantic prints it. `withNulls` gives `model_dump_json()` (capa's sort key, which
 * keeps `"description":null` and a property's `"access":null`); otherwise the `exclude_none` form.
 */
export function featureJson(f: Feature, withNulls = false): string {
  let s = '{"type":"' + f.type + '"';
  if (f.type === 'property') {
    if (f.access !== undefined) s += ',"access":"' + f.access + '"';
    else if (withNulls) s += ',"access":null';
  } else if (f.type === 'operand number' || f.type === 'operand offset') {
    s += ',"index":' + f.index;
  }
  const field = FEATURE_JSON_FIELD[f.type];
  if (field !== null) s += ',"' + field + '":' + valueJson(f);
  if (f.description !== undefined) s += ',"description":' + JSON.stringify(f.description);
  else if (withNulls) s += ',"description":null';
  return s + '}';
}

/** Python compares str by code point; JS `<` by UTF-16 unit: they differ only around surrogates. */
function comparePyStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if ((x >= 0xd800 && x <= 0xdfff) || (y >= 0xd800 && y <= 0xdfff)) {
      return (a.codePointAt(i) ?? x) - (b.codePointAt(i) ?? y);
    }
    return x - y;
  }
  return a.length - b.length;
}

/** capa's `sort(key=lambda f: (f.address, f.feature.model_dump_json()))` */
function sortLocated(list: Iterable<Located>): Located[] {
  const keyed = [...list].map((l) => ({ l, k: featureJson(l.feature, true) }));
  keyed.sort((a, b) => compareAddress(a.l.address, b.l.address) || comparePyStr(a.k, b.k));
  return keyed.map((x) => x.l);
}

const byAddress = <T extends { readonly address: Address }>(list: T[]): T[] => list.sort((a, b) => compareAddress(a.address, b.address));

// ------------------------------------------------------------------ extractor → model

/**
 * The backend named in the header. A freeze re-frozen keeps its original backend's name (capa would
 * write its null extractor's class name, losing where the features came from).
 */
const sourceName = (x: StaticExtractor | DynamicExtractor): string => (x as { sourceExtractor?: string }).sourceExtractor ?? x.name;

/** Everything a static extractor yields, in capa's freeze order. */
export function freezeStatic(x: StaticExtractor, opts: FreezeOptions): StaticFreeze {
  const global = [...x.globalFeatures()]
    .map((g) => ({ f: g.feature, k: featureJson(g.feature, true) }))
    .sort((a, b) => comparePyStr(a.k, b.k))
    .map((g) => g.f);
  const functions: FreezeFunction[] = [];
  const libraryFunctions: FreezeLibraryFunction[] = [];
  for (const f of x.functions()) {
    if (x.isLibraryFunction(f.address)) libraryFunctions.push({ address: f.address, name: x.functionName(f.address) ?? '' });
    const basicBlocks = [];
    for (const bb of x.basicBlocks(f)) {
      const instructions = [];
      for (const insn of x.instructions(f, bb)) {
        instructions.push({ address: insn.address, features: sortLocated(x.instructionFeatures(f, bb, insn)) });
      }
      basicBlocks.push({ address: bb.address, features: sortLocated(x.basicBlockFeatures(f, bb)), instructions: byAddress(instructions) });
    }
    functions.push({ address: f.address, features: sortLocated(x.functionFeatures(f)), basicBlocks: byAddress(basicBlocks) });
  }
  return {
    version: FREEZE_VERSION,
    baseAddress: x.baseAddress(),
    sampleHashes: x.sampleHashes(),
    flavor: 'static',
    extractor: { name: sourceName(x), version: opts.reproducible ? '' : opts.version },
    global,
    file: sortLocated(x.fileFeatures()),
    functions: byAddress(functions),
    libraryFunctions: byAddress(libraryFunctions),
  };
}

/** Everything a dynamic extractor yields, in capa's freeze order. */
export function freezeDynamic(x: DynamicExtractor, opts: FreezeOptions): DynamicFreeze {
  const global = [...x.globalFeatures()]
    .map((g) => ({ f: g.feature, k: featureJson(g.feature, true) }))
    .sort((a, b) => comparePyStr(a.k, b.k))
    .map((g) => g.f);
  const processes: FreezeProcess[] = [];
  for (const p of x.processes()) {
    const threads = [];
    for (const t of x.threads(p)) {
      const calls = [];
      for (const c of x.calls(p, t)) {
        calls.push({ address: c.address, name: x.callName(p, t, c), features: sortLocated(x.callFeatures(p, t, c)) });
      }
      threads.push({ address: t.address, features: sortLocated(x.threadFeatures(p, t)), calls: byAddress(calls) });
    }
    processes.push({ address: p.address, name: x.processName(p), features: sortLocated(x.processFeatures(p)), threads: byAddress(threads) });
  }
  return {
    version: FREEZE_VERSION,
    baseAddress: dynamicBase(x),
    sampleHashes: x.sampleHashes(),
    flavor: 'dynamic',
    extractor: { name: sourceName(x), version: opts.reproducible ? '' : opts.version },
    global,
    file: sortLocated(x.fileFeatures()),
    processes: byAddress(processes),
  };
}

function dynamicBase(x: DynamicExtractor): Address {
  const b = x.baseAddress?.();
  return b === undefined ? NO_ADDRESS : absolute(b);
}

// ------------------------------------------------------------------ model → JSON → bytes

function locatedJson(out: string[], list: readonly Located[], scopeKey: string | undefined, scope: string): void {
  out.push('[');
  for (let i = 0; i < list.length; i++) {
    const l = list[i]!;
    if (i) out.push(',');
    out.push('{');
    if (scopeKey !== undefined) out.push('"', scopeKey, '":', scope, ',');
    out.push('"address":', addressJson(l.address), ',"feature":', featureJson(l.feature), '}');
  }
  out.push(']');
}

/** The freeze document as capa's compact JSON text. */
export function freezeToJson(fz: Freeze): string {
  const out: string[] = [];
  out.push('{"version":', String(fz.version), ',"base_address":', addressJson(fz.baseAddress));
  const h = fz.sampleHashes;
  out.push(',"sample_hashes":{"md5":', JSON.stringify(h.md5), ',"sha1":', JSON.stringify(h.sha1), ',"sha256":', JSON.stringify(h.sha256), '}');
  out.push(',"flavor":"', fz.flavor, '","extractor":{"name":', JSON.stringify(fz.extractor.name), ',"version":', JSON.stringify(fz.extractor.version), '}');
  out.push(',"features":{"global_":[');
  fz.global.forEach((g, i) => out.push(i ? ',' : '', '{"feature":', featureJson(g), '}'));
  out.push('],"file":');
  locatedJson(out, fz.file, undefined, '');
  if (fz.flavor === 'static') {
    out.push(',"functions":[');
    fz.functions.forEach((f, i) => {
      const fa = addressJson(f.address);
      out.push(i ? ',' : '', '{"address":', fa, ',"features":');
      locatedJson(out, f.features, 'function', fa);
      out.push(',"basic_blocks":[');
      f.basicBlocks.forEach((b, j) => {
        const ba = addressJson(b.address);
        out.push(j ? ',' : '', '{"address":', ba, ',"features":');
        locatedJson(out, b.features, 'basic_block', ba);
        out.push(',"instructions":[');
        b.instructions.forEach((ins, k) => {
          const ia = addressJson(ins.address);
          out.push(k ? ',' : '', '{"address":', ia, ',"features":');
          locatedJson(out, ins.features, 'instruction', ia);
          out.push('}');
        });
        out.push(']}');
      });
      out.push(']}');
    });
    out.push(']}');
    if (fz.libraryFunctions.length) {
      out.push(',"library_functions":[');
      fz.libraryFunctions.forEach((l, i) => out.push(i ? ',' : '', '{"address":', addressJson(l.address), ',"name":', JSON.stringify(l.name), '}'));
      out.push(']');
    }
  } else {
    out.push(',"processes":[');
    fz.processes.forEach((p, i) => {
      const pa = addressJson(p.address);
      out.push(i ? ',' : '', '{"address":', pa, ',"name":', JSON.stringify(p.name), ',"features":');
      locatedJson(out, p.features, 'process', pa);
      out.push(',"threads":[');
      p.threads.forEach((t, j) => {
        const ta = addressJson(t.address);
        out.push(j ? ',' : '', '{"address":', ta, ',"features":');
        locatedJson(out, t.features, 'thread', ta);
        out.push(',"calls":[');
        t.calls.forEach((c, k) => {
          const ca = addressJson(c.address);
          out.push(k ? ',' : '', '{"address":', ca, ',"name":', JSON.stringify(c.name), ',"features":');
          locatedJson(out, c.features, 'call', ca);
          out.push('}');
        });
        out.push(']}');
      });
      out.push(']}');
    });
    out.push(']}');
  }
  out.push('}');
  return out.join('');
}

/** A freeze file: `capa0000` + zlib(UTF-8 JSON). */
export function writeFreeze(fz: Freeze): Uint8Array {
  const json = new TextEncoder().encode(freezeToJson(fz));
  const z = zlibSync(json, { level: 6 });
  const out = new Uint8Array(FREEZE_MAGIC.length + z.length);
  for (let i = 0; i < FREEZE_MAGIC.length; i++) out[i] = FREEZE_MAGIC.charCodeAt(i);
  out.set(z, FREEZE_MAGIC.length);
  return out;
}
