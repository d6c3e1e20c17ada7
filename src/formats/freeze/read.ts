// Reading a freeze file (capa's or ours) into the model, validating every field: a hostile or
// damaged file is a FormatError naming the first bad field, never another exception, and the
// decompressed size is capped so a zlib bomb cannot exhaust memory.

import { Unzlib } from 'fflate';
import type { Address } from '../../features/address.js';
import type { Located, SampleHashes } from '../../features/extractor.js';
import { makeFeature, type Feature, type FeatureType } from '../../features/feature.js';
import { FEATURE_JSON_ALIAS, FEATURE_JSON_FIELD } from '../../features/feature-json.js';
import { FormatError } from '../errors.js';
import {
  FREEZE_MAGIC,
  FREEZE_VERSION,
  isFreeze,
  type Freeze,
  type FreezeBasicBlock,
  type FreezeCall,
  type FreezeFunction,
  type FreezeInstruction,
  type FreezeLibraryFunction,
  type FreezeProcess,
  type FreezeThread,
} from './model.js';

/** Decompressed JSON larger than this is refused (V8 strings stop at ~512 M characters anyway). */
export const DEFAULT_MAX_FREEZE_JSON = 256 * 1024 * 1024;

export interface ReadFreezeOptions {
  /** cap on the decompressed JSON, in bytes */
  readonly maxJsonBytes?: number;
}

type Json = Record<string, unknown>;

const fail = (path: string, what: string): never => {
  throw new FormatError(`freeze file: ${path}: ${what}`, 'corrupt');
};

/** zlib stream → bytes, fed in slices so the output check runs before a bomb can grow far. */
function inflateBounded(data: Uint8Array, max: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const z = new Unzlib((chunk, final) => {
    total += chunk.length;
    if (total > max) {
      throw new FormatError(`freeze file: decompressed data exceeds ${Math.floor(max / (1024 * 1024))} MiB`, 'too-large');
    }
    chunks.push(chunk);
    if (final) done = true;
  });
  const SLICE = 64 * 1024;
  if (data.length === 0) throw new FormatError('freeze file: nothing after the magic', 'truncated');
  try {
    for (let off = 0; off < data.length; off += SLICE) z.push(data.subarray(off, off + SLICE), off + SLICE >= data.length);
  } catch (e) {
    if (e instanceof FormatError) throw e;
    const msg = (e as Error).message;
    if (/unexpected EOF/i.test(msg)) throw new FormatError('freeze file: zlib data is truncated', 'truncated');
    throw new FormatError(`freeze file: bad zlib data after the magic (${msg})`, 'corrupt');
  }
  if (!done) throw new FormatError('freeze file: zlib data is truncated', 'truncated');
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The decompressed JSON text of a freeze file. */
export function freezeJsonText(bytes: Uint8Array, opts: ReadFreezeOptions = {}): string {
  if (!isFreeze(bytes)) throw new FormatError(`not a capa freeze file (no '${FREEZE_MAGIC}' magic)`, 'unsupported-format');
  const raw = inflateBounded(bytes.subarray(FREEZE_MAGIC.length), opts.maxJsonBytes ?? DEFAULT_MAX_FREEZE_JSON);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    throw new FormatError('freeze file: the JSON is not valid UTF-8', 'corrupt');
  }
}

// Numbers under the feature-value keys can exceed 2^53 and must keep their exact text (int vs
// float): they are quoted with a per-call marker before JSON.parse. Inside a string literal the
// key's quotes would be escaped, so the pattern cannot fire there.
const NUMBER_KEYS = /"(number|offset|operand_number|operand_offset|operand number|operand offset)"(\s*):(\s*)(-?\d[\d.eE+-]*)/g;

function parseJson(text: string): { doc: unknown; mark: string } {
  const mark = '\u0000' + Math.random().toString(36).slice(2, 10) + ':';
  const escMark = '\\u0000' + mark.slice(1);
  let doc: unknown;
  try {
    doc = JSON.parse(text.replace(NUMBER_KEYS, (_m, k: string, s1: string, s2: string, n: string) => `"${k}"${s1}:${s2}"${escMark}${n}"`));
  } catch (e) {
    throw new FormatError(`freeze file: invalid JSON (${(e as Error).message})`, 'corrupt');
  }
  return { doc, mark };
}

class Reader {
  constructor(private readonly mark: string) {}

