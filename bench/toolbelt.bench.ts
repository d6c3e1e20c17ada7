// The tool belt (issue 15): `rules fmt` and `rules lint` over the official rules, freeze files
// (write, read, match) and SARIF rendering. Median of 5 (lint: 3), wall and process CPU ms.
import { existsSync, readFileSync } from 'node:fs';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { collectRuleFiles } from '../src/cli/rule-cache.js';
import { rulesLint } from '../src/cli/rules-lint.js';
import { formatRuleText } from '../src/rules/format.js';
import { analyzeDetailed } from '../src/index.js';
import { analyzeFreeze, freezeExtractor, readFreeze } from '../src/freeze.js';
import { renderSarif } from '../src/render/sarif.js';
import { loadRuleDir } from '../test/capabilities/freeze.js';
import { cpuMsSince, formatTiming, measure, median } from './timing.js';

export async function run(): Promise<void> {
  if (!testdataAvailable()) {
    console.log('toolbelt: shared test data missing, skipped');
    return;
  }
  const ruleDir = testdata('capa-rules');
  const files = collectRuleFiles([ruleDir]);
  let same = 0;
  const fmt = measure(() => {
    same = 0;
    for (const f of files) if (formatRuleText(f.text) === f.text) same++;
  });
  console.log(`toolbelt: rules fmt of ${files.length} official rules: ${formatTiming(fmt)}; ${same} byte-identical`);

  const quiet = { out: () => {}, err: () => {} };
  const lintRuns: number[] = [];
  const lintCpu: number[] = [];
  let code = 0;
  for (let i = 0; i < 3; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    code = await rulesLint([ruleDir], quiet);
    lintRuns.push(performance.now() - t);
    lintCpu.push(cpuMsSince(c));
  }
  console.log(`toolbelt: rules lint of the official rules (exit ${code}): ${formatTiming({ wall: median(lintRuns), cpu: median(lintCpu) }, 0)}`);

  const rules = loadRuleDir(ruleDir);
  for (const name of ['Practical Malware Analysis Lab 21-01.exe_', 'mimikatz.exe_']) {
    const path = testdata('testfiles', name);
    if (!existsSync(path)) continue;
    const live = analyzeDetailed(new Uint8Array(readFileSync(path)), { rules, path });
    let frz: Uint8Array = new Uint8Array();
    const write = measure(() => (frz = freezeExtractor(live.extractor)), { runs: 3 });
    const read = measure(() => readFreeze(frz), { runs: 3 });
    const match = measure(() => analyzeFreeze(frz, { rules }), { runs: 3 });
    const sarif = measure(() => renderSarif(live.document));
    console.log(
      `toolbelt: ${name}: freeze write ${formatTiming(write, 0)} (${(frz.length / 1024).toFixed(0)} KiB), read ${formatTiming(read, 0)}, ` +
        `read+match ${formatTiming(match, 0)}; SARIF render ${formatTiming(sarif, 1)}`,
    );
  }
}
