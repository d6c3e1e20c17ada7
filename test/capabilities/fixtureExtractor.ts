// capa's matcher fixtures (capa-semantics.md §7.2): the feature-listing DSL, null extractors that
// replay it through the normal pipelines, and the case loader used by the `matcher` suite and
// the index-vs-naive tests.

import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  NO_ADDRESS,
  absolute,
  addrKey,
  callAddr,
  compareAddress,
  dnToken,
  dnTokenOffset,
  fileOffset,
  processAddr,
  threadAddr,
  type Address,
  type AddrKey,
} from '../../src/features/address.js';
import type {
  BasicBlockHandle,
  CallHandle,
  DynamicExtractor,
  FunctionHandle,
  InsnHandle,
  Located,
  ProcessHandle,
  SampleHashes,
  StaticExtractor,
  ThreadHandle,
} from '../../src/features/extractor.js';
import { makeFeature, type Feature, type FeatureType } from '../../src/features/feature.js';

export class FixtureError extends Error {
  readonly code = 'fixture';
}

const HASHES: SampleHashes = { md5: '', sha1: '', sha256: '' };

// ------------------------------------------------------------------ scalars

/** Python `int(text, 0)`: optional sign, 0x/0o/0b prefixes, `_` separators, no leading zeros. */
export function parseIntAuto(text: string): bigint {
  const t = text.trim();
  const m = /^([+-]?)(0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+|0+|[1-9][0-9_]*)$/.exec(t);
  if (m === null) throw new FixtureError(`invalid integer: ${text}`);
  const body = m[2]!.replace(/_/g, '');
  const v = /^0[oO]/.test(body) ? BigInt('0o' + body.slice(2)) : BigInt(body);
  return m[1] === '-' ? -v : v;
}

function toSafe(v: bigint): number {
  if (v < 0n || v > BigInt(Number.MAX_SAFE_INTEGER)) throw new FixtureError(`address out of range: ${v}`);
  return Number(v);
}

function parseNumberLiteral(text: string): bigint | number {
  const t = text.trim();
  if (/^[+-]?0x/i.test(t)) return parseIntAuto(t);
  if (/[.eE]/.test(t)) {
    const f = Number(t);
    if (Number.isNaN(f) && !/nan/i.test(t)) throw new FixtureError(`invalid float: ${text}`);
    return f;
  }
  return parseIntAuto(t);
}

function stripQuotes(v: string): string {
  if (v.length >= 2 && v[0] === v[v.length - 1] && (v[0] === '"' || v[0] === "'")) return v.slice(1, -1);
  return v;
}

