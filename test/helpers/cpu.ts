// Hang guards for hostile-input tests. They bound the CPU time this process spends on one case
// (user + system), not wall time: other work on the machine does not count, and the bounds are
// far above what a case costs (they catch runaway loops, they do not measure speed — that is the
// benches' job).

/** a stopwatch of this process' CPU time, in ms */
export function cpuStopwatch(): () => number {
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
}
