// The .NET extractor on our own C# assemblies (test/programs/dotnet, built by
// scripts/build-dotnet-test-programs.sh) and, where present, on the shared .NET samples.

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DotnetStaticExtractor, hasLoop } from '../../src/extractors/dotnet/extractor.js';
import { parseMethodBody } from '../../src/formats/dotnet/cil.js';
import { openExtractor } from '../../src/extractors/open.js';
import { formatAddress } from '../../src/features/address.js';
import type { StaticExtractor } from '../../src/features/extractor.js';
import { formatFeature } from '../../src/features/feature.js';
import { analyzeDetailed, embeddedRuleFiles, loadRules } from '../../src/index.js';
import { PROJECT_ROOT, testdata } from '../helpers/testdata.js';

const bin = (name: string): Uint8Array => new Uint8Array(readFileSync(`${PROJECT_ROOT}/test/bin/dotnet/${name}`));

/** per function token: the formatted features of all its scopes */
function functionDump(x: StaticExtractor): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const fh of x.functions()) {
    const s = new Set<string>();
    for (const l of x.functionFeatures(fh)) s.add(formatFeature(l.feature));
    for (const bb of x.basicBlocks(fh)) {
      for (const ih of x.instructions(fh, bb)) for (const l of x.instructionFeatures(fh, bb, ih)) s.add(formatFeature(l.feature));
    }
    m.set(formatAddress(fh.address), s);
  }
  return m;
}

const fileDump = (x: StaticExtractor): Set<string> => new Set([...x.fileFeatures()].map((l) => formatFeature(l.feature)));
const globals = (x: StaticExtractor): string[] => [...x.globalFeatures()].map((l) => formatFeature(l.feature));

test('globals: format dotnet and pe, os any, arch from the CLR flags and PE32/PE32+', () => {
  assert.deepEqual(globals(new DotnetStaticExtractor(bin('features.exe'))), ['format: dotnet', 'format: pe', 'os: any', 'arch: any']);
  assert.deepEqual(globals(new DotnetStaticExtractor(bin('features.x86.exe'))), ['format: dotnet', 'format: pe', 'os: any', 'arch: i386']);
  assert.deepEqual(globals(new DotnetStaticExtractor(bin('features.x64.exe'))), ['format: dotnet', 'format: pe', 'os: any', 'arch: amd64']);
  const x = new DotnetStaticExtractor(bin('features.exe'));
  assert.equal(x.name, 'DnfileFeatureExtractor');
  assert.equal(x.baseAddress().type, 'no address');
});

test('openExtractor dispatches .NET assemblies to the dnfile-style extractor; --os overrides', () => {
  const x = openExtractor(bin('features.dll'), { format: 'auto' });
  assert.ok(x instanceof DotnetStaticExtractor);
  const y = openExtractor(bin('features.exe'), { format: 'dotnet', os: 'windows' });
  assert.ok(globals(y).includes('os: windows'));
  assert.ok(!globals(y).includes('os: any'));
});

test('file features: imports, function names with nested classes, namespaces, classes, no mixed mode', () => {
  const f = fileDump(new DotnetStaticExtractor(bin('features.exe')));
  for (const want of [
    'import: System.Console::WriteLine',
    'import: System.Linq.Enumerable::First',
    'import: System.Object::ctor',
    'function-name: CapaTs.Features.Outer::ctor',
    'function-name: CapaTs.Features.Outer::cctor',
    'function-name: CapaTs.Features.Outer::Counter',
    'function-name: CapaTs.Features.Outer/Inner/Innermost::Depth',
    'namespace: System.Collections.Generic',
    'class: CapaTs.Features.Outer/Inner',
    'class: CapaTs.Features.Outer/Inner/Innermost',
    'class: System.Collections.Generic.List`1',
    'string: outer label',
  ]) assert.ok(f.has(want), want);
  assert.ok(!f.has('characteristic: mixed mode'));
  assert.ok(!f.has('class: Inner'));
  assert.ok(!f.has('namespace: '));
});

