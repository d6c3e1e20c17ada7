// The .NET static extractor, modelled on capa's dnfile backend (§4.9): globals and file features
// from the metadata, one function per MethodDef with an IL body (at its `dn token`), one basic
// block per function, instructions at (token, IL offset).

import { dnToken, dnTokenOffset, NO_ADDRESS, type Address } from '../../features/address.js';
import type {
  BasicBlockHandle, FunctionHandle, InsnHandle, Located, SampleHashes, StaticExtractor,
} from '../../features/extractor.js';
import {
  arch, characteristic, classFeature, format, functionName, importFeature, namespaceFeature, os,
} from '../../features/feature.js';
import { md5, sha1, sha256 } from '../../features/hashes.js';
import { parseMethodBody, type MethodBody } from '../../formats/dotnet/cil.js';
import {
  COMIMAGE_FLAGS_32BITREQUIRED, COMIMAGE_FLAGS_ILONLY, metadataFromPe, pefileRvaToOffset, type DotnetMetadata,
} from '../../formats/dotnet/metadata.js';
import { T } from '../../formats/dotnet/tables.js';
import { parsePE } from '../../formats/pe/parse.js';
import type { PeFile } from '../../formats/pe/types.js';
import { extractFileStrings } from '../common/strings.js';
import { generateSymbols } from '../pe/file.js';
import { DotnetTokenCache, insnFeatures, isCallLike } from './insn.js';
import { dnTypeName, formatTypeName, managedImports, managedMethods, nestedClassTable, tokenValue, types, unmanagedImports } from './names.js';

export interface DotnetFunction {
  readonly token: number;
  readonly body: MethodBody;
  /** tokens of MethodDefs with bodies that call this one */
  readonly callsTo: Set<number>;
  /** every distinct call/callvirt/jmp/newobj operand token */
  readonly callsFrom: Set<number>;
}

const MD_ABSTRACT = 0x0400;
const MD_PINVOKE_IMPL = 0x2000;

export class DotnetStaticExtractor implements StaticExtractor {
  readonly flavor = 'static' as const;
  readonly name = 'DnfileFeatureExtractor';
  readonly md: DotnetMetadata;
  readonly cache: DotnetTokenCache;
  readonly pe: PeFile;
  private readonly bytes: Uint8Array;
  private readonly globals: Located[];
  private funcs?: Map<number, DotnetFunction>;
  private hashes?: SampleHashes;

  constructor(bytes: Uint8Array, opts: { adjustGlobals?: (g: Located[]) => Located[] } = {}) {
    this.bytes = bytes;
    const pe = parsePE(bytes);
    this.pe = pe;
    this.md = metadataFromPe(pe);
    this.cache = new DotnetTokenCache(this.md);
    const flags = this.md.clrFlags;
    const req32 = (flags & COMIMAGE_FLAGS_32BITREQUIRED) !== 0;
    const a = req32 && pe.optionalMagic === 0x10b ? 'i386' : !req32 && pe.optionalMagic === 0x20b ? 'amd64' : 'any';
    const g: Located[] = [
      { feature: format('dotnet'), address: NO_ADDRESS },
      { feature: format('pe'), address: NO_ADDRESS },
      { feature: os('any'), address: NO_ADDRESS },
      { feature: arch(a), address: NO_ADDRESS },
    ];
    this.globals = opts.adjustGlobals ? opts.adjustGlobals(g) : g;
  }

  baseAddress(): Address {
    return NO_ADDRESS;
  }

  sampleHashes(): SampleHashes {
    this.hashes ??= { md5: md5(this.bytes), sha1: sha1(this.bytes), sha256: sha256(this.bytes) };
    return this.hashes;
  }

  globalFeatures(): Iterable<Located> {
    return this.globals;
  }

