// The web app in a real browser: built like `npm run build:web` (with the official rules), served
// on 127.0.0.1, driven in headless Chromium through the page's own file inputs. The page's result
// document ("Download JSON") must equal the CLI's for the same file and rules; bad input must give
// one clear message; and no request may leave the page's origin, nor any be made after start-up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { launchChromium, requireChromium } from '../helpers/chromium.js';
import { buildWebApp } from '../../src/cli/web-build.js';
import { startWebServer } from '../../src/cli/web.js';
import { parseResultDocument } from '../../src/render/json.js';
import type { ResultDocument } from '../../src/render/rdoc.js';

const run = promisify(execFile);
const SUITE = 'web app in headless Chromium';
const skip = requireTestdata(SUITE) || requireChromium(SUITE);

/** where the screenshots of the result view are kept (a test artifact) */
export const ARTIFACTS = join(PROJECT_ROOT, 'dist', 'test-artifacts');

const PMA = 'Practical Malware Analysis Lab 01-01.dll_';
/** FLIRT signatures bundled into the page and given to the CLI ($CAPA_SIGNATURES) */
const SIGNATURES = testdata('capa-sigs', '3_flare_common_libs.sig');
/** a PE in which those signatures identify a library function (capa 9.4: _Curl_hash_clean at 0x403864) */
const PMA_16_01 = 'Practical Malware Analysis Lab 16-01.exe_';
const LOGPOS = 'af13e7583ed1b27c4ae219e344a37e2b.exe_';
const DOTNET = 'dotnet/1c444ebeba24dcba8628b7dfe5fec7c6.exe_';
const CAPE = 'dynamic/cape/v2.2/0000a65749f5902c4d82ffa701198038f0b4870b00a27cfca109f8f933476d82.json.gz';
const SHELLCODE = '499c2a85f6e8142c3f48d4251c9c7cd6.raw32';
const PACKED = '068a76d4823419b376d418cf03215d5c.exe_';
const LARGE = 'mimikatz.exe_';

/** The parts of a result document that depend on the run, not the analysis. */
function comparable(json: string): ResultDocument {
  const doc = parseResultDocument(json);
  const meta = doc.meta as { timestamp: string; argv?: string[]; sample: { path: string }; analysis: { rules: string[] } };
  meta.timestamp = '';
  delete meta.argv;
  meta.sample.path = '';
  meta.analysis.rules = [];
  return doc;
}

/** `capa-ts -j` on the file, with the embedded pack plus the official rules (as the page has). */
async function cliJson(cacheDir: string, file: string, args: string[] = []): Promise<string> {
  const { stdout } = await run(process.execPath, [join(PROJECT_ROOT, 'bin', 'capa-ts.js'), '-j', ...args, file], {
    env: { ...process.env, CAPA_RULES: testdata('capa-rules'), CAPA_SIGNATURES: SIGNATURES, CAPA_TS_CACHE_DIR: cacheDir },
    maxBuffer: 512 * 1024 * 1024,
  });
  return stdout;
}

/** numbers as the page groups them (thin spaces) */
const grouped = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f');

async function finishedCount(page: Page): Promise<number> {
  return Number((await page.getAttribute('body', 'data-analyses')) ?? '0');
}

/** Picks the file through the page's file input and waits for the analysis to end. */
async function analyseInPage(page: Page, file: string, format = 'auto'): Promise<string> {
  const before = await finishedCount(page);
  await page.selectOption('#format', format);
  await page.setInputFiles('#file-input', file);
  await page.waitForSelector(`body[data-analyses="${before + 1}"]`, { state: 'attached', timeout: 300_000 });
  return (await page.getAttribute('body', 'data-state')) ?? '';
}

async function downloadedJson(page: Page, button: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return readFileSync(await download.path(), 'utf8');
}

async function problemTitle(page: Page): Promise<string> {
  return (await page.textContent('#problem-title')) ?? '';
}

