import { cpuStopwatch } from '../helpers/cpu.js';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseResultDocument, toCompactJson } from '../../src/render/json.js';
import type { ResultDocument } from '../../src/render/rdoc.js';
import { findSubruleMatches, renderDefault } from '../../src/render/default.js';
import { renderVerbose } from '../../src/render/verbose.js';
import { renderVeryVerbose } from '../../src/render/vverbose.js';
import { cellLen, ratioDistribute, ratioReduce, renderBoxTable, wrapLine } from '../../src/render/table.js';
import { capabilityRules, escapeString, hexInt } from '../../src/render/util.js';
import { requireTestdata, testdata } from '../helpers/testdata.js';

const skip = requireTestdata('render/text');
const PMA = 'Practical Malware Analysis Lab 01-01.dll_.json';
const AK = 'al-khaser_x64.exe_.json';
const DN = '1c444ebeba24dcba8628b7dfe5fec7c6.exe_.json';
const DYN = '0000a65749f5902c4d82ffa701198038f0b4870b00a27cfca109f8f933476d82.json.gz';

const cache = new Map<string, ResultDocument>();
function load(name: string): ResultDocument {
  let d = cache.get(name);
  if (!d) {
    const b = readFileSync(join(testdata('testfiles', 'rd'), name));
    d = parseResultDocument((name.endsWith('.gz') ? gunzipSync(b) : b).toString('utf8'));
    cache.set(name, d);
  }
  return d;
}

const lines = (s: string): string[] => s.split('\n').map((l) => l.trimEnd());

/** The boxed tables of a default report: [header cells, body first-column cells, width]. */
function tables(text: string): { head: string[]; rows: string[][]; width: number }[] {
  const out: { head: string[]; rows: string[][]; width: number }[] = [];
  let cur: { head: string[]; rows: string[][]; width: number } | null = null;
  for (const l of text.split('\n')) {
    if (l.startsWith('┏') || l.startsWith('┌')) {
      cur = { head: [], rows: [], width: cellLen(l) };
      out.push(cur);
    } else if (cur && (l.startsWith('┃') || l.startsWith('│'))) {
      assert.equal(cellLen(l), cur.width, `ragged table line: ${l}`);
      const cells = l.slice(1, -1).split(/[┃│]/).map((c) => c.trim());
      if (l.startsWith('┃')) cur.head = cells;
      else cur.rows.push(cells);
    }
  }
  return out;
}

test('table: widths follow rich (checked against published capa output)', () => {
  // capa 9 on PMA Lab 01-01.exe: ATT&CK columns 36/61, capability columns 48/49, total 100
  const attack = renderBoxTable(
    { headers: ['ATT&CK Tactic'.padEnd(20), 'ATT&CK Technique'], rows: [['DISCOVERY', 'File and Directory Discovery [T1083]']], minWidth: 100 },
    false,
  );
  assert.equal(attack[0], '┏' + '━'.repeat(36) + '┳' + '━'.repeat(61) + '┓');
  assert.equal(attack[1], '┃ ATT&CK Tactic' + ' '.repeat(22) + '┃ ATT&CK Technique' + ' '.repeat(44) + '┃');
  assert.equal(attack[2], '┡' + '━'.repeat(36) + '╇' + '━'.repeat(61) + '┩');
  assert.equal(attack[4], '└' + '─'.repeat(36) + '┴' + '─'.repeat(61) + '┘');
  const caps = renderBoxTable(
    {
      headers: ['Capability'.padEnd(20), 'Namespace'],
      rows: [
        ['copy file', 'host-interaction/file-system/copy'],
        ['enumerate files recursively', 'host-interaction/file-system/files/list'],
        ['resolve function by parsing PE exports', 'load-code/pe'],
      ],
      minWidth: 100,
    },
    false,
  );
  assert.equal(caps[0], '┏' + '━'.repeat(48) + '┳' + '━'.repeat(49) + '┓');
  // a table wider than the minimum keeps its natural widths; no header → square box
  const meta = renderBoxTable({ rows: [['md5', 'x'.repeat(120)]], minWidth: 100 }, false);
  assert.equal(meta[0], '┌─────┬' + '─'.repeat(122) + '┐');
  assert.deepEqual(ratioDistribute(21, [10, 66]), [3, 18]);
  assert.deepEqual(ratioDistribute(0, [1, 2]), [0, 0]);
});

