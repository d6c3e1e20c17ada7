// `capa-ts rules test <rules>... --samples <dir>`: checks every rule's `examples:` against the
// samples in a folder, found by md5, sha256 or file name — like the official rule set's CI.
// By default an example that names an address must match there (function or inside it);
// `--anywhere` accepts a match anywhere in the sample, which is the official CI's criterion.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from './args.js';
import { CliError, EXIT } from './exit-codes.js';
import type { Io } from './exit-codes.js';
import { readRuleFiles } from './load-rules.js';
import { buildRuleSet } from '../rules/load.js';
import { analyzeDetailed, type FormatOption } from '../index.js';
import { checkExample, parseExample } from '../capabilities/examples.js';
import type { RuleSet } from '../rules/ruleset.js';

/** Finds samples by md5, sha256, file name, or file name without its last extension. */
export class SampleIndex {
  private readonly files: string[] = [];
  private byHash?: Map<string, string>;

  constructor(dir: string) {
    const walk = (d: string): void => {
      for (const name of readdirSync(d).sort()) {
        const p = join(d, name);
        const st = statSync(p);
        if (st.isDirectory()) walk(p);
        else if (st.isFile()) this.files.push(p);
      }
    };
    try {
      walk(dir);
    } catch {
      throw new CliError(`samples directory ${dir} cannot be read`, EXIT.MISSING_FILE);
    }
  }

  find(id: string): string | undefined {
    const low = id.toLowerCase();
    for (const f of this.files) {
      const b = basename(f);
      if (b === id || b.replace(/\.[^.]*$/, '') === id) return f;
    }
    if (/^[0-9a-f]{32}$|^[0-9a-f]{64}$/.test(low)) {
      if (!this.byHash) {
        this.byHash = new Map();
        for (const f of this.files) {
          const data = readFileSync(f);
          this.byHash.set(createHash('md5').update(data).digest('hex'), f);
          this.byHash.set(createHash('sha256').update(data).digest('hex'), f);
        }
      }
      return this.byHash.get(low);
    }
    return undefined;
  }
}

/** Raw shellcode carries no header: the shared test data marks it by extension. */
export function formatForSample(path: string): FormatOption {
  if (path.endsWith('.raw32')) return 'sc32';
  if (path.endsWith('.raw64')) return 'sc64';
  return 'auto';
}

interface Example {
  readonly rule: string;
  readonly text: string;
  readonly address?: number;
}

export async function rulesTest(argv: string[], io: Io): Promise<number> {
  const { opts, positional } = parseArgs(argv, [
    { name: 'samples', short: 's', value: true },
    { name: 'anywhere' },
    { name: 'debug' },
  ]);
  if (!positional.length) throw new CliError('rules test needs at least one rule file or directory', EXIT.USAGE);
  const samplesDir = opts.get('samples') as string | undefined;
  if (!samplesDir) throw new CliError('rules test needs --samples <dir>', EXIT.USAGE);
  const anywhere = opts.get('anywhere') === true;

  const ruleset: RuleSet = buildRuleSet(readRuleFiles(positional));
  const samples = new SampleIndex(samplesDir);

  const bySample = new Map<string, Example[]>();
  let passed = 0;
  let failed = 0;
  const fail = (ex: Example, why: string): void => {
    failed++;
    io.out(`FAIL ${ex.rule}: ${ex.text} (${why})\n`);
  };
  for (const rule of ruleset.rules.values()) {
    if (rule.meta.isSubscopeRule) continue;
    for (const text of rule.meta.examples) {
      const p = parseExample(String(text));
      if (!p) continue;
      const ex: Example = { rule: rule.name, text: String(text), ...(p.address !== undefined ? { address: p.address } : {}) };
      const file = samples.find(p.sample);
      if (!file) {
        fail(ex, `sample ${p.sample} not found in ${samplesDir}`);
        continue;
      }
      bySample.set(file, [...(bySample.get(file) ?? []), ex]);
    }
  }

  for (const [file, examples] of bySample) {
    let analysis;
    try {
      analysis = analyzeDetailed(new Uint8Array(readFileSync(file)), { rules: ruleset, format: formatForSample(file) });
    } catch (e) {
      for (const ex of examples) fail(ex, `analysis failed: ${(e as Error).message}`);
      continue;
    }
    for (const ex of examples) {
      const r = checkExample(analysis.extractor, analysis.capabilities.matches, ex.rule, ex.address);
      if (!r.matched) fail(ex, 'rule did not match');
      else if (r.atAddress === false && !anywhere) fail(ex, 'matched, but not at that address');
      else {
        passed++;
        io.out(`ok   ${ex.rule}: ${ex.text}\n`);
      }
    }
  }
  io.out(`rules test: ${passed} examples passed, ${failed} failed\n`);
  return failed ? EXIT.CHECK_FAILED : EXIT.OK;
}
