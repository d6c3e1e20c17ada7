import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { describe, it } from 'node:test';
import { carveEmbeddedPe } from '../../src/extractors/common/embedded-pe.js';
import { extractAsciiStrings, extractFileStrings, extractUnicodeStrings } from '../../src/extractors/common/strings.js';
import { generateSymbols, reformatForwardedExportName } from '../../src/extractors/pe/file.js';
import { PE_SNAPSHOTS, compareWithSnapshot, runStaticFileCases } from '../conformance/features-pe-file.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

const enc = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf16 = (s: string): string => [...s].map((c) => c + '\0').join('');

describe('file string scan', () => {
  it('finds ASCII runs of at least 4 printable bytes (TAB included, DEL excluded)', () => {
    const b = enc('\x01abc\x00abcd\x00\tx y\x7fzzzz~~~~~\x80');
    assert.deepEqual(extractAsciiStrings(b), [
      { offset: 5, s: 'abcd' },
      { offset: 10, s: '\tx y' },
      { offset: 15, s: 'zzzz~~~~~' },
    ]);
  });

  it('finds UTF-16LE runs at any alignment, greedily', () => {
    const b = enc('\x00' + utf16('hello') + '\x01\x02' + utf16('abc') + '\x00\x00' + utf16('wide!'));
    assert.deepEqual(extractUnicodeStrings(b), [
      { offset: 1, s: 'hello' },
      { offset: 21, s: 'wide!' },
    ]);
  });

  it('yields nothing for a buffer of one repeated filler byte', () => {
    assert.deepEqual(extractFileStrings(new Uint8Array(64).fill(0x41)), []);
    assert.equal(extractFileStrings(new Uint8Array(64).fill(0x42)).length, 1);
  });

  it('locates strings at file offsets', () => {
    const [l] = extractFileStrings(enc('\x00\x00test'));
    assert.deepEqual(l!.address, { type: 'file', value: 2 });
    assert.equal(l!.feature.type, 'string');
    assert.equal(l!.feature.value, 'test');
  });
});

describe('embedded PE carving', () => {
  function fakePe(key: number, lfanew: number): Uint8Array {
    const b = new Uint8Array(lfanew + 4);
    b.set(enc('MZ'), 0);
    new DataView(b.buffer).setUint32(0x3c, lfanew, true);
    b.set(enc('PE'), lfanew);
    return b.map((x) => x ^ key);
  }

  it('finds XOR-encoded headers after offset 0, with e_lfanew ≤ 0x200', () => {
    const host = new Uint8Array(0x1000);
    host.set(fakePe(0, 0x80), 0); // offset 0: the file itself, never reported
    host.set(fakePe(0x37, 0x40), 0x300);
    host.set(fakePe(0, 0x200), 0x500);
    host.set(fakePe(0xff, 0x201), 0xa00); // e_lfanew too large for the viv backend
    assert.deepEqual(carveEmbeddedPe(host), [0x300, 0x500]);
  });
});

describe('symbol helpers (capa helpers.py)', () => {
  it('generates import symbol variants', () => {
    assert.deepEqual(generateSymbols('kernel32', 'CreateFileA', true), [
      'kernel32.CreateFileA',
      'CreateFileA',
      'kernel32.CreateFile',
      'CreateFile',
    ]);
    assert.deepEqual(generateSymbols('ws2_32', '#1', true), ['ws2_32.#1']);
    assert.deepEqual(generateSymbols('KERNEL32.DLL', 'Sleep', false), ['Sleep']);
    assert.deepEqual(generateSymbols('a', 'W', true), ['a.W', 'W']);
  });

  it('reformats forwarded export names at the last dot', () => {
    assert.equal(reformatForwardedExportName('NTDLL.RtlAllocateHeap'), 'ntdll.RtlAllocateHeap');
    assert.equal(reformatForwardedExportName('C:\\Windows\\System32\\VERSION.GetFileVersionInfoA'), 'c:\\windows\\system32\\version.GetFileVersionInfoA');
  });
});

describe('PE file features vs capa oracles', { skip: requireTestdata('pe file features') }, () => {
  for (const { snapshot, sample } of PE_SNAPSHOTS) {
    it(`matches the freeze snapshot ${snapshot} exactly`, () => {
      const sp = testdata('capa-tests', 'snapshots', snapshot);
      const fp = testdata('testfiles', sample);
      if (!existsSync(sp) || !existsSync(fp)) return;
      const r = compareWithSnapshot(sp, fp);
      assert.deepEqual(r.missing, []);
      assert.deepEqual(r.extra, []);
      assert.ok(r.expected > 50);
    });
  }

  it('passes every static.json file-scope case for plain PE samples', () => {
    const { results } = runStaticFileCases();
    assert.ok(results.length >= 20);
    assert.deepEqual(
      results.filter((r) => !r.ok).map((r) => r.label),
      [],
    );
  });
});
