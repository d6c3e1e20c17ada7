// `capa-ts rules fetch`: clone or update the official capa-rules repository into the user cache with
// git, and capa's FLIRT signatures (the `sigs/` folder of mandiant/capa, a sparse clone) beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError, EXIT, type ExitCode } from './exit-codes.js';
import { ruleCacheDir } from './rule-cache.js';

export const OFFICIAL_RULES_REPO = 'https://github.com/mandiant/capa-rules.git';
/** capa's own repository: its `sigs/` folder holds the signatures capa uses by default */
export const OFFICIAL_SIGS_REPO = 'https://github.com/mandiant/capa.git';

/** the sparse clone of mandiant/capa that holds only `sigs/` */
export function fetchedSignaturesClone(): string {
  return join(ruleCacheDir(), 'capa-sigs');
}

/** Where `rules fetch` puts the official rules, and where the CLI looks for them by default. */
export function fetchedRulesDir(): string {
  return join(ruleCacheDir(), 'capa-rules');
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
}

function git(args: string[], cwd?: string): { ok: boolean; msg: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) return { ok: false, msg: `git could not be run: ${r.error.message}` };
  const msg = (r.stderr || r.stdout || '').trim().split('\n').filter(Boolean).pop() ?? '';
  return { ok: r.status === 0, msg };
}

/**
 * Clones `repo` into `dest` (only `sparse` when given), or fast-forwards an existing clone; returns
 * the revision line, or throws a CliError with `code`.
 */
function syncClone(repo: string, dest: string, code: ExitCode, sparse?: string): string {
  if (existsSync(join(dest, '.git'))) {
    const r = git(['pull', '--ff-only', '--quiet'], dest);
    if (!r.ok) throw new CliError(`cannot update ${dest}: ${r.msg}`, code);
  } else {
    if (existsSync(dest)) throw new CliError(`${dest} exists and is not a git clone; remove it first`, code);
    mkdirSync(dirname(dest), { recursive: true });
    const args = ['clone', '--depth', '1', '--quiet'];
    if (sparse) args.push('--filter=blob:none', '--sparse');
    const r = git([...args, repo, dest]);
    if (!r.ok) throw new CliError(`cannot clone ${repo}: ${r.msg}`, code);
    if (sparse) {
      const s = git(['sparse-checkout', 'set', sparse], dest);
      if (!s.ok) throw new CliError(`cannot check out ${sparse}/ of ${repo}: ${s.msg}`, code);
    }
  }
  const head = git(['log', '-1', '--format=%h %cs'], dest);
  return head.ok ? head.msg : 'unknown revision';
}

export interface FetchOptions {
  repo?: string;
  dest?: string;
  /** repository whose `sigs/` folder holds the signatures (default mandiant/capa); '' skips them */
  sigsRepo?: string;
  /** where the sparse clone goes (the signatures are in its `sigs/`) */
  sigsDest?: string;
}

/**
 * `rules fetch`: the official rules, then capa's signatures. Returns the exit code.
 * Repositories may be any git URL, including a local path (used by the tests).
 */
export function rulesFetch(io: Io, opts: FetchOptions = {}): number {
  const repo = opts.repo ?? process.env.CAPA_TS_RULES_REPO ?? OFFICIAL_RULES_REPO;
  const dest = opts.dest ?? fetchedRulesDir();
  const rev = syncClone(repo, dest, EXIT.MISSING_RULES);
  io.out(`capa-rules at ${dest} (${rev})\n`);
  const sigsRepo = opts.sigsRepo ?? process.env.CAPA_TS_SIGS_REPO ?? OFFICIAL_SIGS_REPO;
  if (sigsRepo === '') return EXIT.OK;
  const sigsDest = opts.sigsDest ?? fetchedSignaturesClone();
  const sigsRev = syncClone(sigsRepo, sigsDest, EXIT.INVALID_SIGNATURES, 'sigs');
  const sigsDir = join(sigsDest, 'sigs');
  if (!existsSync(sigsDir)) throw new CliError(`${sigsRepo} has no sigs/ folder`, EXIT.INVALID_SIGNATURES);
  const n = readdirSync(sigsDir).filter((f) => /\.(sig|pat)$/i.test(f)).length;
  io.out(`capa signatures at ${sigsDir} (${n} file${n === 1 ? '' : 's'}, ${sigsRev})\n`);
  return EXIT.OK;
}
