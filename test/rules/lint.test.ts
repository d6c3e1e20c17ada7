// `rules lint`: capa's scripts/lint.py lints. A crafted bad rule per lint proves each one fires
// (and a good rule fires none); the official rules lint as capa's CI sees them: no FAIL, and with
// the shared testfiles as samples only "referenced example doesn't exist" for the rules whose
// examples are not among them; --only/--skip/--list and the exit codes on the command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { parseRules } from '../../src/rules/parse.js';
import { RuleSet } from '../../src/rules/ruleset.js';
import { LINTS, lintRule, ntdllNtoskrnlApi, type AttackData, type LintOptions, type SampleRef } from '../../src/rules/lint.js';
import { api } from '../../src/features/feature.js';
import type { Rule } from '../../src/engine/ast.js';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { EXIT } from '../../src/cli/exit-codes.js';

const GOOD = `rule:
  meta:
    name: create test mutex
    namespace: host-interaction/test
    authors:
      - someone@example.com
    scopes:
      static: function
      dynamic: call
    att&ck:
      - Execution::Command and Scripting Interpreter [T1059]
    mbc:
      - Process::Create Mutex [C0042]
    examples:
      - abc123:0x401000
  features:
    - and:
      - api: CreateMutex
      - string: "test mutex"
`;
const HELPER = `rule:
  meta:
    name: helper in function
    namespace: host-interaction/test
    authors:
      - someone@example.com
    scopes:
      static: function
      dynamic: process
    examples:
      - abc123:0x401000
  features:
    - api: OpenMutex
`;
const PATH = 'rules/host-interaction/test/create-test-mutex.yml';
const SAMPLES = new Map<string, SampleRef>([['abc123', { path: '/samples/abc123', dynamic: false }]]);
const ATTACK: AttackData = {
  'att&ck': { Execution: { T1059: 'Command and Scripting Interpreter' } },
  mbc: { Process: { C0042: 'Create Mutex' } },
};

/** lint ids fired on `text` (with the helper rule in the set, samples and ATT&CK data given) */
function fired(text: string, opts: Partial<LintOptions> & { relPath?: string } = {}): string[] {
  const { rule, errors } = parseRules(text, '/x/' + (opts.relPath ?? PATH));
  const rules: Rule[] = [parseRules(HELPER, '/x/rules/host-interaction/test/helper-in-function.yml').rule!];
  if (rule) rules.push(rule);
  const rs = new RuleSet(rules, { errors: [] });
  const r = lintRule(
    {
      path: '/x/' + (opts.relPath ?? PATH),
      relPath: opts.relPath ?? PATH,
      text,
      ...(rule ? { rule: rs.rules.get(rule.name)! } : { errors: errors.map(String) }),
    },
    rs,
    { samples: SAMPLES, attackData: ATTACK, ...opts },
  );
  return r ? r.violations.map((v) => v.lint.id) : [];
}

const sub = (from: string, to: string): string => {
  assert.ok(GOOD.includes(from), from);
  return GOOD.replace(from, to);
};

test('lint: the good rule fires nothing', () => {
  assert.deepEqual(fired(GOOD), []);
});

