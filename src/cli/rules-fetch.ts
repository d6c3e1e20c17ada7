// `capa-ts rules fetch`: clone or update the official capa-rules repository into the user cache with git.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CliError, EXIT } from './exit-codes.js';
import { fetchedRulesDir } from './rule-cache.js';
import type { Io } from './exit-codes.js';

export { fetchedRulesDir };
export type { Io };

export const OFFICIAL_RULES_REPO = 'https://github.com/mandiant/capa-rules.git';

function git(args: string[], cwd?: string): { ok: boolean; msg: string } {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.error) return { ok: false, msg: `git could not be run: ${r.error.message}` };
  const msg = (r.stderr || r.stdout || '').trim().split('\n').filter(Boolean).pop() ?? '';
  return { ok: r.status === 0, msg };
}

/**
 * Clones `repo` into `dest`, or fast-forwards an existing clone. Returns the exit code.
 * `repo` may be any git URL, including a local path (used by the tests).
 */
export function rulesFetch(io: Io, opts: { repo?: string; dest?: string } = {}): number {
  const repo = opts.repo ?? process.env.CAPA_TS_RULES_REPO ?? OFFICIAL_RULES_REPO;
  const dest = opts.dest ?? fetchedRulesDir();
  if (existsSync(join(dest, '.git'))) {
    const r = git(['pull', '--ff-only', '--quiet'], dest);
    if (!r.ok) throw new CliError(`cannot update ${dest}: ${r.msg}`, EXIT.MISSING_RULES);
  } else {
    if (existsSync(dest)) throw new CliError(`${dest} exists and is not a git clone; remove it first`, EXIT.MISSING_RULES);
    mkdirSync(dirname(dest), { recursive: true });
    const r = git(['clone', '--depth', '1', '--quiet', repo, dest]);
    if (!r.ok) throw new CliError(`cannot clone ${repo}: ${r.msg}`, EXIT.MISSING_RULES);
  }
  const head = git(['log', '-1', '--format=%h %cs'], dest);
  io.out(`capa-rules at ${dest} (${head.ok ? head.msg : 'unknown revision'})\n`);
  return EXIT.OK;
}
