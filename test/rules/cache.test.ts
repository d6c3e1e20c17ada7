// Rule cache: round trip equality, invalidation on any change, path remapping, lint CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { collectRuleFiles, loadRuleFilesCached, loadRuleSetCached } from '../../src/cli/rule-cache.js';
import { rulesLint } from '../../src/cli/rules-lint.js';
import { deserializeRules, ruleCacheKey, serializeRuleSet, ruleSetFromCache } from '../../src/rules/cache.js';
import { buildRuleSet } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/ruleset.js';
import { sha256 } from '../../src/features/hashes.js';

const RULE_A = `rule:
  meta:
    name: rule a
    namespace: test/a
    authors: [t]
    scopes:
      static: function
      dynamic: call
    att&ck:
      - Execution::Command and Scripting Interpreter [T1059]
    date: 2021-01-02
    custom: {"$b": 1, big: 0xFFFFFFFFFFFFFFFF}
  features:
    - and:
      - string: /foo$/i
      - bytes: 01 02 03
      - number: 0xFFFFFFFFFFFFFFFF = max
      - count(mnemonic(xor)): (2, )
      - basic block:
        - api: kernel32.CreateFileA
`;
const RULE_B = `rule:
  meta:
    name: rule b
    authors: [t]
    scopes:
      static: file
      dynamic: file
  features:
    - or:
      - match: test
      - os: windows
`;

function snapshot(rs: RuleSet): unknown {
  return [...rs.rules.values()].map((r) => ({ ...r, root: JSON.parse(JSON.stringify(r.root, (_k, v: unknown) => {
    if (typeof v === 'bigint') return `big:${v}`;
    if (v instanceof Uint8Array) return `bytes:${[...v].join(',')}`;
    if (v instanceof RegExp) return `re:/${v.source}/${v.flags}`;
    return v;
  })) as unknown }));
}

async function withCacheDir(f: (dir: string) => unknown): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'capa-ts-cache-'));
  const old = process.env.CAPA_TS_CACHE_DIR;
  process.env.CAPA_TS_CACHE_DIR = join(dir, 'cache');
  try {
    await f(dir);
  } finally {
    if (old === undefined) delete process.env.CAPA_TS_CACHE_DIR;
    else process.env.CAPA_TS_CACHE_DIR = old;
    rmSync(dir, { recursive: true, force: true });
  }
}

test('serialize/deserialize round trip keeps bigint, bytes, regex, dates and rule order', () => {
  const rs = buildRuleSet([{ path: '/r/a.yml', text: RULE_A }, { path: '/r/b.yml', text: RULE_B }]);
  const text = serializeRuleSet(rs);
  const back = ruleSetFromCache(text);
  assert.deepEqual(snapshot(back), snapshot(rs));
  assert.deepEqual([...back.rules.keys()], [...rs.rules.keys()]);
  const a = back.rules.get('rule a')!;
  assert.ok(a.meta.raw.date instanceof Date);
  assert.deepEqual(a.meta.raw.custom, { $b: 1n, big: 0xffffffffffffffffn });
  const re = a.root.kind === 'and' ? a.root.children.find((c) => c.kind === 'feature' && c.feature.type === 'regex') : undefined;
  assert.ok(re && re.kind === 'feature' && re.re instanceof RegExp && re.re.test('xFOO\n'));
  assert.deepEqual(back.dependencies('rule b'), rs.dependencies('rule b'));
  for (const s of ['file', 'function', 'basic block', 'call'] as const) {
    assert.deepEqual(back.rulesForScope(s).map((r) => r.name), rs.rulesForScope(s).map((r) => r.name));
  }
  assert.throws(() => deserializeRules('{"format":999,"rules":[]}'), /unknown format/);
  assert.throws(() => deserializeRules('not json'), /not JSON/);
});

test('cache key: version, file contents, order-independent', () => {
  const k1 = ruleCacheKey(['aa', 'bb'], { version: '1' });
  assert.equal(k1, ruleCacheKey(['bb', 'aa'], { version: '1' }));
  assert.notEqual(k1, ruleCacheKey(['aa', 'bc'], { version: '1' }));
  assert.notEqual(k1, ruleCacheKey(['aa', 'bb'], { version: '2' }));
  assert.notEqual(k1, ruleCacheKey(['aa'], { version: '1' }));
  assert.match(k1, /^[0-9a-f]{64}$/);
  assert.equal(k1.length, sha256(new Uint8Array()).length);
});

