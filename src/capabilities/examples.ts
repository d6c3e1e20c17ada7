// Checking a rule's `examples:` (sample, optional address) against an analysis, as the official
// rule set's CI does: the example passes when the rule matches in the sample. `atAddress` also
// tells whether it matched at the stated address — the match address itself, or any match inside
// the function that starts there (basic-block and instruction rules match inside functions).
import { addrKey, type Address } from '../features/address.js';
import type { StaticExtractor } from '../features/extractor.js';
import type { MatchResults } from './common.js';

export interface ParsedExample {
  /** md5, sha256 or file name of the sample */
  readonly sample: string;
  /** absolute VA, when the example names one */
  readonly address?: number;
}

/** `md5:0x401000`, `sha256`, `Practical Malware Analysis Lab 01-01.dll_:0x10001010`. */
export function parseExample(text: string): ParsedExample | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const m = /^(.*):(0x[0-9a-fA-F]+)$/.exec(t);
  if (m) return { sample: m[1]!, address: parseInt(m[2]!.slice(2), 16) };
  return { sample: t };
}

export interface ExampleOutcome {
  readonly matched: boolean;
  /** undefined when the example has no address */
  readonly atAddress?: boolean;
}

/** Addresses of every block and instruction of the function starting at `fva`. */
function functionMembers(extractor: StaticExtractor, fva: number): Set<number | string> {
  const out = new Set<number | string>();
  for (const f of extractor.functions()) {
    if (f.address.type !== 'absolute' || f.address.value !== fva) continue;
    out.add(addrKey(f.address));
    for (const bb of extractor.basicBlocks(f)) {
      out.add(addrKey(bb.address));
      for (const i of extractor.instructions(f, bb)) out.add(addrKey(i.address));
    }
  }
  return out;
}

export function checkExample(
  extractor: StaticExtractor,
  matches: MatchResults,
  rule: string,
  address: number | undefined,
): ExampleOutcome {
  const list = matches.get(rule) ?? [];
  if (list.length === 0) return address === undefined ? { matched: false } : { matched: false, atAddress: false };
  if (address === undefined) return { matched: true };
  const at = (a: Address): boolean => a.type === 'absolute' && a.value === address;
  if (list.some(([a]) => at(a))) return { matched: true, atAddress: true };
  const members = functionMembers(extractor, address);
  return { matched: true, atAddress: list.some(([a]) => members.has(addrKey(a))) };
}
