// Loaded with `node --require` by the end-to-end bench: at exit, writes this process' resource
// usage (all threads: user/system CPU µs, peak RSS KiB) as JSON to $CAPA_TS_BENCH_RUSAGE.
// Plain CommonJS (not compiled) so it costs one small file read, not an ES module graph.
'use strict';
const out = process.env.CAPA_TS_BENCH_RUSAGE;
if (out) {
  process.once('exit', () => {
    const r = process.resourceUsage();
    require('node:fs').writeFileSync(out, JSON.stringify({ user: r.userCPUTime, system: r.systemCPUTime, maxRSS: r.maxRSS }));
  });
}
