// Official rules × capa freeze snapshots: the indexed matcher must give exactly the naive loop's
// results (full match trees), and for samples with a capa result document in the shared data,
// exactly capa's matched rules and addresses.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { findStaticCapabilities } from '../../src/capabilities/static.js';
import type { StaticCapabilities } from '../../src/capabilities/common.js';
import type { Address } from '../../src/features/address.js';
import { loadFreeze, loadRuleDir } from './freeze.js';
import type { RuleSet } from '../../src/rules/ruleset.js';

const skip = requireTestdata('capabilities/freeze');

const SNAPSHOTS: Array<[string, string | null]> = [
  ['pma01-01-dll', 'Practical Malware Analysis Lab 01-01.dll_'],
  ['7351f-elf', '7351f8a40c5450557b24622417fc478d.elf_'],
  ['pma21-01-exe', null],
  ['1c444-dotnet', null],
];

function capaAddress(a: Address): string {
  switch (a.type) {
    case 'absolute':
      return 'absolute:0x' + a.value.toString(16);
    case 'no address':
      return 'global';
    case 'file':
      return 'file:0x' + a.value.toString(16);
    case 'dn token':
      return 'dn token:0x' + a.value.toString(16);
    default:
      return JSON.stringify(a);
  }
}

const treeJson = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    typeof x === 'bigint' ? x.toString() : x instanceof Map ? [...x] : x instanceof Uint8Array ? [...x] : x,
  );

function signature(caps: StaticCapabilities): string[] {
  return [...caps.matches].map(([n, ms]) => n + ' ' + ms.map(([a, r]) => capaAddress(a) + treeJson(r)).join('|')).sort();
}

let rules: RuleSet | undefined;
const officialRules = (): RuleSet => (rules ??= loadRuleDir(testdata('capa-rules')));

for (const [name, result] of SNAPSHOTS) {
  test(`freeze ${name}: index == naive loop, and == capa's result document`, { skip }, () => {
    const path = testdata('capa-tests', 'snapshots', `${name}.frz`);
    if (!existsSync(path)) return;
    const rs = officialRules();
    const x = loadFreeze(path);
    const indexed = findStaticCapabilities(rs, x);
    const naive = findStaticCapabilities(rs, x, { useIndex: false });
    assert.deepEqual(signature(indexed), signature(naive));
    assert.equal(indexed.featureCounts.file, naive.featureCounts.file);
    if (result === null) return;
    const doc = JSON.parse(readFileSync(testdata('capa-results', `${result}.json`), 'utf8')) as {
      rules: Record<string, { matches: string[] }>;
    };
    const want = Object.entries(doc.rules).map(([n, r]) => `${n}: ${[...r.matches].sort().join(', ')}`).sort();
    const got = [...indexed.matches]
      .filter(([n]) => !rs.rules.get(n)!.meta.isSubscopeRule)
      .map(([n, ms]) => `${n}: ${ms.map(([a]) => capaAddress(a)).sort().join(', ')}`)
      .sort();
    assert.deepEqual(got, want);
  });
}
