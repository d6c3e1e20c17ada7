// `rules fmt` (capa's capafmt layout): every official rule is already in that layout, so formatting
// leaves all 1 054 byte-identical (the expectations below were checked against capa's own
// Rule.to_yaml run with ruamel.yaml 0.17.21 while writing them); the same rules, mangled (re-indented, meta keys shuffled,
// `features` before `meta`, sequences written flush with their key, CRLF, extra blank lines),
// format back to exactly the official bytes; hand-written cases show each layout decision.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { formatRuleText, FormatRuleError } from '../../src/rules/format.js';
import { parseRule } from '../../src/rules/parse.js';
import { mulberry32 } from '../helpers/prng.js';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { EXIT } from '../../src/cli/exit-codes.js';

const skip = requireTestdata('rules/format');

function ruleFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) {
        if (!n.startsWith('.')) walk(p);
      } else if (n.endsWith('.yml')) out.push(p);
    }
  };
  walk(dir);
  return out;
}

test('rules fmt: all official rules (and the capa-ts pack) are left byte-identical', { skip }, () => {
  const files = [...ruleFiles(testdata('capa-rules')), ...ruleFiles(join(PROJECT_ROOT, 'rules'))];
  assert.ok(files.length >= 1054 + 25);
  const changed = files.filter((f) => {
    const t = readFileSync(f, 'utf8');
    return formatRuleText(t) !== t;
  });
  assert.deepEqual(changed, []);
});

/** meta split into top-level key groups (a key line and the deeper lines under it) */
function metaGroups(lines: string[], start: number): { end: number; groups: string[][] } {
  const groups: string[][] = [];
  let i = start;
  while (i < lines.length && (lines[i]!.startsWith('    ') || lines[i] === '')) {
    if (/^ {4}\S/.test(lines[i]!)) groups.push([lines[i]!]);
    else groups[groups.length - 1]!.push(lines[i]!);
    i++;
  }
  return { end: i, groups };
}

