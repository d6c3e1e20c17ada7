// Conformance: capa's ELF OS-detection fixture (tests/fixtures/elf/os-detection.json). Each sample
// contributes one case per heuristic (expected value or "no guess") plus one for the combined
// detection, as capa's test_os_detection.py does. Missing samples are skipped, never passed.

import { existsSync, readFileSync } from 'node:fs';
import { OS_HEURISTICS, capaElfView, detectElfOsFromBytes, runOsHeuristic, type OsHeuristic } from '../../src/formats/elf/os.js';
import { testdata } from '../helpers/testdata.js';
import type { Suite, SuiteResult } from './suite.js';

interface Fixture {
  path: string;
  os: string;
  algorithms?: Record<string, string>;
}

export function runElfOs(): SuiteResult {
  const fixtures = JSON.parse(readFileSync(testdata('capa-tests', 'elf', 'os-detection.json'), 'utf8')) as Fixture[];
  let passed = 0;
  let failed = 0;
  const failures: string[] = [];
  const skipped: string[] = [];
  for (const fx of fixtures) {
    const file = testdata('testfiles', fx.path);
    if (!existsSync(file)) {
      skipped.push(fx.path);
      continue;
    }
    const bytes = new Uint8Array(readFileSync(file));
    const view = capaElfView(bytes);
    for (const name of Object.keys(OS_HEURISTICS) as OsHeuristic[]) {
      const expected = fx.algorithms?.[name];
      const got = view ? runOsHeuristic(name, view) : undefined;
      if (got === expected) passed++;
      else {
        failed++;
        failures.push(`${fx.path.slice(0, 8)} ${name}: expected ${expected ?? 'none'}, got ${got ?? 'none'}`);
      }
    }
    const os = detectElfOsFromBytes(bytes) ?? 'unknown';
    if (os === fx.os) passed++;
    else {
      failed++;
      failures.push(`${fx.path.slice(0, 8)} detect: expected ${fx.os}, got ${os}`);
    }
  }
  const notes = skipped.length
    ? [`skipped ${skipped.length} sample(s) not in testfiles (${skipped.length * 12} cases): ${skipped.map((s) => s.slice(0, 12)).join(', ')}`]
    : [];
  return { name: 'elf-os', passed, failed, notes, failures };
}

export const elfOsSuite: Suite = {
  name: 'elf-os',
  run: async () => runElfOs(),
};
