// One end-to-end run in a fresh process (so peak RSS belongs to this run only):
// load all official rules, analyse the sample, print a JSON line with the timings.
import { readFileSync } from 'node:fs';
import { readRuleFiles } from '../src/cli/load-rules.js';
import { buildRuleSet } from '../src/rules/load.js';
import { analyzeDetailed } from '../src/index.js';
import { testdata } from '../test/helpers/testdata.js';

const sample = process.argv[2]!;
const t0 = performance.now();
const rules = buildRuleSet(readRuleFiles([testdata('capa-rules')]));
const t1 = performance.now();
const { document } = analyzeDetailed(new Uint8Array(readFileSync(testdata('testfiles', sample))), { rules });
const t2 = performance.now();
const matched = Object.values(document.rules).filter((r) => !r.meta.lib).length;
process.stdout.write(
  JSON.stringify({
    rulesMs: t1 - t0,
    analyzeMs: t2 - t1,
    totalMs: t2 - t0,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    rulesMatched: matched,
    rulesMatchedInclLib: Object.keys(document.rules).length,
  }) + '\n',
);
