// features-pe: capa's static feature assertions (capa-tests/features/static.json, §7.1) for PE
// x86/x64 samples, run against our PE extractor. Each case's feature text is built like a rule
// feature by the rules parser (so `count(...)`, regexes, `operand[1].number`, descriptions behave
// as in rules) and evaluated against the location's features ∪ every nested scope's features ∪
// the global features. .NET and ELF samples belong to other suites.
//
// `marks`: none of the cases is marked for capa's vivisect backend. A case marked `xfail` for viv
// would be one capa itself fails; such cases are reported separately, never counted as passed.
// Marks for other backends (idalib, ghidra, freeze) do not apply to us.
// Every remaining failure must be listed in known-failures/features-pe.json with its reason.

import { existsSync, readFileSync } from 'node:fs';
import { evaluate } from '../../src/engine/evaluate.js';
import { addLocated, newFeatureSet, type FeatureSet } from '../../src/engine/featureset.js';
import type { Node } from '../../src/engine/ast.js';
import { openPeExtractor } from '../../src/extractors/pe/extractor.js';
import type { BasicBlockHandle, FunctionHandle, StaticExtractor } from '../../src/features/extractor.js';
import { detectFormat } from '../../src/formats/detect.js';
import { ruleFromObject } from '../../src/rules/parse.js';
import { PROJECT_ROOT, testdata } from '../helpers/testdata.js';
import { CAPA_TEST_SIGNATURES, sharedSignatures } from '../helpers/signatures.js';
import { FlirtMatcher } from '../../src/analysis/flirt.js';
import type { Suite, SuiteResult } from './suite.js';

interface StaticFile {
  key: string;
  path: string;
  tags?: string[];
}
interface Mark {
  backend: string;
  mark: string;
  reason?: string;
}
export interface StaticCase {
  file: string;
  location: string;
  feature: string;
  expected?: boolean;
  tags?: string[];
  marks?: Mark[];
}

type Scope = 'file' | 'function' | 'basic block' | 'instruction';

/** The rule node for a fixture feature text such as `count(basic blocks): 7` or `string: /www.*\/i`. */
export function fixtureFeatureNode(text: string, scope: Scope): Node {
  const sep = text.indexOf(': ');
  const key = sep < 0 ? text : text.slice(0, sep);
  const value = sep < 0 ? '' : text.slice(sep + 2);
  const scopes: Scope[] = [scope, 'function', 'file'];
  let lastErr: unknown;
  for (const s of scopes) {
    try {
      const rule = ruleFromObject({
        rule: {
          meta: { name: 'fixture', authors: ['capa-ts'], scopes: { static: s, dynamic: 'unsupported' } },
          features: [{ [key]: value }],
        },
      });
      return rule.root;
    } catch (e) {
      lastErr = e;
    }
  }
  throw lastErr;
}

export interface Location {
  kind: Scope;
  fva?: number;
  bbva?: number;
  iva?: number;
}

export function parseLocation(loc: string): Location {
  if (loc === 'file') return { kind: 'file' };
  const parts = new Map<string, number>();
  for (const p of loc.split(',')) {
    const [k, v] = p.split('=');
    parts.set(k!.trim(), Number.parseInt(v!.trim(), 16));
  }
  const fva = parts.get('function');
  const bbva = parts.get('bb');
  const iva = parts.get('insn');
  if (fva === undefined) throw new Error(`unsupported location ${loc}`);
  if (iva !== undefined) return { kind: 'instruction', fva, bbva, iva };
  if (bbva !== undefined) return { kind: 'basic block', fva, bbva };
  return { kind: 'function', fva };
}

function blockFeatures(x: StaticExtractor, fh: FunctionHandle, bb: BasicBlockHandle, fs: FeatureSet, onlyInsn?: number): void {
  if (onlyInsn === undefined) addLocated(fs, x.basicBlockFeatures(fh, bb));
  for (const ih of x.instructions(fh, bb)) {
    if (onlyInsn !== undefined && (ih.address as { value: number }).value !== onlyInsn) continue;
    addLocated(fs, x.instructionFeatures(fh, bb, ih));
  }
}

