// The .NET static extractor, modelled on capa's dnfile backend (§4.9): globals and file features
// from the metadata, one function per MethodDef with an IL body (at its `dn token`), one basic
// block per function, instructions at (token, IL offset).

import { dnToken, dnTokenOffset, NO_ADDRESS, type Address } from '../../features/address.js';
import type {
  BasicBlockHandle, FunctionHandle, InsnHandle, Located, SampleHashes, StaticExtractor,
} from '../../features/extractor.js';
import { md5, sha1, sha256 } from '../../features/hashes.js';
import { parseMethodBody, type MethodBody } from '../../formats/dotnet/cil.js';
import { metadataFromPe, pefileRvaToOffset, type DotnetMetadata } from '../../formats/dotnet/metadata.js';
import { T } from '../../formats/dotnet/tables.js';
import { parsePE } from '../../formats/pe/parse.js';
import type { PeFile } from '../../formats/pe/types.js';
import { dotnetFileFeatures, dotnetGlobalFeatures } from './file.js';
import { dotnetFunctionFeatures, type DotnetFunction } from './function.js';
import { DotnetTokenCache, insnFeatures, isCallLike } from './insn.js';
import { tokenValue } from './names.js';

export { hasLoop, type DotnetFunction } from './function.js';

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
