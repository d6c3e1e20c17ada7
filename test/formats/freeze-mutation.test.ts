// Hostile freeze files: seeded truncations and bit flips of the compressed file, and damage to the
// JSON inside (wrong types, missing keys, bad addresses and features, huge numbers, garbage). The
// only exception allowed is FormatError; whatever loads can be matched; a zlib bomb stops at the cap.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import { zlibSync } from 'fflate';
import { FormatError } from '../../src/formats/errors.js';
import { freezeJsonText, readFreeze } from '../../src/formats/freeze/index.js';
import { analyzeFreeze } from '../../src/freeze.js';
import { loadRules, embeddedRuleFiles } from '../../src/index.js';
import { mulberry32 } from '../helpers/prng.js';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { EXIT } from '../../src/cli/exit-codes.js';

const skip = requireTestdata('formats/freeze-mutation');
const rules = loadRules(embeddedRuleFiles());

const pack = (json: string): Uint8Array => {
  const z = zlibSync(new TextEncoder().encode(json));
  const out = new Uint8Array(8 + z.length);
  out.set(new TextEncoder().encode('capa0000'));
  out.set(z, 8);
  return out;
};

/** A small dynamic freeze written by hand in capa's shape. */
const DYNAMIC = JSON.stringify({
  version: 3,
  base_address: { type: 'no address' },
  sample_hashes: { md5: 'a', sha1: 'b', sha256: 'c' },
  flavor: 'dynamic',
  extractor: { name: 'CapeExtractor', version: '' },
  features: {
    global_: [{ feature: { type: 'os', os: 'windows' } }, { feature: { type: 'format', format: 'pe' } }],
    file: [{ address: { type: 'no address' }, feature: { type: 'string', string: '\\\\.\\mailslot\\x' } }],
    processes: [
      {
        address: { type: 'process', value: [1, 2] },
        name: 'a.exe',
        features: [],
        threads: [
          {
            address: { type: 'thread', value: [1, 2, 3] },
            features: [],
            calls: [
              {
                address: { type: 'call', value: [1, 2, 3, 0] },
                name: 'CreateMailslotA(lpName="\\\\.\\mailslot\\x") -> 0x4',
                features: [
                  { call: { type: 'call', value: [1, 2, 3, 0] }, address: { type: 'call', value: [1, 2, 3, 0] }, feature: { type: 'api', api: 'CreateMailslotA' } },
                  { call: { type: 'call', value: [1, 2, 3, 0] }, address: { type: 'call', value: [1, 2, 3, 0] }, feature: { type: 'number', number: 'BIGNUM' } },
                ],
              },
            ],
          },
        ],
      },
    ],
  },
}).replace('"BIGNUM"', '18446744073709551615');

/** Seeded damage to the JSON text: values of the wrong type, dropped keys, foreign literals. */
function mutateJson(text: string, rnd: () => number): { desc: string; text: string } {
  const int = (n: number): number => Math.floor(rnd() * n);
  const positions = (re: RegExp): number[] => [...text.matchAll(re)].map((m) => m.index!);
  switch (int(7)) {
    case 0: {
      // a value replaced by a literal of another type
      const at = positions(/":/g);
      const p = at[int(at.length)]! + 2;
      const lit = ['null', '"x"', '-1', '1e400', '[]', '{}', 'true', '9007199254740993', '"\\u0000"', '1.5'][int(10)]!;
      const end = text.slice(p).search(/[,}\]]/);
      return { desc: `value at ${p} := ${lit}`, text: text.slice(0, p) + lit + text.slice(p + Math.max(end, 0)) };
    }
    case 1: {
      // a key renamed (the field goes missing)
      const at = positions(/"[a-z_ ]+":/g);
      const p = at[int(at.length)]! + 1;
      return { desc: `key at ${p} renamed`, text: text.slice(0, p) + 'zz' + text.slice(p + 2) };
    }
    case 2: {
      const names = ['absolute', 'dn token', 'call', 'process', 'no address', 'bogus', 'thread', 'file'];
      const at = positions(/"type":"(absolute|call|thread|process|no address|file|dn token)"/g);
      if (!at.length) return { desc: 'none', text };
      const p = at[int(at.length)]!;
      const n = names[int(names.length)]!;
      return { desc: `address type → ${n}`, text: text.slice(0, p) + `"type":"${n}"` + text.slice(p + text.slice(p).indexOf('"', 8) + 1) };
    }
    case 3: {
      const kinds = ['api', 'number', 'bytes', 'property', 'operand number', 'basic block', 'nonsense', 'offset'];
      const at = positions(/"feature":\{"type":"[a-z ]+"/g);
      if (!at.length) return { desc: 'none', text };
      const p = at[int(at.length)]! + 19;
      const k = kinds[int(kinds.length)]!;
      const q = text.indexOf('"', p);
      return { desc: `feature type → ${k}`, text: text.slice(0, p) + k + text.slice(q) };
    }
    case 4: {
      const at = int(text.length);
      return { desc: `cut at ${at}`, text: text.slice(0, at) };
    }
    case 5: {
      let t = text;
      const k = 1 + int(6);
      for (let i = 0; i < k; i++) {
        const p = int(t.length);
        t = t.slice(0, p) + String.fromCharCode(32 + int(95)) + t.slice(p + 1);
      }
      return { desc: `${k} characters replaced`, text: t };
    }
    default: {
      const v = ['2', '"3"', 'null', '4'][int(4)]!;
      return { desc: `version ${v}`, text: text.replace('"version":3', `"version":${v}`) };
    }
  }
}

