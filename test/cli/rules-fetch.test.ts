import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { rulesFetch } from '../../src/cli/rules-fetch.js';
import { CliError, EXIT } from '../../src/cli/exit-codes.js';

function sh(cwd: string, ...args: string[]): void {
  execFileSync('git', args, {
    cwd,
    stdio: 'ignore',
    env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' },
  });
}

test('rules fetch clones a rules repository, then fast-forwards it', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-fetch-'));
  try {
    const origin = join(tmp, 'origin');
    execFileSync('git', ['init', '-q', '-b', 'main', origin]);
    writeFileSync(join(origin, 'a.yml'), 'rule: {}\n');
    sh(origin, 'add', '.');
    sh(origin, 'commit', '-qm', 'first');
    const dest = join(tmp, 'cache', 'capa-rules');
    const out: string[] = [];
    const io = { out: (s: string) => void out.push(s), err: (s: string) => void out.push(s) };

    assert.equal(rulesFetch(io, { repo: origin, dest }), EXIT.OK);
    assert.ok(existsSync(join(dest, 'a.yml')));
    assert.match(out.join(''), /capa-rules at .*cache/);

    writeFileSync(join(origin, 'b.yml'), 'rule: {}\n');
    sh(origin, 'add', '.');
    sh(origin, 'commit', '-qm', 'second');
    assert.equal(rulesFetch(io, { repo: origin, dest }), EXIT.OK);
    assert.equal(readFileSync(join(dest, 'b.yml'), 'utf8'), 'rule: {}\n');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('rules fetch reports an unreachable repository as one error with the missing-rules code', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-fetch-'));
  try {
    const io = { out: () => {}, err: () => {} };
    assert.throws(
      () => rulesFetch(io, { repo: join(tmp, 'nope'), dest: join(tmp, 'dest') }),
      (e: unknown) => e instanceof CliError && e.exitCode === EXIT.MISSING_RULES && /cannot clone/.test(e.message),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
