// capa-ts's own rule pack (rules/): structure, loading, and end-to-end matches on the test
// binaries built from test/programs/ by scripts/build-test-programs.sh.
//
// Every rule comes with files sharing its slug: rules/<namespace>/<slug>.yml,
// test/programs/<slug>.c, docs/rules/<slug>.md and test/rule-pack/<slug>.json (binary → the
// function entry addresses the rule must match at, exactly; `forbiddenRules` must not match in
// those binaries at all). Control programs (`"control": true`) list namespaces of which no rule
// may match.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT, requireTestdata, testdata, testdataAvailable } from '../helpers/testdata.js';
import { buildRuleSet, type RuleFile } from '../../src/rules/load.js';
import { analyzeDetailed } from '../../src/index.js';
import { openReportExtractor } from '../../src/extractors/dynamic/open.js';
import { findDynamicCapabilities } from '../../src/capabilities/dynamic.js';
import type { RuleSet } from '../../src/rules/ruleset.js';

const RULES_DIR = join(PROJECT_ROOT, 'rules');
const PROGRAMS_DIR = join(PROJECT_ROOT, 'test', 'programs');
const BIN_DIR = join(PROJECT_ROOT, 'test', 'bin');
const EXPECT_DIR = join(PROJECT_ROOT, 'test', 'rule-pack');

interface Expectation {
  rule: string;
  program: string;
  functions: string[];
  matches: Record<string, { md5: string; addresses: string[] }>;
  /** rules that must not match anywhere in these binaries */
  forbiddenRules?: string[];
}
interface ControlExpectation {
  control: true;
  program: string;
  forbiddenNamespaces: string[];
  forbiddenRules?: string[];
  binaries: Record<string, { md5: string }>;
}
interface PackRule {
  path: string; // relative to rules/
  text: string;
  name: string;
  namespace: string;
  examples: string[];
}

/** rule name → file slug, the same function as scripts/rule-pack-expectations.mjs */
function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function walk(dir: string, suffix: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, suffix, out);
    else if (name.endsWith(suffix)) out.push(p);
  }
  return out;
}

function packRules(): PackRule[] {
  return walk(RULES_DIR, '.yml').map((p) => {
    const text = readFileSync(p, 'utf8');
    const meta = (parse(text) as { rule: { meta: Record<string, unknown> } }).rule.meta;
    return {
      path: relative(RULES_DIR, p).split(sep).join('/'),
      text,
      name: String(meta.name),
      namespace: String(meta.namespace ?? ''),
      examples: (meta.examples as string[] | undefined) ?? [],
    };
  });
}

function readExpectations(): { rules: Expectation[]; controls: ControlExpectation[] } {
  const rules: Expectation[] = [];
  const controls: ControlExpectation[] = [];
  for (const p of walk(EXPECT_DIR, '.json')) {
    const doc = JSON.parse(readFileSync(p, 'utf8')) as Expectation | ControlExpectation;
    if ('control' in doc) controls.push(doc);
    else rules.push(doc);
  }
  return { rules, controls };
}

const rules = packRules();
const expectations = readExpectations();
const md5 = (bytes: Uint8Array): string => createHash('md5').update(bytes).digest('hex');

test('rule pack: one rule per file, file named after the rule, folder = namespace', () => {
  assert.ok(rules.length > 0, 'rules/ holds no rules');
  for (const r of rules) {
    assert.equal(r.path, `${r.namespace}/${slug(r.name)}.yml`, `${r.path}: rule "${r.name}"`);
  }
});

test('rule pack: every rule has a test program, an expectation file and a doc page', () => {
  const byRule = new Map(expectations.rules.map((e) => [e.rule, e]));
  for (const r of rules) {
    const s = slug(r.name);
    assert.ok(existsSync(join(PROGRAMS_DIR, `${s}.c`)), `missing test/programs/${s}.c`);
    const doc = join(PROJECT_ROOT, 'docs', 'rules', `${s}.md`);
    assert.ok(existsSync(doc) && readFileSync(doc, 'utf8').startsWith(`# ${r.name}\n`), `missing docs/rules/${s}.md`);
    const e = byRule.get(r.name);
    assert.ok(e, `missing test/rule-pack/${s}.json`);
    assert.equal(e.program, `test/programs/${s}.c`);
    assert.ok(Object.keys(e.matches).length > 0, `${s}.json lists no binaries`);
    for (const [file, m] of Object.entries(e.matches)) {
      assert.ok(m.addresses.length > 0, `${s}.json: ${file} expects no match`);
    }
  }
  const names = new Set(rules.map((r) => r.name));
  for (const e of expectations.rules) assert.ok(names.has(e.rule), `expectation for unknown rule "${e.rule}"`);
  assert.ok(expectations.controls.length > 0, 'no control program expectation');
  // and no orphan program: each one is some rule's or a control's
  const used = new Set([...expectations.rules, ...expectations.controls].map((e) => e.program));
  for (const f of readdirSync(PROGRAMS_DIR).filter((n) => n.endsWith('.c'))) {
    assert.ok(used.has(`test/programs/${f}`), `test/programs/${f} has no expectation file`);
  }
});

