// snapshot-dotnet: our .NET extractor against capa's freeze feature dump (§7.3) of the 1c444
// assembly (dnfile backend), with the snapshot-pe comparison (runSnapshots): function recall, every
// (scope, address, feature) of function, basic-block and instruction scope as sets, and here also
// the file and global features. Passes with ≥95% function recall and ≥90% feature agreement.

import { openDotnetExtractor } from '../../src/extractors/dotnet/extractor.js';
import { runSnapshots } from './snapshot-pe.js';
import type { Suite, SuiteResult } from './suite.js';

const SNAPSHOTS = [{ name: '1c444-dotnet', freeze: '1c444-dotnet.frz', sample: 'dotnet/1c444ebeba24dcba8628b7dfe5fec7c6.exe_' }];

export function runSnapshotDotnet(): SuiteResult {
  return runSnapshots('snapshot-dotnet', SNAPSHOTS, (bytes) => openDotnetExtractor(bytes), { fileAndGlobal: true, flirt: false });
}

export const snapshotDotnetSuite: Suite = {
  name: 'snapshot-dotnet',
  run: async () => runSnapshotDotnet(),
};
