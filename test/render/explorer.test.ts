// What capa Explorer Web (mandiant/capa web/explorer) checks before it shows a result document,
// applied to the documents we write. Explorer refused every capa-ts document while meta.version
// was capa-ts's own "0.1.0" (issue 11); meta.version now names the capa document version we
// follow, with capa-ts as semver build metadata (src/version.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, requireTestdata, testdata } from '../helpers/testdata.js';
import { analyze, analyzeReport, embeddedRuleFiles, loadRules } from '../../src/index.js';
import { CAPA_DOCUMENT_FORMAT_VERSION, RESULT_DOCUMENT_VERSION, VERSION } from '../../src/version.js';
import { parseResultDocument, serializeResultDocument } from '../../src/render/json.js';
import type { ResultDocument } from '../../src/render/rdoc.js';
import { officialRules } from '../conformance/official.js';
import { schemaIssues, semanticIssues } from './schema.js';

/**
 * Mirrors `checkVersion` in web/explorer/src/composables/useRdocLoader.js: the document is refused
 * when `rdoc.meta.version < MIN_SUPPORTED_VERSION`, where both are strings, so JavaScript compares
 * them code unit by code unit, not as version numbers.
 */
const EXPLORER_MIN_SUPPORTED_VERSION = '7.0.0';
function explorerAcceptsVersion(version: string): boolean {
  return !(version < EXPLORER_MIN_SUPPORTED_VERSION);
}

/** Mirrors `validateRdocSchema` in the same file: the shape Explorer needs before the version check. */
function explorerSchemaProblem(rdoc: unknown): string | undefined {
  const isInvalidObject = (v: unknown): boolean => !v || typeof v !== 'object' || Array.isArray(v);
  if (isInvalidObject(rdoc)) return 'not an object';
  const d = rdoc as { meta?: Record<string, unknown>; rules?: unknown };
  if (isInvalidObject(d.meta)) return 'meta';
  if (d.meta!.version === undefined) return 'meta.version';
  const analysis = d.meta!.analysis as Record<string, unknown> | undefined;
  if (isInvalidObject(analysis)) return 'meta.analysis';
  if (isInvalidObject(analysis!.layout)) return 'meta.analysis.layout';
  if (isInvalidObject(analysis!.feature_counts)) return 'meta.analysis.feature_counts';
  const fc = analysis!.feature_counts as Record<string, unknown>;
  if (fc.functions !== undefined && !Array.isArray(fc.functions)) return 'feature_counts.functions';
  if (fc.processes !== undefined && !Array.isArray(fc.processes)) return 'feature_counts.processes';
  if (isInvalidObject(d.rules)) return 'rules';
  return undefined;
}

// semver 2.0.0's own regular expression (semver.org), anchored
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

test("Explorer's version check is a string comparison: why meta.version starts with capa's version", () => {
  assert.equal(explorerAcceptsVersion('7.0.0'), true);
  assert.equal(explorerAcceptsVersion('7.0.1'), true, 'capa 7.0.1 documents (testfiles/rd) open');
  assert.equal(explorerAcceptsVersion('9.4.0'), true);
  assert.equal(explorerAcceptsVersion('0.1.0'), false, "capa-ts's own version was refused: the failure of issue 11");
  // a later capa 10 document would be refused too: "1" sorts before "7"
  assert.equal('10.0.0' < '7.0.0', true);
  assert.equal(explorerAcceptsVersion('10.0.0'), false);
  // build metadata after the capa version does not change the outcome
  assert.equal(explorerAcceptsVersion('9.4.0+capa-ts.0.1.0'), true);
  assert.equal(explorerAcceptsVersion('6.9.9+capa-ts.9.9.9'), false);
});

test('meta.version: the capa document version we follow, then capa-ts as semver build metadata', () => {
  const m = SEMVER.exec(RESULT_DOCUMENT_VERSION);
  assert.ok(m, `${RESULT_DOCUMENT_VERSION} is semver`);
  assert.equal(`${m[1]}.${m[2]}.${m[3]}`, CAPA_DOCUMENT_FORMAT_VERSION);
  assert.equal(m[4], undefined, 'no pre-release part: it would rank the version below the capa release');
  assert.equal(m[5], `capa-ts.${VERSION}`);
  assert.equal(RESULT_DOCUMENT_VERSION, `${CAPA_DOCUMENT_FORMAT_VERSION}+capa-ts.${VERSION}`);
  assert.ok(explorerAcceptsVersion(RESULT_DOCUMENT_VERSION));
});

function cli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [join(PROJECT_ROOT, 'bin', 'capa-ts.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, CAPA_RULES: '', CAPA_TS_CACHE_DIR: join(tmpdir(), 'capa-ts-test-nocache') },
    maxBuffer: 1 << 28,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the CLI: --version stays capa-ts\'s own, -j writes the document version', () => {
  const v = cli(['--version']);
  assert.equal(v.code, 0);
  assert.equal(v.stdout, `capa-ts ${VERSION}\n`);
  const j = cli(['-j', join(PROJECT_ROOT, 'test', 'bin', 'create-mailslot-server.x86.O2.exe')]);
  assert.equal(j.code, 0, j.stderr);
  const doc = JSON.parse(j.stdout) as { meta: { version: string }; rules: Record<string, unknown> };
  assert.equal(doc.meta.version, RESULT_DOCUMENT_VERSION);
  assert.equal(explorerSchemaProblem(doc), undefined);
  assert.ok(explorerAcceptsVersion(doc.meta.version));
  assert.ok(Object.keys(doc.rules).length > 0, 'the embedded rules find the mailslot server');
});

function assertExplorerOpens(doc: ResultDocument): void {
  const text = serializeResultDocument(doc);
  const raw = JSON.parse(text) as { meta: { version: string } };
  assert.equal(explorerSchemaProblem(raw), undefined);
  assert.equal(raw.meta.version, RESULT_DOCUMENT_VERSION);
  assert.ok(explorerAcceptsVersion(raw.meta.version), `Explorer accepts ${raw.meta.version}`);
  const parsed = parseResultDocument(text);
  assert.deepEqual(schemaIssues(parsed), [], 'our valibot model of capa’s document accepts it');
  assert.deepEqual(semanticIssues(parsed), []);
}

test('a dynamic document (CAPE report fixture) carries the version Explorer accepts', () => {
  const path = join(PROJECT_ROOT, 'test', 'fixtures', 'reports', 'mailslot-cape.json');
  const doc = analyzeReport(new Uint8Array(readFileSync(path)), { rules: loadRules(embeddedRuleFiles()), path });
  assert.equal(doc.meta.flavor, 'dynamic');
  assertExplorerOpens(doc);
});

const skip = requireTestdata('Explorer version of our documents');

test('a static document (PMA 01-01, official rules) carries the version Explorer accepts', { skip }, () => {
  const path = testdata('testfiles', 'Practical Malware Analysis Lab 01-01.dll_');
  const doc = analyze(new Uint8Array(readFileSync(path)), { rules: officialRules(), path });
  assert.equal(doc.meta.flavor, 'static');
  assert.ok(Object.keys(doc.rules).length > 0);
  assertExplorerOpens(doc);
});