function assertSameAnalysis(pageJson: string, cli: string, what: string): void {
  const a = comparable(pageJson);
  const b = comparable(cli);
  assert.deepEqual(Object.keys(a.rules).sort(), Object.keys(b.rules).sort(), `${what}: the page and the CLI match different rules`);
  for (const name of Object.keys(b.rules)) {
    assert.deepEqual(
      a.rules[name]!.matches.map(([addr]) => addr),
      b.rules[name]!.matches.map(([addr]) => addr),
      `${what}: ${name} matches at other addresses`,
    );
  }
  assert.deepEqual(a, b, `${what}: the result documents differ`);
}

test(SUITE, { skip, timeout: 30 * 60_000 }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'capa-ts-web-test-'));
  const cacheDir = join(work, 'cache');
  const built = await buildWebApp({ outDir: join(work, 'web'), officialRules: testdata('capa-rules'), signatures: [SIGNATURES] });
  const server = await startWebServer({ root: built.outDir, port: 0 });
  const origin = new URL(server.url).origin;
  const browser = await launchChromium();
  const requests: { url: string; afterStart: boolean }[] = [];
  let started = false;
  browser.context.on('request', (r) => requests.push({ url: r.url(), afterStart: started }));
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  mkdirSync(ARTIFACTS, { recursive: true });

  try {
    await t.test('the page starts with the capa-ts pack and the official rules', async () => {
      await page.goto(server.url);
      await page.waitForSelector('body[data-state="ready"]', { state: 'attached', timeout: 120_000 });
      started = true;
      const status = (await page.textContent('#status')) ?? '';
      assert.match(status.replace(/\s/g, ''), new RegExp(`^${built.ruleCount}rulesready`));
      assert.ok(built.ruleCount > 1000, `only ${built.ruleCount} rules bundled`);
    });

    const cases: [string, string, string?][] = [
      ['PMA 01-01 dll', testdata('testfiles', PMA)],
      ['PMA 16-01 exe (a FLIRT library function)', testdata('testfiles', PMA_16_01)],
      ['LogPOS af13e758', testdata('testfiles', LOGPOS)],
      ['.NET sample', testdata('testfiles', DOTNET)],
      ['CAPE report', testdata('testfiles', CAPE)],
      ['VMRay report', join(PROJECT_ROOT, 'test', 'fixtures', 'reports', 'vmray-mailslot.zip')],
      ['32-bit shellcode', testdata('testfiles', SHELLCODE), 'sc32'],
    ];
    for (const [label, file, format] of cases) {
      await t.test(`${label}: the page's result document equals the CLI's`, async () => {
        const [state, cli] = await Promise.all([analyseInPage(page, file, format), cliJson(cacheDir, file, format ? ['-f', format] : [])]);
        assert.equal(state, 'results', state === 'problem' ? await problemTitle(page) : state);
        const pageJson = await downloadedJson(page, '#download-json');
        assertSameAnalysis(pageJson, cli, label);
        if (file.endsWith(PMA_16_01)) {
          const lf = (JSON.parse(pageJson) as { meta: { analysis: { library_functions: Array<{ name: string }> } } }).meta.analysis.library_functions;
          assert.deepEqual(lf.map((l) => l.name), ['_Curl_hash_clean'], 'the bundled signatures identify the library function');
        }
        const shown = await page.$$eval('#capabilities tbody tr.capability', (rows) => rows.length);
        assert.ok(shown > 0, 'no capability rows shown');
      });
      if (file.endsWith(LOGPOS)) {
        await t.test('the result view: filter, a capability with its match tree, a screenshot', async () => {
          await page.fill('#filter', 'mailslot');
          const names = await page.$$eval('#capabilities tbody tr.capability td.name', (tds) => tds.map((td) => td.textContent ?? ''));
          assert.ok(names.length > 0 && names.every((n) => n.includes('mailslot')), `filter kept ${names.join(', ')}`);
          await page.click('#capabilities tbody tr.capability[data-rule="create mailslot"]');
          await page.waitForSelector('tr.detail .tree li', { state: 'visible' });
          const tree = (await page.textContent('tr.detail .tree')) ?? '';
          assert.match(tree, /api: CreateMailslot/, 'the match tree shows the API the rule matched');
          await page.fill('#filter', '');
          await page.screenshot({ path: join(ARTIFACTS, 'web-results.png') });
          await page.screenshot({ path: join(ARTIFACTS, 'web-results-full.png'), fullPage: true });
          t.diagnostic(`screenshots: ${join(ARTIFACTS, 'web-results.png')} (and -full.png)`);
        });
      }
    }

    await t.test('a packed sample: the file-limitation message, then the results on request', async () => {
      const file = testdata('testfiles', PACKED);
      const [state, cli] = await Promise.all([analyseInPage(page, file), cliJson(cacheDir, file)]);
      assert.equal(state, 'problem');
      assert.equal(await problemTitle(page), 'capa would not report on this file');
      assert.match((await page.textContent('#problem-message')) ?? '', /pack/i);
      await page.click('#show-anyway');
      assert.equal(await page.getAttribute('body', 'data-state'), 'results');
      assertSameAnalysis(await downloadedJson(page, '#download-json'), cli, 'packed sample');
    });

    await t.test('a text file: one clear message', async () => {
      const file = join(work, 'notes.txt');
      writeFileSync(file, 'Meeting notes\n\n- look at the sample on Monday\n- ask about the C2 domain\n');
      assert.equal(await analyseInPage(page, file), 'problem');
      assert.equal(await problemTitle(page), 'This is a text file, not a program');
      assert.match((await page.textContent('#problem-message')) ?? '', /PE, ELF and \.NET executables/);
    });

    await t.test('an unsupported architecture and a truncated file: one clear message each', async () => {
      const pe = readFileSync(testdata('testfiles', PMA));
      const at = pe.readUInt32LE(0x3c);
      const arm = Buffer.from(pe);
      arm.writeUInt16LE(0x1c4, at + 4); // IMAGE_FILE_MACHINE_ARMNT
      writeFileSync(join(work, 'arm.dll'), arm);
      writeFileSync(join(work, 'truncated.dll'), pe.subarray(0, at + 30));
      assert.equal(await analyseInPage(page, join(work, 'arm.dll')), 'problem');
      assert.equal(await problemTitle(page), 'Unsupported architecture');
      assert.match((await page.textContent('#problem')) ?? '', /unsupported PE machine 0x1c4/);
      assert.equal(await analyseInPage(page, join(work, 'truncated.dll')), 'problem');
      assert.equal(await problemTitle(page), 'Corrupt or truncated file');
    });

    await t.test('an analysis can be cancelled, and the next one runs', async () => {
      const before = await finishedCount(page);
      await page.selectOption('#format', 'auto');
      await page.setInputFiles('#file-input', testdata('testfiles', LARGE));
      await page.waitForSelector('body[data-state="analysing"]', { state: 'attached' });
      await page.click('#cancel');
      await page.waitForSelector(`body[data-analyses="${before + 1}"]`, { state: 'attached' });
      assert.equal(await problemTitle(page), 'Analysis cancelled');
      assert.equal(await analyseInPage(page, testdata('testfiles', PMA)), 'results');
    });

    await t.test('user rules from a .zip (GitHub archive layout) take the place of the bundled official rules', async () => {
      const root = testdata('capa-rules');
      const entries: Record<string, Uint8Array> = {};
      const walk = (dir: string): void => {
        for (const name of readdirSync(dir)) {
          const p = join(dir, name);
          if (statSync(p).isDirectory()) walk(p);
          else entries[`capa-rules-master/${relative(root, p).split('\\').join('/')}`] = readFileSync(p);
        }
      };
      walk(root);
      // what GitHub's archive also holds: CI workflows (YAML, not rules) must be skipped
      entries['capa-rules-master/.github/workflows/tests.yml'] = new TextEncoder().encode('name: tests\non: [push]\n');
      const zip = join(work, 'capa-rules-master.zip');
      writeFileSync(zip, zipSync(entries, { level: 1 }));

      await page.click('#rules-panel > summary');
      await page.setInputFiles('#rules-zip', zip);
      await page.waitForSelector('#remove-user-rules', { state: 'attached', timeout: 300_000 });
      const note = (await page.textContent('#rules-note')) ?? '';
      assert.match(note, /They replace the bundled rules of the same name/);
      const officialFiles = grouped(built.sources.find((x) => x.id === 'capa-rules')!.files);
      assert.ok(((await page.textContent('[data-files="capa-rules"]')) ?? '').startsWith(`0 of ${officialFiles} files in use`));
      await page.keyboard.press('Escape');
      assert.equal(await page.isVisible('#rule-sources'), false, 'Escape closes the rules panel');

      const file = testdata('testfiles', LOGPOS);
      const [state, cli] = await Promise.all([analyseInPage(page, file), cliJson(cacheDir, file)]);
      assert.equal(state, 'results');
      const json = await downloadedJson(page, '#download-json');
      assertSameAnalysis(json, cli, 'LogPOS with the rules from the .zip');
      assert.deepEqual(parseResultDocument(json).meta.analysis.rules, ['(embedded capa-ts rule pack)', 'capa-rules-master.zip']);

      await page.click('#rules-panel > summary');
      await page.click('#remove-user-rules');
      await page.waitForSelector('#remove-user-rules', { state: 'detached', timeout: 120_000 });
      assert.ok(((await page.textContent('[data-files="capa-rules"]')) ?? '').startsWith(`${officialFiles} files · bundled`));
      await page.click('#status');
      assert.equal(await page.isVisible('#rule-sources'), false, 'a click elsewhere closes the rules panel');
    });

    await t.test('a rules folder with a broken rule: the error names the file, the rules in use stay', async () => {
      const dir = join(work, 'my-rules');
      mkdirSync(join(dir, 'host'), { recursive: true });
      writeFileSync(join(dir, 'host', 'broken.yml'), 'rule:\n  meta:\n    name: broken rule\n    scopes:\n      static: function\n  features:\n    - and:\n      - apii: CreateFileA\n');
      await page.click('#rules-panel > summary');
      await page.setInputFiles('#rules-folder', dir);
      await page.waitForSelector('#rules-note.error', { state: 'attached', timeout: 120_000 });
      const note = (await page.textContent('#rules-note')) ?? '';
      assert.match(note, /^Invalid rule: my-rules\/host\/broken\.yml/);
      assert.equal(await page.isChecked('input[data-source="capa-rules"]'), true);
      await page.keyboard.press('Escape');
      assert.equal(await analyseInPage(page, testdata('testfiles', PMA)), 'results');
    });

    await t.test('each analysis ran in a worker that was ended after it: one spare worker is left', async () => {
      const deadline = Date.now() + 30_000;
      while (page.workers().length !== 1 && Date.now() < deadline) await page.waitForTimeout(200);
      assert.equal(page.workers().length, 1, `${page.workers().length} workers alive after ${await finishedCount(page)} analyses`);
    });

    await t.test('no request leaves the origin, and none is made after start-up', async () => {
      const foreign = requests.filter((r) => !r.url.startsWith(origin + '/') && !r.url.startsWith('blob:') && !r.url.startsWith('data:'));
      assert.deepEqual(foreign, []);
      const late = requests.filter((r) => r.afterStart && !r.url.startsWith('blob:'));
      assert.deepEqual(late, [], 'network requests after the page was ready');
      assert.deepEqual(pageErrors, []);
    });
  } finally {
    await browser.close();
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});