/** the same rule written differently, YAML-equivalent */
function mangle(text: string, rnd: () => number): string {
  let lines = text.split('\n');
  const metaAt = lines.indexOf('  meta:');
  const featAt = lines.indexOf('  features:');
  const hasBlock = /: [|>]/.test(text);
  const hasComments = lines.some((l) => l.trimStart().startsWith('#'));
  // end-of-line comments stay at their source column (ruamel): re-indenting would move them
  const hasEolComments = lines.some((l) => /\S\s+#/.test(l));
  // ruamel keeps comment and blank lines with the scalar before them, and reads blank lines in CRLF
  // files differently: reordering and CRLF are only tried on rules without either
  const plain = !hasComments && !hasEolComments && !lines.slice(0, -1).includes('');
  // 1. meta keys shuffled
  if (metaAt >= 0 && featAt > metaAt && plain) {
    const { end, groups } = metaGroups(lines, metaAt + 1);
    for (let i = groups.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [groups[i], groups[j]] = [groups[j]!, groups[i]!];
    }
    lines = [...lines.slice(0, metaAt + 1), ...groups.flat(), ...lines.slice(end)];
  }
  // 2. `features` before `meta`
  const m = lines.indexOf('  meta:');
  const f = lines.indexOf('  features:');
  if (plain && rnd() < 0.5 && lines[0] === 'rule:' && m >= 0 && f > m) lines = [lines[0]!, ...lines.slice(f, lines.length - 1), ...lines.slice(m, f), ''];
  // 3. every indentation doubled (block scalars keep their relative indentation only when uniform)
  if (!hasBlock && !hasComments && !hasEolComments && rnd() < 0.7) lines = lines.map((l) => ' '.repeat(2 * (l.length - l.trimStart().length)) + l.trimStart().replace(/^- /, '-   '));
  // 4. a sequence flush with its key (`authors:` / `- a`), valid YAML for a mapping value
  else if (!hasBlock && !hasEolComments) {
    let flush = false;
    lines = lines.map((l) => {
      if (/^ {4}[a-z&]+:$/.test(l)) {
        flush = true;
        return l;
      }
      if (flush && /^ {6}- /.test(l)) return l.slice(2);
      if (flush && /^\s*#/.test(l)) return l;
      flush = false;
      return l;
    });
  }
  let out = lines.join('\n');
  if (plain && rnd() < 0.3) out = out.replace(/\n/g, '\r\n');
  if (rnd() < 0.3) out += '\n\n';
  return out;
}

test('rules fmt: mangled official rules format back to the official bytes', { skip }, () => {
  const rnd = mulberry32(0xca9afa7);
  const failures: string[] = [];
  let mangled = 0;
  for (const f of ruleFiles(testdata('capa-rules'))) {
    const orig = readFileSync(f, 'utf8');
    const m = mangle(orig, rnd);
    if (m !== orig) mangled++;
    // the mangled text is the same rule
    const same = (t: string): string => JSON.stringify(parseRule(t).meta.raw, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v instanceof Map ? Object.fromEntries(v) : v));
    try {
      if (JSON.parse(same(m)).name !== JSON.parse(same(orig)).name) failures.push(`${f}: mangled into another rule`);
    } catch (e) {
      failures.push(`${f}: mangled into invalid YAML (${(e as Error).message})`);
      continue;
    }
    let out: string;
    try {
      out = formatRuleText(m);
    } catch (e) {
      failures.push(`${f}: ${(e as Error).message}`);
      continue;
    }
    if (out !== orig) failures.push(f);
  }
  assert.deepEqual(failures.slice(0, 5), [], `${failures.length} rules`);
  assert.ok(mangled > 900, `only ${mangled} rules were actually mangled`);
});

test('rules fmt: the layout decisions, case by case', () => {
  const input = [
    '# a leading comment',
    'rule:',
    '    features:',
    '        -   or:',
    '            -   api: CreateFileA  # kept',
    '            -   string: "x"',
    '                description: the x',
    '            - and:',
    '              - number: 1',
    '              - count(api(kernel32.Sleep)): 2 or more',
    '    meta:',
    '        examples:',
    '        - abc:0x401000',
    '        zzz: extra',
    '        scopes:',
    '          dynamic: call',
    '          static: function',
    '        name: layout test',
    "        authors: ['a@b']",
    '        description: a long',
    '          plain scalar',
    '        lib: true',
    '',
  ].join('\r\n');
  const want = [
    '# a leading comment',
    'rule:',
    '  meta:',
    '    name: layout test',
    "    authors: ['a@b']",
    '    description: a long plain scalar',
    '    lib: true',
    '    scopes:',
    '      dynamic: call',
    '      static: function',
    '    examples:',
    '      - abc:0x401000',
    '    zzz: extra',
    '  features:',
    '    - or:',
    '      - api: CreateFileA          # kept',
    '      - string: "x"',
    '        description: the x',
    '      - and:',
    '        - number: 1',
    '        - count(api(kernel32.Sleep)): 2 or more',
    '',
  ].join('\n');
  assert.equal(formatRuleText(input), want);
  assert.equal(formatRuleText(want), want);
  // block scalars keep their style and relative indentation, at two spaces under the key
  const block = 'rule:\n  meta:\n    name: b\n    description: |\n        line one\n          indented\n\n        after a blank\n  features:\n    - api: a\n';
  assert.equal(formatRuleText(block), 'rule:\n  meta:\n    name: b\n    description: |\n      line one\n        indented\n\n      after a blank\n  features:\n    - api: a\n');
  // capa drops its hidden keys when set
  assert.equal(formatRuleText('rule:\n  meta:\n    name: h\n    capa/path: x.yml\n  features:\n    - api: a\n'), 'rule:\n  meta:\n    name: h\n  features:\n    - api: a\n');
  // YAML this layout tool cannot handle is an error naming the line
  assert.throws(() => formatRuleText('rule:\n  meta:\n    ? complex\n    : key\n'), (e: unknown) => e instanceof FormatRuleError && /line 3/.test(e.message));
  assert.throws(() => formatRuleText('rule:\n  meta:\n    name: x\n      bad: indent\n'), FormatRuleError);
});

test('rules fmt on the command line: print, --check, --in-place', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-fmt-'));
  const run = (args: string[]) => spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'capa-ts.js'), 'rules', 'fmt', ...args], { encoding: 'utf8', cwd: tmp });
  try {
    mkdirSync(join(tmp, 'r'));
    const good = readFileSync(ruleFiles(join(PROJECT_ROOT, 'rules'))[0]!, 'utf8');
    const goodPath = join(tmp, 'r', 'good.yml');
    const badPath = join(tmp, 'r', 'bad.yml');
    writeFileSync(goodPath, good);
    writeFileSync(badPath, good.replace(/\n {2}features:/, '\n  features:  ').replace(/^ {4}/gm, '      '));
    const printed = run([badPath]);
    assert.equal(printed.status, EXIT.OK, printed.stderr);
    assert.equal(printed.stdout, formatRuleText(readFileSync(badPath, 'utf8')));
    const check = run(['--check', 'r']);
    assert.equal(check.status, EXIT.CHECK_FAILED, check.stderr);
    assert.match(check.stdout, /would reformat r\/bad\.yml/);
    assert.doesNotMatch(check.stdout, /good\.yml/);
    assert.equal(run(['-i', 'r']).status, EXIT.OK);
    assert.equal(run(['--check', 'r']).status, EXIT.OK);
    assert.equal(readFileSync(badPath, 'utf8'), formatRuleText(readFileSync(badPath, 'utf8')));
    assert.equal(run(['r']).status, EXIT.USAGE);
    writeFileSync(join(tmp, 'r', 'invalid.yml'), 'rule:\n  meta:\n    name: x\n  features:\n    - nonsense: 1\n');
    const inv = run(['--check', 'r']);
    assert.equal(inv.status, EXIT.INVALID_RULE);
    assert.match(inv.stderr, /invalid\.yml:\d+:\d+/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
