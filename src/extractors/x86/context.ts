// Shared state for x86/x64 feature extraction over an analysed Program: the memory probe with its
// caches, import → api-name lists, interned Feature objects (the same mnemonics/numbers recur on
// thousands of instructions), and the lazily built "instruction ending at va" index used by the
// backwards register search of indirect-call resolution.

import { REG, type Insn } from '../../analysis/insn.js';
import type { FunctionInfo, Program } from '../../analysis/program.js';
import {
  characteristic,
  makeFeature,
  type Characteristic,
  type Feature,
  type FeatureType,
} from '../../features/feature.js';
import type { ImportEntry } from '../../formats/image.js';
import { generateSymbols } from '../pe/file.js';
import { MemoryProbe } from './memory.js';

/** vivisect's symbol for an import: its name, `ordN` → `#N`, or `#ordinal` */
export function importSymbol(imp: ImportEntry): string {
  if (imp.name === undefined) return `#${imp.ordinal ?? 0}`;
  if (imp.name.startsWith('ord')) return '#' + imp.name.slice(3);
  return imp.name;
}

export class X86Context {
  readonly probe: MemoryProbe;
  readonly bitness: 32 | 64;
  /** esp (32-bit) / rsp (64-bit): vivisect's REG_ESP id in the current mode */
  readonly spReg: number;
  readonly bpReg: number;
  private readonly apiNames = new Map<number, readonly Feature[]>();
  private readonly interned = new Map<FeatureType, Map<string | bigint | number | null, Feature>>();
  private readonly internedOperand = new Map<FeatureType, Array<Map<string | bigint | number | null, Feature>>>();
  private readonly chars = new Map<string, Feature>();
  private prevIndexOf: FunctionInfo | undefined;
  private prevIndex: Map<number, Insn> | undefined;

  constructor(readonly program: Program) {
    this.bitness = program.bitness;
    this.probe = new MemoryProbe(program.mem, program.bitness === 64 ? 8 : 4, program.image.sections);
    this.spReg = program.bitness === 64 ? REG.RSP : REG.ESP;
    this.bpReg = program.bitness === 64 ? REG.RBP : REG.EBP;
  }

  /** interned feature (type, value[, index]): one Map per (type, index), keyed by the raw value */
  feature(type: FeatureType, value: string | bigint | number | null, index?: number): Feature {
    let m: Map<string | bigint | number | null, Feature> | undefined;
    if (index === undefined) {
      m = this.interned.get(type);
      if (!m) this.interned.set(type, (m = new Map()));
    } else {
      let perIndex = this.internedOperand.get(type);
      if (!perIndex) this.internedOperand.set(type, (perIndex = []));
      m = perIndex[index];
      if (!m) perIndex[index] = m = new Map();
    }
    let f = m.get(value);
    if (!f) {
      f = makeFeature(type, value, index === undefined ? {} : { index });
      m.set(value, f);
    }
    return f;
  }

  // hot-path interning: one Map lookup per feature (the generic `feature()` needs two)
  private readonly mnemonics = new Map<string, Feature>();
  private readonly numbers = new Map<number | bigint, Feature>();
  private readonly offsets = new Map<number | bigint, Feature>();
  private readonly operandNumbers: Array<Map<number | bigint, Feature>> = [];
  private readonly operandOffsets: Array<Map<number | bigint, Feature>> = [];
  private readonly stringFeatures = new Map<string, Feature>();

  /** same features as `feature(type, value[, index])`, through per-type caches */
  mnemonicFeature(m: string): Feature {
    let f = this.mnemonics.get(m);
    if (f === undefined) this.mnemonics.set(m, (f = this.feature('mnemonic', m)));
    return f;
  }

  numberFeature(v: number | bigint): Feature {
    let f = this.numbers.get(v);
    if (f === undefined) this.numbers.set(v, (f = this.feature('number', v)));
    return f;
  }

