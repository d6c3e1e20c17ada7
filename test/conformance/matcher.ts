// `matcher` suite: capa's data-driven matcher fixtures (capa-semantics.md §7.2) run through the
// real rule parser, rule set and capability pipelines, with a null extractor replaying each
// case's feature listing. A case passes only if every expected rule matched at exactly the
// expected addresses, in order, no other (non-synthetic) rule matched, and the naive loop agrees
// with the indexed matcher.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Suite, SuiteResult } from './suite.js';
import { testdata } from '../helpers/testdata.js';
import { ruleFromObject } from '../../src/rules/parse.js';
import { RuleSet } from '../../src/rules/ruleset.js';
import { findStaticCapabilities } from '../../src/capabilities/static.js';
import { findDynamicCapabilities } from '../../src/capabilities/dynamic.js';
import type { Capabilities } from '../../src/capabilities/common.js';
import { addrKey, formatAddress, type Address } from '../../src/features/address.js';
import { loadMatcherFile, NullStaticExtractor, type MatcherCase } from '../capabilities/fixtureExtractor.js';

export function matcherFixtureFiles(): string[] {
  const out: string[] = [];
  for (const flavor of ['static', 'dynamic']) {
    const dir = testdata('capa-tests', 'matcher', flavor);
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.yml') || f.endsWith('.yaml')) out.push(join(dir, f));
  }
  return out;
}

export function runCase(c: MatcherCase, useIndex: boolean): { ruleset: RuleSet; caps: Capabilities } {
  const ruleset = new RuleSet(c.ruleDocs.map((d) => ruleFromObject(d)));
  const caps =
    c.extractor instanceof NullStaticExtractor
      ? findStaticCapabilities(ruleset, c.extractor, { useIndex })
      : findDynamicCapabilities(ruleset, c.extractor, {
          useIndex,
          ...(c.spanSize === undefined ? {} : { spanSize: c.spanSize }),
        });
  return { ruleset, caps };
}

const fmt = (as: Address[]): string => '[' + as.map(formatAddress).join(', ') + ']';
const same = (a: Address[], b: Address[]): boolean =>
  a.length === b.length && a.every((x, i) => x.type === b[i]!.type && addrKey(x) === addrKey(b[i]!));

/** Problems of one result against the case's expectation (empty = pass). */
export function compareCase(c: MatcherCase, ruleset: RuleSet, caps: Capabilities): string[] {
  const problems: string[] = [];
  const actual = new Map<string, Address[]>();
  for (const [name, ms] of caps.matches) {
    const r = ruleset.rules.get(name);
    if (r === undefined || r.meta.isSubscopeRule) continue;
    actual.set(name, ms.map(([a]) => a));
  }
  for (const [name, want] of c.expected) {
    const got = actual.get(name) ?? [];
    if (!same(got, want)) problems.push(`${name}: expected ${fmt(want)}, got ${fmt(got)}`);
  }
  for (const [name, got] of actual) if (!c.expected.has(name)) problems.push(`${name}: unexpected match at ${fmt(got)}`);
  return problems;
}

export const matcherSuite: Suite = {
  name: 'matcher',
  async run(): Promise<SuiteResult> {
    let passed = 0;
    let failed = 0;
    const failures: string[] = [];
    for (const file of matcherFixtureFiles()) {
      const short = file.split('/').slice(-2).join('/');
      const { cases, errors } = loadMatcherFile(file);
      for (const e of errors) {
        failed++;
        failures.push(`${short} ${e.name}: cannot load case: ${e.error}`);
      }
      for (const c of cases) {
        try {
          const indexed = runCase(c, true);
          const problems = compareCase(c, indexed.ruleset, indexed.caps);
          const naive = runCase(c, false);
          for (const p of compareCase(c, naive.ruleset, naive.caps)) problems.push(`naive loop: ${p}`);
          if (problems.length === 0) passed++;
          else {
            failed++;
            failures.push(`${short} ${c.name}: ${problems.join('; ')}`);
          }
        } catch (e) {
          failed++;
          failures.push(`${short} ${c.name}: error: ${(e as Error).message}`);
        }
      }
    }
    return { name: 'matcher', passed, failed, failures };
  },
};
