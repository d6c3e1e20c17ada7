import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
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

/** a local stand-in for mandiant/capa: sigs/ beside other folders the sparse clone must skip */
function capaLikeRepo(dir: string): void {
  execFileSync('git', ['init', '-q', '-b', 'main', dir]);
  mkdirSync(join(dir, 'sigs'));
  mkdirSync(join(dir, 'capa'));
  writeFileSync(join(dir, 'sigs', '1_x.sig'), 'IDASGN');
  writeFileSync(join(dir, 'sigs', 'README.md'), 'sigs\n');
  writeFileSync(join(dir, 'capa', 'main.py'), 'print()\n');
  sh(dir, 'add', '.');
  sh(dir, 'commit', '-qm', 'first');
}

test('rules fetch clones a rules repository and the signatures, then fast-forwards them', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-fetch-'));
  try {
    const origin = join(tmp, 'origin');
    execFileSync('git', ['init', '-q', '-b', 'main', origin]);
    writeFileSync(join(origin, 'a.yml'), 'rule: {}\n');
    sh(origin, 'add', '.');
    sh(origin, 'commit', '-qm', 'first');
    const sigsOrigin = join(tmp, 'capa');
    capaLikeRepo(sigsOrigin);
    const dest = join(tmp, 'cache', 'capa-rules');
    const sigsDest = join(tmp, 'cache', 'capa-sigs');
    const out: string[] = [];
    const io = { out: (s: string) => void out.push(s), err: (s: string) => void out.push(s) };

    assert.equal(rulesFetch(io, { repo: origin, dest, sigsRepo: `file://${sigsOrigin}`, sigsDest }), EXIT.OK);
    assert.ok(existsSync(join(dest, 'a.yml')));
    assert.match(out.join(''), /capa-rules at .*cache/);
    assert.ok(existsSync(join(sigsDest, 'sigs', '1_x.sig')));
    assert.ok(!existsSync(join(sigsDest, 'capa', 'main.py')), 'only sigs/ is checked out');
    assert.match(out.join(''), /capa signatures at .*capa-sigs.sigs \(1 file,/);

    writeFileSync(join(origin, 'b.yml'), 'rule: {}\n');
    sh(origin, 'add', '.');
    sh(origin, 'commit', '-qm', 'second');
    writeFileSync(join(sigsOrigin, 'sigs', '2_y.pat'), '---\n');
    sh(sigsOrigin, 'add', '.');
    sh(sigsOrigin, 'commit', '-qm', 'second');
    assert.equal(rulesFetch(io, { repo: origin, dest, sigsRepo: `file://${sigsOrigin}`, sigsDest }), EXIT.OK);
    assert.equal(readFileSync(join(dest, 'b.yml'), 'utf8'), 'rule: {}\n');
    assert.equal(readFileSync(join(sigsDest, 'sigs', '2_y.pat'), 'utf8'), '---\n');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('rules fetch reports an unreachable repository as one error with the missing-rules code', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-fetch-'));
  try {
    const io = { out: () => {}, err: () => {} };
    assert.throws(
      () => rulesFetch(io, { repo: join(tmp, 'nope'), dest: join(tmp, 'dest'), sigsRepo: '' }),
      (e: unknown) => e instanceof CliError && e.exitCode === EXIT.MISSING_RULES && /cannot clone/.test(e.message),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test('rules fetch reports an unreachable signatures repository with the invalid-signatures code', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-fetch-'));
  try {
    const origin = join(tmp, 'origin');
    execFileSync('git', ['init', '-q', '-b', 'main', origin]);
    writeFileSync(join(origin, 'a.yml'), 'rule: {}\n');
    sh(origin, 'add', '.');
    sh(origin, 'commit', '-qm', 'first');
    const io = { out: () => {}, err: () => {} };
    assert.throws(
      () => rulesFetch(io, { repo: origin, dest: join(tmp, 'dest'), sigsRepo: join(tmp, 'nope'), sigsDest: join(tmp, 'sigs') }),
      (e: unknown) => e instanceof CliError && e.exitCode === EXIT.INVALID_SIGNATURES && /cannot clone/.test(e.message),
    );
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
