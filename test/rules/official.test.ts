// Every official rule parses and the whole set builds; spot checks of tricky constructs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { buildRuleSet, lintRuleFiles, type RuleFile } from '../../src/rules/load.js';
import type { Node, RangeNode, Rule } from '../../src/engine/ast.js';
import { RANGE_INFINITY } from '../../src/engine/ast.js';
import { bytesToHex } from '../../src/features/feature.js';
import { readYamlFast } from '../../src/rules/fastyaml.js';
import { readYamlFull } from '../../src/rules/yaml11.js';

const skip = requireTestdata('rules/official');

function walk(dir: string, out: RuleFile[]): RuleFile[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) {
      if (!p.includes('.git')) walk(p, out);
    } else if (name.endsWith('.yml')) out.push({ path: p, text: readFileSync(p, 'utf8') });
  }
  return out;
}

let cached: RuleFile[] | undefined;
const files = (): RuleFile[] => (cached ??= walk(testdata('capa-rules'), []));

function find(n: Node, pred: (n: Node) => boolean): Node[] {
  const out: Node[] = [];
  const rec = (x: Node): void => {
    if (pred(x)) out.push(x);
    if (x.kind === 'and' || x.kind === 'or' || x.kind === 'some') x.children.forEach(rec);
    else if (x.kind === 'not' || x.kind === 'subscope' || x.kind === 'range') rec(x.child);
  };
  rec(n);
  return out;
}

test('all official rules parse, lint clean and build one RuleSet', { skip }, () => {
  const fs = files();
  assert.equal(fs.length, 1054);
  const lint = lintRuleFiles(fs);
  assert.deepEqual(lint.errors.map(String), []);
  assert.equal(lint.ruleCount, 1054);
  const rs = buildRuleSet(fs);
  const originals = [...rs.rules.values()].filter((r) => !r.meta.isSubscopeRule);
  assert.equal(originals.length, 1054);
  assert.ok(rs.rules.size > 1054, 'subscope blocks became synthetic rules');
  // every rule is in the lists of its scopes, dependencies first
  for (const scope of ['file', 'function', 'basic block', 'instruction', 'process', 'thread', 'span of calls', 'call'] as const) {
    const list = rs.rulesForScope(scope);
    const pos = new Map(list.map((r, i) => [r.name, i]));
    for (const r of list) {
      for (const d of rs.dependencies(r.name)) {
        const dp = pos.get(d);
        if (dp !== undefined) assert.ok(dp < pos.get(r.name)!, `${d} before ${r.name} in ${scope}`);
      }
    }
  }
  const fileRules = new Set(rs.rulesForScope('file').map((r) => r.name));
  for (const r of rs.rules.values()) {
    if (r.meta.scopes.static === 'file' || r.meta.scopes.dynamic === 'file') assert.ok(fileRules.has(r.name), r.name);
  }
});

test('the fast YAML reader and the yaml package agree on every official rule (values and positions)', { skip }, () => {
  let fast = 0;
  for (const f of files()) {
    const a = readYamlFast(f.text);
    if (!a) continue;
    fast++;
    const b = readYamlFull(f.text);
    assert.deepEqual(a.value, b.value, f.path);
    const cmp = (x: unknown, y: unknown): void => {
      if (x instanceof Map && y instanceof Map) {
        assert.deepEqual(a.locs.nodes.get(x), b.locs.nodes.get(y), f.path);
        assert.deepEqual(a.locs.vals.get(x), b.locs.vals.get(y), f.path);
        for (const k of x.keys()) cmp(x.get(k), y.get(k));
      } else if (Array.isArray(x) && Array.isArray(y)) {
        assert.deepEqual(a.locs.nodes.get(x), b.locs.nodes.get(y), f.path);
        assert.deepEqual(a.locs.vals.get(x), b.locs.vals.get(y), f.path);
        x.forEach((v, i) => cmp(v, y[i]));
      }
    };
    cmp(a.value, b.value);
  }
  assert.ok(fast >= 1050, `fast path used for ${fast} files`);
});