test('function and instruction features of the features assembly', () => {
  const x = new DotnetStaticExtractor(bin('features.exe'));
  const fns = [...functionDump(x).values()];
  const has = (...feats: string[]): boolean => fns.some((s) => feats.every((f) => s.has(f)));
  // MethodDef property accessors: property + property/read|write, never api
  assert.ok(has('property/read: CapaTs.Features.Outer::Counter', 'property/write: CapaTs.Features.Outer::Counter', 'property: CapaTs.Features.Outer::Counter'));
  assert.ok(!has('api: CapaTs.Features.Outer::Counter'));
  // field access
  assert.ok(has('property/write: CapaTs.Features.Outer/Inner::Value', 'property/read: CapaTs.Features.Outer/Inner::Value'));
  // recursion, loop
  assert.ok(has('characteristic: recursive call', 'api: CapaTs.Features.Maths::Factorial'));
  assert.ok(has('characteristic: loop', 'number: 0x5A'));
  // ldc.r8 / ldc.i8
  assert.ok(has('number: 2.5', 'number: 0x11F71FB04CB'));
  // switch strings: only ldstr operands of ≥ 4 characters
  assert.ok(has('string: zero', 'string: three', 'string: many'));
  assert.ok(!has('string: one'));
  // generic method through MethodSpec, to a MethodDef and to a MemberRef
  assert.ok(has('api: CapaTs.Features.Maths::First'));
  assert.ok(has('api: System.Linq.Enumerable::First', 'class: System.Linq.Enumerable', 'namespace: System.Linq'));
  // exception handler body (fat header) decoded to the end
  assert.ok(has('api: System.Int32::Parse', 'string: done parsing', 'number: -0x1'));
  // type-token instructions: newarr / box give class + namespace
  assert.ok(has('class: System.Int64', 'namespace: System'));
  // every MethodDef of the assembly has an IL body here
  assert.equal(fns.length, 15);
});

test('instruction addresses are (token, IL offset); one basic block per method at the token', () => {
  const x = new DotnetStaticExtractor(bin('features.exe'));
  for (const fh of x.functions()) {
    const bbs = [...x.basicBlocks(fh)];
    assert.equal(bbs.length, 1);
    assert.deepEqual(bbs[0]!.address, fh.address);
    const insns = [...x.instructions(fh, bbs[0]!)];
    assert.equal(formatAddress(insns[0]!.address), `${formatAddress(fh.address)}+0x0`);
  }
});

test('P/Invoke: imports via generate_symbols, api names, unmanaged call', () => {
  const x = new DotnetStaticExtractor(bin('mailslot.exe'));
  const f = fileDump(x);
  for (const want of ['import: kernel32.CreateMailslot', 'import: CreateMailslot', 'import: kernel32.CreateFileW', 'import: CreateFile', 'import: kernel32.CreateFile']) {
    assert.ok(f.has(want), want);
  }
  const fns = [...functionDump(x).values()];
  assert.ok(fns.some((s) => s.has('api: CreateMailslot') && s.has('characteristic: unmanaged call') && s.has('string: \\\\.\\mailslot\\capa_ts_demo')));
  assert.ok(fns.some((s) => s.has('api: CreateFileW') && s.has('api: CreateFile') && s.has('api: WriteFile')));
  assert.ok(!fns.some((s) => s.has('api: kernel32.CreateMailslot')));
});

test('mailslot rule pack matches the .NET P/Invoke program', () => {
  const rules = loadRules(embeddedRuleFiles());
  const { capabilities, document } = analyzeDetailed(bin('mailslot.exe'), { rules });
  const at = (name: string): string[] => (capabilities.matches.get(name) ?? []).map(([a]) => formatAddress(a));
  assert.equal(document.meta.analysis.format, 'dotnet');
  assert.equal(document.meta.analysis.extractor, 'DnfileFeatureExtractor');
  // Server.Create / Server.ReadAll call CreateMailslot
  assert.deepEqual(at('create mailslot server'), ['token(0x600000A)', 'token(0x600000D)']);
  assert.deepEqual(at('query mailslot information'), ['token(0x600000B)']);
  assert.deepEqual(at('change mailslot read timeout'), ['token(0x600000C)']);
  assert.deepEqual(at('read messages from mailslot'), ['token(0x600000D)']);
  assert.deepEqual(at('reference mailslot name'), ['token(0x600000A)', 'token(0x600000D)', 'token(0x600000F)']);
  assert.deepEqual(at('write to mailslot as client'), ['token(0x600000F)']);
  assert.deepEqual(at('resolve mailslot API at run time'), ['token(0x6000010)']);
  // nzxor and stack strings do not exist in the dnfile backend's feature set
  assert.deepEqual(at('decode mailslot name with XOR'), []);
  assert.deepEqual(at('build mailslot name on the stack'), []);
});