function hexBytes(text: string): Uint8Array {
  const h = text.replace(/ /g, '');
  if (h.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(h)) throw new FixtureError(`invalid hex: ${text}`);
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

const SIMPLE: Record<string, FeatureType> = {
  api: 'api',
  arch: 'arch',
  characteristic: 'characteristic',
  class: 'class',
  export: 'export',
  format: 'format',
  'function-name': 'function name',
  'function name': 'function name',
  import: 'import',
  match: 'match',
  mnemonic: 'mnemonic',
  namespace: 'namespace',
  os: 'os',
  section: 'section',
  string: 'string',
  substring: 'substring',
};

/** One feature in the DSL: `basic block`, `kind(value)`, `operand[i].number(v)`, `property/read(v)`. */
export function parseFeature(text: string): Feature {
  const t = text.trim();
  if (t === 'basic block') return makeFeature('basic block', null);
  let m = /^operand\[(\d+)\]\.number\((.*)\)$/s.exec(t);
  if (m) return makeFeature('operand number', parseNumberLiteral(m[2]!), { index: Number(m[1]) });
  m = /^operand\[(\d+)\]\.offset\((.*)\)$/s.exec(t);
  if (m) return makeFeature('operand offset', parseIntAuto(m[2]!), { index: Number(m[1]) });
  m = /^property(?:\/(read|write))?\((.*)\)$/s.exec(t);
  if (m) {
    const access = m[1] as 'read' | 'write' | undefined;
    return makeFeature('property', stripQuotes(m[2]!.trim()), access ? { access } : {});
  }
  m = /^([a-z][a-z0-9\- ]*)\((.*)\)$/s.exec(t);
  if (m === null) throw new FixtureError(`unsupported feature syntax: ${text}`);
  const name = m[1]!;
  const value = stripQuotes(m[2]!.trim());
  if (name === 'bytes') return makeFeature('bytes', hexBytes(value));
  if (name === 'number') return makeFeature('number', parseNumberLiteral(value));
  if (name === 'offset') return makeFeature('offset', parseIntAuto(value));
  const type = SIMPLE[name];
  if (type === undefined) throw new FixtureError(`unsupported feature type: ${name}`);
  return makeFeature(type, value);
}

/** Every ADDR form of §7.2 (YAML ints arrive as bigint). */
export function parseAddress(spec: unknown): Address {
  if (spec === null || spec === undefined) return NO_ADDRESS;
  if (typeof spec === 'bigint') return absolute(toSafe(spec));
  if (typeof spec === 'number') return absolute(toSafe(BigInt(spec)));
  if (typeof spec !== 'string') throw new FixtureError(`unsupported address: ${String(spec)}`);
  const s = spec.trim();
  if (s === 'global' || s === 'no address') return NO_ADDRESS;
  if (s.startsWith('base address+')) return { type: 'relative', value: toSafe(parseIntAuto(s.slice(13))) };
  if (s.startsWith('file+')) return fileOffset(toSafe(parseIntAuto(s.slice(5))));
  let m = /^token\((.+)\)\+(.+)$/.exec(s);
  if (m) return dnTokenOffset(toSafe(parseIntAuto(m[1]!)), toSafe(parseIntAuto(m[2]!)));
  m = /^token\((.+)\)$/.exec(s);
  if (m) return dnToken(toSafe(parseIntAuto(m[1]!)));
  m = /^process\{(?:ppid:(\d+),)?pid:(\d+)(?:,tid:(\d+)(?:,call:(\d+))?)?\}$/.exec(s);
  if (m) {
    const ppid = m[1] === undefined ? 0 : Number(m[1]);
    const pid = Number(m[2]);
    if (m[3] === undefined) return processAddr(ppid, pid);
    if (m[4] === undefined) return threadAddr(ppid, pid, Number(m[3]));
    return callAddr(ppid, pid, Number(m[3]), Number(m[4]));
  }
  return absolute(toSafe(parseIntAuto(s)));
}

function staticAddress(spec: unknown): Address {
  const a = parseAddress(spec);
  if (a.type === 'process' || a.type === 'thread' || a.type === 'call') throw new FixtureError(`expected a static address: ${String(spec)}`);
  return a;
}

function splitTarget(text: string): [string, string | undefined] {
  const i = text.lastIndexOf(' -> ');
  return i < 0 ? [text, undefined] : [text.slice(0, i), text.slice(i + 4)];
}

/** `ADDR: F [-> ADDR]` → [scope text, feature text, relocation] */
function splitFeatureLine(text: string): [string, string, string | undefined] {
  const [body, target] = splitTarget(text);
  const i = body.indexOf(': ');
  if (i < 0) throw new FixtureError(`expected '<scope>: <feature>': ${text}`);
  return [body.slice(0, i), body.slice(i + 2), target];
}

function* featureLines(source: unknown): Iterable<string> {
  let lines: unknown[];
  if (typeof source === 'string') lines = source.split(/\r?\n/);
  else if (Array.isArray(source)) lines = source;
  else if (source === undefined || source === null) lines = [];
  else throw new FixtureError('features must be a block string or a list of strings');
  for (const l of lines) {
    if (typeof l !== 'string') throw new FixtureError('feature lines must be strings');
    const t = l.trim();
    if (t === '' || t.startsWith('#')) continue;
    yield t;
  }
}

const rest = (line: string, prefix: string): string => line.slice(prefix.length).trim();

function globalFeature(line: string): Feature {
  let r = rest(line, 'global:');
  if (r.startsWith('global: ')) r = r.slice(8);
  return parseFeature(r);
}

// ------------------------------------------------------------------ static

interface Insn {
  readonly address: Address;
  readonly features: Located[];
}
interface Block {
  readonly address: Address;
  readonly features: Located[];
  readonly insns: Map<AddrKey, Insn>;
}
interface Func {
  readonly address: Address;
  readonly features: Located[];
  readonly blocks: Map<AddrKey, Block>;
}

const byAddress = <T extends { address: Address }>(m: Map<AddrKey, T>): T[] =>
  [...m.values()].sort((a, b) => compareAddress(a.address, b.address));

export class NullStaticExtractor implements StaticExtractor {
  readonly flavor = 'static';
  readonly name = 'NullStaticFeatureExtractor';
  readonly globals: Located[] = [];
  readonly file: Located[] = [];
  readonly funcs = new Map<AddrKey, Func>();
  constructor(readonly base: Address) {}

  baseAddress(): Address {
    return this.base;
  }
  sampleHashes(): SampleHashes {
    return HASHES;
  }
  globalFeatures(): Iterable<Located> {
    return this.globals;
  }
  fileFeatures(): Iterable<Located> {
    return this.file;
  }
  functions(): Iterable<FunctionHandle> {
    return byAddress(this.funcs).map((f) => ({ address: f.address, inner: f }));
  }
  isLibraryFunction(_f: Address): boolean {
    return false;
  }
  functionName(_f: Address): string | undefined {
    return undefined;
  }
  functionFeatures(f: FunctionHandle): Iterable<Located> {
    return (f.inner as Func).features;
  }
  basicBlocks(f: FunctionHandle): Iterable<BasicBlockHandle> {
    return byAddress((f.inner as Func).blocks).map((b) => ({ address: b.address, inner: b }));
  }
  basicBlockFeatures(_f: FunctionHandle, bb: BasicBlockHandle): Iterable<Located> {
    return (bb.inner as Block).features;
  }
  instructions(_f: FunctionHandle, bb: BasicBlockHandle): Iterable<InsnHandle> {
    return byAddress((bb.inner as Block).insns).map((i) => ({ address: i.address, inner: i }));
  }
  instructionFeatures(_f: FunctionHandle, _bb: BasicBlockHandle, insn: InsnHandle): Iterable<Located> {
    return (insn.inner as Insn).features;
  }

  ensureFunction(a: Address): Func {
    const k = addrKey(a);
    let f = this.funcs.get(k);
    if (f === undefined) this.funcs.set(k, (f = { address: a, features: [], blocks: new Map() }));
    return f;
  }
  ensureBlock(f: Func, a: Address): Block {
    const k = addrKey(a);
    let b = f.blocks.get(k);
    if (b === undefined) f.blocks.set(k, (b = { address: a, features: [], insns: new Map() }));
    return b;
  }
}

export function parseStaticFeatures(source: unknown, base: Address): NullStaticExtractor {
  const x = new NullStaticExtractor(base);
  let func: Func | undefined;
  let block: Block | undefined;
  for (const line of featureLines(source)) {
    if (line.startsWith('global:')) {
      x.globals.push({ feature: globalFeature(line), address: NO_ADDRESS });
    } else if (line.startsWith('file:')) {
      const [a, f, target] = splitFeatureLine(rest(line, 'file:'));
      if (target !== undefined) throw new FixtureError('file feature lines do not support relocated addresses');
      x.file.push({ feature: parseFeature(f), address: staticAddress(a) });
    } else if (line.startsWith('func:')) {
      const r = rest(line, 'func:');
      if (!r.includes(': ')) {
        func = x.ensureFunction(staticAddress(r));
      } else {
        const [a, f, target] = splitFeatureLine(r);
        const fa = staticAddress(a);
        func = x.ensureFunction(fa);
        func.features.push({ feature: parseFeature(f), address: target === undefined ? fa : staticAddress(target) });
      }
      block = undefined;
    } else if (line.startsWith('bb:')) {
      if (func === undefined) throw new FixtureError(`basic block line without current function: ${line}`);
      const [a, f, target] = splitFeatureLine(rest(line, 'bb:'));
      const ba = staticAddress(a);
      block = x.ensureBlock(func, ba);
      block.features.push({ feature: parseFeature(f), address: target === undefined ? ba : staticAddress(target) });
    } else if (line.startsWith('insn:')) {
      if (func === undefined || block === undefined) throw new FixtureError(`instruction line without current basic block: ${line}`);
      const [body, target] = splitTarget(rest(line, 'insn:'));
      const [ia, ft] = splitInsn(body, func.address, line);
      const k = addrKey(ia);
      let insn = block.insns.get(k);
      if (insn === undefined) block.insns.set(k, (insn = { address: ia, features: [] }));
      insn.features.push({ feature: parseFeature(ft), address: target === undefined ? ia : staticAddress(target) });
    } else {
      throw new FixtureError(`unsupported static feature line: ${line}`);
    }
  }
  return x;
}

/** `insn: ADDR: F` or `insn: FUNC: ADDR: F` */
function splitInsn(text: string, current: Address, line: string): [Address, string] {
  const i = text.indexOf(': ');
  if (i < 0) throw new FixtureError(`unsupported instruction feature line: ${line}`);
  const first = text.slice(0, i);
  const remainder = text.slice(i + 2);
  const j = remainder.indexOf(': ');
  if (j >= 0) {
    let fa: Address, ia: Address;
    try {
      fa = staticAddress(first);
      ia = staticAddress(remainder.slice(0, j));
    } catch {
      return [staticAddress(first), remainder];
    }
    if (compareAddress(fa, current) !== 0 || fa.type !== current.type) {
      throw new FixtureError(`instruction line changed function without a function header: ${line}`);
    }
    return [ia, remainder.slice(j + 2)];
  }
  return [staticAddress(first), remainder];
}

// ------------------------------------------------------------------ dynamic

interface Call {
  readonly address: Address;
  readonly id: number;
  readonly features: Located[];
}
interface Thread {
  readonly address: Address;
  readonly features: Located[];
  readonly calls: Map<AddrKey, Call>;
}
interface Proc {
  readonly address: Address;
  name: string;
  readonly features: Located[];
  readonly threads: Map<AddrKey, Thread>;
}

export class NullDynamicExtractor implements DynamicExtractor {
  readonly flavor = 'dynamic';
  readonly name = 'NullDynamicFeatureExtractor';
  readonly globals: Located[] = [];
  readonly file: Located[] = [];
  readonly procs = new Map<AddrKey, Proc>();
  readonly callsById = new Map<number, Address>();

  sampleHashes(): SampleHashes {
    return HASHES;
  }
  globalFeatures(): Iterable<Located> {
    return this.globals;
  }
  fileFeatures(): Iterable<Located> {
    return this.file;
  }
  processes(): Iterable<ProcessHandle> {
    return byAddress(this.procs).map((p) => ({ address: p.address, inner: p }));
  }
  processFeatures(p: ProcessHandle): Iterable<Located> {
    return (p.inner as Proc).features;
  }
  processName(p: ProcessHandle): string {
    return (p.inner as Proc).name;
  }
  threads(p: ProcessHandle): Iterable<ThreadHandle> {
    return byAddress((p.inner as Proc).threads).map((t) => ({ address: t.address, inner: t }));
  }
  threadFeatures(_p: ProcessHandle, t: ThreadHandle): Iterable<Located> {
    return (t.inner as Thread).features;
  }
  calls(_p: ProcessHandle, t: ThreadHandle): Iterable<CallHandle> {
    return byAddress((t.inner as Thread).calls).map((c) => ({ address: c.address, inner: c }));
  }
  callFeatures(_p: ProcessHandle, _t: ThreadHandle, c: CallHandle): Iterable<Located> {
    return (c.inner as Call).features;
  }
  callName(_p: ProcessHandle, _t: ThreadHandle, c: CallHandle): string {
    return `call-${(c.inner as Call).id}`;
  }

  ensureProcess(a: Address, name?: string): Proc {
    const k = addrKey(a);
    let p = this.procs.get(k);
    if (p === undefined) {
      const pid = a.type === 'process' ? a.value[1] : 0;
      this.procs.set(k, (p = { address: a, name: name ?? `process-${pid}`, features: [], threads: new Map() }));
    } else if (name !== undefined) p.name = name;
    return p;
  }
  ensureThread(p: Proc, tid: number): Thread {
    const [ppid, pid] = (p.address as { value: readonly [number, number] }).value;
    const a = threadAddr(ppid, pid, tid);
    const k = addrKey(a);
    let t = p.threads.get(k);
    if (t === undefined) p.threads.set(k, (t = { address: a, features: [], calls: new Map() }));
    return t;
  }
}

const PROCESS_HEADER = /^(.+) \((?:ppid=(\d+), )?pid=(\d+)\)$/;

export function parseDynamicFeatures(source: unknown): NullDynamicExtractor {
  const x = new NullDynamicExtractor();
  let proc: Proc | undefined;
  let thread: Thread | undefined;
  for (const line of featureLines(source)) {
    if (line.startsWith('global:')) {
      x.globals.push({ feature: globalFeature(line), address: NO_ADDRESS });
    } else if (line.startsWith('file:')) {
      const [a, f, target] = splitFeatureLine(rest(line, 'file:'));
      if (target !== undefined) throw new FixtureError('file feature lines do not support relocated addresses');
      x.file.push({ feature: parseFeature(f), address: parseAddress(a) });
    } else if (line.startsWith('proc:')) {
      const r = rest(line, 'proc:');
      const h = PROCESS_HEADER.exec(r);
      if (h) {
        proc = x.ensureProcess(processAddr(h[2] === undefined ? 0 : Number(h[2]), Number(h[3])), h[1]!);
        thread = undefined;
        continue;
      }
      if (proc === undefined) throw new FixtureError(`process feature line without current process: ${line}`);
      const [name, f, target] = splitFeatureLine(r);
      if (proc.name !== name) throw new FixtureError(`process feature line does not match current process: ${line}`);
      proc.features.push({ feature: parseFeature(f), address: target === undefined ? proc.address : parseAddress(target) });
    } else if (line.startsWith('thread:')) {
      if (proc === undefined) throw new FixtureError(`thread line without current process: ${line}`);
      const r = rest(line, 'thread:');
      if (!r.includes(': ')) {
        thread = x.ensureThread(proc, toSafe(parseIntAuto(r)));
        continue;
      }
      const [tid, f, target] = splitFeatureLine(r);
      thread = x.ensureThread(proc, toSafe(parseIntAuto(tid)));
      thread.features.push({ feature: parseFeature(f), address: target === undefined ? thread.address : parseAddress(target) });
    } else if (line.startsWith('call:')) {
      if (proc === undefined || thread === undefined) throw new FixtureError(`call line without current thread: ${line}`);
      const [idText, f, target] = splitFeatureLine(rest(line, 'call:'));
      const id = toSafe(parseIntAuto(idText));
      const [ppid, pid, tid] = (thread.address as { value: readonly [number, number, number] }).value;
      const a = callAddr(ppid, pid, tid, id);
      const prev = x.callsById.get(id);
      if (prev !== undefined && addrKey(prev) !== addrKey(a)) throw new FixtureError(`call ids must be unique within a case: ${id}`);
      x.callsById.set(id, a);
      const k = addrKey(a);
      let call = thread.calls.get(k);
      if (call === undefined) thread.calls.set(k, (call = { address: a, id, features: [] }));
      call.features.push({ feature: parseFeature(f), address: target === undefined ? a : parseAddress(target) });
    } else {
      throw new FixtureError(`unsupported dynamic feature line: ${line}`);
    }
  }
  return x;
}

// ------------------------------------------------------------------ cases

export interface MatcherCase {
  readonly file: string;
  readonly name: string;
  readonly flavor: 'static' | 'dynamic';
  /** `{rule:{meta, features}}` documents, ready for the rule parser */
  readonly ruleDocs: Array<{ rule: { meta: Record<string, unknown>; features: unknown } }>;
  readonly extractor: NullStaticExtractor | NullDynamicExtractor;
  /** rule → exact ordered match addresses */
  readonly expected: Map<string, Address[]>;
  readonly spanSize?: number;
}

/** A flat fixture rule dict → `{rule:{meta,features}}`, the missing flavour `unsupported`. */
export function ruleDocFromFixture(
  flat: Record<string, unknown>,
  flavor: 'static' | 'dynamic',
): { rule: { meta: Record<string, unknown>; features: unknown } } {
  const meta: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(flat)) if (k !== 'features') meta[k] = v;
  const scopes = { ...((meta['scopes'] as Record<string, unknown> | undefined) ?? {}) };
  const other = flavor === 'static' ? 'dynamic' : 'static';
  if (!(other in scopes)) scopes[other] = 'unsupported';
  meta['scopes'] = scopes;
  return { rule: { meta, features: flat['features'] } };
}

