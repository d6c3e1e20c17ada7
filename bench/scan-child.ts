// One `capa-ts scan` in a fresh process (the bench's child): runs the command, then prints the
// process's resource use as the last stderr line. The pool is worker threads of this process, so
// getrusage(RUSAGE_SELF) covers all of it: CPU of every thread, peak RSS of the whole pool.
import { main } from '../src/cli/main.js';

await main(process.argv.slice(2));
const u = process.resourceUsage();
process.stderr.write(`BENCH ${JSON.stringify({ userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssMiB: u.maxRSS / 1024 })}\n`);