test('shared samples: nested TypeRef names keep capa\'s repeated-name quirk', { skip: !existsSync(testdata('testfiles', 'dotnet')) }, () => {
  const x = new DotnetStaticExtractor(new Uint8Array(readFileSync(testdata('testfiles', 'dotnet', '2c7d60f77812607dec5085973ff76cea.dll_'))));
  const f = fileDump(x);
  assert.ok(f.has('import: Android.OS.Build/VERSION::SdkInt'));
  assert.ok(f.has('import: Android.Provider.Telephony/Sent/Sent::ContentUri'));
  assert.ok(!f.has('import: Android.OS.Build::SdkInt'));
});

test('loop: some branch goes backwards (capa\'s dnfile rule), switch targets included', () => {
  const tiny = (code: number[]): ReturnType<typeof parseMethodBody> => parseMethodBody(new Uint8Array([(code.length << 2) | 2, ...code]), 0);
  // nop; br.s -3 (back to the nop)
  assert.equal(hasLoop(tiny([0x00, 0x2b, 0xfd])), true);
  // L0: nop; L1: ldc.i4.0; brtrue.s L1
  assert.equal(hasLoop(tiny([0x00, 0x16, 0x2d, 0xfd])), true);
  // forward branches only
  assert.equal(hasLoop(tiny([0x16, 0x2d, 0x01, 0x00, 0x2a])), false);
  // a branch to itself is not backwards: br.s -2 targets its own offset
  assert.equal(hasLoop(tiny([0x00, 0x2b, 0xfe])), false);
  // switch with a backward target
  assert.equal(hasLoop(tiny([0x00, 0x16, 0x45, 1, 0, 0, 0, 0xf6, 0xff, 0xff, 0xff, 0x2a])), true);
  // leave.s backwards
  assert.equal(hasLoop(tiny([0x00, 0xde, 0xfd])), true);
});

test('shared sample: methods with a backward branch have characteristic loop, as in capa\'s results', { skip: !existsSync(testdata('testfiles', '2fd45662e3d0ec0077ea2fa66b6378f0.exe_')) }, () => {
  const x = new DotnetStaticExtractor(new Uint8Array(readFileSync(testdata('testfiles', '2fd45662e3d0ec0077ea2fa66b6378f0.exe_'))));
  const fns = functionDump(x);
  // capa matches `contain loop` at these methods (no recursion there)
  for (const t of ['token(0x6000020)', 'token(0x6000021)', 'token(0x600007D)']) {
    assert.ok(fns.get(t)?.has('characteristic: loop'), t);
    assert.ok(!fns.get(t)?.has('characteristic: recursive call'), t);
  }
});

test('the .NET result document passes capa\'s schema and round-trips', async () => {
  const { schemaIssues } = await import('../render/schema.js');
  const { parseResultDocument, serializeResultDocument } = await import('../../src/index.js');
  const rules = loadRules(embeddedRuleFiles());
  const { document } = analyzeDetailed(bin('mailslot.exe'), { rules, path: 'mailslot.exe' });
  const analysis = document.meta.analysis;
  assert.ok('base_address' in analysis && analysis.base_address.type === 'no address');
  const text = serializeResultDocument(document);
  assert.deepEqual(schemaIssues(parseResultDocument(text)), []);
  assert.equal(serializeResultDocument(parseResultDocument(text)), text);
  // function-scope matches carry dn token addresses in JSON
  assert.ok(text.includes('{"type":"dn token","value":100663306}'));
});

test('the methods we analyse are exactly the functions capa reported for every shared .NET sample', { skip: !existsSync(testdata('capa-results')) }, async () => {
  const { readdirSync } = await import('node:fs');
  let samples = 0;
  for (const file of readdirSync(testdata('capa-results'))) {
    if (!file.endsWith('.json')) continue;
    const doc = JSON.parse(readFileSync(testdata('capa-results', file), 'utf8')) as { format: string; functions: string[] };
    if (doc.format !== 'dotnet') continue;
    const sample = testdata('testfiles', file.slice(0, -'.json'.length).split('__').join('/'));
    if (!existsSync(sample)) continue;
    const x = new DotnetStaticExtractor(new Uint8Array(readFileSync(sample)));
    const ours = [...x.functions()].map((f) => `dn token:0x${(f.address as { value: number }).value.toString(16)}`).sort();
    assert.deepEqual(ours, [...doc.functions].sort(), file);
    samples++;
  }
  assert.ok(samples >= 1);
});
