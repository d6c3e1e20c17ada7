// One JSON line per sample in a corpus scan, the error kinds a sample can end with, and the summary
// printed at the end of a scan.
import type { ResultDocument } from '../render/rdoc.js';
import { capabilityRules } from '../render/util.js';
import { CliError, EXIT } from './exit-codes.js';
import { mapKnownError } from './main.js';

/** Why a sample has no result. The analysis failures are the main command's exit codes, named. */
export type ErrorKind =
  | 'unreadable'
  | 'too-large'
  | 'changed'
  | 'corrupt-file'
  | 'unsupported-format'
  | 'unsupported-arch'
  | 'unsupported-os'
  | 'invalid-report'
  | 'empty-report'
  | 'unsupported-report'
  | 'timeout'
  | 'memory'
  | 'crash'
  | 'failed'
  | 'internal';

const KIND_OF_EXIT: Partial<Record<number, ErrorKind>> = {
  [EXIT.MISSING_FILE]: 'unreadable',
  [EXIT.CORRUPT_FILE]: 'corrupt-file',
  [EXIT.UNSUPPORTED_FORMAT]: 'unsupported-format',
  [EXIT.UNSUPPORTED_ARCH]: 'unsupported-arch',
  [EXIT.UNSUPPORTED_OS]: 'unsupported-os',
  [EXIT.INVALID_REPORT]: 'invalid-report',
  [EXIT.EMPTY_REPORT]: 'empty-report',
  [EXIT.UNSUPPORTED_REPORT]: 'unsupported-report',
};

export interface ScanError {
  readonly kind: ErrorKind;
  readonly message: string;
}

/** An analysis failure as the main command would report it (same message), with its kind. */
export function scanErrorOf(e: unknown): ScanError {
  const cli = e instanceof CliError ? e : mapKnownError(e);
  if (cli) return { kind: KIND_OF_EXIT[cli.exitCode] ?? 'internal', message: cli.message };
  const msg = e instanceof Error ? e.message : String(e);
  return { kind: 'internal', message: msg.split('\n')[0]! };
}

export interface RuleEntry {
  readonly name: string;
  readonly namespace?: string;
  readonly attack?: { id: string; name: string }[];
  readonly mbc?: { id: string; name: string }[];
  /** number of matches (addresses) */
  readonly matches: number;
}

/** A sample as the scan knows it before analysis. */
export interface SampleRef {
  readonly sha256: string | null;
  /** every path with these bytes, in the order found */
  readonly paths: readonly string[];
  readonly size: number | null;
}

export interface ScanRecord {
  sha256: string | null;
  md5?: string;
  sha1?: string;
  size: number | null;
  paths: string[];
  flavor?: 'static' | 'dynamic';
  format?: string;
  arch?: string;
  os?: string;
  /** sandbox reports: the SHA-256 of the program the report is about */
  target_sha256?: string;
  /** capability rules, as the default report lists them (no library, internal or MAEC rules) */
  rules?: RuleEntry[];
  /** internal/limitation rules that matched: the results may be meaningless (packed, installer, …) */
  limitations?: string[];
  library_functions?: number;
  error?: ScanError;
  elapsed_ms: number;
}

const spec = (s: { id: string; parts: string[] }): { id: string; name: string } => ({ id: s.id, name: s.parts.join('::') });

export function recordFromDocument(doc: ResultDocument, sample: SampleRef, elapsedMs: number): ScanRecord {
  const meta = doc.meta;
  // key order is the line's field order: sha256, md5, sha1, size, paths, …
  return {
    sha256: sample.sha256,
    ...(meta.flavor === 'static' ? { md5: meta.sample.md5, sha1: meta.sample.sha1 } : {}),
    size: sample.size,
    paths: [...sample.paths],
    flavor: meta.flavor,
    format: meta.analysis.format,
    arch: meta.analysis.arch,
    os: meta.analysis.os,
    ...(meta.flavor === 'dynamic' ? { target_sha256: meta.sample.sha256 } : {}),
    rules: capabilityRules(doc).map((m) => ({
      name: m.meta.name,
      ...(m.meta.namespace !== undefined ? { namespace: m.meta.namespace } : {}),
      ...(m.meta.attack.length ? { attack: m.meta.attack.map(spec) } : {}),
      ...(m.meta.mbc.length ? { mbc: m.meta.mbc.map(spec) } : {}),
      matches: m.matches.length,
    })),
    limitations: Object.values(doc.rules)
      .filter((m) => (m.meta.namespace ?? '').startsWith('internal/limitation/'))
      .map((m) => m.meta.name)
      .sort(),
    library_functions: meta.flavor === 'static' ? meta.analysis.library_functions.length : 0,
    elapsed_ms: Math.round(elapsedMs),
  };
}

export function errorRecord(sample: SampleRef, error: ScanError, elapsedMs: number): ScanRecord {
  return { sha256: sample.sha256, size: sample.size, paths: [...sample.paths], error, elapsed_ms: Math.round(elapsedMs) };
}

export function recordLine(r: ScanRecord): string {
  return JSON.stringify(r) + '\n';
}

/** Counts for the end-of-scan summary. */
export class ScanSummary {
  ok = 0;
  readonly errors = new Map<ErrorKind, number>();
  readonly capabilities = new Map<string, number>();
  /** samples skipped because their bytes were already seen under another path */
  duplicates = 0;
  /** samples skipped because the output file already has them (--resume) */
  resumed = 0;

  add(r: ScanRecord): void {
    if (r.error) {
      this.errors.set(r.error.kind, (this.errors.get(r.error.kind) ?? 0) + 1);
      return;
    }
    this.ok++;
    for (const rule of r.rules ?? []) this.capabilities.set(rule.name, (this.capabilities.get(rule.name) ?? 0) + 1);
  }

  get done(): number {
    let n = this.ok;
    for (const v of this.errors.values()) n += v;
    return n;
  }

  get errorCount(): number {
    return this.done - this.ok;
  }

  lines(opts: { wallMs: number; workers: string; top?: number; interrupted?: { remaining: number } }): string[] {
    const secs = opts.wallMs / 1000;
    const rate = secs > 0 ? this.done / secs : 0;
    const out: string[] = [];
    const head = opts.interrupted ? 'scan interrupted' : 'scan done';
    out.push(`${head}: ${this.done} samples in ${secs.toFixed(1)} s (${rate.toFixed(2)} samples/s, ${opts.workers})`);
    const errs = [...this.errors.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    out.push(`  ok ${this.ok}, errors ${this.errorCount}${errs.length ? ': ' + errs.map(([k, n]) => `${k} ${n}`).join(', ') : ''}`);
    const skipped: string[] = [];
    if (this.duplicates) skipped.push(`${this.duplicates} duplicate${this.duplicates === 1 ? '' : 's'} (same SHA-256)`);
    if (this.resumed) skipped.push(`${this.resumed} already in the output file`);
    if (skipped.length) out.push(`  skipped: ${skipped.join(', ')}`);
    if (opts.interrupted) out.push(`  ${opts.interrupted.remaining} samples not analysed: run the same command with --resume to finish`);
    const top = [...this.capabilities.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, opts.top ?? 10);
    if (top.length) {
      out.push('  most common capabilities:');
      const w = String(top[0]![1]).length;
      for (const [name, n] of top) out.push(`    ${String(n).padStart(w)}  ${name}`);
    }
    return out;
  }
}
