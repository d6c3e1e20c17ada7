// results-*: our full output with the official rules against what capa 9.4 itself reported for
// every shared sample (../shared/capa-results). A sample passes when the set of matched rules is
// identical (lib rules included); the notes give precision/recall over (sample, rule) pairs and
// over (sample, rule, match address) pairs.
import { readdirSync, readFileSync } from 'node:fs';
import type { Suite, SuiteResult } from './suite.js';
import { testdata } from '../helpers/testdata.js';
import { officialMatches } from './official.js';

interface CapaResult {
  readonly format: string;
  readonly sample: string;
  readonly functions?: string[];
  readonly library_functions?: Array<{ readonly address: string; readonly name: string }>;
  readonly rules: Record<string, { readonly matches: string[] }>;
}

/** capa-results writes `absolute:0x401a2b` / `global`; we format `0x401A2B` / `global`. */
function normaliseAddress(a: string): string {
  const m = /^absolute:0x([0-9a-f]+)$/i.exec(a);
  if (m) return '0x' + m[1]!.toUpperCase();
  const t = /^dn token:0x([0-9a-f]+)$/i.exec(a);
  if (t) return `token(0x${t[1]!.toUpperCase()})`;
  const to = /^dn token offset:0x([0-9a-f]+),0x([0-9a-f]+)$/i.exec(a);
  if (to) return `token(0x${to[1]!.toUpperCase()})+0x${to[2]!.toUpperCase()}`;
  return a;
}

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : ((100 * a) / b).toFixed(1) + '%');

interface CompareOptions {
  /** results folder under the shared data */
  readonly dir?: string;
  /** FLIRT signature files the analysis loads (capa-sigs/ names) */
  readonly signatures?: readonly string[];
}

function compare(group: string, formats: readonly string[], copts: CompareOptions = {}): Suite {
  const flirt = copts.signatures !== undefined;
  return {
    name: `results-${group}`,
    async run(): Promise<SuiteResult> {
      const dir = testdata(copts.dir ?? 'capa-results');
      // FLIRT: library functions (address and name), and how many of the differences sit on
      // functions only one of the two analyses found (function discovery, not FLIRT)
      let tpLib = 0, ourLib = 0, capaLib = 0, libOnUnsharedFunctions = 0;
      let passed = 0;
      let failed = 0;
      const failures: string[] = [];
      let tpRules = 0, ourRules = 0, capaRules = 0;
      let tpAddr = 0, ourAddr = 0, capaAddr = 0;
      for (const file of readdirSync(dir).sort()) {
        if (!file.endsWith('.json')) continue;
        const expected = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as CapaResult;
        if (!formats.includes(expected.format)) continue;
        const sample = file.slice(0, -'.json'.length).split('__').join('/');
        let ours;
        try {
          ours = officialMatches(sample, { signatures: copts.signatures });
        } catch (e) {
          failed++;
          failures.push(`${sample}: ${(e as Error).message.split('\n')[0]}`);
          capaRules += Object.keys(expected.rules).length;
          continue;
        }
        const want = new Set(Object.keys(expected.rules));
        const got = new Set(ours.matches.keys());
        const missing = [...want].filter((r) => !got.has(r));
        const extra = [...got].filter((r) => !want.has(r));
        capaRules += want.size;
        ourRules += got.size;
        tpRules += want.size - missing.length;
        for (const [rule, exp] of Object.entries(expected.rules)) {
          const e = new Set(exp.matches.map(normaliseAddress));
          const o = new Set(ours.matches.get(rule) ?? []);
          capaAddr += e.size;
          for (const a of e) if (o.has(a)) tpAddr++;
        }
        for (const list of ours.matches.values()) ourAddr += new Set(list).size;
        const libDiff: string[] = [];
        if (flirt) {
          const capaFunctions = new Set([...(expected.functions ?? []), ...(expected.library_functions ?? []).map((l) => l.address)].map(normaliseAddress));
          const ourFunctions = new Set(ours.functionList.map((va) => '0x' + va.toString(16).toUpperCase()));
          const want = new Map((expected.library_functions ?? []).map((l) => [normaliseAddress(l.address), l.name]));
          const got = new Map([...ours.libraryFunctions].map(([va, n]) => ['0x' + va.toString(16).toUpperCase(), n]));
          capaLib += want.size;
          ourLib += got.size;
          for (const [a, n] of want) {
            if (got.get(a) === n) tpLib++;
            else {
              libDiff.push(`-${a} ${n}${got.has(a) ? ` (ours: ${got.get(a)})` : ''}`);
              if (!ourFunctions.has(a)) libOnUnsharedFunctions++;
            }
          }
          for (const [a, n] of got) {
            if (want.get(a) === n) continue;
            if (!want.has(a)) libDiff.push(`+${a} ${n}`);
            if (!capaFunctions.has(a)) libOnUnsharedFunctions++;
          }
        }
        if (missing.length === 0 && extra.length === 0 && libDiff.length === 0) passed++;
        else {
          failed++;
          const lib = libDiff.length ? ` library functions [${libDiff.slice(0, 8).join(', ')}${libDiff.length > 8 ? ', …' : ''}]` : '';
          failures.push(`${sample}: missing [${missing.join(', ')}] extra [${extra.join(', ')}]${lib}`);
        }
      }
      return {
        name: `results-${group}`,
        passed,
        failed,
        notes: [
          ...(flirt
            ? [
                `library functions: recall ${pct(tpLib, capaLib)}, precision ${pct(tpLib, ourLib)} (${tpLib} of capa's ${capaLib} identical in address and name, ${ourLib} ours; ` +
                  `${libOnUnsharedFunctions} difference(s) on functions only one analysis found)`,
              ]
            : []),
          `rules: recall ${pct(tpRules, capaRules)}, precision ${pct(tpRules, ourRules)} (${tpRules} of capa's ${capaRules} matched rules, ${ourRules} ours)`,
          `match addresses: recall ${pct(tpAddr, capaAddr)}, precision ${pct(tpAddr, ourAddr)}`,
        ],
        failures,
      };
    },
  };
}

