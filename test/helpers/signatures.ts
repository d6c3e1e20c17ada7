// The FLIRT signature files of the shared test data, parsed once per process.
import { readFileSync } from 'node:fs';
import { nodeInflate } from '../../src/cli/signatures.js';
import { parseSignatureFile } from '../../src/formats/flirt/index.js';
import type { FlirtSignatureSet } from '../../src/formats/flirt/set.js';
import { testdata } from './testdata.js';

/** what capa's own feature tests load, minus the two .sig files that are not available offline */
export const CAPA_TEST_SIGNATURES = ['test_aulldiv.pat', 'test_aullrem.pat.gz', '3_flare_common_libs.sig'];

const cache = new Map<string, FlirtSignatureSet>();

/** capa-sigs/<name>, parsed */
export function sharedSignature(name: string): FlirtSignatureSet {
  let s = cache.get(name);
  if (!s) {
    s = parseSignatureFile(new Uint8Array(readFileSync(testdata('capa-sigs', name))), name, { inflate: nodeInflate });
    cache.set(name, s);
  }
  return s;
}

export function sharedSignatures(names: readonly string[]): FlirtSignatureSet[] {
  return names.map(sharedSignature);
}
