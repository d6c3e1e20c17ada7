// FLIRT reader (.sig, .pat, .pat.gz), the signature-set cache form, and matching with python-flirt's
// semantics (prefix pattern, CRC16 after the pattern size, tail bytes, footer).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { parseSignatureFile, signatureFileKind } from '../../src/formats/flirt/index.js';
import { parsePat } from '../../src/formats/flirt/pat.js';
import { parseSig } from '../../src/formats/flirt/sig.js';
import { deserializeSignatureSet, serializeSignatureSet, type FlirtSignatureSet } from '../../src/formats/flirt/set.js';
import { flirtCrc16, SignatureError } from '../../src/formats/flirt/types.js';
import { FlirtMatcher } from '../../src/analysis/flirt.js';
import { nodeInflate } from '../../src/cli/signatures.js';
import { writePat, writeSig, type TestSignature } from '../helpers/sig-writer.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';
import { sharedSignature } from '../helpers/signatures.js';

const enc = new TextEncoder();

/** 32 pattern bytes 0x10.., with wildcards at 5..8 (a relocated call target) */
const PATTERN = Array.from({ length: 32 }, (_, i) => (i >= 5 && i <= 8 ? -1 : 0x10 + i));

/** a buffer that fits PATTERN, then `crcBytes`, then filler */
function buffer(crcBytes: number[], total = 0x100): Uint8Array {
  const b = new Uint8Array(total).fill(0xcc);
  PATTERN.forEach((v, i) => (b[i] = v < 0 ? 0xaa : v));
  b.set(crcBytes, 32);
  return b;
}

const CRC_BYTES = [0x8b, 0x45, 0x08, 0xc3];
const CRC = flirtCrc16(Uint8Array.from(CRC_BYTES), 0, 4);

const SIGS: TestSignature[] = [
  { pattern: PATTERN, crcLength: 4, crc16: CRC, functionSize: 0x24, names: [{ name: '_first', offset: 0 }] },
  // same pattern, another CRC group
  { pattern: PATTERN, crcLength: 4, crc16: CRC ^ 1, functionSize: 0x24, names: [{ name: '_other_crc', offset: 0 }] },
  // same pattern and CRC, told apart by a tail byte (checked at 32 + crcLength + offset)
  { pattern: PATTERN, crcLength: 4, crc16: CRC, functionSize: 0x30, names: [{ name: '_tail', offset: 0 }, { name: '$inner', offset: 0x10, local: true }], tailBytes: [{ offset: 2, value: 0x77 }] },
  // a short pattern (an 8-byte function) with a referenced name
  { pattern: [0x55, 0x8b, 0xec, 0xe8, -1, -1, -1, -1], functionSize: 8, names: [{ name: '_caller', offset: 0 }], refs: [{ offset: 4, name: '_callee' }] },
];

/** the module whose name at offset 0 is `name` */
function byName(set: FlirtSignatureSet, name: string): ReturnType<FlirtSignatureSet['module']> {
  for (let i = 0; i < set.moduleCount; i++) if (set.names(i).some((n) => n.offset === 0 && n.name === name)) return set.module(i);
  throw new Error(`no module ${name}`);
}

function names(set: FlirtSignatureSet, buf: Uint8Array): string[] {
  const m = new FlirtMatcher(set);
  return m.match(buf).map((i) => set.names(i).find((n) => n.offset === 0)!.name);
}

test('IDA FLAIR CRC16 (poly 0x8408, inverted, byte-swapped)', () => {
  assert.equal(flirtCrc16(new Uint8Array(0), 0, 0), 0);
  // the classic CRC-16/X.25 check value of "123456789" is 0x906E; FLAIR stores it byte-swapped
  assert.equal(flirtCrc16(enc.encode('123456789'), 0, 9), 0x6e90);
});

for (const version of [7, 8, 9, 10]) {
  for (const compressed of [false, true]) {
    test(`.sig v${version}${compressed ? ' (compressed)' : ''}: header, tree, modules, names, tail bytes, references`, () => {
      const sig = writeSig(SIGS, { version, compressed, libraryName: 'unit test lib' });
      for (const inflate of [undefined, nodeInflate]) {
        const set = parseSig(sig, 'unit.sig', inflate ? { inflate } : {});
        assert.equal(set.version, version);
        assert.equal(set.libraryName, 'unit test lib');
        assert.equal(set.moduleCount, SIGS.length);
        const tail = byName(set, '_tail');
        assert.deepEqual(tail.names, [
          { name: '_tail', kind: 'public', offset: 0 },
          { name: '$inner', kind: 'local', offset: 0x10 },
        ]);
        assert.deepEqual(tail.tailBytes, [{ offset: 2, value: 0x77 }]);
        assert.equal(tail.crc16, CRC);
        assert.equal(tail.functionSize, 0x30);
        assert.deepEqual(byName(set, '_caller').names.at(-1), { name: '_callee', kind: 'reference', offset: 4 });
        assert.equal(byName(set, '_caller').patternLength, 8);
        // v < 8 files have one tail byte / reference per module at most: the writer emits one
        assert.deepEqual(names(set, buffer(CRC_BYTES)), ['_first']);
      }
    });
  }
}

