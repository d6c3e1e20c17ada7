// Progress of a long scan on stderr: a bar with rate and ETA redrawn in place on a terminal; a plain
// line every N samples otherwise (logs, CI, `2> file`).

export interface ProgressOptions {
  readonly stream: NodeJS.WriteStream;
  readonly tty: boolean;
  /** without a terminal: one line every this many samples */
  readonly every: number;
  readonly enabled: boolean;
}

export function formatDuration(secs: number): string {
  if (!Number.isFinite(secs) || secs < 0) return '?';
  const s = Math.round(secs);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

export class ScanProgress {
  private total = 0;
  private totalBytes = 0;
  private t0 = performance.now();
  private lastDraw = 0;
  private drawn = false;
  private lastLineAt = 0;

  constructor(private readonly opts: ProgressOptions) {}

  /** A phase before the samples run (hashing): a transient status on a terminal only. */
  status(text: string): void {
    if (!this.opts.enabled || !this.opts.tty) return;
    const now = performance.now();
    if (now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.draw(text);
  }

  begin(total: number, totalBytes: number): void {
    this.total = total;
    this.totalBytes = totalBytes;
    this.t0 = performance.now();
    this.lastDraw = 0;
    this.lastLineAt = 0;
  }

  update(done: number, doneBytes: number, errors: number): void {
    if (!this.opts.enabled || this.total === 0) return;
    const now = performance.now();
    const secs = (now - this.t0) / 1000;
    const rate = secs > 0 ? done / secs : 0;
    // samples run largest first, so bytes predict the rest better than counts
    const eta = doneBytes > 0 && this.totalBytes > 0 ? (secs * (this.totalBytes - doneBytes)) / doneBytes : done > 0 ? (secs * (this.total - done)) / done : NaN;
    const pct = Math.floor((100 * done) / this.total);
    const tail = `${done}/${this.total} ${pct}% · ${rate.toFixed(2)} samples/s · ETA ${done === this.total ? '0:00' : formatDuration(eta)}${errors ? ` · ${errors} error${errors === 1 ? '' : 's'}` : ''}`;
    if (this.opts.tty) {
      if (now - this.lastDraw < 100 && done !== this.total) return;
      this.lastDraw = now;
      const columns = this.opts.stream.columns ?? 80;
      const width = Math.max(10, Math.min(40, columns - tail.length - 8));
      const filled = Math.round((width * done) / this.total);
      this.draw(`scan [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${tail}`);
    } else if (done - this.lastLineAt >= this.opts.every && done !== this.total) {
      this.lastLineAt = done;
      this.opts.stream.write(`scan: ${tail}\n`);
    }
  }

  /** Erases the bar (before the summary or a message is printed). */
  clear(): void {
    if (this.drawn) this.opts.stream.write('\r\x1b[K');
    this.drawn = false;
  }

  private draw(text: string): void {
    const columns = this.opts.stream.columns ?? 80;
    this.opts.stream.write('\r\x1b[K' + (text.length >= columns ? text.slice(0, columns - 1) : text));
    this.drawn = true;
  }
}
