// snapshot-elf: our ELF backend against capa's freeze feature dump (§7.3) of 7351f8a4….elf_
// (amd64 Linux executable, statically linked). Same comparison as snapshot-pe (its
// compareExtractors is reused): function recall, then (scope, address, feature) sets of the
// functions both found. Passes with ≥95% function recall and ≥90% feature agreement.

import { openExtractor } from '../../src/extractors/open.js';
import type { X86StaticExtractor } from '../../src/extractors/x86/extractor.js';
import { runSnapshots } from './snapshot-pe.js';
import type { Suite, SuiteResult } from './suite.js';

export const SNAPSHOTS_ELF = [{ name: '7351f-elf', freeze: '7351f-elf.frz', sample: '7351f8a40c5450557b24622417fc478d.elf_' }];

export function runSnapshotElf(): SuiteResult {
  return runSnapshots(
    'snapshot-elf',
    SNAPSHOTS_ELF,
    (bytes) => openExtractor(bytes, { format: 'auto' }) as X86StaticExtractor,
    { maxExamples: 60, maxMissingFunctions: 40 },
  );
}

export const snapshotElfSuite: Suite = {
  name: 'snapshot-elf',
  run: async () => runSnapshotElf(),
};