  obj(v: unknown, path: string): Json {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'expected an object');
    return v as Json;
  }
  arr(v: unknown, path: string): unknown[] {
    if (!Array.isArray(v)) fail(path, 'expected a list');
    return v as unknown[];
  }
  str(v: unknown, path: string): string {
    if (typeof v !== 'string') fail(path, 'expected a string');
    return v as string;
  }
  /** a field under its name or pydantic alias */
  field(o: Json, name: string, alias: string | undefined, path: string): unknown {
    if (alias !== undefined && alias in o) return o[alias];
    if (name in o) return o[name];
    return fail(path, `missing "${name}"`);
  }
  uint(v: unknown, path: string): number {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(path, 'expected a non-negative integer below 2^53');
    return v as number;
  }

  address(v: unknown, path: string): Address {
    const o = this.obj(v, path);
    const type = o['type'];
    const value = o['value'];
    const tuple = (n: number): number[] => {
      const a = this.arr(value, path + '.value');
      if (a.length !== n) fail(path + '.value', `expected ${n} integers`);
      return a.map((x, i) => this.uint(x, `${path}.value[${i}]`));
    };
    switch (type) {
      case 'absolute':
      case 'relative':
      case 'file':
      case 'dn token':
        return { type, value: this.uint(value, path + '.value') };
      case 'dn token offset': {
        const [t, off] = tuple(2) as [number, number];
        return { type, value: [t, off] };
      }
      case 'process': {
        const [ppid, pid] = tuple(2) as [number, number];
        return { type, value: [ppid, pid] };
      }
      case 'thread': {
        const [ppid, pid, tid] = tuple(3) as [number, number, number];
        return { type, value: [ppid, pid, tid] };
      }
      case 'call': {
        const [ppid, pid, tid, id] = tuple(4) as [number, number, number, number];
        return { type, value: [ppid, pid, tid, id] };
      }
      case 'no address':
        return { type };
      default:
        return fail(path + '.type', `unknown address type ${JSON.stringify(type)}`);
    }
  }

  /** a marked number literal → bigint (integer) or float */
  private numeric(v: unknown, path: string, floatOk: boolean): bigint | number {
    if (typeof v !== 'string' || !v.startsWith(this.mark)) return fail(path, 'expected a number');
    const text = (v as string).slice(this.mark.length);
    if (/^-?\d+$/.test(text)) return BigInt(text);
    // a float literal stays a JS number (integral ones too: `6.0` is flagged as a float by the caller)
    const f = Number(text);
    if (!floatOk || !Number.isFinite(f)) return fail(path, `expected an integer, got ${text}`);
    return f;
  }

  feature(v: unknown, path: string): Feature {
    const o = this.obj(v, path);
    const type = o['type'];
    if (typeof type !== 'string' || !(type in FEATURE_JSON_FIELD)) fail(path + '.type', `unknown feature type ${JSON.stringify(type)}`);
    const t = type as FeatureType;
    const d = o['description'];
    if (d !== undefined && d !== null && typeof d !== 'string') fail(path + '.description', 'expected a string');
    const description = typeof d === 'string' ? { description: d } : {};
    const field = FEATURE_JSON_FIELD[t];
    if (field === null) return makeFeature(t, null, description);
    const raw = this.field(o, field, FEATURE_JSON_ALIAS[t], path);
    const vpath = `${path}.${field}`;
    switch (t) {
      case 'number': {
        const n = this.numeric(raw, vpath, true);
        return makeFeature(t, n, typeof n === 'number' ? { float: true, ...description } : description);
      }
      case 'offset':
        return makeFeature(t, this.numeric(raw, vpath, false), description);
      case 'operand number':
      case 'operand offset': {
        const index = this.uint(o['index'], path + '.index');
        return makeFeature(t, this.numeric(raw, vpath, false), { index, ...description });
      }
      case 'bytes': {
        const hex = this.str(raw, vpath);
        if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(hex)) fail(vpath, 'expected hex digits');
        const b = new Uint8Array(hex.length / 2);
        for (let i = 0; i < b.length; i++) b[i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
        return makeFeature(t, b, description);
      }
      case 'property': {
        const access = o['access'];
        if (access !== undefined && access !== null && access !== 'read' && access !== 'write') {
          fail(path + '.access', `expected read or write, got ${JSON.stringify(access)}`);
        }
        const acc = access === 'read' || access === 'write' ? { access: access as 'read' | 'write' } : {};
        return makeFeature(t, this.str(raw, vpath), { ...acc, ...description });
      }
      default:
        return makeFeature(t, this.str(raw, vpath), description);
    }
  }

  /** `[{<scope>: addr, address, feature}]` → located features (the scope address is checked, then dropped) */
  located(v: unknown, path: string, scopeKey: string | undefined, scopeAlias?: string): Located[] {
    const list = this.arr(v, path);
    const out = new Array<Located>(list.length);
    for (let i = 0; i < list.length; i++) {
      const p = `${path}[${i}]`;
      const o = this.obj(list[i], p);
      if (scopeKey !== undefined) this.address(this.field(o, scopeKey, scopeAlias, p), `${p}.${scopeKey}`);
      out[i] = { address: this.address(this.field(o, 'address', undefined, p), p + '.address'), feature: this.feature(o['feature'], p + '.feature') };
    }
    return out;
  }

  functions(v: unknown, path: string): FreezeFunction[] {
    return this.arr(v, path).map((fv, i) => {
      const p = `${path}[${i}]`;
      const f = this.obj(fv, p);
      const blocks = this.arr(this.field(f, 'basic_blocks', 'basic blocks', p), p + '.basic_blocks');
      return {
        address: this.address(f['address'], p + '.address'),
        features: this.located(f['features'], p + '.features', 'function'),
        basicBlocks: blocks.map((bv, j): FreezeBasicBlock => {
          const bp = `${p}.basic_blocks[${j}]`;
          const b = this.obj(bv, bp);
          return {
            address: this.address(b['address'], bp + '.address'),
            features: this.located(b['features'], bp + '.features', 'basic_block', 'basic block'),
            instructions: this.arr(b['instructions'], bp + '.instructions').map((iv, k): FreezeInstruction => {
              const ip = `${bp}.instructions[${k}]`;
              const ins = this.obj(iv, ip);
              return { address: this.address(ins['address'], ip + '.address'), features: this.located(ins['features'], ip + '.features', 'instruction') };
            }),
          };
        }),
      };
    });
  }

  processes(v: unknown, path: string): FreezeProcess[] {
    return this.arr(v, path).map((pv, i): FreezeProcess => {
      const p = `${path}[${i}]`;
      const proc = this.obj(pv, p);
      return {
        address: this.processAddress(proc['address'], p + '.address', 'process'),
        name: this.str(proc['name'], p + '.name'),
        features: this.located(proc['features'], p + '.features', 'process'),
        threads: this.arr(proc['threads'], p + '.threads').map((tv, j): FreezeThread => {
          const tp = `${p}.threads[${j}]`;
          const t = this.obj(tv, tp);
          return {
            address: this.processAddress(t['address'], tp + '.address', 'thread'),
            features: this.located(t['features'], tp + '.features', 'thread'),
            calls: this.arr(t['calls'], tp + '.calls').map((cv, k): FreezeCall => {
              const cp = `${tp}.calls[${k}]`;
              const c = this.obj(cv, cp);
              return {
                address: this.processAddress(c['address'], cp + '.address', 'call'),
                name: this.str(c['name'], cp + '.name'),
                features: this.located(c['features'], cp + '.features', 'call'),
              };
            }),
          };
        }),
      };
    });
  }

  private processAddress(v: unknown, path: string, type: 'process' | 'thread' | 'call'): Address {
    const a = this.address(v, path);
    if (a.type !== type) fail(path, `expected a ${type} address, got ${a.type}`);
    return a;
  }

  hashes(v: unknown, path: string): SampleHashes {
    const o = this.obj(v, path);
    return { md5: this.str(o['md5'], path + '.md5'), sha1: this.str(o['sha1'], path + '.sha1'), sha256: this.str(o['sha256'], path + '.sha256') };
  }
}

