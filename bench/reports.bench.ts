// Sandbox report reading (CAPE JSON.gz, DRAKVUF log.gz, VMRay zip from the shared data): median
// of 5 reads, ms, and the extractor walk (every process/thread/call feature) once.
import { readFileSync } from 'node:fs';
import { readCapeReport } from '../src/formats/reports/cape.js';
import { readDrakvufReport } from '../src/formats/reports/drakvuf.js';
import { readVmrayArchive } from '../src/formats/reports/vmray.js';
import { openReportExtractor } from '../src/extractors/dynamic/open.js';
import { testdata, testdataAvailable } from '../test/helpers/testdata.js';
import { medianWall } from './timing.js';


const REPORTS = [
  ['cape', 'dynamic/cape/v2.2/0000a65749f5902c4d82ffa701198038f0b4870b00a27cfca109f8f933476d82.json.gz', readCapeReport],
  ['drakvuf', 'dynamic/drakvuf/93b2d1840566f45fab674ebc79a9d19c88993bcb645e0357f3cb584d16e7c795.log.gz', readDrakvufReport],
  ['vmray', 'dynamic/vmray/eb12873c0ce3e9ea109c2a447956cbd10ca2c3e86936e526b2c6e28764999f21_min_archive.zip', readVmrayArchive],
] as const;

export function run(): void {
  if (!testdataAvailable()) {
    console.log('reports: shared test data missing, skipped');
    return;
  }
  for (const [name, rel, read] of REPORTS) {
    const bytes = new Uint8Array(readFileSync(testdata('testfiles', rel)));
    const ms = medianWall(() => read(bytes));
    const x = openReportExtractor(bytes, { format: name });
    const t = performance.now();
    let n = 0;
    for (const p of x.processes()) {
      for (const _ of x.processFeatures(p)) n++;
      for (const th of x.threads(p)) for (const c of x.calls(p, th)) for (const _ of x.callFeatures(p, th, c)) n++;
    }
    const walk = performance.now() - t;
    console.log(`${name} read (${(bytes.length / 1048576).toFixed(1)} MiB): ${ms.toFixed(1)} ms; feature walk: ${walk.toFixed(1)} ms, ${n} features`);
  }
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}