/** features of a location ∪ nested scopes ∪ globals; a string describes why it cannot be built */
/** an extractor that can look a function up by its address (x86: VA, .NET: token) */
export type LocatableExtractor = StaticExtractor & { functionAt(va: number): FunctionHandle | undefined };

export function locationFeatures(x: LocatableExtractor, loc: Location): FeatureSet | string {
  const fs = newFeatureSet();
  addLocated(fs, x.globalFeatures());
  if (loc.kind === 'file') {
    addLocated(fs, x.fileFeatures());
    return fs;
  }
  const fh = x.functionAt(loc.fva!);
  if (!fh) return `function 0x${loc.fva!.toString(16)} not found by our analysis`;
  if (loc.kind === 'function') {
    addLocated(fs, x.functionFeatures(fh));
    for (const bb of x.basicBlocks(fh)) blockFeatures(x, fh, bb, fs);
    return fs;
  }
  let bb: BasicBlockHandle | undefined;
  for (const b of x.basicBlocks(fh)) if ((b.address as { value: number }).value === loc.bbva) bb = b;
  if (!bb) return `basic block 0x${loc.bbva!.toString(16)} not found in function 0x${loc.fva!.toString(16)}`;
  if (loc.kind === 'basic block') {
    blockFeatures(x, fh, bb, fs);
    return fs;
  }
  let found = false;
  for (const ih of x.instructions(fh, bb)) if ((ih.address as { value: number }).value === loc.iva) found = true;
  if (!found) return `instruction 0x${loc.iva!.toString(16)} not found in basic block 0x${loc.bbva!.toString(16)}`;
  blockFeatures(x, fh, bb, fs, loc.iva);
  return fs;
}

export function caseId(c: StaticCase): string {
  return `${c.file} ${c.location} ${c.feature} (expected ${c.expected ?? true})`;
}

interface KnownFailure {
  case: string;
  reason: string;
}

function knownFailures(): Map<string, string> {
  const p = `${PROJECT_ROOT}/test/conformance/known-failures/features-pe.json`;
  const m = new Map<string, string>();
  if (!existsSync(p)) return m;
  for (const k of JSON.parse(readFileSync(p, 'utf8')) as KnownFailure[]) m.set(k.case, k.reason);
  return m;
}

export interface StaticCaseRun {
  readonly suite: string;
  /** which static.json files belong to this suite (by the file's tags) */
  readonly selectFile: (tags: readonly string[]) => boolean;
  /** opens the sample, or returns why it cannot be (every case of the file then fails); undefined skips the file */
  readonly open: (bytes: Uint8Array) => (LocatableExtractor & { dispose?(): void }) | string | undefined;
  /** capa backends whose skip/xfail marks apply (default: vivisect's `viv`) */
  readonly backends?: readonly string[];
  /** resolves a fixture location to its feature set (default: VAs through functionAt, see locationFeatures) */
  readonly locate?: (x: LocatableExtractor, location: string) => { fs: FeatureSet; kind: Location['kind'] } | string;
  /** case id → reason, for failures that are understood (listed in the notes) */
  readonly known?: Map<string, string>;
  readonly knownFile?: string;
}

/**
 * Runs capa's static.json feature assertions for one backend: each case's feature is evaluated
 * against the location's features ∪ nested scopes ∪ globals and compared with `expected`. Cases
 * marked skip/xfail for capa's vivisect backend are not counted.
 */