test('format helpers: hex, escaping', () => {
  assert.equal(hexInt(0n), '0x0');
  assert.equal(hexInt(0xffffffffffffffffn), '0xFFFFFFFFFFFFFFFF');
  assert.equal(hexInt(-16n), '-0x10');
  assert.equal(escapeString('a"b'), 'a\\"b');
  assert.equal(escapeString("it's"), "it's");
  assert.equal(escapeString('both \' and "'), 'both \' and \\"');
  assert.equal(escapeString('a\tb\r\n\0\x7f'), 'a\\tb\\r\\n\\x00\\x7f');
  assert.equal(escapeString('C:\\x'), 'C:\\\\x');
  // repr picks double quotes here, so capa's `\'` → `'` clean-up eats one backslash
  assert.equal(escapeString("\\'"), "\\'");
  assert.equal(escapeString('é\u00a0\u200b😀'), 'é\\xa0\\u200b😀');
});

test('default: PMA 01-01 DLL capability table hides sub-rule matches', { skip }, () => {
  const doc = load(PMA);
  const text = renderDefault(doc);
  const ts = tables(text);
  assert.equal(ts.length, 3, 'meta, MBC, capabilities (no ATT&CK, no MAEC)');
  for (const t of ts) assert.ok(t.width >= 100);
  assert.deepEqual(ts[0]!.rows[0], ['md5', '290934c61de9176ad682ffdd65f0a669']);
  assert.deepEqual(ts[0]!.rows.map((r) => r[0]), ['md5', 'sha1', 'sha256', 'analysis', 'os', 'format', 'arch', 'path']);
  assert.deepEqual(ts[1]!.head, ['MBC Objective', 'MBC Behavior']);
  assert.deepEqual(ts[2]!.head, ['Capability', 'Namespace']);
  assert.deepEqual(
    ts[2]!.rows.map((r) => r[0]),
    ['receive data', 'send data', 'initialize Winsock library', 'act as TCP client', 'check mutex', 'create mutex', 'create process on Windows'],
  );
  const hidden = findSubruleMatches(doc);
  for (const n of ['create TCP socket', 'connect TCP socket', 'receive data on socket', 'send data on socket']) {
    assert.ok(hidden.has(n), n);
  }
  assert.ok(text.endsWith('┘\n'));
});

test('default: al-khaser tables, counts and hiding are consistent', { skip }, () => {
  const doc = load(AK);
  const ts = tables(renderDefault(doc));
  const heads = ts.map((t) => t.head[0] ?? '');
  assert.deepEqual(heads, ['', 'ATT&CK Tactic', 'MBC Objective', 'Capability']);
  const capRows = ts[3]!.rows;
  const hidden = findSubruleMatches(doc);
  const caps = capabilityRules(doc).filter((r) => !hidden.has(r.meta.name));
  assert.equal(capRows.length, caps.length);
  for (const [i, r] of caps.entries()) {
    const n = r.matches.length;
    assert.equal(capRows[i]![0], n === 1 ? r.meta.name : `${r.meta.name} (${n} matches)`);
    assert.equal(capRows[i]![1], r.meta.namespace ?? '');
  }
  assert.ok(capRows.some((r) => / \(\d+ matches\)$/.test(r[0]!)), 'some rule matched more than once');
  // tactics upper-cased and sorted
  const tactics = ts[1]!.rows.map((r) => r[0]!).filter((x) => x);
  assert.deepEqual(tactics, [...tactics].sort());
  for (const t of tactics) assert.equal(t, t.toUpperCase());
  // no lib / internal rule is listed
  const listed = new Set(capRows.map((r) => r[0]!.replace(/ \(\d+ matches\)$/, '')));
  for (const r of Object.values(doc.rules)) {
    if (r.meta.lib || (r.meta.namespace ?? '').startsWith('internal/')) assert.ok(!listed.has(r.meta.name), r.meta.name);
  }
});