test('rule pack: binaries on disk are the ones the expectations were computed from', () => {
  const all: Array<[string, string]> = [];
  for (const e of expectations.rules) for (const [f, m] of Object.entries(e.matches)) all.push([f, m.md5]);
  for (const c of expectations.controls) for (const [f, m] of Object.entries(c.binaries)) all.push([f, m.md5]);
  for (const [file, hash] of all) {
    const p = join(BIN_DIR, file);
    assert.ok(existsSync(p), `missing test/bin/${file}`);
    assert.equal(md5(readFileSync(p)), hash, `test/bin/${file} changed: rerun scripts/build-test-programs.sh`);
  }
});

test('rule pack: every examples entry is an expected match of that rule', () => {
  const byRule = new Map(expectations.rules.map((e) => [e.rule, e]));
  for (const r of rules) {
    const e = byRule.get(r.name)!;
    assert.ok(r.examples.length > 0, `${r.path}: no examples`);
    const known = new Set<string>();
    for (const m of Object.values(e.matches)) for (const a of m.addresses) known.add(`${m.md5}:${BigInt(a)}`);
    for (const ex of r.examples) {
      const mm = /^([0-9a-f]{32}):0x([0-9A-F]+)$/.exec(ex);
      assert.ok(mm, `${r.path}: malformed example ${ex}`);
      assert.ok(known.has(`${mm[1]}:${BigInt('0x' + mm[2])}`), `${r.path}: example ${ex} not in expectations`);
    }
  }
});

const packFiles = (): RuleFile[] => rules.map((r) => ({ path: `rules/${r.path}`, text: r.text }));

function officialFiles(): RuleFile[] {
  return walk(testdata('capa-rules'), '.yml')
    .filter((p) => !p.includes(`${sep}.git`))
    .map((p) => ({ path: p, text: readFileSync(p, 'utf8') }));
}

test('rule pack: loads as a rule set on its own', () => {
  const rs = buildRuleSet(packFiles());
  for (const r of rules) assert.ok(rs.rules.has(r.name), `rule set lacks "${r.name}"`);
});

test('rule pack: loads together with the official rules (unique names)', { skip: requireTestdata('rule-pack') }, () => {
  const official = officialFiles();
  const rs = buildRuleSet([...official, ...packFiles()]);
  for (const r of rules) assert.ok(rs.rules.has(r.name), `rule set lacks "${r.name}"`);
});

// ---- end to end: analyse every test binary and compare exact match addresses ----

let combined: RuleSet | undefined;
function ruleSet(): RuleSet {
  // the official rules too when available: the control check covers their mailslot rules
  combined ??= buildRuleSet(testdataAvailable() ? [...officialFiles(), ...packFiles()] : packFiles());
  return combined;
}

const analyses = new Map<string, Map<string, Set<number>>>();
/** rule name → absolute match addresses, for one test binary (analysed once) */
function matchesOf(file: string): Map<string, Set<number>> {
  let m = analyses.get(file);
  if (!m) {
    const bytes = new Uint8Array(readFileSync(join(BIN_DIR, file)));
    const { capabilities } = analyzeDetailed(bytes, { rules: ruleSet(), path: file });
    m = new Map();
    for (const [name, list] of capabilities.matches) {
      const addrs = new Set<number>();
      for (const [a] of list) if (a.type === 'absolute') addrs.add(a.value);
      m.set(name, addrs);
    }
    analyses.set(file, m);
  }
  return m;
}

const hex = (n: number): string => '0x' + n.toString(16);

function assertForbiddenAbsent(file: string, forbidden: readonly string[]): void {
  const m = matchesOf(file);
  for (const name of forbidden) {
    assert.ok(ruleSet().rules.has(name), `forbidden rule "${name}" does not exist`);
    const at = [...(m.get(name) ?? [])];
    assert.equal(at.length, 0, `${file}: "${name}" must not match, matched at [${at.map(hex)}]`);
  }
}

for (const e of expectations.rules) {
  test(`rule pack end to end: ${e.rule}`, () => {
    for (const [file, want] of Object.entries(e.matches)) {
      const got = [...(matchesOf(file).get(e.rule) ?? [])].sort((a, b) => a - b).map(hex);
      const expected = want.addresses.map((a) => hex(Number(a))).sort((a, b) => Number(a) - Number(b));
      assert.deepEqual(got, expected, `${file}: "${e.rule}" matched at [${got}], expected [${expected}]`);
      assertForbiddenAbsent(file, e.forbiddenRules ?? []);
    }
  });
}

