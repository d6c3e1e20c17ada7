// Optional per-phase timings of one analysis (the bench's breakdown, `CAPA_TS_TIMINGS=1` in the
// CLI). Off by default: then `phaseStart` returns 0 and `phaseEnd` returns at once, so the stages
// can call them on every phase boundary for free. Per thread (a worker keeps its own table).
//
// Each phase gets wall milliseconds and, when the caller supplies a CPU clock (the CLI passes
// process.cpuUsage; browsers have none), CPU milliseconds. Phases measured in many small pieces
// (features vs matching, interleaved per instruction) only get wall time: `addPhase`.

export interface PhaseTime {
  wall: number;
  /** CPU ms of the whole process (all threads) during the phase; absent without a CPU clock */
  cpu?: number;
}

let enabled = false;
let cpuClock: (() => number) | undefined;
const totals = new Map<string, PhaseTime>();
/** open phases: token → [wall, cpu] at phaseStart */
const open = new Map<number, [number, number | undefined]>();
let nextToken = 1;

export function enableTimings(opts: { on?: boolean; cpuClock?: () => number } = {}): void {
  enabled = opts.on ?? true;
  cpuClock = opts.cpuClock;
  totals.clear();
  open.clear();
}

export function timingsEnabled(): boolean {
  return enabled;
}

/** a start token for `phaseEnd` (0 when timings are off) */
export function phaseStart(): number {
  if (!enabled) return 0;
  const token = nextToken++;
  open.set(token, [performance.now(), cpuClock?.()]);
  return token;
}

/** adds the time since `phaseStart` returned `token` to `phase` */
export function phaseEnd(phase: string, token: number): void {
  if (!enabled) return;
  const s = open.get(token);
  if (s === undefined) return;
  open.delete(token);
  const wall = performance.now() - s[0];
  const cpu = s[1] !== undefined && cpuClock ? cpuClock() - s[1] : undefined;
  const p = totals.get(phase);
  if (p === undefined) totals.set(phase, cpu === undefined ? { wall } : { wall, cpu });
  else {
    p.wall += wall;
    if (cpu !== undefined) p.cpu = (p.cpu ?? 0) + cpu;
  }
}

/** adds `wallMs` to `phase` (for times measured in pieces, or elsewhere, e.g. by a worker) */
export function addPhase(phase: string, wallMs: number): void {
  if (!enabled) return;
  const p = totals.get(phase);
  if (p === undefined) totals.set(phase, { wall: wallMs });
  else p.wall += wallMs;
}

/** phase → times, in first-recorded order */
export function phaseTimings(): Record<string, PhaseTime> {
  return Object.fromEntries([...totals].map(([k, v]) => [k, { ...v }]));
}
