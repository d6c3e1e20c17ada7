// features-dynamic: capa's dynamic feature assertions (capa-tests/features/{cape,drakvuf,vmray}.json,
// §7.1) run against our report extractors. A location `process=(A:B)[,thread=T[,call=C]]` names
// pid A with parent pid B; each case's feature is evaluated against that scope's features ∪ the
// nested scopes' features ∪ the global features. Cases whose report is not in the shared test
// data are reported as skipped, never counted.

import { existsSync, readFileSync } from 'node:fs';
import { evaluate } from '../../src/engine/evaluate.js';
import { addLocated, newFeatureSet, type FeatureSet } from '../../src/engine/featureset.js';
import type { DynamicExtractor, ProcessHandle, ThreadHandle } from '../../src/features/extractor.js';
import { openReportExtractor, type ReportFormat } from '../../src/extractors/dynamic/open.js';
import { testdata } from '../helpers/testdata.js';
import { caseId, fixtureFeatureNode, type StaticCase } from './features-pe.js';
import type { Suite, SuiteResult } from './suite.js';

interface DynLocation {
  kind: 'file' | 'process' | 'thread' | 'call';
  pid?: number;
  ppid?: number;
  tid?: number;
  call?: number;
}

export function parseDynamicLocation(loc: string): DynLocation {
  if (loc === 'file') return { kind: 'file' };
  const m = /^process=\((\d+):(\d+)\)(?:,thread=(\d+)(?:,call=(\d+))?)?$/.exec(loc);
  if (!m) throw new Error(`unsupported location ${loc}`);
  const out: DynLocation = { kind: 'process', pid: Number(m[1]), ppid: Number(m[2]) };
  if (m[3] !== undefined) Object.assign(out, { kind: 'thread', tid: Number(m[3]) });
  if (m[4] !== undefined) Object.assign(out, { kind: 'call', call: Number(m[4]) });
  return out;
}

const v = (h: { address: unknown }): readonly number[] => (h.address as { value: readonly number[] }).value;

function threadInto(x: DynamicExtractor, p: ProcessHandle, t: ThreadHandle, fs: FeatureSet, onlyCall?: number): boolean {
  let found = onlyCall === undefined;
  if (onlyCall === undefined) addLocated(fs, x.threadFeatures(p, t));
  for (const c of x.calls(p, t)) {
    if (onlyCall !== undefined && v(c)[3] !== onlyCall) continue;
    found = true;
    addLocated(fs, x.callFeatures(p, t, c));
  }
  return found;
}

/** features of a location ∪ nested scopes ∪ globals; a string says why it cannot be built */
export function dynamicLocationFeatures(x: DynamicExtractor, loc: DynLocation): FeatureSet | string {
  const fs = newFeatureSet();
  addLocated(fs, x.globalFeatures());
  if (loc.kind === 'file') {
    addLocated(fs, x.fileFeatures());
    return fs;
  }
  let p: ProcessHandle | undefined;
  for (const ph of x.processes()) if (v(ph)[1] === loc.pid && v(ph)[0] === loc.ppid) p = ph;
  if (!p) return `process ${loc.pid} (parent ${loc.ppid}) not found`;
  if (loc.kind === 'process') {
    addLocated(fs, x.processFeatures(p));
    for (const t of x.threads(p)) threadInto(x, p, t, fs);
    return fs;
  }
  let t: ThreadHandle | undefined;
  for (const th of x.threads(p)) if (v(th)[2] === loc.tid) t = th;
  if (!t) return `thread ${loc.tid} not found in process ${loc.pid}`;
  if (!threadInto(x, p, t, fs, loc.kind === 'call' ? loc.call : undefined)) return `call ${loc.call} not found`;
  return fs;
}

const SOURCES: readonly ReportFormat[] = ['cape', 'drakvuf', 'vmray'];

export function runFeaturesDynamic(): SuiteResult {
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  const skipped: string[] = [];
  for (const format of SOURCES) {
    const doc = JSON.parse(readFileSync(testdata('capa-tests', 'features', `${format}.json`), 'utf8')) as {
      files: { key: string; path: string }[];
      features: StaticCase[];
    };
    for (const f of doc.files) {
      const cases = doc.features.filter((c) => c.file === f.key);
      const path = testdata('testfiles', f.path.replace(/^data\//, ''));
      if (!existsSync(path)) {
        skipped.push(`${f.key} (${cases.length} cases): report missing`);
        continue;
      }
      let x: DynamicExtractor;
      try {
        x = openReportExtractor(new Uint8Array(readFileSync(path)), { format, path });
      } catch (e) {
        failed += cases.length;
        failures.push(`${f.key}: cannot open report: ${(e as Error).message}`);
        continue;
      }
      const sets = new Map<string, FeatureSet | string>();
      for (const c of cases) {
        const loc = parseDynamicLocation(c.location);
        let fs = sets.get(c.location);
        if (fs === undefined) sets.set(c.location, (fs = dynamicLocationFeatures(x, loc)));
        let ok: boolean;
        let why = '';
        if (typeof fs === 'string') {
          ok = false;
          why = fs;
        } else {
          const got = evaluate(fixtureFeatureNode(c.feature, 'file'), fs, { shortCircuit: true }).success;
          ok = got === (c.expected ?? true);
          if (!ok) why = `got ${got}`;
        }
        if (ok) passed++;
        else {
          failed++;
          failures.push(`${caseId(c)}: ${why}`);
        }
      }
    }
  }
  const notes = skipped.length ? [`skipped (not counted): ${skipped.join('; ')}`] : [];
  return { name: 'features-dynamic', passed, failed, notes, failures };
}

export const featuresDynamicSuite: Suite = {
  name: 'features-dynamic',
  run: async () => runFeaturesDynamic(),
};
