// Test/bench helpers around capa "freeze" feature dumps (capa-semantics.md §7.3): the reader is the
// project's own (src/formats/freeze, src/extractors/freeze), so the snapshot suites and the engine
// benchmark replay capa's features through the same code as `capa-ts -f freeze`.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { FreezeStaticExtractor, openFreezeExtractor } from '../../src/extractors/freeze/extractor.js';
import { buildRuleSet } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/ruleset.js';

/** A static freeze file (capa's snapshots) as an extractor. */
export function loadFreeze(path: string): FreezeStaticExtractor {
  const x = openFreezeExtractor(new Uint8Array(readFileSync(path)));
  if (!(x instanceof FreezeStaticExtractor)) throw new Error(`${path}: a dynamic freeze, expected a static one`);
  return x;
}

/** Every `*.yml` under `dir` (skipping `.git*` directories), parsed into a RuleSet. */
export function loadRuleDir(dir: string): RuleSet {
  const files: Array<{ path: string; text: string }> = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (!p.includes('.git')) walk(p);
      } else if (name.endsWith('.yml')) files.push({ path: p, text: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return buildRuleSet(files);
}
