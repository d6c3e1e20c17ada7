// Rule cache: round trip equality, invalidation on any change, path remapping, lint CLI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, cpSync, renameSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { collectRuleFiles, loadRuleFilesCached, loadRuleSetCached, loadRulesCached } from '../../src/cli/rule-cache.js';
import { rulesLint } from '../../src/cli/rules-lint.js';
import { deserializeRules, ruleCacheKey, serializeRuleSet, loadPrebuiltRuleSet } from '../../src/rules/cache.js';
import { buildRuleSet } from '../../src/rules/load.js';
import type { RuleSet } from '../../src/rules/ruleset.js';
import { buildScopeMatchers, INDEX_ORDER, type ScopeIndexData } from '../../src/engine/match.js';
import { ALL_SCOPES } from '../../src/rules/ruleset.js';
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
  // explicit fields: pre-built rules decode root and source in getters
  return [...rs.rules.values()].map((r) => ({ name: r.name, meta: JSON.parse(JSON.stringify(r.meta, (_k, v: unknown) => (typeof v === 'bigint' ? `big:${v}` : v))) as unknown, source: r.source, path: r.path, root: JSON.parse(JSON.stringify(r.root, (_k, v: unknown) => {
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
  const bytes = serializeRuleSet(rs);
  const back = loadPrebuiltRuleSet(bytes);
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
  const utf8 = (t: string): Uint8Array => new TextEncoder().encode(t);
  assert.throws(() => deserializeRules(utf8('capa-ts rules\n999\n2\n{}')), /unknown format/);
  assert.throws(() => deserializeRules(utf8('capa-ts rules\n5\n8\nnot json')), /not JSON/);
  assert.throws(() => deserializeRules(utf8('not a cache')), /truncated|not a capa-ts rule cache/);
  assert.throws(() => deserializeRules(bytes.subarray(0, 40)), /truncated|not JSON/);
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

test('stat manifest: a warm load reads no rule file; any change to a file is noticed', async () => {
  await withCacheDir((dir) => {
    const rules = join(dir, 'rules');
    mkdirSync(join(rules, 'sub'), { recursive: true });
    writeFileSync(join(rules, 'a.yml'), RULE_A);
    writeFileSync(join(rules, 'sub', 'b.yml'), RULE_B);
    const RULE_X = RULE_B.replace('rule b', 'rule x').replace('- match: test', '- export: DllMain');
    writeFileSync(join(rules, 'x.yml'), RULE_X);
    const mem = [{ path: 'capa-ts:c.yml', text: RULE_X.replace('rule x', 'rule c') }];
    // explicit, distinct mtimes: the test does not depend on the file system's time granularity
    const age = (p: string, s: number): void => utimesSync(p, new Date(Date.now() - s * 1000), new Date(Date.now() - s * 1000));
    for (const f of ['a.yml', 'sub/b.yml', 'x.yml']) age(join(rules, f), 60);
    const load = (): ReturnType<typeof loadRulesCached> => loadRulesCached({ files: mem, paths: [rules], racyMs: 0 });

    const first = load();
    assert.equal(first.hit, false);
    const warm = load();
    assert.equal(warm.hit, true);
    assert.equal(warm.unread, true);
    assert.deepEqual(snapshot(warm.ruleset), snapshot(first.ruleset));
    assert.deepEqual([...warm.ruleset.rules.keys()], [...first.ruleset.rules.keys()]);
    // sources come from the files (read now) and from memory
    assert.equal(warm.ruleset.rules.get('rule a')!.source, RULE_A);
    assert.equal(warm.ruleset.rules.get('rule c')!.source, mem[0]!.text);

    // same size, new content: the ctime changes, so the files are read again
    writeFileSync(join(rules, 'sub', 'b.yml'), RULE_B.replace('windows', 'android'));
    age(join(rules, 'sub', 'b.yml'), 30);
    const changed = load();
    assert.equal(changed.unread, undefined);
    assert.equal(changed.hit, false);
    const b = changed.ruleset.rules.get('rule b')!;
    assert.ok(b.root.kind === 'or' && b.root.children.some((c) => c.kind === 'feature' && c.feature.value === 'android'));
    assert.equal(load().unread, true);

    // renamed file: new manifest, same contents → content cache hit
    renameSync(join(rules, 'a.yml'), join(rules, 'a2.yml'));
    const renamed = load();
    assert.equal(renamed.hit, true);
    assert.equal(renamed.unread, undefined);
    assert.equal(renamed.ruleset.rules.get('rule a')!.path, join(rules, 'a2.yml'));
    // removed file: the rule is gone
    rmSync(join(rules, 'x.yml'));
    assert.equal(load().ruleset.rules.has('rule x'), false);
    // in-memory files are part of the key
    const other = loadRulesCached({ files: [{ path: 'capa-ts:c.yml', text: RULE_X.replace('rule x', 'rule d') }], paths: [rules], racyMs: 0 });
    assert.ok(other.ruleset.rules.has('rule d') && !other.ruleset.rules.has('rule c'));

    // racily clean files (just written) get no manifest: the next load reads them again
    writeFileSync(join(rules, 'x.yml'), RULE_X);
    loadRulesCached({ files: mem, paths: [rules] });
    assert.equal(loadRulesCached({ files: mem, paths: [rules] }).unread, undefined);
  });
});

test('a damaged pre-built rule set is rebuilt, never loaded', async () => {
  await withCacheDir((dir) => {
    const rules = join(dir, 'rules');
    mkdirSync(rules);
    writeFileSync(join(rules, 'a.yml'), RULE_A);
    const files = (): ReturnType<typeof collectRuleFiles> => collectRuleFiles([rules]);
    const first = loadRuleFilesCached(files());
    const data = readFileSync(first.cachePath);
    // one byte of a logic tree flipped: the digest no longer matches
    data[data.length - 20] ^= 0x01;
    writeFileSync(first.cachePath, data);
    const again = loadRuleFilesCached(files());
    assert.equal(again.hit, false);
    assert.deepEqual(snapshot(again.ruleset), snapshot(first.ruleset));
    assert.equal(loadRuleFilesCached(files()).hit, true);
  });
});

/** an index as comparable data: scan nodes by feature key (and regex) */
function indexData(d: ScopeIndexData): unknown {
  const node = (n: { feature: { key: string }; re?: RegExp }): string => n.feature.key + (n.re ? ` /${n.re.source}/${n.re.flags}` : '');
  return {
    always: d.always,
    byKey: d.byKey,
    strings: d.strings.map((s) => [s.rule, node(s.node), s.lit]),
    bytes: d.bytes.map((s) => [s.rule, node(s.node)]),
    os: d.os.map((s) => [s.rule, node(s.node)]),
  };
}

test('official rules: the pre-built indexes equal freshly built ones, scope by scope', { skip: requireTestdata('rules/cache') }, () => {
  const fresh = buildRuleSet(collectRuleFiles([testdata('capa-rules')]));
  const back = loadPrebuiltRuleSet(serializeRuleSet(fresh));
  const matchers = buildScopeMatchers((s) => fresh.rulesForScope(s));
  for (const sc of INDEX_ORDER) {
    const pre = back.scopeIndex(sc);
    assert.ok(pre, sc);
    assert.deepEqual(indexData(pre), indexData(matchers.get(sc)!.exportIndex()), sc);
  }
  for (const sc of ALL_SCOPES) assert.deepEqual(back.rulesForScope(sc).map((r) => r.name), fresh.rulesForScope(sc).map((r) => r.name));
  assert.deepEqual(back.ordered.map((r) => r.name), fresh.ordered.map((r) => r.name));
  for (const r of fresh.rules.values()) assert.deepEqual(back.dependencies(r.name), fresh.dependencies(r.name), r.name);
  for (const ns of fresh.namespaces()) assert.deepEqual(back.namespaceMembers(ns).map((r) => r.name), fresh.namespaceMembers(ns).map((r) => r.name), ns);
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