test('matching: pattern with wildcards, CRC after the pattern size, tail bytes, buffer bounds', () => {
  const set = parseSig(writeSig(SIGS), 'unit.sig');
  assert.deepEqual(names(set, buffer(CRC_BYTES)), ['_first']);
  // python-flirt reads tail bytes at patternSize + crcLength + offset (not at the offset itself)
  const withTail = buffer(CRC_BYTES);
  withTail[32 + 4 + 2] = 0x77;
  assert.deepEqual(names(set, withTail).sort(), ['_first', '_tail']);
  withTail[2] = 0x77; // the offset alone is not where it looks
  const noTail = buffer(CRC_BYTES);
  noTail[2] = 0x77;
  assert.deepEqual(names(set, noTail), []);
  // wildcards take any byte; a literal byte must match
  const other = buffer(CRC_BYTES);
  other[6] = 0x00;
  assert.deepEqual(names(set, other), ['_first']);
  other[0] = 0x00;
  assert.deepEqual(names(set, other), []);
  // the CRC block must fit the buffer; the pattern too
  assert.deepEqual(names(set, buffer(CRC_BYTES).subarray(0, 35)), []);
  assert.deepEqual(names(set, buffer(CRC_BYTES).subarray(0, 36)), ['_first']);
  // the short pattern matches buffers of at least its length; shorter patterns come first
  const short = Uint8Array.from([0x55, 0x8b, 0xec, 0xe8, 1, 2, 3, 4]);
  assert.deepEqual(names(set, short), ['_caller']);
  assert.deepEqual(names(set, short.subarray(0, 7)), []);
});

test('.pat: the same signatures as text parse and match like the .sig', () => {
  const pat = parsePat(enc.encode(writePat(SIGS)), 'unit.pat');
  const sig = parseSig(writeSig(SIGS), 'unit.sig');
  assert.equal(pat.moduleCount, sig.moduleCount);
  for (const s of SIGS) {
    const a = byName(pat, s.names[0]!.name);
    const b = byName(sig, s.names[0]!.name);
    assert.deepEqual({ ...a, index: 0 }, { ...b, index: 0 });
  }
  const withTail = buffer(CRC_BYTES);
  withTail[32 + 4 + 2] = 0x77;
  assert.deepEqual(names(pat, withTail).sort(), names(sig, withTail).sort());
});

test('.pat grammar: comments, CRLF, footer, local names, long sizes; strict about anything else', () => {
  const text = [
    '# a comment line',
    '5589E5........C3 00 0000 00008 :0000 _f :0004@ $l ^0003 _g 9090....C3 (0010: 0D) (0012: 0E)',
    '---',
    'anything after the end is ignored',
  ].join('\r\n');
  const set = parsePat(enc.encode(text), 't.pat');
  const m = set.module(0);
  assert.equal(m.functionSize, 8);
  assert.deepEqual(m.names.map((n) => [n.kind, n.name, n.offset]), [
    ['public', '_f', 0],
    ['local', '$l', 4],
    ['reference', '_g', 3],
  ]);
  assert.deepEqual(m.footer, [0x90, 0x90, -1, -1, 0xc3]);
  assert.deepEqual(m.tailBytes, [{ offset: 0x10, value: 0x0d }, { offset: 0x12, value: 0x0e }]);
  // the footer starts right after the pattern's own length + the CRC block
  const buf = Uint8Array.from([0x55, 0x89, 0xe5, 1, 2, 3, 4, 0xc3, 0x90, 0x90, 7, 7, 0xc3]);
  assert.deepEqual(new FlirtMatcher(set).match(buf).length, 0, 'tail bytes beyond the buffer fail the match');
  const bad: Array<[string, RegExp]> = [
    ['5589E5 00 0000 0008 :0000 _f\n', /missing the closing ---|no newline/],
    ['\n---\n', /:1: expected a byte pattern/],
    ['5589E5 00 0000 0008 :0000 _f\n\n---\n', /:2: expected a byte pattern/],
    ['5589E5 00 0000 0008\n---\n', /expected a name/],
    ['5589E5 00 0000 0008 :0000 _f junk\n---\n', /unexpected text/],
    ['5589XX 00 0000 0008 :0000 _f\n---\n', /expected the CRC length/],
  ];
  for (const [t, re] of bad) {
    assert.throws(() => parsePat(enc.encode(t), 'bad.pat'), (e: unknown) => e instanceof SignatureError && re.test(e.message), t);
  }
});

