// rule-examples: the official rules' own `examples:` (rule, sample, address) must match, as capa's
// CI requires. An example passes when its rule matches anywhere in the sample (capa's criterion);
// the notes also count how many of the examples that name an address match at that address.
import { readFileSync, existsSync } from 'node:fs';
import type { Suite, SuiteResult } from './suite.js';
import { testdata } from '../helpers/testdata.js';
import { readRuleFiles } from '../../src/cli/load-rules.js';
import { formatForSample } from '../../src/cli/rules-test.js';
import { buildRuleSet } from '../../src/rules/load.js';
import { analyzeDetailed } from '../../src/index.js';
import { checkExample } from '../../src/capabilities/examples.js';

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
    const rules = buildRuleSet(readRuleFiles([testdata('capa-rules')]));
    const bySample = new Map<string, RuleExample[]>();
    for (const e of examples) bySample.set(e.sample, [...(bySample.get(e.sample) ?? []), e]);

    let passed = 0;
    let withAddress = 0;
    let atAddress = 0;
    const failures: string[] = [];
    for (const [sample, list] of bySample) {
      const path = testdata('testfiles', sample);
      let analysis;
      try {
        if (!existsSync(path)) throw new Error('sample missing from the shared test data');
        analysis = analyzeDetailed(new Uint8Array(readFileSync(path)), { rules, format: formatForSample(path) });
      } catch (e) {
        for (const ex of list) failures.push(`${ex.rule} @ ${sample}: ${(e as Error).message.split('\n')[0]}`);
        continue;
      }
      for (const ex of list) {
        const addr = ex.address === null ? undefined : parseInt(ex.address, 16);
        const r = checkExample(analysis.extractor, analysis.capabilities.matches, ex.rule, addr);
        if (addr !== undefined) withAddress++;
        if (r.atAddress) atAddress++;
        if (r.matched) passed++;
        else failures.push(`${ex.rule} @ ${sample}${ex.address ? ':' + ex.address : ''}: rule did not match`);
      }
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
