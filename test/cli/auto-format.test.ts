// Auto format as capa's get_auto_format: magic first, then the name — `.sc32`/`.raw32` and
// `.sc64`/`.raw64` are shellcode (capa-testfiles names its shellcode samples `.raw32`/`.raw64`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { EXIT } from '../../src/cli/exit-codes.js';

const BIN = join(PROJECT_ROOT, 'bin', 'capa-ts.js');
const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-autofmt-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CAPA_RULES: '', CAPA_SIGNATURES: '', CAPA_TS_CACHE_DIR: join(tmp, 'cache') },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** the document without what legitimately differs between two runs (time, argv) */
function comparable(json: string): unknown {
  const d = JSON.parse(json) as { meta: { timestamp?: string; argv?: string[] } };
  delete d.meta.timestamp;
  delete d.meta.argv;
  return d;
}

test('shellcode named .raw32/.raw64/.sc32/.sc64 is analysed as with -f sc32/sc64; other names stay unsupported', { skip: requireTestdata('auto format') }, () => {
  for (const [sample, fmt] of [
    ['499c2a85f6e8142c3f48d4251c9c7cd6.raw32', 'sc32'],
    ['4b9efd882c49ef7525370ffb5197ad86.raw64', 'sc64'],
  ] as const) {
    const src = testdata('testfiles', sample);
    const explicit = run(['-j', '-f', fmt, src]);
    assert.equal(explicit.code, 0, explicit.stderr);
    const auto = run(['-j', src]);
    assert.equal(auto.code, 0, auto.stderr);
    assert.deepEqual(comparable(auto.stdout), comparable(explicit.stdout), `${sample}: auto = -f ${fmt}`);
    assert.equal((JSON.parse(auto.stdout) as { meta: { analysis: { format: string } } }).meta.analysis.format, fmt);
    // the other spelling, and a name without a shellcode extension
    const renamed = join(tmp, `sample.${fmt.toUpperCase()}`);
    copyFileSync(src, renamed);
    const upper = run(['-j', renamed]);
    assert.equal(upper.code, 0, upper.stderr);
    assert.equal((JSON.parse(upper.stdout) as { meta: { analysis: { format: string } } }).meta.analysis.format, fmt);
    const plain = join(tmp, 'sample.bin');
    copyFileSync(src, plain);
    const r = run(['-j', plain]);
    assert.equal(r.code, EXIT.UNSUPPORTED_FORMAT, r.stderr);
  }
});
