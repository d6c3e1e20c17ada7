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

function compare(group: string, formats: readonly string[]): Suite {
  return {
    name: `results-${group}`,
    async run(): Promise<SuiteResult> {
      const dir = testdata('capa-results');
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
          ours = officialMatches(sample);
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
        if (missing.length === 0 && extra.length === 0) passed++;
        else {
          failed++;
          failures.push(`${sample}: missing [${missing.join(', ')}] extra [${extra.join(', ')}]`);
        }
      }
      return {
        name: `results-${group}`,
        passed,
        failed,
        notes: [
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
