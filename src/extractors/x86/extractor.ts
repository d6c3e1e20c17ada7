// A StaticExtractor over an analysed x86/x64 Program: functions, blocks and instructions come from
// the analysis, their features from this folder's scope modules; globals and file features are
// supplied by the format backend (PE, ELF, shellcode). Mirrors capa's VivisectFeatureExtractor.

import type { Insn } from '../../analysis/insn.js';
import type { BasicBlock, FunctionInfo, Program } from '../../analysis/program.js';
import { absolute, type Address } from '../../features/address.js';
import type {
  BasicBlockHandle,
  FunctionHandle,
  InsnHandle,
  Located,
  SampleHashes,
  StaticExtractor,
} from '../../features/extractor.js';
import { functionName } from '../../features/feature.js';
import { md5, sha1, sha256 } from '../../features/hashes.js';
import { elfFunctionNameFeatures } from '../elf/file.js';
import { extractBasicBlockFeatures } from './basicblock.js';
import { X86Context } from './context.js';
import { extractFunctionFeatures } from './function.js';
import { extractInsnFeatures } from './insn.js';

/**
 * Reused between instructions: features are collected here and handed out as an exact-size copy
 * (a fresh `[]` per instruction grows a 16-slot backing store for its typical 2–6 features).
 */
class LocatedBuffer {
  private readonly items: Located[] = [];
  private n = 0;

  reset(): void {
    this.n = 0;
  }

  push(l: Located): void {
    this.items[this.n++] = l;
  }

  take(): Located[] {
    const r = this.items.slice(0, this.n);
    this.n = 0;
    return r;
  }
}

/**
 * `function-name` file features of the FLIRT library functions, ascending: the name, and the name
 * without a leading `_` (capa's viv file extractor).
 */
export function libraryFunctionNames(program: Program): Located[] {
  const out: Located[] = [];
  const vas = [...program.libraryFunctions.keys()].sort((a, b) => a - b);
  for (const va of vas) {
    const name = program.libraryFunctions.get(va)!;
    const address = absolute(va);
    out.push({ feature: functionName(name), address });
    if (name.startsWith('_')) out.push({ feature: functionName(name.slice(1)), address });
  }
  return out;
}

export interface X86ExtractorParts {
  readonly bytes: Uint8Array;
  readonly program: Program;
  readonly globals: readonly Located[];
  /** computed on first use (file strings scan the whole file) */
  readonly fileFeatures: () => readonly Located[];
  readonly name?: string;
}

export class X86StaticExtractor implements StaticExtractor {
  readonly flavor = 'static' as const;
  readonly name: string;
  readonly program: Program;
  readonly ctx: X86Context;
  private readonly bytes: Uint8Array;
  private readonly globals: readonly Located[];
  private readonly fileFeaturesFn: () => readonly Located[];
  private fileCache: readonly Located[] | undefined;
  private hashes: SampleHashes | undefined;
  /** collects instruction and basic block features (one call at a time) */
  private readonly insnBuffer = new LocatedBuffer();

  constructor(parts: X86ExtractorParts) {
    this.name = parts.name ?? 'VivisectFeatureExtractor';
    this.bytes = parts.bytes;
    this.program = parts.program;
    this.globals = parts.globals;
    this.fileFeaturesFn = parts.fileFeatures;
    this.ctx = new X86Context(parts.program);
  }

  baseAddress(): Address {
    return absolute(this.program.image.baseAddress);
  }

  sampleHashes(): SampleHashes {
    this.hashes ??= { md5: md5(this.bytes), sha1: sha1(this.bytes), sha256: sha256(this.bytes) };
    return this.hashes;
  }

  globalFeatures(): Iterable<Located> {
    return this.globals;
  }

  fileFeatures(): Iterable<Located> {
    this.fileCache ??= [...this.fileFeaturesFn(), ...libraryFunctionNames(this.program)];
    return this.fileCache;
  }

  functions(): Iterable<FunctionHandle> {
    const out: FunctionHandle[] = [];
    for (const va of this.program.functions) {
      const f = this.program.func(va);
      if (f) out.push({ address: absolute(va), inner: f });
    }
    return out;
  }

  /** the handle of the function at va, if the analysis found one */
  functionAt(va: number): FunctionHandle | undefined {
    const f = this.program.func(va);
    return f ? { address: absolute(va), inner: f } : undefined;
  }

  isLibraryFunction(f: Address): boolean {
    return f.type === 'absolute' && this.program.libraryFunctions.has(Number(f.value));
  }

  /** the FLIRT name of a library function */
  functionName(f: Address): string | undefined {
    return f.type === 'absolute' ? this.program.libraryFunctions.get(Number(f.value)) : undefined;
  }

  functionFeatures(f: FunctionHandle): Iterable<Located> {
    const fi = f.inner as FunctionInfo;
    // ELF: symtab names of the function first, as capa's function handlers do
    const out: Located[] = this.program.image.format === 'elf' ? elfFunctionNameFeatures(this.program.image, fi.va) : [];
    extractFunctionFeatures(this.ctx, f.inner as FunctionInfo, out);
    return out;
  }

  basicBlocks(f: FunctionHandle): Iterable<BasicBlockHandle> {
    const blocks = (f.inner as FunctionInfo).blocks;
    const out: BasicBlockHandle[] = new Array(blocks.length);
    for (let i = 0; i < blocks.length; i++) out[i] = { address: absolute(blocks[i]!.va), inner: blocks[i] };
    return out;
  }

  basicBlockFeatures(_f: FunctionHandle, bb: BasicBlockHandle): Iterable<Located> {
    const out = this.insnBuffer;
    out.reset();
    extractBasicBlockFeatures(this.ctx, bb.inner as BasicBlock, out, bb.address);
    return out.take();
  }

  instructions(_f: FunctionHandle, bb: BasicBlockHandle): Iterable<InsnHandle> {
    const insns = (bb.inner as BasicBlock).insns;
    const out: InsnHandle[] = new Array(insns.length);
    for (let i = 0; i < insns.length; i++) out[i] = { address: absolute(insns[i]!.va), inner: insns[i] };
    return out;
  }

  instructionFeatures(f: FunctionHandle, bb: BasicBlockHandle, insn: InsnHandle): Iterable<Located> {
    const out = this.insnBuffer;
    out.reset();
    extractInsnFeatures(this.ctx, f.inner as FunctionInfo, bb.inner as BasicBlock, insn.inner as Insn, out, insn.address);
    return out.take();
  }

  /** free the analysis' native (iced) resources */
  dispose(): void {
    this.program.dispose();
  }
}