/** Parses a freeze file (static or dynamic, format version 3). */
export function readFreeze(bytes: Uint8Array, opts: ReadFreezeOptions = {}): Freeze {
  return parseFreezeJson(freezeJsonText(bytes, opts));
}

/** Parses the JSON document inside a freeze file. */
export function parseFreezeJson(text: string): Freeze {
  const { doc, mark } = parseJson(text);
  const r = new Reader(mark);
  const d = r.obj(doc, '(document)');
  const version = d['version'];
  if (version !== FREEZE_VERSION) {
    throw new FormatError(`freeze file: unsupported format version ${JSON.stringify(version)} (capa-ts reads version ${FREEZE_VERSION})`, 'unsupported-format');
  }
  const flavor = d['flavor'];
  if (flavor !== 'static' && flavor !== 'dynamic') fail('flavor', `expected static or dynamic, got ${JSON.stringify(flavor)}`);
  const ex = r.obj(d['extractor'], 'extractor');
  const common = {
    version,
    baseAddress: r.address(r.field(d, 'base_address', 'base address', '(document)'), 'base_address'),
    sampleHashes: r.hashes(d['sample_hashes'], 'sample_hashes'),
    extractor: { name: r.str(ex['name'], 'extractor.name'), version: ex['version'] === undefined ? '' : r.str(ex['version'], 'extractor.version') },
  };
  const f = r.obj(d['features'], 'features');
  const global = r.arr(r.field(f, 'global_', 'global', 'features'), 'features.global_').map((g, i) => {
    const p = `features.global_[${i}]`;
    return r.feature(r.obj(g, p)['feature'], p + '.feature');
  });
  const file = r.located(f['file'], 'features.file', undefined);
  if (flavor === 'static') {
    const lib = d['library_functions'];
    const libraryFunctions: FreezeLibraryFunction[] =
      lib === undefined || lib === null
        ? []
        : r.arr(lib, 'library_functions').map((l, i) => {
            const o = r.obj(l, `library_functions[${i}]`);
            return { address: r.address(o['address'], `library_functions[${i}].address`), name: r.str(o['name'], `library_functions[${i}].name`) };
          });
    return { ...common, flavor, global, file, functions: r.functions(f['functions'], 'features.functions'), libraryFunctions };
  }
  return { ...common, flavor: 'dynamic', global, file, processes: r.processes(f['processes'], 'features.processes') };
}
