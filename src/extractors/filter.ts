// Restricted runs (capa's --restrict-to-functions / --restrict-to-processes, FunctionFilter and
// ProcessFilter in capa/features/extractors/base_extractor.py): only the enumeration of functions
// (processes) is narrowed. Everything else is the wrapped extractor's: file and global features are
// all still extracted, so file-scope rules still see every import and string, plus the matches of
// the functions (processes) that were kept.

import type { Address } from '../features/address.js';
import type { DynamicExtractor, FunctionHandle, ProcessHandle, StaticExtractor } from '../features/extractor.js';

/** The integer capa compares against: a VA, a .NET method token (`DNTokenAddress` is an int), … */
function functionNumber(a: Address): number | undefined {
  switch (a.type) {
    case 'absolute':
    case 'relative':
    case 'file':
    case 'dn token':
      return a.value;
    default:
      return undefined;
  }
}

/** Only the functions whose address is in `addresses` (VAs, or method tokens for .NET). */
export function restrictFunctions(x: StaticExtractor, addresses: Iterable<number>): StaticExtractor {
  const wanted = new Set(addresses);
  const functions = (): Iterable<FunctionHandle> =>
    [...x.functions()].filter((f) => {
      const n = functionNumber(f.address);
      return n !== undefined && wanted.has(n);
    });
  // a prototype-linked view: every other method (and any state) stays the original's
  return Object.assign(Object.create(x) as StaticExtractor, { functions });
}

/** Only the processes whose pid is in `pids`. */
export function restrictProcesses(x: DynamicExtractor, pids: Iterable<number>): DynamicExtractor {
  const wanted = new Set(pids);
  const processes = (): Iterable<ProcessHandle> =>
    [...x.processes()].filter((p) => p.address.type === 'process' && wanted.has(p.address.value[1]));
  return Object.assign(Object.create(x) as DynamicExtractor, { processes });
}