test('signature files by name: .sig, .pat, .pat.gz; anything else refused', () => {
  assert.equal(signatureFileKind('A.SIG'), 'sig');
  assert.equal(signatureFileKind('x.pat.gz'), 'pat.gz');
  assert.equal(signatureFileKind('x.pat'), 'pat');
  assert.equal(signatureFileKind('x.txt'), undefined);
  const gz = new Uint8Array(gzipSync(writePat(SIGS)));
  assert.equal(parseSignatureFile(gz, 'u.pat.gz').moduleCount, SIGS.length);
  assert.throws(() => parseSignatureFile(gz, 'u.txt'), SignatureError);
  assert.throws(() => parseSignatureFile(gz.subarray(0, 20), 'u.pat.gz'), (e: unknown) => e instanceof SignatureError && /truncated|gzip/.test(e.message));
  assert.throws(() => parseSignatureFile(enc.encode('not a sig'), 'u.sig'), (e: unknown) => e instanceof SignatureError && /IDASGN/.test(e.message));
});

test('cache form: serialise → deserialise is the same set; damage is a SignatureError', () => {
  const set = parseSig(writeSig(SIGS, { compressed: true }), 'unit.sig');
  const bytes = serializeSignatureSet(set);
  const back = deserializeSignatureSet(bytes);
  assert.equal(back.moduleCount, set.moduleCount);
  for (let i = 0; i < set.moduleCount; i++) assert.deepEqual(back.module(i), set.module(i));
  assert.equal(back.libraryName, set.libraryName);
  // an unaligned copy still loads
  const shifted = new Uint8Array(bytes.length + 1);
  shifted.set(bytes, 1);
  assert.equal(deserializeSignatureSet(shifted.subarray(1)).moduleCount, set.moduleCount);
  for (const cut of [0, 10, bytes.length >> 1, bytes.length - 1]) {
    assert.throws(() => deserializeSignatureSet(bytes.subarray(0, cut)), SignatureError, `cut at ${cut}`);
  }
});

test("capa's 3_flare_common_libs.sig parses completely", { skip: requireTestdata('flirt') }, () => {
  const set = sharedSignature('3_flare_common_libs.sig');
  assert.equal(set.version, 10);
  assert.equal(set.libraryName, '"FLARE Common Libraries 32/64 bit"');
  assert.equal(set.moduleCount, 119_337);
  // every module has a name at offset 0 or a public name (python-flirt needs one to report it)
  let publics = 0;
  for (let i = 0; i < set.moduleCount; i += 97) if (set.names(i).some((n) => n.kind !== 'reference')) publics++;
  assert.equal(publics, Math.ceil(set.moduleCount / 97));
  // the parsed form survives the cache round trip
  const back = deserializeSignatureSet(serializeSignatureSet(set));
  for (const i of [0, 1, 5000, 60_000, set.moduleCount - 1]) assert.deepEqual(back.module(i), set.module(i));
});

test("capa's test patterns: __aulldiv and the two functions that reference it", { skip: requireTestdata('flirt') }, () => {
  const set = parseSignatureFile(new Uint8Array(readFileSync(testdata('capa-sigs', 'test_aulldiv.pat'))), 'test_aulldiv.pat');
  assert.equal(set.moduleCount, 3);
  assert.deepEqual(set.module(0).names, [{ name: '__aulldiv', kind: 'public', offset: 0 }]);
  assert.deepEqual(set.module(1).names.at(-1), { name: '__aulldiv', kind: 'reference', offset: 0x28 });
  assert.equal(set.module(0).crcLength, 0x48);
  assert.equal(set.module(0).crc16, 0xd0a0);
  const gz = parseSignatureFile(new Uint8Array(readFileSync(testdata('capa-sigs', 'test_aullrem.pat.gz'))), 'test_aullrem.pat.gz');
  assert.equal(gz.moduleCount, 3);
  assert.equal(gz.module(0).names[0]!.name, '__aullrem');
});