export const resultsPeSuite = compare('pe', ['pe']);
export const resultsElfSuite = compare('elf', ['elf']);
export const resultsScSuite = compare('sc', ['sc32', 'sc64']);
export const resultsDotnetSuite = compare('dotnet', ['dotnet']);
/** capa 9.4 with FLIRT on, 3_flare_common_libs.sig alone (capa-results-flirt/README) */
export const resultsPeFlirtSuite = compare('pe-flirt', ['pe'], { dir: 'capa-results-flirt', signatures: ['3_flare_common_libs.sig'] });

/**
 * rd-flirt: capa's own result documents (testfiles/rd, capa 7.0.1 with all three of its signature
 * files) list the library functions capa identified. Only 3_flare_common_libs.sig is available
 * here, so a document passes when every library function we identify with it is in the document
 * under the same name; the note says how many of the document's we reproduce (the rest need
 * 1_flare_msvc_rtf_32_64.sig / 2_flare_msvc_atlmfc_32_64.sig, MSVC runtime and ATL/MFC).
 */
export const rdFlirtSuite: Suite = {
  name: 'rd-flirt',
  async run(): Promise<SuiteResult> {
    const dir = testdata('testfiles', 'rd');
    let passed = 0;
    let failed = 0;
    let listed = 0;
    let reproduced = 0;
    const failures: string[] = [];
    const notes: string[] = [];
    for (const file of readdirSync(dir).sort()) {
      if (!file.endsWith('.json')) continue;
      const doc = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as {
        meta: { flavor: string; analysis: { format: string; library_functions?: Array<{ address: { value: number }; name: string }> } };
      };
      const lf = doc.meta.analysis.library_functions;
      if (doc.meta.flavor !== 'static' || doc.meta.analysis.format !== 'pe' || !lf?.length) continue;
      const sample = file.slice(0, -'.json'.length);
      const ours = officialMatches(sample, { signatures: ['3_flare_common_libs.sig'] }).libraryFunctions;
      const want = new Map(lf.map((l) => [l.address.value, l.name]));
      listed += want.size;
      const contradictions: string[] = [];
      let same = 0;
      for (const [va, n] of ours) {
        if (want.get(va) === n) same++;
        else contradictions.push(`0x${va.toString(16)} ${n}${want.has(va) ? ` (capa: ${want.get(va)})` : ' (capa: not library code)'}`);
      }
      reproduced += same;
      notes.push(`${sample}: ${same} of capa's ${want.size} library functions reproduced with 3_flare_common_libs.sig`);
      if (contradictions.length) {
        failed++;
        failures.push(`${sample}: ${contradictions.join(', ')}`);
      } else passed++;
    }
    notes.push(`${reproduced} of ${listed} reproduced; the others are MSVC runtime / ATL-MFC functions, named by capa's 1_/2_ .sig files (not available offline)`);
    return { name: 'rd-flirt', passed, failed, notes, failures };
  },
};