  fileFeatures(): Iterable<Located> {
    const md = this.md;
    const out: Located[] = [];
    for (const m of managedImports(md)) out.push({ feature: importFeature(dnTypeName(m)), address: dnToken(m.token) });
    for (const u of unmanagedImports(md)) {
      for (const s of generateSymbols(u.module, u.method, true)) out.push({ feature: importFeature(s), address: dnToken(u.token) });
    }
    const nested = nestedClassTable(md);
    for (const m of managedMethods(md, nested)) out.push({ feature: functionName(dnTypeName(m)), address: dnToken(m.token) });
    extractFileStrings(this.bytes, undefined, out);
    if (!(md.clrFlags & COMIMAGE_FLAGS_ILONLY)) out.push({ feature: characteristic('mixed mode'), address: NO_ADDRESS });
    const namespaces = new Set<string>();
    const cNsDef = md.col(T.TypeDef, 'TypeNamespace');
    const cNsRef = md.col(T.TypeRef, 'TypeNamespace');
    for (let r = 1; r <= md.rowCount(T.TypeDef); r++) namespaces.add(md.str(T.TypeDef, r, cNsDef));
    for (let r = 1; r <= md.rowCount(T.TypeRef); r++) namespaces.add(md.str(T.TypeRef, r, cNsRef));
    namespaces.delete('');
    for (const ns of namespaces) out.push({ feature: namespaceFeature(ns), address: NO_ADDRESS });
    for (const t of types(md, nested)) out.push({ feature: classFeature(formatTypeName(t.classes, t.namespace)), address: dnToken(t.token) });
    return out;
  }

  /** MethodDefs with IL bodies, by token, with their call relations (capa get_functions) */
  methods(): Map<number, DotnetFunction> {
    if (this.funcs) return this.funcs;
    const md = this.md;
    const funcs = new Map<number, DotnetFunction>();
    const cRva = md.col(T.MethodDef, 'Rva');
    const cImpl = md.col(T.MethodDef, 'ImplFlags');
    const cFlags = md.col(T.MethodDef, 'Flags');
    for (let rid = 1; rid <= md.rowCount(T.MethodDef); rid++) {
      const impl = md.raw(T.MethodDef, rid, cImpl)!;
      const flags = md.raw(T.MethodDef, rid, cFlags)!;
      if ((impl & 3) !== 0 || flags & (MD_ABSTRACT | MD_PINVOKE_IMPL)) continue;
      const off = pefileRvaToOffset(this.pe, md.raw(T.MethodDef, rid, cRva)!);
      if (off === undefined) continue;
      let body: MethodBody;
      try {
        body = parseMethodBody(this.bytes, off);
      } catch {
        continue; // capa skips bodies dncil cannot parse
      }
      const token = tokenValue(T.MethodDef, rid);
      funcs.set(token, { token, body, callsTo: new Set(), callsFrom: new Set() });
    }
    for (const f of funcs.values()) {
      for (const insn of f.body.instructions) {
        if (!isCallLike(insn.op.value)) continue;
        const target = insn.operand as number;
        funcs.get(target)?.callsTo.add(f.token);
        f.callsFrom.add(target);
      }
    }
    this.funcs = funcs;
    return funcs;
  }

  functions(): Iterable<FunctionHandle> {
    return [...this.methods().values()].map((f) => ({ address: dnToken(f.token), inner: f }));
  }

  /** the function handle of a MethodDef token (undefined when it has no readable IL body) */
  functionAt(token: number): FunctionHandle | undefined {
    const f = this.methods().get(token);
    return f ? { address: dnToken(f.token), inner: f } : undefined;
  }

  isLibraryFunction(_f: Address): boolean {
    return false;
  }

  functionName(_f: Address): string | undefined {
    return undefined;
  }

  functionFeatures(fh: FunctionHandle): Iterable<Located> {
    const f = fh.inner as DotnetFunction;
    const out: Located[] = [];
    for (const src of f.callsTo) out.push({ feature: characteristic('calls to'), address: dnToken(src) });
    for (const dst of f.callsFrom) out.push({ feature: characteristic('calls from'), address: dnToken(dst) });
    if (f.callsTo.has(f.token)) out.push({ feature: characteristic('recursive call'), address: fh.address });
    if (hasLoop(f.body)) out.push({ feature: characteristic('loop'), address: fh.address });
    return out;
  }