  offsetFeature(v: number | bigint): Feature {
    let f = this.offsets.get(v);
    if (f === undefined) this.offsets.set(v, (f = this.feature('offset', v)));
    return f;
  }

  operandNumberFeature(i: number, v: number | bigint): Feature {
    const m = (this.operandNumbers[i] ??= new Map());
    let f = m.get(v);
    if (f === undefined) m.set(v, (f = this.feature('operand number', v, i)));
    return f;
  }

  operandOffsetFeature(i: number, v: number | bigint): Feature {
    const m = (this.operandOffsets[i] ??= new Map());
    let f = m.get(v);
    if (f === undefined) m.set(v, (f = this.feature('operand offset', v, i)));
    return f;
  }

  stringFeature(s: string): Feature {
    let f = this.stringFeatures.get(s);
    if (f === undefined) this.stringFeatures.set(s, (f = this.feature('string', s)));
    return f;
  }

  private readonly bytesFeatures = new Map<number, Feature>();

  /** the `bytes` feature read at va (buffers are per address, so features are too) */
  bytesFeature(va: number, buf: Uint8Array): Feature {
    let f = this.bytesFeatures.get(va);
    if (!f) {
      f = makeFeature('bytes', buf);
      this.bytesFeatures.set(va, f);
    }
    return f;
  }

  characteristic(c: Characteristic): Feature {
    let f = this.chars.get(c);
    if (!f) {
      f = characteristic(c);
      this.chars.set(c, f);
    }
    return f;
  }

  private readonly directApis = new Map<number, readonly Feature[]>();

  /** api features of a direct branch to `target`, computed once per target by `compute` */
  directBranchApis(target: number, compute: (ctx: X86Context, target: number) => readonly Feature[]): readonly Feature[] {
    let r = this.directApis.get(target);
    if (r === undefined) {
      r = compute(this, target);
      this.directApis.set(target, r);
    }
    return r;
  }

  /** `api` features for a call/jmp to the import slot at va (empty when va is no import) */
  apiFeaturesForImport(va: number): readonly Feature[] {
    const cached = this.apiNames.get(va);
    if (cached) return cached;
    const imp = this.program.importAt(va);
    let out: Feature[] = [];
    // an ELF PLT stub resolves to its slot's names (vivisect reaches the slot through the stub's jmp)
    if (imp) {
      out = generateSymbols(imp.dll, importSymbol(imp), false).map((n) => this.feature('api', n));
    }
    this.apiNames.set(va, out);
    return out;
  }

  private elfSyms: Map<number, string[]> | undefined;

  /** ELF: names of the symtab functions (st_info & 2) whose value is va, indexed on first use */
  elfFunctionSymbols(va: number): readonly string[] {
    const img = this.program.image;
    if (img.format !== 'elf') return [];
    if (!this.elfSyms) {
      const m = new Map<number, string[]>();
      for (const s of img.symbols) {
        if ((s.info & 2) === 0) continue;
        const l = m.get(s.va);
        if (l) l.push(s.name);
        else m.set(s.va, [s.name]);
      }
      this.elfSyms = m;
    }
    return this.elfSyms.get(va) ?? [];
  }

  isImport(va: number): boolean {
    const imp = this.program.importAt(va);
    return imp !== undefined && imp.kind !== 'plt';
  }

  /**
   * vivisect getPrevLocation(va, adjacent=True) for the backwards register search: the
   * instruction of function `f` that ends at va (indexed per function on first use).
   */
  prevInsn(f: FunctionInfo, va: number): Insn | undefined {
    // functions are extracted one after the other: keep only the current one's index
    let idx = this.prevIndexOf === f ? this.prevIndex : undefined;
    if (!idx) {
      idx = new Map<number, Insn>();
      for (const bb of f.blocks) for (const i of bb.insns) idx.set(i.va + i.length, i);
      this.prevIndexOf = f;
      this.prevIndex = idx;
    }
    return idx.get(va);
  }
}
