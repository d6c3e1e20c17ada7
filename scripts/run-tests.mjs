// Runs every compiled test file (dist/test/**/*.test.js) with node's test runner.
// Node 20's `node --test` does not expand globs, so the list is built here.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function walk(dir, out) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.test.js')) out.push(p);
  }
  return out;
}

const filter = process.argv.slice(2);
// the CLI tests run bin/capa-ts.js, which runs the bundle: rebuild it from the current dist/src
// (a `tsc` alone leaves it stale; the launcher would then fall back to the slower modules)
const bundle = spawnSync(process.execPath, ['scripts/build-cli.mjs', '--quiet'], { stdio: 'inherit' });
if (bundle.status !== 0) {
  console.error('building the CLI bundle failed');
  process.exit(1);
}
let files = walk('dist/test', []);
if (filter.length) files = files.filter((f) => filter.some((s) => f.includes(s)));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exitCode = r.status ?? 1;
