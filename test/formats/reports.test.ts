// Sandbox report readers: CAPE JSON (+gzip), DRAKVUF JSON lines, VMRay archives (encrypted
// entries), format detection, and malformed input → ReportError with the right code, never a crash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { zipSync, strToU8 } from 'fflate';
import { readCapeReport } from '../../src/formats/reports/cape.js';
import { readDrakvufReport } from '../../src/formats/reports/drakvuf.js';
import { readVmrayArchive } from '../../src/formats/reports/vmray.js';
import { detectReportFormat } from '../../src/formats/reports/detect.js';
import { ReportError, type ReportErrorCode } from '../../src/formats/reports/errors.js';
import { pyIntAuto, hexInt } from '../../src/formats/reports/shape.js';
import { PROJECT_ROOT } from '../helpers/testdata.js';

const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(PROJECT_ROOT, 'test', 'fixtures', 'reports', name)));
const capeJson = (): Record<string, any> => JSON.parse(new TextDecoder().decode(fixture('mailslot-cape.json')));
const enc = (o: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(o));

function rejects(fn: () => unknown, code: ReportErrorCode, msg?: RegExp): void {
  assert.throws(fn, (e: unknown) => {
    assert.ok(e instanceof ReportError, `expected ReportError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    if (msg) assert.match(e.message, msg);
    return true;
  });
}

test('Python int parsing as capa models use it', () => {
  assert.equal(pyIntAuto('0x801'), 0x801n);
  assert.equal(pyIntAuto('12'), 12n);
  assert.equal(pyIntAuto(' -0x10 '), -16n);
  assert.equal(pyIntAuto('0'), 0n);
  assert.equal(pyIntAuto('1_000'), 1000n);
  assert.equal(pyIntAuto('010'), undefined); // no leading zeros with base 0
  assert.equal(pyIntAuto('0x667e2beb40:"api-ms-win"'), undefined);
  assert.equal(hexInt('0xffffffff'), 0xffffffffn);
  assert.equal(hexInt('30'), 30n);
  assert.equal(hexInt('0X1A'), undefined); // only a lower-case 0x selects base 16
  assert.equal(hexInt('abc'), undefined);
});

test('CAPE: compact model with capa typing (numeric strings → ints, [] → no value)', () => {
  const r = readCapeReport(fixture('mailslot-cape.json'));
  assert.equal(r.version, '2.4-CAPE');
  assert.equal(r.hashes.md5, '0123456789abcdef0123456789abcdef');
  assert.equal(r.imageBase, 0x400000);
  assert.deepEqual(r.imports.map((i) => i.name), ['CreateMailslotA', 'CreateFileA', 'WriteFile']); // unnamed skipped
  const p = r.processes[0]!;
  assert.deepEqual([p.pid, p.ppid, p.threads], [2740, 2456, [1200, 1204]]);
  const mailslot = p.calls[1]!;
  assert.equal(mailslot.api, 'CreateMailslotA');
  assert.deepEqual(mailslot.arguments.map((a) => a.value), ['\\\\.\\mailslot\\LogCC', 0n, 0xffffffffn]);
  assert.equal(mailslot.arguments[2]!.prettyValue, 'MAILSLOT_WAIT_FOREVER');
  assert.equal(p.calls[3]!.arguments[4]!.value, null);
  assert.deepEqual(p.environ, ['user', '"C:\\Users\\user\\mailslot.exe"', '']);
  // gzip-compressed: same model
  assert.deepEqual(readCapeReport(new Uint8Array(gzipSync(fixture('mailslot-cape.json')))), r);
});

test('CAPE: malformed reports are typed errors', () => {
  const gz = new Uint8Array(gzipSync(fixture('mailslot-cape.json')));
  rejects(() => readCapeReport(gz.subarray(0, gz.length - 40)), 'invalid-report', /truncated|corrupt/);
  rejects(() => readCapeReport(gz.subarray(0, 12)), 'invalid-report');
  const flipped = gz.slice();
  flipped[30] ^= 0xff;
  rejects(() => readCapeReport(flipped), 'invalid-report');
  rejects(() => readCapeReport(new TextEncoder().encode('{"target": ')), 'invalid-report', /JSON/);
  rejects(() => readCapeReport(new Uint8Array(0)), 'invalid-report');
  rejects(() => readCapeReport(enc([1, 2])), 'invalid-report');
  rejects(() => readCapeReport(enc({ hello: 1 })), 'unsupported-report');

  const wrongPid = capeJson();
  wrongPid.behavior.processes[0].process_id = { pid: 1 };
  rejects(() => readCapeReport(enc(wrongPid)), 'invalid-report', /process_id/);
  const wrongArg = capeJson();
  wrongArg.behavior.processes[0].calls[1].arguments[0].value = { x: 1 };
  rejects(() => readCapeReport(enc(wrongArg)), 'invalid-report', /arguments\[0\]\.value/);
  const noCalls = capeJson();
  delete noCalls.behavior.processes[0].calls;
  rejects(() => readCapeReport(enc(noCalls)), 'invalid-report', /calls/);
  const noSummary = capeJson();
  delete noSummary.behavior.summary;
  rejects(() => readCapeReport(enc(noSummary)), 'invalid-report', /summary/);
  const noStatic = capeJson();
  delete noStatic.static;
  rejects(() => readCapeReport(enc(noStatic)), 'unsupported-report', /static/);
  const empty = capeJson();
  empty.behavior.processes = [];
  rejects(() => readCapeReport(enc(empty)), 'empty-report');
  // 2.4 reports from capesandbox.com: PE analysis under target.file.pe
  const moved = capeJson();
  moved.target.file.pe = moved.static.pe;
  delete moved.static;
  assert.equal(readCapeReport(enc(moved)).imageBase, 0x400000);
});

const DRAK = [
  '{"Plugin": "syscall", "TimeStamp": "100.2", "PID": 10, "PPID": 4, "TID": 11, "UserName": "S", "UserId": 1, "ProcessName": "a.exe", "Method": "NtClose", "EventUID": "0x1", "Module": "nt", "vCPU": 0, "CR3": "0x1", "Syscall": 15, "NArgs": 1, "Handle": "0x44"}',
  'this line is broken {',
  '{"Plugin": "apimon", "Event": "api_called", "TimeStamp": "100.1", "PID": 10, "PPID": 4, "TID": 11, "ProcessName": "a.exe", "Method": "CreateFileW", "ReturnValue": "0x44", "Arguments": ["Arg0=0x1f:\\"C:\\\\x\\"", "Arg1=0x80000000", "Arg1=7"]}',
  '{"Plugin": "apimon", "Event": "dll_loaded", "DllName": "\\\\Windows\\\\System32\\\\kernel32.dll", "Rva": {"CreateFileW": 4096}}',
  '',
].join('\n');

test('DRAKVUF: JSON lines, broken lines skipped, gzip streamed', () => {
  const r = readDrakvufReport(new TextEncoder().encode(DRAK));
  assert.equal(r.calls.length, 2);
  assert.equal(r.calls[0]!.kind, 'syscall'); // syscalls first, as capa chains them
  assert.deepEqual(r.calls[0]!.arguments, [['Handle', '0x44']]);
  assert.deepEqual(r.calls[1]!.arguments, [['Arg0', '0x1f:"C:\\x"'], ['Arg1', '7']]); // later duplicate wins
  assert.deepEqual(r.loadedDlls[0]!.imports, [['CreateFileW', 4096]]);
  assert.deepEqual(readDrakvufReport(new Uint8Array(gzipSync(DRAK))), r);
});

test('DRAKVUF: malformed logs are typed errors', () => {
  const gz = new Uint8Array(gzipSync(DRAK));
  rejects(() => readDrakvufReport(gz.subarray(0, gz.length - 10)), 'invalid-report');
  rejects(() => readDrakvufReport(new TextEncoder().encode('not json\n\n')), 'empty-report');
  const noRet = '{"Plugin": "apimon", "Event": "api_called", "TimeStamp": "1", "PID": 1, "PPID": 1, "TID": 1, "ProcessName": "a", "Method": "X", "Arguments": []}';
  rejects(() => readDrakvufReport(new TextEncoder().encode(noRet)), 'invalid-report', /ReturnValue/);
  const badPid = '{"Plugin": "syscall", "TimeStamp": "1", "PID": "x", "PPID": 1, "TID": 1, "ProcessName": "a", "Method": "X", "Module": "nt", "Syscall": 1, "NArgs": 0}';
  rejects(() => readDrakvufReport(new TextEncoder().encode(badPid)), 'invalid-report', /PID/);
  const badArg = '{"Plugin": "apimon", "Event": "api_called", "TimeStamp": "1", "PID": 1, "PPID": 1, "TID": 1, "ProcessName": "a", "Method": "X", "ReturnValue": "0", "Arguments": ["noequals"]}';
  rejects(() => readDrakvufReport(new TextEncoder().encode(badArg)), 'invalid-report', /Arguments/);
});

test('VMRay: encrypted archive, flog.xml calls, summary_v2 processes and static data', () => {
  const a = readVmrayArchive(fixture('vmray-mailslot.zip'));
  assert.equal(a.staticFormat, 'pe');
  assert.equal(a.baseAddress, 0x400000);
  assert.deepEqual([...a.imports.values()], [['KERNEL32.dll', 'CreateMailslotW']]);
  assert.deepEqual(a.processes.map((p) => [p.pid, p.ppid, p.monitorId]), [[3000, 0, 1], [3004, 3000, 2]]);
  const call = a.calls.get(1)!.get(1)![0]!;
  assert.equal(call.id, 5);
  assert.equal(call.paramsIn![0]!.deref!.value, '\\\\\\\\.\\\\mailslot\\\\LogCC'); // as stored: doubled backslashes
  const sys = a.calls.get(2)!.get(2)![0]!;
  assert.equal(sys.name, 'write'); // sys_ prefix dropped
  assert.equal(sys.paramsIn, undefined); // empty <in/>
});

test('VMRay: malformed archives are typed errors', () => {
  const zip = fixture('vmray-mailslot.zip');
  rejects(() => readVmrayArchive(zip.subarray(0, zip.length - 30)), 'invalid-report');
  const corrupt = zip.slice();
  corrupt[80] ^= 0x55; // inside the first (encrypted) entry
  rejects(() => readVmrayArchive(corrupt), 'invalid-report');
  const files = (flog: string, sv2: unknown): Uint8Array =>
    zipSync({ 'logs/summary_v2.json': strToU8(JSON.stringify(sv2)), 'logs/flog.xml': strToU8(flog) });
  const sv2 = {
    analysis_metadata: { sample_type: 'Windows Exe (x86-64)' },
    files: { f: { hash_values: { md5: 'a', sha1: 'b', sha256: 'c' }, is_sample: true } },
  };
  const ok = '<analysis log_version="2"><fncall fncall_id="1" process_id="1" thread_id="1" name="A"/></analysis>';
  assert.equal(readVmrayArchive(files(ok, sv2)).staticFormat, undefined); // no static data: still usable
  rejects(() => readVmrayArchive(files('<analysis log_version="2"><fncall', sv2)), 'invalid-report');
  rejects(() => readVmrayArchive(files('<analysis log_version="2"><monitor_thread thread_id="x"/></analysis>', sv2)), 'invalid-report');
  rejects(() => readVmrayArchive(files('<analysis log_version="1"></analysis>', sv2)), 'unsupported-report');
  rejects(() => readVmrayArchive(files(ok, { files: {} })), 'invalid-report', /analysis_metadata/);
  rejects(() => readVmrayArchive(files(ok, { ...sv2, files: {} })), 'unsupported-report', /sample/);
  rejects(() => readVmrayArchive(zipSync({ 'a.txt': strToU8('x') })), 'unsupported-report');
  rejects(() => readVmrayArchive(new TextEncoder().encode('PK not really')), 'invalid-report');
});

test('report format detection by name and content, like capa', () => {
  const cape = fixture('mailslot-cape.json');
  assert.equal(detectReportFormat(cape, 'x.json'), 'cape');
  assert.equal(detectReportFormat(new Uint8Array(gzipSync(cape)), 'x.json.gz'), 'cape');
  assert.equal(detectReportFormat(cape), 'cape');
  const drak = new TextEncoder().encode(DRAK);
  assert.equal(detectReportFormat(drak, 'x.log'), 'drakvuf');
  assert.equal(detectReportFormat(new Uint8Array(gzipSync(drak)), 'x.log.gz'), 'drakvuf');
  assert.equal(detectReportFormat(drak), 'drakvuf');
  assert.equal(detectReportFormat(fixture('vmray-mailslot.zip'), 'a.zip'), 'vmray');
  assert.equal(detectReportFormat(fixture('vmray-mailslot.zip')), 'vmray');
  assert.equal(detectReportFormat(zipSync({ 'a.txt': strToU8('x') }), 'a.zip'), undefined);
  assert.equal(detectReportFormat(new TextEncoder().encode('{"a": 1}'), 'x.log'), undefined);
  assert.equal(detectReportFormat(new TextEncoder().encode('{"meta": {}, "rules": {}}'), 'result.json'), undefined);
  // CAPE's top-level keys after a large first value: found by scanning the whole document
  const late = { padding: 'x'.repeat(100_000), ...capeJson() };
  assert.equal(detectReportFormat(new Uint8Array(gzipSync(enc(late))), 'late.json.gz'), 'cape');
  assert.equal(detectReportFormat(new Uint8Array([0x4d, 0x5a, 0x90, 0])), undefined);
});

test('mutated and truncated reports: a ReportError or a usable extractor, never another exception', async () => {
  const { openReportExtractor } = await import('../../src/extractors/dynamic/open.js');
  const inputs: [string, 'cape' | 'drakvuf' | 'vmray', Uint8Array][] = [
    ['cape', 'cape', fixture('mailslot-cape.json')],
    ['cape.gz', 'cape', new Uint8Array(gzipSync(fixture('mailslot-cape.json')))],
    ['drakvuf', 'drakvuf', new TextEncoder().encode(DRAK)],
    ['vmray', 'vmray', fixture('vmray-mailslot.zip')],
  ];
  let seed = 7;
  const rnd = (n: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  for (const [name, format, base] of inputs) {
    for (let i = 0; i < 400; i++) {
      let b = base.slice();
      if (rnd(4) === 0) b = b.subarray(0, rnd(b.length));
      else for (let j = 0; j <= rnd(4); j++) b[rnd(b.length)] = rnd(256);
      try {
        const x = openReportExtractor(b, { format });
        for (const _ of x.fileFeatures());
        for (const p of x.processes()) {
          x.processName(p);
          for (const _ of x.processFeatures(p));
          for (const t of x.threads(p)) {
            for (const c of x.calls(p, t)) {
              x.callName(p, t, c);
              for (const _ of x.callFeatures(p, t, c));
            }
          }
        }
      } catch (e) {
        assert.ok(e instanceof ReportError, `${name} #${i}: ${String(e)}`);
      }
    }
  }
});
