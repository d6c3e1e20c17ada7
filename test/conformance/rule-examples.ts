// rule-examples: the official rules' own `examples:` (rule, sample, address) must match, as capa's
// CI requires. An example passes when its rule matches anywhere in the sample (capa's criterion);
// the notes also count how many of the examples that name an address match at that address
// (the match address itself, or a match inside the function starting there).
import { readFileSync } from 'node:fs';
import type { Suite, SuiteResult } from './suite.js';
import { testdata } from '../helpers/testdata.js';
import { officialMatches } from './official.js';

interface RuleExample {
  readonly rule: string;
  readonly rule_file: string;
  readonly sample: string;
  readonly address: string | null;
  readonly scope: string;
}

export const ruleExamplesSuite: Suite = {
  name: 'rule-examples',
  async run(): Promise<SuiteResult> {
    const examples = JSON.parse(readFileSync(testdata('capa-tests', 'rule-examples.json'), 'utf8')) as RuleExample[];
    let passed = 0;
    let withAddress = 0;
    let atAddress = 0;
    const failures: string[] = [];
    for (const ex of examples) {
      const where = `${ex.rule} @ ${ex.sample}${ex.address ? ':' + ex.address : ''}`;
      let m;
      try {
        m = officialMatches(ex.sample);
      } catch (e) {
        failures.push(`${where}: ${(e as Error).message.split('\n')[0]}`);
        continue;
      }
      const addrs = m.matches.get(ex.rule);
      if (ex.address !== null) {
        withAddress++;
        const va = parseInt(ex.address, 16);
        const text = '0x' + va.toString(16).toUpperCase();
        // .NET examples name a method token: a match at it, or at an instruction inside it
        const token = `token(${text})`;
        const inMethod = (a: string): boolean => a === token || a.startsWith(token + '+');
        if (addrs && (addrs.includes(text) || addrs.some(inMethod) || m.functions.get(ex.rule)?.has(va))) atAddress++;
      }
      if (addrs) passed++;
      else failures.push(`${where}: rule did not match`);
    }
    return {
      name: 'rule-examples',
      passed,
      failed: examples.length - passed,
      notes: [`${atAddress} of ${withAddress} examples with an address matched at that address`],
      failures,
    };
  },
};