const CASES: Array<[string, () => string[]]> = [
  ['name-casing', () => fired(sub('name: create test mutex', 'name: Create test mutex'))],
  ['filename', () => fired(GOOD, { relPath: 'rules/host-interaction/test/mutex.yml' })],
  ['missing-scopes', () => fired(sub('    scopes:\n      static: function\n      dynamic: call\n', ''))],
  ['missing-static-scope', () => fired(sub('      static: function\n', ''))],
  ['missing-dynamic-scope', () => fired(sub('      dynamic: call\n', ''))],
  ['invalid-static-scope', () => fired(sub('static: function', 'static: procedure'))],
  ['invalid-dynamic-scope', () => fired(sub('dynamic: call', 'dynamic: calls'))],
  ['invalid-scopes', () => fired(sub('static: function\n      dynamic: call', 'static: unsupported\n      dynamic: unsupported'))],
  ['missing-namespace', () => fired(sub('    namespace: host-interaction/test\n', ''))],
  ['namespace-path', () => fired(GOOD, { relPath: 'rules/collection/create-test-mutex.yml' })],
  ['missing-authors', () => fired(sub('    authors:\n      - someone@example.com\n', ''))],
  ['missing-examples', () => fired(sub('    examples:\n      - abc123:0x401000\n', ''))],
  ['missing-example-offset', () => fired(sub('abc123:0x401000', 'abc123'))],
  ['example-missing', () => fired(sub('abc123:0x401000', 'def456:0x401000'))],
  ['unusual-meta-field', () => fired(sub('    examples:', '    colour: blue\n    examples:'))],
  ['lib-not-in-lib', () => fired(sub('    authors:', '    lib: true\n    authors:'))],
  ['lib-has-namespace', () => fired(sub('    authors:', '    lib: true\n    authors:'), { relPath: 'rules/lib/create-test-mutex.yml' })],
  ['attack-mbc', () => fired(sub('[T1059]', '[T9999]'))],
  ['value-type', () => fired(sub('    examples:\n      - abc123:0x401000\n', '    examples: abc123\n'))],
  ['example-no-match', () => fired(GOOD, { thorough: true, capabilitiesOf: () => new Set(['something else']) })],
  ['single-child', () => fired(sub('    - and:\n      - api: CreateMutex', '    - and:\n      - or:\n        - and:\n          - api: CreateMutex\n          - api: OpenMutex\n      - api: CreateMutex'))],
  ['or-always-true', () => fired(sub('    - and:\n      - api: CreateMutex\n      - string: "test mutex"', '    - or:\n      - api: CreateMutex\n      - optional:\n        - string: "test mutex"'))],
  ['not-under-and', () => fired(sub('    - and:\n      - api: CreateMutex\n      - string: "test mutex"', '    - and:\n      - api: CreateMutex\n      - or:\n        - string: "test mutex"\n        - not:\n          - api: OpenMutex'))],
  ['optional-under-and', () => fired(sub('    - and:\n      - api: CreateMutex\n      - string: "test mutex"', '    - and:\n      - api: CreateMutex\n      - or:\n        - string: "test mutex"\n        - optional:\n          - api: OpenMutex'))],
  ['duplicate-features', () => fired(sub('      - string: "test mutex"', '      - string: "test mutex"\n      - api: CreateMutex'))],
  ['dependency-scope', () => fired(sub('static: function\n      dynamic: call', 'static: instruction\n      dynamic: call').replace('      - api: CreateMutex', '      - match: helper in function'))],
  ['string-too-short', () => fired(sub('"test mutex"', '"mtx"'))],
  ['negative-number', () => fired(sub('      - api: CreateMutex', '      - api: CreateMutex\n      - number: -1'))],
  ['regex-unescaped-period', () => fired(sub('"test mutex"', '/mutex.exe/'))],
  ['regex-control-set', () => fired(sub('"test mutex"', '/SYSTEM\\\\\\\\CurrentControlSet\\\\\\\\Services/i'))],
  ['eof', () => fired(GOOD + '\n')],
  ['string-quotes', () => fired(sub('"test mutex"', "'test mutex'"))],
  ['format', () => fired(sub('    - and:\n      - api', '    - and:\n        - api').replace('      - string', '        - string'))],
];

for (const [id, run] of CASES) {
  test(`lint ${id}: a crafted rule makes it fire`, () => {
    const got = run();
    assert.ok(got.includes(id), `${id} not in [${got.join(', ')}]`);
  });
}

test('lint: every lint has a crafted case, except the one capa 9.4 cannot fire on a rule file', () => {
  const covered = new Set(CASES.map(([id]) => id));
  assert.deepEqual(LINTS.map((l) => l.id).filter((id) => !covered.has(id)), ['ntdll-ntoskrnl-api']);
  // rule files lose their `dll.` prefix when loaded (capa #1824), so no api feature reaches the
  // check with a module: on a rule file it stays silent, as in capa ...
  assert.ok(!fired(sub('api: CreateMutex', 'api: ntdll.NtCreateMutant')).includes('ntdll-ntoskrnl-api'));
  // ... while the check itself fires on a feature that keeps its module
  assert.match(String(ntdllNtoskrnlApi([api('ntdll.NtCreateMutant')])), /NtCreateMutant is exported by both ntdll and ntoskrnl/);
  assert.equal(ntdllNtoskrnlApi([api('ntdll.NtSuspendThread')]), false);
});

test('lint: without ATT&CK data only the syntax is checked; nursery rules warn', () => {
  assert.deepEqual(fired(sub('[T1059]', '[T9999]'), { attackData: undefined }), []);
  assert.ok(fired(sub('Execution::Command and Scripting Interpreter [T1059]', 'Execution Command [T1059]'), { attackData: undefined }).includes('attack-mbc'));
  const { rule } = parseRules(GOOD, '/x/rules/nursery/create-test-mutex.yml');
  const rs = new RuleSet([rule!], { errors: [] });
  const r = lintRule({ path: '/x', relPath: 'rules/nursery/create-test-mutex.yml', text: GOOD.replace('    namespace: host-interaction/test\n', ''), rule: rs.rules.get(rule!.name)! }, rs, {});
  assert.equal(r!.nursery, true);
});

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
const run = (args: string[], cwd = PROJECT_ROOT) => spawnSync(process.execPath, [BIN, 'rules', 'lint', ...args], { encoding: 'utf8', cwd, maxBuffer: 64 * 1024 * 1024 });