test('default: dynamic document has a MAEC table', { skip }, () => {
  const ts = tables(renderDefault(load(DYN)));
  const maec = ts.find((t) => t.head[0] === 'MAEC Category');
  assert.ok(maec);
  assert.deepEqual(maec.rows, [['malware-category', 'launcher']]);
  assert.deepEqual(ts[0]!.rows[3], ['analysis', 'dynamic']);
});

test('verbose: header grid and per-rule blocks', { skip }, () => {
  const l = lines(renderVerbose(load(PMA)));
  assert.equal(l[0], 'md5                     290934c61de9176ad682ffdd65f0a669');
  assert.ok(l.includes('timestamp               2024-03-02 04:12:18.077282'));
  assert.ok(l.includes('base address            0x10000000'));
  assert.ok(l.includes('function count          2'));
  assert.ok(l.includes('library function count  3'));
  assert.ok(l.includes('total feature count     277'));
  const i = l.indexOf('create TCP socket');
  assert.ok(i > 0, 'sub-rules are not hidden in -v');
  assert.deepEqual(l.slice(i, i + 5), [
    'create TCP socket',
    'namespace  communication/socket/tcp',
    'scope      basic block',
    'matches    0x1000108C',
    '',
  ]);
  const d = lines(renderVerbose(load(DYN)));
  assert.ok(d.includes('process count        17'));
  const j = d.indexOf('send data (6 matches)');
  assert.ok(j > 0);
  assert.equal(d[j + 3], 'scope        thread');
  assert.equal(d[j + 4], 'matches      explorer.exe{pid:1852,tid:2828}');
});

test('vverbose: metadata rows and match trees', { skip }, () => {
  const l = lines(renderVeryVerbose(load(PMA)));
  assert.ok(l.includes('contain loop (library rule)'));
  assert.ok(l.includes('delay execution (2 matches, only showing first match of library rule)'));
  const i = l.indexOf('create TCP socket');
  assert.deepEqual(l.slice(i, i + 13), [
    'create TCP socket',
    'namespace  communication/socket/tcp',
    'author     william.ballenthin@mandiant.com, joakim@intezer.com, anushka.virgaonkar@mandiant.com, michael.hunhoff@mandiant.com',
    'scope      basic block',
    'mbc        Communication::Socket Communication::Create TCP Socket [C0001.011]',
    'basic block @ 0x1000108C in function 0x10001010',
    '  or:',
    '    and:',
    '      number: 0x6 = IPPROTO_TCP @ 0x1000108C',
    '      number: 0x1 = SOCK_STREAM @ 0x1000108E',
    '      number: 0x2 = AF_INET @ 0x10001090',
    '      or:',
    '        api: socket @ 0x10001092',
  ]);
  // a spliced rule match shows the sub-rule's tree beneath it
  const j = l.indexOf('act as TCP client');
  assert.ok(l.slice(j, j + 12).includes('    match: connect TCP socket @ 0x10001010'));
  assert.ok(l.slice(j, j + 12).includes('        match: create TCP socket @ 0x1000108C'));

  const ak = lines(renderVeryVerbose(load(AK)));
  assert.ok(ak.some((x) => /^ +count\(mnemonic\(rdtsc\)\): 2 or more @ 0x[0-9A-F]+, 0x[0-9A-F]+$/.test(x)));
  assert.ok(ak.some((x) => /^ +count\(offset\): 2 @ /.test(x)), 'count(offset(0)) prints without its falsy value');
  assert.ok(ak.some((x) => /, and \d+ more\.\.\.$/.test(x)));
  const rx = ak.indexOf('  regex: /autoruns(\\.exe)?/i');
  assert.ok(rx > 0);
  assert.deepEqual(ak.slice(rx + 1, rx + 3), ['    - "autoruns.exe" @ file+0x3CC28', '    - "autorunsc.exe" @ file+0x3CC48']);
});

