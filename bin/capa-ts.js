#!/usr/bin/env node
// Entry point of the `capa-ts` command. A broken installation (dist/ missing or stale) is
// reported on one line too; run `npm ci` (or `npm run build`) to fix it.
try {
  const { main } = await import('../dist/src/cli/main.js');
  await main(process.argv.slice(2));
} catch (e) {
  process.stderr.write(`capa-ts: internal error: cannot start (${String(e?.message ?? e).split('\n')[0]}); try \`npm run build\`\n`);
  if (process.argv.includes('--debug') && e?.stack) process.stderr.write(e.stack + '\n');
  process.exitCode = 1;
}
