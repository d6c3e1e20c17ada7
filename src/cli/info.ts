// `capa-ts info`: which rules and FLIRT signatures a run would use (paths, counts, versions), and
// what is missing with the command that installs it. Accepts the main command's -r/-s/-t.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from './args.js';
import { EXIT } from './exit-codes.js';
import { resolveRules } from './load-rules.js';
import { ruleCacheDir } from './rule-cache.js';
import type { Io } from './rules-fetch.js';
import { loadSignatureFiles, selectSignatures } from './signatures.js';
import { CAPA_DOCUMENT_FORMAT_VERSION, VERSION } from '../version.js';

/** a checkout's revision: `git log` when it is a clone, else a COMMIT file (as in capa's release archives) */
function revision(dir: string): string | undefined {
  if (existsSync(join(dir, '.git'))) {
    const r = spawnSync('git', ['log', '-1', '--format=%h %cs'], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (r.status === 0 && r.stdout.trim()) return `git ${r.stdout.trim()}`;
  }
  for (const f of ['COMMIT', '.github/COMMIT']) {
    try {
      const t = readFileSync(join(dir, f), 'utf8').trim();
      if (t) return `commit ${t.slice(0, 12)}`;
    } catch {
      // none
    }
  }
  return undefined;
}

export async function runInfo(argv: string[], io: Io): Promise<number> {
  const { opts } = parseArgs(argv, [
    { name: 'rules', short: 'r', value: true, repeat: true },
    { name: 'signatures', short: 's', value: true },
    { name: 'tag', short: 't', value: true },
    { name: 'debug' },
  ]);
  const lines: string[] = [];
  lines.push(`capa-ts ${VERSION} (result documents follow capa ${CAPA_DOCUMENT_FORMAT_VERSION})`);
  const paths = (opts.get('rules') as string[] | undefined) ?? [];
  const rules = await resolveRules({ paths, tag: opts.get('tag') as string | undefined });
  if (paths.length) {
    lines.push(`rules:       ${rules.ruleset.ruleCount} rules from ${rules.paths.join(', ')}`);
  } else if (rules.official) {
    const rev = revision(rules.officialDir!);
    lines.push(`rules:       ${rules.ruleset.ruleCount} rules: the capa-ts pack + official capa-rules at ${rules.officialDir}${rev ? ` (${rev})` : ''}`);
  } else {
    lines.push(`rules:       ${rules.ruleset.ruleCount} rules of the capa-ts pack only`);
    lines.push('             missing: the official capa rules (install: `capa-ts rules fetch`, or set $CAPA_RULES)');
  }
  const sel = selectSignatures(opts.get('signatures') as string | undefined);
  if (sel.files.length === 0) {
    lines.push(`signatures:  none${sel.origin === 'none' ? ' (turned off with -s none)' : ''}: library functions are not identified`);
    if (sel.origin !== 'none') lines.push("             missing: capa's FLIRT signatures (install: `capa-ts rules fetch`, or set $CAPA_SIGNATURES)");
  } else {
    const where = sel.source === 'env' ? '$CAPA_SIGNATURES' : sel.source === 'fetched' ? 'installed by rules fetch' : '-s';
    const dir = sel.origin && !sel.origin.match(/\.(sig|pat|gz)$/i) ? sel.origin : undefined;
    const rev = dir ? revision(join(dir, '..')) : undefined;
    lines.push(`signatures:  ${sel.files.length} file${sel.files.length === 1 ? '' : 's'} (${where}: ${sel.origin}${rev ? `, ${rev}` : ''}), PE files only`);
    const loaded = loadSignatureFiles(sel.files);
    loaded.sets.forEach((s, i) => {
      const label = s.libraryName ? ` (${s.libraryName.replace(/^"(.*)"$/, "$1")})` : "";
      lines.push(`             ${basename(sel.files[i]!)}: ${s.moduleCount} signatures${label}`);
    });
  }
  lines.push(`cache:       ${ruleCacheDir()}`);
  io.out(lines.join('\n') + '\n');
  return EXIT.OK;
}