test("lint: the official rules lint as capa's CI sees them", { skip: requireTestdata('rules/lint') }, () => {
  const plain = run([testdata('capa-rules')]);
  assert.equal(plain.status, EXIT.OK, plain.stdout.slice(-2000) + plain.stderr);
  assert.doesNotMatch(plain.stdout, /^ +FAIL: /m);
  assert.match(plain.stdout, /^1054 rules OK/m);
  // with the shared testfiles as samples: the only failures are examples missing from this subset
  // of capa-testfiles, exactly the rules none of whose examples is in testfiles/
  const r = run(['--samples', testdata('testfiles'), testdata('capa-rules')]);
  assert.equal(r.status, EXIT.CHECK_FAILED);
  // (besides capa's "Graduate the rule" hint for clean nursery rules)
  const kinds = new Set([...r.stdout.matchAll(/^ +(?:FAIL|WARN): ([^:]+):/gm)].map((m) => m[1]).filter((k) => k !== "'no lint failures'"));
  assert.deepEqual([...kinds], ["referenced example doesn't exist"]);
  const failedRules = new Set([...(r.stdout.split('rules with FAIL:\n')[1] ?? '').matchAll(/^ {2}- (.+)$/gm)].map((m) => m[1]!));
  const withExample = new Set((JSON.parse(readFileSync(testdata('capa-tests', 'rule-examples.json'), 'utf8')) as Array<{ rule: string }>).map((e) => e.rule));
  assert.ok(failedRules.size > 0);
  for (const name of failedRules) assert.ok(!withExample.has(name), `${name} has an example in testfiles`);
});

test('lint on the command line: --only, --skip, --list, exit codes', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-lint-'));
  try {
    const dir = join(tmp, 'rules', 'host-interaction', 'test');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'create-test-mutex.yml'), GOOD);
    writeFileSync(join(dir, 'helper-in-function.yml'), HELPER);
    assert.equal(run(['rules'], tmp).status, EXIT.OK);
    writeFileSync(join(dir, 'create-test-mutex.yml'), sub('"test mutex"', "'mtx'"));
    const bad = run(['rules'], tmp);
    assert.equal(bad.status, EXIT.CHECK_FAILED);
    assert.match(bad.stdout, /FAIL: feature string too short: capa only extracts strings with length >= 4; will not match on "mtx"/);
    assert.match(bad.stdout, /FAIL: rule string quotes incorrect: change single quotes to double quotes for "mtx"/);
    assert.match(bad.stdout, /rules with FAIL:\n {2}- create test mutex/);
    assert.equal(run(['--skip', 'string-too-short,string-quotes', 'rules'], tmp).status, EXIT.OK);
    // -t TAG (capa's lint -t): only the rules whose meta mentions the tag
    assert.equal(run(['-t', 'T1059', 'rules'], tmp).status, EXIT.CHECK_FAILED);
    const tagged = run(['-t', 'helper in function', 'rules'], tmp);
    assert.equal(tagged.status, EXIT.OK, tagged.stdout);
    assert.match(tagged.stdout, /^1 rules OK/m);
    assert.equal(run(['-t', 'no rule says this', 'rules'], tmp).status, EXIT.MISSING_RULES);
    const only = run(['--only', 'feature string too short', 'rules'], tmp);
    assert.equal(only.status, EXIT.CHECK_FAILED);
    assert.doesNotMatch(only.stdout, /quotes/);
    assert.equal(run(['--only', 'no-such-lint', 'rules'], tmp).status, EXIT.USAGE);
    assert.equal(run(['--thorough', 'rules'], tmp).status, EXIT.USAGE);
    const list = run(['--list']);
    assert.equal(list.status, EXIT.OK);
    assert.equal(list.stdout.trim().split('\n').length, LINTS.length);
    // a rule that does not load: the validation error, then the lints that need no parsed rule
    writeFileSync(join(dir, 'create-test-mutex.yml'), sub('      static: function\n', ''));
    const inv = run(['rules'], tmp);
    assert.equal(inv.status, 12);
    assert.match(inv.stdout, /create-test-mutex\.yml:\d+:\d+: .*static scope/);
    assert.match(inv.stdout, /FAIL: missing static scope/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