function expectedAddress(spec: unknown, x: NullStaticExtractor | NullDynamicExtractor): Address {
  if (x instanceof NullDynamicExtractor) {
    if (typeof spec === 'bigint' || typeof spec === 'number') {
      const a = x.callsById.get(Number(spec));
      if (a !== undefined) return a;
    }
    if (typeof spec === 'string') {
      const m = /^call\((\d+)\)$/.exec(spec);
      if (m) {
        const a = x.callsById.get(Number(m[1]));
        if (a === undefined) throw new FixtureError(`unknown call id: ${spec}`);
        return a;
      }
    }
  }
  return parseAddress(spec);
}

export interface CaseLoadError {
  readonly file: string;
  readonly name: string;
  readonly error: string;
}

/** Load every case of one fixture file; cases that fail to load are reported, not thrown. */
export function loadMatcherFile(path: string): { cases: MatcherCase[]; errors: CaseLoadError[] } {
  const flavorDir = basename(dirname(path));
  if (flavorDir !== 'static' && flavorDir !== 'dynamic') throw new FixtureError(`cannot infer flavor of ${path}`);
  const flavor: 'static' | 'dynamic' = flavorDir;
  const doc = parseYaml(readFileSync(path, 'utf8'), { version: '1.1', intAsBigInt: true, uniqueKeys: false }) as unknown;
  const docs: unknown[] = Array.isArray(doc)
    ? doc
    : doc && typeof doc === 'object' && Array.isArray((doc as { tests?: unknown }).tests)
      ? ((doc as { tests: unknown[] }).tests)
      : [doc];
  const cases: MatcherCase[] = [];
  const errors: CaseLoadError[] = [];
  docs.forEach((d, i) => {
    const name = String((d as { name?: unknown })?.name ?? `${basename(path)}-${i + 1}`);
    try {
      if (!d || typeof d !== 'object') throw new FixtureError('case must be a mapping');
      const c = d as Record<string, unknown>;
      const options = (c['options'] ?? {}) as Record<string, unknown>;
      const span = options['span size'];
      const extractor =
        flavor === 'static'
          ? parseStaticFeatures(c['features'], staticAddress(c['base address'] ?? 0n))
          : parseDynamicFeatures(c['features']);
      const expect = (c['expect'] ?? {}) as Record<string, unknown>;
      const matches = (expect['matches'] ?? {}) as Record<string, unknown>;
      const expected = new Map<string, Address[]>();
      for (const [rule, locs] of Object.entries(matches)) {
        if (!Array.isArray(locs)) throw new FixtureError(`expect.matches.${rule} must be a list`);
        expected.set(rule, locs.map((l) => expectedAddress(l, extractor)));
      }
      const rules = (c['rules'] ?? []) as unknown[];
      if (!Array.isArray(rules)) throw new FixtureError('rules must be a list');
      cases.push({
        file: path,
        name,
        flavor,
        ruleDocs: rules.map((r) => ruleDocFromFixture(r as Record<string, unknown>, flavor)),
        extractor,
        expected,
        ...(span === undefined || span === null ? {} : { spanSize: Number(span) }),
      });
    } catch (e) {
      errors.push({ file: path, name, error: (e as Error).message });
    }
  });
  return { cases, errors };
}