for (const c of expectations.controls) {
  test(`rule pack end to end: control ${c.program}`, () => {
    const rs = ruleSet();
    for (const file of Object.keys(c.binaries)) {
      assertForbiddenAbsent(file, c.forbiddenRules ?? []);
      for (const [name, addrs] of matchesOf(file)) {
        const ns = rs.rules.get(name)?.meta.namespace ?? '';
        for (const forbidden of c.forbiddenNamespaces) {
          const hit = ns === forbidden || ns.startsWith(forbidden + '/');
          assert.ok(!hit, `${file}: "${name}" (${ns}) matched at [${[...addrs].map(hex)}]`);
        }
      }
    }
  });
}

// ---- real samples: where capa's official mailslot rules matched, the pack's rules that they
// logically imply must match too (official "create mailslot" = CreateMailslot ⊂ "create mailslot
// server"; official "read from mailslot" = GetMailslotInfo + ReadFile ⊂ "query mailslot
// information" and "read messages from mailslot").
const IMPLIED: ReadonlyArray<[official: string, ours: string]> = [
  ['create mailslot', 'create mailslot server'],
  ['read from mailslot', 'query mailslot information'],
  ['read from mailslot', 'read messages from mailslot'],
];

test('rule pack on shared samples: implied by capa\'s official mailslot matches', { skip: requireTestdata('rule-pack') }, () => {
  const resultsDir = testdata('capa-results');
  let checked = 0;
  for (const name of readdirSync(resultsDir).filter((n) => n.endsWith('.json')).sort()) {
    const doc = JSON.parse(readFileSync(join(resultsDir, name), 'utf8')) as {
      rules: Record<string, { matches: string[] }>;
    };
    const pairs = IMPLIED.filter(([official]) => doc.rules[official]);
    if (pairs.length === 0) continue;
    const sample = testdata('testfiles', name.slice(0, -'.json'.length).split('__').join('/'));
    if (!existsSync(sample)) continue;
    const { capabilities } = analyzeDetailed(new Uint8Array(readFileSync(sample)), { rules: ruleSet() });
    for (const [official, ours] of pairs) {
      const got = new Set((capabilities.matches.get(ours) ?? []).map(([a]) => (a.type === 'absolute' ? a.value : -1)));
      for (const m of doc.rules[official]!.matches) {
        const va = Number(m.replace(/^absolute:/, ''));
        assert.ok(got.has(va), `${name}: capa matched "${official}" at ${m}, "${ours}" did not`);
        checked++;
      }
    }
  }
  assert.ok(checked > 0, 'no shared sample with an official mailslot match');
});

// ---- dynamic forms on a shared CAPE report. Golden calls found by reading the report: thread
// 1156 of pid 1852 creates \??\pipe\jxoqwnsp with NtCreateNamedPipeFile (call 815); thread 1020
// opens \??\PIPE\wkssvc and \??\PIPE\DAV RPC SERVICE with NtCreateFile (calls 2665, 3096).
// The report has thousands of image-section mappings and no mailslot: neither shared memory nor
// any mailslot rule may match.
const CAPE_REPORT = ['dynamic', 'cape', 'v2.2', '0000a65749f5902c4d82ffa701198038f0b4870b00a27cfca109f8f933476d82.json.gz'];
const CAPE_EXPECTED: Record<string, string[]> = {
  'create named pipe server': ['1180,1852,1156,815'],
  'open named pipe as client': ['1180,1852,1020,2665', '1180,1852,1020,3096'],
  'create shared memory section': [],
  'open shared memory section': [],
};

test('rule pack dynamic forms: CAPE report', { skip: requireTestdata('rule-pack') }, () => {
  const path = testdata('testfiles', ...CAPE_REPORT);
  assert.ok(existsSync(path), `missing ${path}`);
  const rs = ruleSet();
  const extractor = openReportExtractor(new Uint8Array(readFileSync(path)), { path });
  const { matches } = findDynamicCapabilities(rs, extractor);
  for (const [rule, want] of Object.entries(CAPE_EXPECTED)) {
    const got = (matches.get(rule) ?? []).map(([a]) => (a.type === 'call' ? a.value.join(',') : a.type)).sort();
    assert.deepEqual(got, [...want].sort(), `"${rule}"`);
  }
  for (const name of matches.keys()) {
    const ns = rs.rules.get(name)?.meta.namespace ?? '';
    assert.ok(!ns.startsWith('communication/mailslot'), `"${name}" matched in a report without mailslots`);
  }
});