  basicBlocks(fh: FunctionHandle): Iterable<BasicBlockHandle> {
    return [{ address: fh.address, inner: fh.inner }];
  }

  basicBlockFeatures(_fh: FunctionHandle, _bb: BasicBlockHandle): Iterable<Located> {
    return [];
  }

  instructions(fh: FunctionHandle, _bb: BasicBlockHandle): Iterable<InsnHandle> {
    const f = fh.inner as DotnetFunction;
    return f.body.instructions.map((insn) => ({ address: dnTokenOffset(f.token, insn.offset), inner: insn }));
  }

  instructionFeatures(_fh: FunctionHandle, _bb: BasicBlockHandle, ih: InsnHandle): Iterable<Located> {
    return insnFeatures(this.cache, ih.inner as Parameters<typeof insnFeatures>[1], ih.address);
  }
}

const UNCONDITIONAL = new Set(['br', 'br.s', 'leave', 'leave.s']);

/**
 * capa's dnfile `loop`: dncil's basic blocks (leaders at branch targets and after branches;
 * br/leave have no fall-through; switch adds no edges) and a strongly connected component of
 * at least two blocks (a block branching to itself alone is not a loop).
 */
export function hasLoop(body: MethodBody): boolean {
  const insns = body.instructions;
  if (insns.length === 0) return false;
  const isBranch = (k: string): boolean => k === 'br8' || k === 'br32';
  const leaders = new Set<number>([insns[0]!.offset]);
  let anyBranch = false;
  for (let i = 0; i < insns.length; i++) {
    const insn = insns[i]!;
    if (!isBranch(insn.op.operand)) continue;
    anyBranch = true;
    leaders.add(insn.operand as number);
    if (i + 1 < insns.length) leaders.add(insns[i + 1]!.offset);
  }
  if (!anyBranch) return false;
  // blocks: index of the block starting at each leader that is an instruction start
  const blockAt = new Map<number, number>();
  const lastInsn: number[] = [];
  for (let i = 0; i < insns.length; i++) {
    if (leaders.has(insns[i]!.offset) || i === 0) blockAt.set(insns[i]!.offset, blockAt.size);
    lastInsn[blockAt.size - 1] = i;
  }
  const n = blockAt.size;
  const succ: number[][] = Array.from({ length: n }, () => []);
  for (let b = 0; b < n; b++) {
    const last = insns[lastInsn[b]!]!;
    if (isBranch(last.op.operand)) {
      const t = blockAt.get(last.operand as number);
      if (t !== undefined) succ[b]!.push(t);
      if (UNCONDITIONAL.has(last.op.name)) continue;
    }
    if (b + 1 < n) succ[b]!.push(b + 1);
  }
  return hasCycleOfTwoOrMore(succ);
}

/** is there a strongly connected component with ≥ 2 nodes? (iterative Tarjan) */
function hasCycleOfTwoOrMore(succ: readonly number[][]): boolean {
  const n = succ.length;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const onStack = new Uint8Array(n);
  const stack: number[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    index[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = 1;
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      if (i < succ[v]!.length) {
        top[1]++;
        const w = succ[v]![i]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = 1;
          work.push([w, 0]);
        } else if (onStack[w]) {
          low[v] = Math.min(low[v]!, index[w]!);
        }
        continue;
      }
      work.pop();
      if (work.length) {
        const u = work[work.length - 1]![0];
        low[u] = Math.min(low[u]!, low[v]!);
      }
      if (low[v] === index[v]) {
        let size = 0;
        for (;;) {
          const w = stack.pop()!;
          onStack[w] = 0;
          size++;
          if (w === v) break;
        }
        if (size >= 2) return true;
      }
    }
  }
  return false;
}

export function openDotnetExtractor(bytes: Uint8Array, opts: { adjustGlobals?: (g: Located[]) => Located[] } = {}): DotnetStaticExtractor {
  return new DotnetStaticExtractor(bytes, opts);
}
