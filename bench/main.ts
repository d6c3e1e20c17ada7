// `npm run bench`: runs the exported `run(argv)` of every compiled `bench/*.bench.js` module.
//
//   npm run bench                          every bench
//   npm run bench -- --only e2e            only the benches whose file name contains one of the
//   npm run bench -- --only e2e,breakdown  comma-separated names (a bare NAME works too)
//   npm run bench -- --only e2e --runs 3 --mode warm --samples mimikatz
//                                          options after the selection go to the benches
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const filter: string[] = [];
const rest: string[] = [];
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--only') filter.push(...(argv[++i] ?? '').split(',').filter(Boolean));
  else if (a.startsWith('--') || rest.length > 0) {
    // an option and its value (if any) belong to the benches
    rest.push(a);
    const v = argv[i + 1];
    if (v !== undefined && !v.startsWith('--')) rest.push(argv[++i]!);
  } else filter.push(a);
}
for (const f of readdirSync(here).sort()) {
  if (!f.endsWith('.bench.js')) continue;
  if (filter.length > 0 && !filter.some((s) => f.includes(s))) continue;
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { run?: (argv: string[]) => unknown };
  if (typeof mod.run !== 'function') continue;
  console.log(`# ${f.replace(/\.js$/, '')}`);
  await mod.run(rest);
}
