// Timing helpers shared by the benches: medians of repeated runs, wall clock and process CPU time
// (CPU time stays meaningful when other work shares the machine).

/** the median (upper middle for an even count) */
export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
}

export interface Timing {
  /** median wall-clock ms */
  wall: number;
  /** median process CPU ms (user + system) */
  cpu: number;
}

/** process CPU ms spent since `since` (a process.cpuUsage() value) */
export function cpuMsSince(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1000;
}

/** runs fn `runs` times (after one untimed run with `warmup`) and returns the medians */
export function measure(fn: () => unknown, opts: { runs?: number; warmup?: boolean } = {}): Timing {
  if (opts.warmup) fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < (opts.runs ?? 5); i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    wall.push(performance.now() - t);
    cpu.push(cpuMsSince(c));
  }
  return { wall: median(wall), cpu: median(cpu) };
}

/** median wall-clock ms of `runs` runs */
export function medianWall(fn: () => unknown, runs = 5): number {
  return measure(fn, { runs }).wall;
}

/** `12.3 ms (cpu 11.9 ms)` */
export function formatTiming(t: Timing, digits = 1): string {
  return `${t.wall.toFixed(digits)} ms (cpu ${t.cpu.toFixed(digits)} ms)`;
}
