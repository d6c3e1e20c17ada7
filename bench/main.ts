// `npm run bench`: runs the exported `run()` of every compiled `bench/*.bench.js` module.
// `node dist/bench/main.js NAME…` (or `--only NAME[,NAME]`, e.g. `npm run bench -- --only scan`)
// runs only the benches whose file name contains NAME.
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const only = args.indexOf('--only');
const filter = only >= 0 ? (args[only + 1] ?? '').split(',').filter(Boolean) : args;
for (const f of readdirSync(here).sort()) {
  if (!f.endsWith('.bench.js')) continue;
  if (filter.length > 0 && !filter.some((s) => f.includes(s))) continue;
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run?: () => unknown };
  if (typeof mod.run !== 'function') continue;
  console.log(`# ${f.replace(/\.js$/, '')}`);
  await mod.run();
}