test('on-disk cache: miss, hit with equal rules, invalidated by any change, paths remapped', async () => {
  await withCacheDir((dir) => {
    const rules = join(dir, 'rules');
    mkdirSync(join(rules, 'sub'), { recursive: true });
    mkdirSync(join(rules, '.git'), { recursive: true });
    writeFileSync(join(rules, 'a.yml'), RULE_A);
    writeFileSync(join(rules, 'sub', 'b.yml'), RULE_B);
    writeFileSync(join(rules, '.git', 'junk.yml'), 'rule: {meta: {name: junk}}');
    writeFileSync(join(rules, 'README.md'), '# not a rule');
    assert.equal(collectRuleFiles([rules]).length, 2);

    const first = loadRuleFilesCached(collectRuleFiles([rules]));
    assert.equal(first.hit, false);
    const second = loadRuleFilesCached(collectRuleFiles([rules]));
    assert.equal(second.hit, true);
    assert.deepEqual(snapshot(second.ruleset), snapshot(first.ruleset));
    assert.equal(readdirSync(join(dir, 'cache')).length, 1);

    // change one rule file → miss, and the new content is what is loaded
    writeFileSync(join(rules, 'sub', 'b.yml'), RULE_B.replace('os: windows', 'os: linux'));
    const third = loadRuleFilesCached(collectRuleFiles([rules]));
    assert.equal(third.hit, false);
    const b = third.ruleset.rules.get('rule b')!;
    assert.ok(b.root.kind === 'or' && b.root.children.some((c) => c.kind === 'feature' && c.feature.value === 'linux'));
    // adding a file → miss
    writeFileSync(join(rules, 'c.yml'), RULE_B.replace('rule b', 'rule c'));
    assert.equal(loadRuleFilesCached(collectRuleFiles([rules])).hit, false);
    assert.equal(loadRuleFilesCached(collectRuleFiles([rules])).hit, true);

    // same contents at another place: cache hit, current paths
    const moved = join(dir, 'moved');
    cpSync(rules, moved, { recursive: true });
    const m = loadRuleFilesCached(collectRuleFiles([moved]));
    assert.equal(m.hit, true);
    assert.equal(m.ruleset.rules.get('rule a')!.path, join(moved, 'a.yml'));
    const synth = [...m.ruleset.rules.values()].find((r) => r.meta.parent === 'rule a')!;
    assert.equal(synth.path, join(moved, 'a.yml'));

    // a corrupt cache file is rebuilt
    const cacheFile = m.cachePath;
    writeFileSync(cacheFile, 'garbage');
    assert.equal(loadRuleFilesCached(collectRuleFiles([moved])).hit, false);
  });
});

test('official rules through the cache equal a fresh build', { skip: requireTestdata('rules/cache') }, async () => {
  await withCacheDir(async () => {
    const fresh = buildRuleSet(collectRuleFiles([testdata('capa-rules')]));
    const cold = await loadRuleSetCached([testdata('capa-rules')]);
    const warm = await loadRuleSetCached([testdata('capa-rules')]);
    assert.equal(warm.rules.size, fresh.rules.size);
    assert.deepEqual(snapshot(warm), snapshot(cold));
    for (const s of ['file', 'function', 'basic block', 'instruction', 'process', 'thread', 'span of calls', 'call'] as const) {
      assert.deepEqual(warm.rulesForScope(s).map((r) => r.name), cold.rulesForScope(s).map((r) => r.name));
    }
    // cached metas (derived on first read) serialize exactly like freshly parsed ones: same keys,
    // same order, same values; sources come back from the files
    const big = (_k: string, v: unknown): unknown => (typeof v === 'bigint' ? `big:${v}` : v instanceof Uint8Array ? [...v] : v);
    for (const r of fresh.rules.values()) {
      const w = warm.rules.get(r.name)!;
      assert.equal(JSON.stringify(w.meta, big), JSON.stringify(r.meta, big), r.name);
      assert.equal(w.source, r.source, r.name);
      assert.equal(w.path, r.path, r.name);
    }
  });
});

test('rules lint CLI: clean set and broken set', async () => {
  await withCacheDir(async (dir) => {
    const good = join(dir, 'good');
    mkdirSync(good);
    writeFileSync(join(good, 'a.yml'), RULE_A);
    writeFileSync(join(good, 'b.yml'), RULE_B);
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s.replace(/\n$/, '')), err: (s: string) => out.push('ERR ' + s) };
    assert.equal(await rulesLint(['--only', 'invalid-rule', good], io), 0);
    assert.deepEqual(out, ['2 rules OK']);

    out.length = 0;
    writeFileSync(join(good, 'c.yml'), RULE_B.replace('rule b', 'rule c').replace('os: windows', 'os: plan9').replace('match: test', 'match: nope'));
    assert.equal(await rulesLint(['--only', 'invalid-rule', join(good, 'c.yml'), join(good, 'b.yml')], io), 12);
    assert.equal(out.length, 3, out.join('\n'));
    assert.match(out[0]!, /c\.yml:11:13: unexpected os value plan9$/);
    assert.match(out[1]!, /b\.yml:10:7: rule "rule b" depends on missing rule "test"$/);
    assert.equal(out[2], '2 problems in 2 rules');
  });
});
