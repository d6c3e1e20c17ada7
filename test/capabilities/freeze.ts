// Replays a capa "freeze" feature dump (capa-semantics.md §7.3: `capa0000` + zlib(JSON)) as a
// StaticExtractor, and loads the official rule set: real-sized inputs for engine tests and the
// engine benchmark, independent of our own extractors.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { NO_ADDRESS, absolute, addrKey, fileOffset, dnToken, type Address, type AddrKey } from '../../src/features/address.js';
import type {
  BasicBlockHandle,
  FunctionHandle,
  InsnHandle,
  Located,
  SampleHashes,
  StaticExtractor,
} from '../../src/features/extractor.js';
import { makeFeature, type Feature, type FeatureType } from '../../src/features/feature.js';
import { buildRuleSet } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/ruleset.js';
import { FEATURE_VALUE_FIELD } from '../../src/render/rdoc.js';

type Json = Record<string, unknown>;

function address(j: unknown): Address {
  const a = j as { type: string; value?: unknown };
  switch (a.type) {
    case 'absolute':
      return absolute(Number(a.value));
    case 'file':
      return fileOffset(Number(a.value));
    case 'dn token':
      return dnToken(Number(a.value));
    case 'relative':
      return { type: 'relative', value: Number(a.value) };
    case 'dn token offset': {
      const [t, o] = a.value as [number, number];
      return { type: 'dn token offset', value: [t, o] };
    }
    case 'no address':
      return NO_ADDRESS;
    default:
      throw new Error(`unsupported freeze address ${a.type}`);
  }
}

const int = (v: unknown): bigint | number =>
  typeof v === 'string' ? BigInt(v) : Number.isInteger(v) ? BigInt(v as number) : (v as number);

function hex(s: string): Uint8Array {
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(s.slice(2 * i, 2 * i + 2), 16);
  return out;
}

export function featureFromJson(j: Json): Feature {
  const type = j['type'] as FeatureType;
  switch (type) {
    case 'basic block':
      return makeFeature('basic block', null);
    case 'number':
      return makeFeature('number', int(j['number']));
    case 'offset':
      return makeFeature('offset', int(j['offset']));
    case 'operand number':
      return makeFeature('operand number', int(j['operand_number']), { index: Number(j['index']) });
    case 'operand offset':
      return makeFeature('operand offset', int(j['operand_offset']), { index: Number(j['index']) });
    case 'bytes':
      return makeFeature('bytes', hex(j['bytes'] as string));
    case 'property': {
      const access = j['access'] as 'read' | 'write' | undefined;
      return makeFeature('property', j['property'] as string, access ? { access } : {});
    }
    default: {
      const field = FEATURE_VALUE_FIELD[type];
      if (field === null || field === undefined) throw new Error(`unsupported freeze feature ${type}`);
      return makeFeature(type, j[field] as string);
    }
  }
}

interface FInsn {
  address: Address;
  features: Located[];
}
interface FBlock {
  address: Address;
  features: Located[];
  insns: FInsn[];
}
interface FFunc {
  address: Address;
  features: Located[];
  blocks: FBlock[];
}

const located = (l: unknown[]): Located[] =>
  l.map((x) => {
    const o = x as Json;
    return { feature: featureFromJson(o['feature'] as Json), address: o['address'] ? address(o['address']) : NO_ADDRESS };
  });

/** Big integers survive JSON.parse by being quoted first (number-valued fields only). */
function parseFreezeJson(text: string): Json {
  return JSON.parse(text.replace(/("(?:number|offset|operand_number|operand_offset)":\s*)(-?\d{16,})/g, '$1"$2"')) as Json;
}

export class FreezeExtractor implements StaticExtractor {
  readonly flavor = 'static';
  readonly name: string;
  private readonly base: Address;
  private readonly globals: Located[];
  private readonly file: Located[];
  private readonly funcs: FFunc[];
  private readonly library = new Set<AddrKey>();

  constructor(bytes: Uint8Array) {
    const magic = new TextDecoder().decode(bytes.subarray(0, 8));
    if (magic !== 'capa0000') throw new Error('not a capa freeze file');
    const doc = parseFreezeJson(new TextDecoder().decode(inflateSync(bytes.subarray(8))));
    this.name = ((doc['extractor'] as Json | undefined)?.['name'] as string | undefined) ?? 'freeze';
    this.base = address(doc['base_address']);
    const f = doc['features'] as Json;
    this.globals = located(f['global_'] as unknown[]);
    this.file = located(f['file'] as unknown[]);
    this.funcs = (f['functions'] as Json[]).map((fn) => ({
      address: address(fn['address']),
      features: located(fn['features'] as unknown[]),
      blocks: (fn['basic_blocks'] as Json[]).map((bb) => ({
        address: address(bb['address']),
        features: located(bb['features'] as unknown[]),
        insns: (bb['instructions'] as Json[]).map((i) => ({ address: address(i['address']), features: located(i['features'] as unknown[]) })),
      })),
    }));
  }

  get functionCount(): number {
    return this.funcs.length;
  }
  markLibrary(a: Address): void {
    this.library.add(addrKey(a));
  }
  baseAddress(): Address {
    return this.base;
  }
  sampleHashes(): SampleHashes {
    return { md5: '', sha1: '', sha256: '' };
  }
  globalFeatures(): Iterable<Located> {
    return this.globals;
  }
  fileFeatures(): Iterable<Located> {
    return this.file;
  }
  functions(): Iterable<FunctionHandle> {
    return this.funcs.map((f) => ({ address: f.address, inner: f }));
  }
  isLibraryFunction(f: Address): boolean {
    return this.library.has(addrKey(f));
  }
  functionName(_f: Address): string | undefined {
    return undefined;
  }
  functionFeatures(f: FunctionHandle): Iterable<Located> {
    return (f.inner as FFunc).features;
  }
  basicBlocks(f: FunctionHandle): Iterable<BasicBlockHandle> {
    return (f.inner as FFunc).blocks.map((b) => ({ address: b.address, inner: b }));
  }
  basicBlockFeatures(_f: FunctionHandle, bb: BasicBlockHandle): Iterable<Located> {
    return (bb.inner as FBlock).features;
  }
  instructions(_f: FunctionHandle, bb: BasicBlockHandle): Iterable<InsnHandle> {
    return (bb.inner as FBlock).insns.map((i) => ({ address: i.address, inner: i }));
  }
  instructionFeatures(_f: FunctionHandle, _bb: BasicBlockHandle, insn: InsnHandle): Iterable<Located> {
    return (insn.inner as FInsn).features;
  }
}

export function loadFreeze(path: string): FreezeExtractor {
  return new FreezeExtractor(new Uint8Array(readFileSync(path)));
}

/** Every `*.yml` under `dir` (skipping `.git*` directories), parsed into a RuleSet. */
export function loadRuleDir(dir: string): RuleSet {
  const files: Array<{ path: string; text: string }> = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (!p.includes('.git')) walk(p);
      } else if (name.endsWith('.yml')) files.push({ path: p, text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return buildRuleSet(files);
}