test('spot checks: bigints, regex $, COM, counts, subscopes, optimizer order', { skip }, () => {
  const rs = buildRuleSet(files());
  const rule = (name: string): Rule => {
    const r = rs.rules.get(name);
    assert.ok(r, name);
    return r;
  };

  // 64-bit constant kept exact, description split at the first ` = `
  const fnv = rule('hash data using fnv');
  const big = find(fnv.root, (n) => n.kind === 'feature' && n.feature.value === 0xcbf29ce484222325n);
  assert.equal(big.length, 1);
  assert.equal(big[0]!.kind === 'feature' && big[0]!.feature.description, 'FNV_offset_basis, unused by FNV-0');

  // regex with `$`: Python semantics (may match before a final newline)
  const ida = find(rule('reference analysis tools strings').root,
    (n) => n.kind === 'feature' && n.feature.type === 'regex' && n.feature.value === '/\\bida[gqtuw]?(\\.exe)?$/i');
  assert.equal(ida.length, 1);
  const re = (ida[0] as { re?: RegExp }).re!;
  assert.ok(re.test('C:\\IDAQ.EXE'));
  assert.ok(re.test('idaq.exe\n'));
  assert.ok(!re.test('idaq.exe\n\n'));
  assert.ok(!re.test('idaq.exe.bak'));

  // COM: or of GUID string + GUID bytes (memory layout)
  const wmi = rule('connect to WMI namespace via WbemLocator');
  // the COM features sit in subscope blocks, now synthetic rules of their own
  const wmiAll: Node = { kind: 'or', children: [wmi.root, ...[...rs.rules.values()].filter((r) => r.meta.parent === wmi.name).map((r) => r.root)] };
  const guid = find(wmiAll, (n) => n.kind === 'feature' && n.feature.value === '4590F811-1D3A-11D0-891F-00AA004B2E24');
  assert.ok(guid.length >= 1);
  assert.equal(guid[0]!.kind === 'feature' && guid[0]!.feature.description, 'CLSID_WbemLocator as GUID string');
  const gbytes = find(wmiAll, (n) => n.kind === 'feature' && n.feature.type === 'bytes' &&
    bytesToHex(n.feature.value as Uint8Array) === '11f890453a1dd011891f00aa004b2e24');
  assert.ok(gbytes.length >= 1);
  assert.equal(gbytes[0]!.kind === 'feature' && gbytes[0]!.feature.description, 'CLSID_WbemLocator as bytes');

  // count forms
  const rc4 = rule('encrypt data using RC4 PRGA');
  const ranges = find(rc4.root, (n) => n.kind === 'range') as RangeNode[];
  const byChild = new Map(ranges.map((r) => [r.child.feature.key, r]));
  const nz = [...byChild.values()].find((r) => r.child.feature.value === 'nzxor')!;
  assert.deepEqual([nz.min, nz.max], [1n, 1n]);
  const movzx = [...byChild.values()].find((r) => r.child.feature.value === 'movzx')!;
  assert.deepEqual([movzx.min, movzx.max], [4n, RANGE_INFINITY]);
  const cf = [...byChild.values()].find((r) => r.child.feature.value === 'calls from')!;
  assert.deepEqual([cf.min, cf.max], [0n, 4n]);
  const bbs = [...byChild.values()].find((r) => r.child.feature.type === 'basic block')!;
  assert.deepEqual([bbs.min, bbs.max], [4n, 50n]);
  // count(section(        )): the argument is kept verbatim (8 spaces)
  const themida = find(rule('packed with Themida').root, (n) => n.kind === 'range') as RangeNode[];
  assert.ok(themida.some((r) => r.child.feature.type === 'section' && r.child.feature.value === '        '));

  // subscopes became synthetic lib rules referenced by match
  const conn = rule('connect socket');
  const subs = [...rs.rules.values()].filter((r) => r.meta.parent === conn.name);
  assert.ok(subs.length >= 3);
  for (const s of subs) {
    assert.match(s.name, /^connect socket\/[0-9a-f]{32}$/);
    assert.equal(s.meta.lib, true);
    assert.equal(s.meta.isSubscopeRule, true);
    assert.equal(s.meta.namespace, undefined);
    assert.ok(rs.dependencies(conn.name).includes(s.name) || subs.some((p) => rs.dependencies(p.name).includes(s.name)));
  }
  assert.equal(find(conn.root, (n) => n.kind === 'subscope').length, 0);

  // optimizer: within and/or, os/arch/format first, substring/regex/bytes late, statements by size
  for (const r of rs.rules.values()) {
    for (const n of find(r.root, (x) => x.kind === 'and' || x.kind === 'or' || x.kind === 'some')) {
      const kids = (n as { children: Node[] }).children;
      const cheap = kids.findIndex((c) => c.kind === 'feature' && ['os', 'arch', 'format'].includes(c.feature.type));
      if (cheap >= 0) {
        for (let i = 0; i < cheap; i++) {
          const c = kids[i]!;
          assert.ok(c.kind === 'feature' && ['os', 'arch', 'format'].includes(c.feature.type), r.name);
        }
      }
    }
  }

  // api dll prefix dropped; ordinal kept; .NET kept
  const apis = new Set<string>();
  for (const r of rs.rules.values()) for (const n of find(r.root, (x) => x.kind === 'feature' && x.feature.type === 'api')) {
    if (n.kind === 'feature') apis.add(n.feature.value as string);
  }
  assert.ok(apis.has('connect'));
  assert.ok(!apis.has('ws2_32.connect'));
  assert.ok(apis.has('ws2_32.#4'));
  assert.ok(apis.has('System.ServiceProcess.ServiceBase::Run'));

  // meta: att&ck / mbc parsing
  const svc = rule('run as service');
  assert.deepEqual(svc.meta.mbc[0], {
    parts: ['Anti-Behavioral Analysis', 'Conditional Execution', 'Runs as Service'],
    objective: 'Anti-Behavioral Analysis', behavior: 'Conditional Execution', method: 'Runs as Service', id: 'B0025.007',
  });
  assert.deepEqual(wmi.meta.attack[0], {
    parts: ['Execution', 'Windows Management Instrumentation'], tactic: 'Execution',
    technique: 'Windows Management Instrumentation', subtechnique: '', id: 'T1047',
  });
  assert.equal(svc.source.startsWith('rule:'), true);
  assert.ok(svc.path?.endsWith('run-as-service.yml'));
});