export function runStaticFeatureCases(run: StaticCaseRun): SuiteResult {
  const doc = JSON.parse(readFileSync(testdata('capa-tests', 'features', 'static.json'), 'utf8')) as {
    files: StaticFile[];
    features: StaticCase[];
  };
  const files = new Map(doc.files.map((f) => [f.key, f]));
  const byFile = new Map<string, StaticCase[]>();
  for (const c of doc.features) {
    const f = files.get(c.file);
    if (!f || !run.selectFile([...(f.tags ?? []), ...(c.tags ?? [])])) continue;
    const l = byFile.get(c.file) ?? [];
    l.push(c);
    byFile.set(c.file, l);
  }
  let passed = 0;
  let failed = 0;
  let xfail = 0;
  const failures: string[] = [];
  const notes: string[] = [];
  const skipped: string[] = [];
  const unlisted: string[] = [];
  for (const [key, cases] of byFile) {
    const path = testdata('testfiles', files.get(key)!.path.replace(/^data\//, ''));
    if (!existsSync(path)) {
      skipped.push(`${key} (${cases.length} cases): sample missing`);
      continue;
    }
    let x;
    try {
      x = run.open(new Uint8Array(readFileSync(path)));
    } catch (e) {
      x = (e as Error).message;
    }
    if (x === undefined) continue;
    if (typeof x === 'string') {
      failed += cases.length;
      failures.push(`${key}: ${x}`);
      continue;
    }
    const sets = new Map<string, FeatureSet | string>();
    const kinds = new Map<string, Location['kind']>();
    try {
      for (const c of cases) {
        const backends = run.backends ?? ['viv'];
        const marks = (c.marks ?? []).filter((m) => backends.includes(m.backend));
        if (marks.some((m) => m.mark === 'skip')) continue;
        let fs = sets.get(c.location);
        if (fs === undefined) {
          if (run.locate) {
            const r = run.locate(x, c.location);
            fs = typeof r === 'string' ? r : r.fs;
            if (typeof r !== 'string') kinds.set(c.location, r.kind);
          } else {
            const loc = parseLocation(c.location);
            fs = locationFeatures(x, loc);
            kinds.set(c.location, loc.kind);
          }
          sets.set(c.location, fs);
        }
        let ok: boolean;
        let why = '';
        if (typeof fs === 'string') {
          ok = false;
          why = fs;
        } else {
          const got = evaluate(fixtureFeatureNode(c.feature, kinds.get(c.location)!), fs, { shortCircuit: true }).success;
          ok = got === (c.expected ?? true);
          if (!ok) why = `got ${got}`;
        }
        if (marks.some((m) => m.mark === 'xfail')) {
          xfail++;
          continue;
        }
        const id = caseId(c);
        if (ok) passed++;
        else {
          failed++;
          const reason = run.known?.get(id);
          failures.push(`${id}: ${why}${reason ? ` [known: ${reason}]` : ''}`);
          if (run.known && !reason) unlisted.push(id);
        }
      }
    } finally {
      x.dispose?.();
    }
  }
  if (xfail) notes.push(`${xfail} case(s) marked xfail for ${(run.backends ?? ['viv']).join('/')} (capa fails them too) not counted`);
  if (skipped.length) notes.push(`skipped: ${skipped.join('; ')}`);
  if (unlisted.length) notes.push(`${unlisted.length} failure(s) not listed in ${run.knownFile ?? 'the known failures'}`);
  return { name: run.suite, passed, failed, notes, failures };
}

export function runFeaturesPe(): SuiteResult {
  return runStaticFeatureCases({
    suite: 'features-pe',
    selectFile: (tags) => !tags.includes('dotnet') && !tags.includes('elf') && !tags.includes('dynamic'),
    // .NET/ELF samples belong to other suites; FLIRT signatures as capa's fixtures load them
    // (tests/fixtures: test_aulldiv.pat, test_aullrem.pat.gz, then capa's .sig files in that order)
    open: (bytes) =>
      detectFormat(bytes) === 'pe'
        ? openPeExtractor(bytes, { analysis: { signatures: sharedSignatures(CAPA_TEST_SIGNATURES).map((s) => new FlirtMatcher(s)) } })
        : undefined,
    known: knownFailures(),
    knownFile: 'known-failures/features-pe.json',
  });
}

export const featuresPeSuite: Suite = {
  name: 'features-pe',
  run: async () => runFeaturesPe(),
};
