// A freeze file replayed as an extractor (capa's NullStaticFeatureExtractor /
// NullDynamicFeatureExtractor): the features are exactly the recorded ones, so rules match without
// the sample. As in capa, scopes are keyed by address (a repeated address keeps the last entry)
// and enumerated in address order.

import { addrKey, compareAddress, type Address, type AddrKey } from '../../features/address.js';
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
} from '../../features/extractor.js';
import {
  readFreeze,
  type DynamicFreeze,
  type FreezeBasicBlock,
  type FreezeCall,
  type FreezeFunction,
  type FreezeInstruction,
  type FreezeProcess,
  type FreezeThread,
  type ReadFreezeOptions,
  type StaticFreeze,
} from '../../formats/freeze/index.js';

/** capa's dict-by-address then `sorted(keys)`: last entry per address wins, address order. */
function byAddress<T extends { readonly address: Address }>(list: readonly T[]): T[] {
  const m = new Map<AddrKey, T>();
  for (const x of list) m.set(addrKey(x.address), x);
  return [...m.values()].sort((a, b) => compareAddress(a.address, b.address));
}

/** What capa's NullStaticFeatureExtractor reports as its class name (meta.analysis.extractor). */
export const NULL_STATIC_EXTRACTOR = 'NullStaticFeatureExtractor';
export const NULL_DYNAMIC_EXTRACTOR = 'NullDynamicFeatureExtractor';

export class FreezeStaticExtractor implements StaticExtractor {
  readonly flavor = 'static' as const;
  readonly name = NULL_STATIC_EXTRACTOR;
  private readonly funcs: FreezeFunction[];
  private readonly blocks = new Map<FreezeFunction, FreezeBasicBlock[]>();
  private readonly insns = new Map<FreezeBasicBlock, FreezeInstruction[]>();
  private readonly library = new Map<AddrKey, string>();

  constructor(readonly freeze: StaticFreeze) {
    this.funcs = byAddress(freeze.functions);
    for (const l of freeze.libraryFunctions) this.library.set(addrKey(l.address), l.name);
  }

  /** the backend that made the freeze, e.g. VivisectFeatureExtractor */
  get sourceExtractor(): string {
    return this.freeze.extractor.name;
  }
  get functionCount(): number {
    return this.funcs.length;
  }
  baseAddress(): Address {
    return this.freeze.baseAddress;
  }
  sampleHashes(): SampleHashes {
    return this.freeze.sampleHashes;
  }
  globalFeatures(): Iterable<Located> {
    return this.freeze.global.map((feature) => ({ feature, address: { type: 'no address' } as const }));
  }
  fileFeatures(): Iterable<Located> {
    return this.freeze.file;
  }
  functions(): Iterable<FunctionHandle> {
    return this.funcs.map((f) => ({ address: f.address, inner: f }));
  }
  isLibraryFunction(f: Address): boolean {
    return this.library.has(addrKey(f));
  }
  functionName(f: Address): string | undefined {
    return this.library.get(addrKey(f));
  }
  functionFeatures(f: FunctionHandle): Iterable<Located> {
    return (f.inner as FreezeFunction).features;
  }
  basicBlocks(f: FunctionHandle): Iterable<BasicBlockHandle> {
    const fn = f.inner as FreezeFunction;
    let list = this.blocks.get(fn);
    if (!list) this.blocks.set(fn, (list = byAddress(fn.basicBlocks)));
    return list.map((b) => ({ address: b.address, inner: b }));
  }
  basicBlockFeatures(_f: FunctionHandle, bb: BasicBlockHandle): Iterable<Located> {
    return (bb.inner as FreezeBasicBlock).features;
  }
  instructions(_f: FunctionHandle, bb: BasicBlockHandle): Iterable<InsnHandle> {
    const b = bb.inner as FreezeBasicBlock;
    let list = this.insns.get(b);
    if (!list) this.insns.set(b, (list = byAddress(b.instructions)));
    return list.map((i) => ({ address: i.address, inner: i }));
  }
  instructionFeatures(_f: FunctionHandle, _bb: BasicBlockHandle, insn: InsnHandle): Iterable<Located> {
    return (insn.inner as FreezeInstruction).features;
  }
}

export class FreezeDynamicExtractor implements DynamicExtractor {
  readonly flavor = 'dynamic' as const;
  readonly name = NULL_DYNAMIC_EXTRACTOR;
  private readonly procs: FreezeProcess[];

  constructor(readonly freeze: DynamicFreeze) {
    this.procs = byAddress(freeze.processes);
  }

  get sourceExtractor(): string {
    return this.freeze.extractor.name;
  }
  baseAddress(): number | undefined {
    const b = this.freeze.baseAddress;
    return b.type === 'absolute' ? b.value : undefined;
  }
  sampleHashes(): SampleHashes {
    return this.freeze.sampleHashes;
  }
  globalFeatures(): Iterable<Located> {
    return this.freeze.global.map((feature) => ({ feature, address: { type: 'no address' } as const }));
  }
  fileFeatures(): Iterable<Located> {
    return this.freeze.file;
  }
  processes(): Iterable<ProcessHandle> {
    return this.procs.map((p) => ({ address: p.address, inner: p }));
  }
  processFeatures(p: ProcessHandle): Iterable<Located> {
    return (p.inner as FreezeProcess).features;
  }
  processName(p: ProcessHandle): string {
    return (p.inner as FreezeProcess).name;
  }
  threads(p: ProcessHandle): Iterable<ThreadHandle> {
    return byAddress((p.inner as FreezeProcess).threads).map((t) => ({ address: t.address, inner: t }));
  }
  threadFeatures(_p: ProcessHandle, t: ThreadHandle): Iterable<Located> {
    return (t.inner as FreezeThread).features;
  }
  calls(_p: ProcessHandle, t: ThreadHandle): Iterable<CallHandle> {
    return byAddress((t.inner as FreezeThread).calls).map((c) => ({ address: c.address, inner: c }));
  }
  callFeatures(_p: ProcessHandle, _t: ThreadHandle, c: CallHandle): Iterable<Located> {
    return (c.inner as FreezeCall).features;
  }
  callName(_p: ProcessHandle, _t: ThreadHandle, c: CallHandle): string {
    return (c.inner as FreezeCall).name;
  }
}

export type FreezeExtractor = FreezeStaticExtractor | FreezeDynamicExtractor;

/** Opens a freeze file (throws FormatError on anything malformed). */
export function openFreezeExtractor(bytes: Uint8Array, opts: ReadFreezeOptions = {}): FreezeExtractor {
  const fz = readFreeze(bytes, opts);
  return fz.flavor === 'static' ? new FreezeStaticExtractor(fz) : new FreezeDynamicExtractor(fz);
}
