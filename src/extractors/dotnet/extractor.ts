// The .NET static extractor, modelled on capa's dnfile backend (§4.9): globals and file features
// from the metadata, one function per MethodDef with an IL body (at its `dn token`), one basic
// block per function, instructions at (token, IL offset).

import { dnToken, dnTokenOffset, NO_ADDRESS, type Address } from '../../features/address.js';
import type {
  BasicBlockHandle, FunctionHandle, InsnHandle, Located, SampleHashes, StaticExtractor,
} from '../../features/extractor.js';
import { md5, sha1, sha256 } from '../../features/hashes.js';
import { metadataFromPe, pefileRvaToOffset, type DotnetMetadata } from '../../formats/dotnet/metadata.js';
import { parsePE } from '../../formats/pe/parse.js';
import type { PeFile } from '../../formats/pe/types.js';
import { dotnetFileFeatures, dotnetGlobalFeatures } from './file.js';
import { collectMethods, dotnetFunctionFeatures, type DotnetFunction } from './function.js';
import { DotnetTokenCache, insnFeatures } from './insn.js';

export { hasLoop, type DotnetFunction } from './function.js';

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
    const g = dotnetGlobalFeatures(this.md, pe);
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
    return dotnetFileFeatures(this.md, this.bytes);
  }

  /** MethodDefs with IL bodies, by token, with their call relations (capa get_functions) */
  methods(): Map<number, DotnetFunction> {
    this.funcs ??= collectMethods(this.md, this.bytes, (rva) => pefileRvaToOffset(this.pe, rva));
    return this.funcs;
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
    return dotnetFunctionFeatures(fh.inner as DotnetFunction);
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

export function openDotnetExtractor(bytes: Uint8Array, opts: { adjustGlobals?: (g: Located[]) => Located[] } = {}): DotnetStaticExtractor {
  return new DotnetStaticExtractor(bytes, opts);
}
