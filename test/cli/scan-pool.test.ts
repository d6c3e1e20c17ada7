// The scan pool as a queue worker uses it: tasks naming different rule sets on the same threads,
// each answered with its own rules; a bounded number of rule sets kept.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { ScanPool } from '../../src/cli/scan-pool.js';
import { resolveRules, rulesToWire } from '../../src/cli/load-rules.js';
import { callChainPe } from '../helpers/crafted-pe.js';

const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-pool-'));
process.env.CAPA_TS_CACHE_DIR = join(tmp, 'cache');
after(() => rmSync(tmp, { recursive: true, force: true }));

function ruleDir(name: string, ruleName: string, section: string): string {
  const dir = join(tmp, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'r.yml'),
    `rule:\n  meta:\n    name: ${ruleName}\n    namespace: test/${name}\n    authors: [test]\n    scopes:\n      static: file\n      dynamic: file\n  features:\n    - section: ${section}\n`,
  );
  return dir;
}

test('one pool, several rule sets: each task is analysed with the rules it names', async () => {
  const a = rulesToWire(await resolveRules({ paths: [ruleDir('a', 'has a text section', '.text')] }));
  const b = rulesToWire(await resolveRules({ paths: [ruleDir('b', 'has a data section', '.data')] }));
  const sample = join(tmp, 'x.exe');
  const bytes = callChainPe(5);
  writeFileSync(sample, bytes);
  const ref = { sha256: createHash('sha256').update(bytes).digest('hex'), paths: [sample], size: bytes.length };
  const pool = new ScanPool({ threads: 1, timeoutMs: 60_000, argv: [] });
  try {
    pool.addRules('a', a);
    pool.addRules('b', b);
    await pool.start('a');
    const results = await Promise.all(['a', 'b', 'a', 'b'].map((k) => pool.run({ rulesKey: k, sample: ref, path: sample, document: k === 'b' })));
    assert.deepEqual(
      results.map((r) => r.record.rules?.map((x) => x.name)),
      [['has a text section'], [], ['has a text section'], []],
    );
    assert.equal(results[0]!.document, undefined);
    const doc = JSON.parse(results[1]!.document!) as { meta: { analysis: { rules: string[] } } };
    assert.deepEqual(doc.meta.analysis.rules, [join(tmp, 'b')]);
    // inline bytes instead of a path (queue --inline): the same record
    const inline = await pool.run({ rulesKey: 'a', sample: ref, path: sample, bytes: bytes.slice(), document: false });
    assert.deepEqual({ ...inline.record, elapsed_ms: 0 }, { ...results[0]!.record, elapsed_ms: 0 });
    // bytes that are not the sample's: reported, not analysed
    const other = await pool.run({ rulesKey: 'a', sample: ref, path: sample, bytes: callChainPe(6), document: false });
    assert.equal(other.record.error?.kind, 'changed');
  } finally {
    await pool.close();
  }
});

test('a pool keeps the last few rule sets, never one a running or queued task needs', async () => {
  const wire = rulesToWire(await resolveRules({ paths: [ruleDir('c', 'has a text section', '.text')] }));
  const write = (name: string, b: Uint8Array): { path: string; ref: { sha256: string; paths: string[]; size: number } } => {
    const path = join(tmp, name);
    writeFileSync(path, b);
    return { path, ref: { sha256: createHash('sha256').update(b).digest('hex'), paths: [path], size: b.length } };
  };
  const slow = write('slow.exe', callChainPe(20_000));
  const quick = write('quick.exe', callChainPe(7));
  const pool = new ScanPool({ threads: 1, timeoutMs: 0, argv: [] });
  try {
    pool.addRules('k0', wire);
    await pool.start('k0');
    const running = pool.run({ rulesKey: 'k0', sample: slow.ref, path: slow.path, document: false });
    const queued = pool.run({ rulesKey: 'k0', sample: quick.ref, path: quick.path, document: false });
    for (let i = 1; i < 6; i++) pool.addRules(`k${i}`, wire);
    assert.deepEqual(
      [0, 1, 2, 3, 4, 5].map((i) => pool.hasRules(`k${i}`)),
      [true, false, false, true, true, true],
    );
    for (const r of await Promise.all([running, queued])) assert.deepEqual(r.record.rules?.map((x) => x.name), ['has a text section']);
  } finally {
    await pool.close();
  }
  await assert.rejects(pool.run({ rulesKey: 'k5', sample: quick.ref, path: quick.path, document: false }), /scan pool stopped/);
});