test('vverbose: not/optional/some/range display modes', { skip }, () => {
  const doc = parseResultDocument(JSON.stringify({ meta: load(PMA).meta, rules: {} }));
  const A = (value: number) => ({ type: 'absolute', value });
  const leaf = (success: boolean, feature: object, locations: object[] = []) => ({
    success, node: { type: 'feature', feature }, children: [], locations, captures: {},
  });
  const st = (success: boolean, statement: object, children: object[], locations: object[] = []) => ({
    success, node: { type: 'statement', statement }, children, locations, captures: {},
  });
  const tree = st(true, { type: 'and', description: 'top' }, [
    leaf(true, { type: 'api', api: 'CreateFileW' }, [A(0x401005), A(0x401001)]),
    st(true, { type: 'not' }, [st(false, { type: 'or' }, [leaf(false, { type: 'string', string: 'a"b\\c' }), leaf(true, { type: 'mnemonic', mnemonic: 'xor' }, [A(1)])])]),
    st(true, { type: 'optional' }, [leaf(false, { type: 'number', number: 1n })]),
    st(true, { type: 'some', count: 2 }, [
      leaf(true, { type: 'operand number', index: 1, operand_number: 0xffn, description: 'mask' }, [A(2), A(3), A(4), A(5), A(6), A(7)]),
      leaf(true, { type: 'property', access: 'read', property: 'System.IO.FileInfo::Length' }, [A(8)]),
    ]),
    st(true, { type: 'range', min: 0n, max: 3n, child: { type: 'characteristic', characteristic: 'nzxor' } }, [], [A(9)]),
    st(true, { type: 'range', min: 2n, max: (1n << 64n) - 1n, child: { type: 'string', string: 'x', description: 'd' } }, [], [A(10), A(11)]),
    st(true, { type: 'range', min: 1n, max: 5n, child: { type: 'basic block' } }, [], [A(12)]),
    leaf(true, { type: 'os', os: 'windows' }, [A(13)]),
  ]);
  doc.rules['synthetic'] = {
    meta: {
      name: 'synthetic', namespace: 'test/ns', authors: ['me'], scopes: { static: 'function' }, attack: [], mbc: [],
      references: [], examples: [], description: '', lib: false, is_subscope_rule: false, maec: {},
    },
    source: '',
    matches: [[A(0x401000) as never, parseResultDocument(toCompactJson({ rules: { r: { matches: [[{}, tree]] } } })).rules['r']!.matches[0]![1]]],
  };
  const l = lines(renderVeryVerbose(doc));
  const i = l.indexOf('function @ 0x401000');
  assert.deepEqual(l.slice(i, i + 12), [
    'function @ 0x401000',
    '  and: = top',
    '    api: CreateFileW @ 0x401001, 0x401005',
    '    not:',
    '      or:',
    '        string: "a\\"b\\\\c"',
    '    2 or more:',
    '      operand[1].number: 0xFF = mask @ 0x2, 0x3, 0x4, 0x5, and 2 more...',
    '      property/read: System.IO.FileInfo::Length @ 0x8',
    '    count(characteristic(nzxor)): 3 or fewer @ 0x9',
    '    count(string("x" = d)): 2 or more @ 0xA, 0xB',
    '    count(basic block): between 1 and 5 @ 0xC',
  ]);
  assert.equal(l[i + 12], '    os: windows');
  // one match in -v lists its address
  assert.ok(lines(renderVerbose(doc)).includes('matches    0x401000'));
});