function mustBeFormatError(desc: string, f: () => void): 'ok' | 'error' {
  try {
    f();
    return 'ok';
  } catch (e) {
    if (!(e instanceof FormatError)) assert.fail(`${desc}: ${(e as Error).name}: ${(e as Error).message}`);
    assert.ok(!e.message.includes('\n'), `${desc}: multi-line error`);
    return 'error';
  }
}

test('freeze mutation: damaged JSON inside a valid container is a FormatError or loads and matches', { skip }, () => {
  const staticText = freezeJsonText(new Uint8Array(readFileSync(testdata('capa-tests', 'snapshots', 'pma01-01-dll.frz'))));
  const rnd = mulberry32(0xf7ee2e);
  let ok = 0;
  let bad = 0;
  for (let i = 0; i < 400; i++) {
    const base = i % 2 ? DYNAMIC : staticText;
    const m = mutateJson(base, rnd);
    const r = mustBeFormatError(`case ${i} (${m.desc})`, () => {
      const bytes = pack(m.text);
      readFreeze(bytes);
      if (i % 8 < 2) analyzeFreeze(bytes, { rules });
    });
    if (r === 'ok') ok++;
    else bad++;
  }
  assert.ok(bad > 200, `only ${bad} mutations refused`);
  assert.ok(ok > 10, `only ${ok} mutations loaded`);
});

test('freeze mutation: truncated and bit-flipped files are FormatErrors or load', { skip }, () => {
  const orig = new Uint8Array(readFileSync(testdata('capa-tests', 'snapshots', 'pma01-01-dll.frz')));
  const rnd = mulberry32(0x5eed);
  const int = (n: number): number => Math.floor(rnd() * n);
  for (let i = 0; i < 300; i++) {
    const b = orig.slice();
    let desc: string;
    let bytes: Uint8Array;
    if (i % 3 === 0) {
      const n = int(b.length);
      desc = `truncated to ${n}`;
      bytes = b.subarray(0, n);
    } else {
      const k = 1 + int(8);
      for (let j = 0; j < k; j++) b[int(b.length)] ^= 1 << int(8);
      desc = `${k} bit flips`;
      bytes = b;
    }
    mustBeFormatError(`case ${i} (${desc})`, () => readFreeze(bytes));
  }
});

test('freeze: the exact refusals', () => {
  const code = (bytes: Uint8Array, opts = {}): string => {
    try {
      readFreeze(bytes, opts);
      return 'ok';
    } catch (e) {
      assert.ok(e instanceof FormatError, String(e));
      return e.code;
    }
  };
  assert.equal(code(new TextEncoder().encode('MZ')), 'unsupported-format');
  assert.equal(code(new TextEncoder().encode('capa0000')), 'truncated');
  assert.equal(code(new TextEncoder().encode('capa0000garbage!')), 'corrupt');
  assert.equal(code(pack(DYNAMIC.replace('"version":3', '"version":2'))), 'unsupported-format');
  assert.equal(code(pack('[1,2]')), 'corrupt');
  assert.equal(code(pack(DYNAMIC)), 'ok');
  // the 2^64-1 number survives exactly
  const fz = readFreeze(pack(DYNAMIC));
  assert.ok(fz.flavor === 'dynamic');
  assert.equal(fz.processes[0]!.threads[0]!.calls[0]!.features[1]!.feature.value, 18446744073709551615n);
  // an address above 2^53 is refused rather than rounded
  assert.equal(code(pack(DYNAMIC.replace('"value":[1,2,3,0]}', '"value":[1,2,3,9007199254740993]}'))), 'corrupt');
  // a zlib bomb stops at the cap (here 1 MiB) instead of filling memory
  const bomb = pack('{"version":3,' + ' '.repeat(4 * 1024 * 1024) + '}');
  assert.ok(bomb.length < 16 * 1024);
  assert.equal(code(bomb, { maxJsonBytes: 1024 * 1024 }), 'too-large');
  // not UTF-8
  const z = zlibSync(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]));
  const raw = new Uint8Array(8 + z.length);
  raw.set(new TextEncoder().encode('capa0000'));
  raw.set(z, 8);
  assert.equal(code(raw), 'corrupt');
});

test('freeze: a damaged file on the command line is one line on stderr and exit 13', { skip }, () => {
  const tmp = mkdtempSync(join(tmpdir(), 'capa-ts-frz-bad-'));
  try {
    const bad = join(tmp, 'bad.frz');
    writeFileSync(bad, pack(DYNAMIC.replace('"name":"a.exe"', '"name":5')));
    const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'capa-ts.js'), '-r', 'rules', bad], { encoding: 'utf8' });
    assert.equal(r.status, EXIT.CORRUPT_FILE, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1);
    assert.match(r.stderr, /freeze file: features\.processes\[0\]\.name: expected a string/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
