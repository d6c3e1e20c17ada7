// `capa-ts` on sandbox reports: -f cape|drakvuf|vmray, auto detection by name/content, and the
// report exit codes (21 invalid, 22 empty, 23 unsupported).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { PROJECT_ROOT } from '../helpers/testdata.js';
import { EXIT } from '../../src/cli/exit-codes.js';

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
const RULES = join(PROJECT_ROOT, 'rules');
const FIXTURE = join(PROJECT_ROOT, 'test', 'fixtures', 'reports', 'mailslot-cape.json');

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CAPA_RULES: '', CAPA_TS_CACHE_DIR: join(tmpdir(), 'capa-ts-test-nocache') } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('capa-ts on a CAPE report: auto-detected and with -f cape, JSON flavor dynamic', () => {
  const auto = run(['-r', RULES, FIXTURE]);
  assert.equal(auto.code, EXIT.OK, auto.stderr);
  assert.match(auto.stdout, /write to mailslot as client/);
  const j = run(['-r', RULES, '-j', '-f', 'cape', FIXTURE]);
  assert.equal(j.code, EXIT.OK, j.stderr);
  const doc = JSON.parse(j.stdout) as { meta: { flavor: string; analysis: { extractor: string } }; rules: Record<string, unknown> };
  assert.equal(doc.meta.flavor, 'dynamic');
  assert.equal(doc.meta.analysis.extractor, 'CapeExtractor');
  assert.ok('create mailslot server' in doc.rules);
});

test('capa-ts report errors map to exit codes 21/22/23', () => {
  const dir = mkdtempSync(join(tmpdir(), 'capa-ts-dyn-'));
  try {
    const gz = gzipSync(readFileSync(FIXTURE));
    const truncated = join(dir, 'r.json.gz');
    writeFileSync(truncated, gz.subarray(0, gz.length - 50));
    const t = run(['-r', RULES, '-f', 'cape', truncated]);
    assert.equal(t.code, EXIT.INVALID_REPORT, t.stderr);
    const report = JSON.parse(readFileSync(FIXTURE, 'utf8'));
    report.behavior.processes = [];
    const empty = join(dir, 'empty.json');
    writeFileSync(empty, JSON.stringify(report));
    const e = run(['-r', RULES, empty]);
    assert.equal(e.code, EXIT.EMPTY_REPORT, e.stderr);
    assert.match(e.stderr, /did not capture any processes/);
    delete report.static;
    const noStatic = join(dir, 'nostatic.json');
    writeFileSync(noStatic, JSON.stringify(report));
    assert.equal(run(['-r', RULES, '-f', 'cape', noStatic]).code, EXIT.UNSUPPORTED_REPORT);
    const notVmray = join(dir, 'x.zip');
    writeFileSync(notVmray, gz);
    assert.equal(run(['-r', RULES, '-f', 'vmray', notVmray]).code, EXIT.INVALID_REPORT);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