test('vverbose: dynamic calls spread over lines', { skip }, () => {
  const l = lines(renderVeryVerbose(load(DYN)));
  const i = l.indexOf('call @ dwm.exe{pid:1224,tid:1660,call:8}');
  assert.ok(i > 0);
  assert.deepEqual(l.slice(i + 1, i + 10), [
    '  NtAllocateVirtualMemory(',
    '    ProcessHandle=0xffffffffffffffff,',
    '    BaseAddress=0x1b9b000,',
    '    RegionSize=0x5000,',
    '    Protection=PAGE_READWRITE,',
    '    StackPivoted="no",',
    '  ) -> 0x0',
    '  or:',
    '    api: NtAllocateVirtualMemory',
  ]);
});

test('renderers: colour only adds ANSI styles', { skip }, () => {
  const doc = load(DN);
  for (const fn of [renderDefault, renderVerbose, renderVeryVerbose]) {
    const plain = fn(doc);
    const colored = fn(doc, { color: true });
    assert.notEqual(colored, plain);
    assert.equal(colored.replace(/\x1b\[[0-9;]*m/g, ''), plain);
  }
});

test('renderers: static documents render in a few ms', { skip }, () => {
  const doc = load(AK);
  renderVeryVerbose(doc);
  const cpu = cpuStopwatch();
  renderDefault(doc);
  renderVerbose(doc);
  renderVeryVerbose(doc);
  process.stdout.write(`# al-khaser default+v+vv: ${cpu().toFixed(1)} ms of CPU (timings: npm run bench)\n`);
});

test('width: rich word wrapping and table narrowing', () => {
  assert.deepEqual(wrapLine('aaa bbb ccc', 7), ['aaa bbb', 'ccc']);
  assert.deepEqual(wrapLine('aaa bbb ccc', 9), ['aaa bbb ', 'ccc']);
  assert.deepEqual(wrapLine('abcdefghij', 4), ['abcd', 'efgh', 'ij']);
  assert.deepEqual(wrapLine('x abcdefghij', 4), ['x ', 'abcd', 'efgh', 'ij']);
  assert.deepEqual(wrapLine('short', 80), ['short']);
  assert.deepEqual(ratioReduce(5, [0, 1], [5, 5], [12, 20]), [12, 15]);
  // rich rounds half to even
  assert.deepEqual(ratioReduce(5, [1, 1], [5, 5], [10, 10]), [8, 7]);
  const t = renderBoxTable({ headers: ['a'.padEnd(20), 'b'], rows: [['x', 'word '.repeat(30).trim()]], minWidth: 100, maxWidth: 80 }, false);
  for (const l of t) assert.equal(cellLen(l), 80, l);
  assert.ok(t.length > 5, 'the long cell wraps over several lines');
});

test('width: -vv grid wraps like capa 9.2.1 on a ~120 column terminal', { skip }, () => {
  // published `capa -vv` output (capa 9.2.1) for the same library rule
  const expected = [
    'delay execution (2 matches, only showing first match of library rule)',
    'author      michael.hunhoff@mandiant.com, @ramen0x3f',
    'scope       basic block',
    'mbc         Anti-Behavioral Analysis::Dynamic Analysis Evasion::Delayed Execution [B0003.003]',
    'references  https://docs.microsoft.com/en-us/windows/win32/sync/wait-functions,',
    '            https://github.com/LordNoteworthy/al-khaser/blob/master/al-khaser/TimingAttacks/timing.cpp',
  ];
  for (const width of [120, 140]) {
    const l = lines(renderVeryVerbose(load(PMA), { width }));
    const i = l.indexOf(expected[0]!);
    assert.deepEqual(l.slice(i, i + expected.length), expected, `width ${width}`);
    for (const x of renderVeryVerbose(load(PMA), { width }).split('\n')) assert.ok(cellLen(x) <= width, x);
  }
  const d = renderDefault(load(AK), { width: 80 });
  for (const x of d.split('\n')) if (x) assert.equal(cellLen(x), 80, x);
  const v = renderVerbose(load(AK), { width: 60 });
  for (const x of v.split('\n')) assert.ok(cellLen(x) <= 60, x);
});
