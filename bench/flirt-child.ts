// One CLI run in a fresh process for the FLIRT bench: `node flirt-child.js MODE ARGS…`.
//   load FILE…      load signature files (through the cache in $CAPA_TS_CACHE_DIR), print timings
//   run ARGS…       the main command with ARGS, output discarded, print timings
import { loadSignatureFiles } from '../src/cli/signatures.js';
import { main } from '../src/cli/main.js';

const [mode, ...args] = process.argv.slice(2);
const t0 = performance.now();
const c0 = process.cpuUsage();
let detail: Record<string, unknown> = {};
if (mode === 'load') {
  const r = loadSignatureFiles(args);
  detail = { modules: r.sets.reduce((n, s) => n + s.moduleCount, 0), cacheHits: r.cacheHits };
} else {
  const code = await main(args, { out: () => {}, err: () => {} });
  detail = { exitCode: code };
}
const c = process.cpuUsage(c0);
process.stdout.write(
  JSON.stringify({ wallMs: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, maxRssMiB: process.resourceUsage().maxRSS / 1024, ...detail }) + '\n',
);
process.exitCode = 0;
