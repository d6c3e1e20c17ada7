// FLIRT library-function identification with capa's semantics (capa 9.4 → viv-utils' FLIRT
// function analyzer → python-flirt's matcher), run where vivisect runs it: as the last function
// analysis module, each time a function has been made. For each signature file (in load order):
//  * candidates: every module whose masked pattern matches the bytes at the function start (the
//    buffer is up to max(64 KiB, function size) bytes, cut at the end of the memory segment), whose
//    CRC16 over the crcLength bytes after patternSize matches, whose tail bytes (checked at
//    patternSize + crcLength + offset) and footer (.pat) match;
//  * a candidate with referenced names counts only when, for every reference, the instruction
//    containing function+offset has a code xref to a function that is (recursively) identified
//    as a library function of that name; the name `.` accepts a data xref instead;
//  * the function is named only when all counted candidates agree on the name at offset 0; then
//    the first candidate's local names, then its public names, are applied at function+offset
//    (a local name may make a new function there; a public name off the entry only names an
//    existing function).
// Failures python would raise (a candidate without a name at offset 0, endless reference
// recursion) abandon the whole identification of that function, as vivisect's module runner does.

import type { FlirtSignatureSet } from '../formats/flirt/set.js';
import { flirtCrc16, type FlirtName } from '../formats/flirt/types.js';

/** One signature file, ready to match. */
export class FlirtMatcher {
  private readonly nodeStack: number[] = [];
  private readonly posStack: number[] = [];

  private readonly hasFooters: boolean;

  constructor(readonly set: FlirtSignatureSet) {
    this.hasFooters = set.hasFooters;
  }

  get source(): string {
    return this.set.source;
  }

  /** tree nodes visited so far (a budget against hostile signature files) */
  visits = 0;

  /** indices of the modules matching the bytes at buf[0…], shorter patterns first (python-flirt's bucket order) */
  match(buf: Uint8Array): number[] {
    const c = this.set.c;
    const hits: number[] = [];
    const nodes = this.nodeStack;
    const positions = this.posStack;
    nodes.length = 0;
    positions.length = 0;
    nodes.push(0);
    positions.push(0);
    const bytePool = c.bytePool;
    const wildPool = c.wildPool;
    let visits = 0;
    while (nodes.length) {
      const node = nodes.pop()!;
      const pos = positions.pop()!;
      visits++;
      const ms = c.nodeModuleStart[node]!;
      const me = ms + c.nodeModuleCount[node]!;
      for (let m = ms; m < me; m++) if (this.moduleMatches(m, buf)) hits.push(m);
      for (let e = c.nodeFirstEdge[node]!; e >= 0; e = c.edgeNext[e]!) {
        const n = c.edgeLength[e]!;
        if (pos + n > buf.length) continue;
        const s = c.edgeStart[e]!;
        let ok = true;
        if (c.edgeHasWild[e]) {
          for (let k = 0; k < n; k++) {
            if (wildPool[s + k] === 0 && buf[pos + k] !== bytePool[s + k]) {
              ok = false;
              break;
            }
          }
        } else {
          for (let k = 0; k < n; k++) {
            if (buf[pos + k] !== bytePool[s + k]) {
              ok = false;
              break;
            }
          }
        }
        if (!ok) continue;
        nodes.push(c.edgeNode[e]!);
        positions.push(pos + n);
      }
    }
    this.visits += visits + hits.length;
    if (hits.length > 1) {
      const len = c.modPatternLength;
      hits.sort((a, b) => len[a]! - len[b]! || a - b);
    }
    return hits;
  }

  private moduleMatches(m: number, buf: Uint8Array): boolean {
    const c = this.set.c;
    const patternSize = c.modPatternSize[m]!;
    const crcLength = c.modCrcLength[m]!;
    if (crcLength > 0) {
      const end = patternSize + crcLength;
      if (end > buf.length) return false;
      if (flirtCrc16(buf, patternSize, end) !== c.modCrc[m]) return false;
    }
    const ts = c.modTailStart[m]!;
    const te = ts + c.modTailCount[m]!;
    for (let i = ts; i < te; i++) {
      const at = patternSize + crcLength + c.tailOffset[i]!;
      if (at >= buf.length || buf[at] !== c.tailValue[i]) return false;
    }
    if (!this.hasFooters) return true;
    const fs = c.modFooterStart[m]!;
    if (fs >= 0) {
      const base = c.modPatternLength[m]! + crcLength;
      const n = c.modFooterLength[m]!;
      for (let i = 0; i < n; i++) {
        const v = c.footerPool[fs + i]!;
        if (v >= 0 && (base + i >= buf.length || buf[base + i] !== v)) return false;
      }
    }
    return true;
  }

  names(m: number): readonly FlirtName[] {
    return this.set.names(m);
  }

  /** what identification needs of a candidate module: its references and its name at offset 0 */
  candidate(m: number): CandidateInfo {
    let c = this.candidates.get(m);
    if (!c) {
      const names = this.set.names(m);
      c = { names, refs: names.filter((n) => n.kind === 'reference'), name: names.find((n) => n.offset === 0)?.name };
      this.candidates.set(m, c);
    }
    return c;
  }

  private readonly candidates = new Map<number, CandidateInfo>();
}

interface CandidateInfo {
  readonly names: readonly FlirtName[];
  readonly refs: readonly FlirtName[];
  /** viv-utils get_match_name: the first name at offset 0 (python raises when there is none) */
  readonly name: string | undefined;
}

/** What identification needs from the analysis, in vivisect's terms. */
export interface FlirtWorkspace {
  isFunction(va: number): boolean;
  /** vivisect's `Size` function meta: the sum of the function's block sizes */
  functionSize(va: number): number;
  /** up to `size` bytes at va, cut at the end of va's memory segment (viv-utils readMemoryCurrentSection) */
  readCurrentSection(va: number, size: number): Uint8Array;
  /** start of the location (instruction, pointer, …) containing va */
  locationOf(va: number): number | undefined;
  /** xrefs from the location at va: (target, REF_CODE | REF_DATA | REF_PTR) */
  xrefsFrom(va: number): ReadonlyArray<{ readonly to: number; readonly type: number }>;
  isExecutable(va: number): boolean;
  /** vivisect makeFunction (code flow, then the function modules, FLIRT included) */
  makeFunction(va: number): void;
}

const REF_CODE = 1;
const REF_DATA = 2;
/**
 * Work budget of one analysis, in tree nodes visited and candidates checked. capa's signatures
 * cost ~10 per function (100 000 functions: 1 M); a hostile signature file that matches
 * everywhere stops being applied once it is spent instead of running for hours.
 */
export const FLIRT_WORK_BUDGET = 100_000_000;
/** reference chains deeper than this are cycles: python's recursion limit ends them with an error */
const MAX_REFERENCE_DEPTH = 256;

class Abandon extends Error {}

/** Library functions found so far (va → name), filled as functions are made. */
export class LibraryIdentifier {
  readonly names = new Map<number, string>();
  /** set when the work budget ran out: later functions were not identified */
  exhausted = false;

  constructor(
    readonly matchers: readonly FlirtMatcher[],
    private readonly ws: FlirtWorkspace,
    private readonly budget = FLIRT_WORK_BUDGET,
  ) {}

  /** run every signature file on a newly made function, as vivisect's module loop does */
  analyzeFunction(va: number): void {
    if (this.exhausted) return;
    let spent = 0;
    for (const m of this.matchers) spent += m.visits;
    if (spent > this.budget) {
      this.exhausted = true;
      return;
    }
    for (const m of this.matchers) {
      try {
        this.matchFunction(m, va, new Map(), 0);
      } catch (e) {
        if (!(e instanceof Abandon)) throw e;
      }
    }
  }

  private matchFunction(matcher: FlirtMatcher, va: number, cache: Map<number, string | null>, depth: number): void {
    const ws = this.ws;
    if (!ws.isFunction(va)) return;
    if (cache.has(va)) return;
    const known = this.names.get(va);
    if (known !== undefined) {
      cache.set(va, known);
      return;
    }
    if (depth > MAX_REFERENCE_DEPTH) throw new Abandon('reference recursion');
    const buf = ws.readCurrentSection(va, Math.max(0x10000, ws.functionSize(va)));
    const matches: CandidateInfo[] = [];
    for (const m of matcher.match(buf)) {
      const cand = matcher.candidate(m);
      let ok = true;
      for (const ref of cand.refs) {
        const loc = ws.locationOf(va + ref.offset);
        if (loc === undefined) {
          ok = false;
          break;
        }
        let found = false;
        for (const x of ws.xrefsFrom(loc)) {
          if (ref.name === '.') {
            // any data reference; python keeps looping, so the last xref decides
            found = x.type === REF_DATA;
            continue;
          }
          if (x.type !== REF_CODE) continue;
          const target = x.to;
          this.matchFunction(matcher, target, cache, depth + 1);
          const name = this.names.get(target);
          if (name !== undefined) {
            cache.set(target, name);
            if (name === ref.name) {
              found = true;
              break;
            }
          } else cache.set(target, null);
        }
        if (!found) {
          ok = false;
          break;
        }
      }
      if (ok) matches.push(cand);
    }
    if (!matches.length) {
      cache.set(va, null);
      return;
    }
    // (every candidate's name is taken first: python fails on any of them before comparing)
    for (const c of matches) if (c.name === undefined) throw new Abandon('no name at offset 0');
    const first = matches[0]!.name;
    if (matches.some((c) => c.name !== first)) {
      cache.set(va, null);
      return;
    }
    const chosen = matches[0]!.names;
    // local names first, then public names (which win where both name one place)
    for (const n of chosen) {
      if (n.kind !== 'local') continue;
      const at = va + n.offset;
      if (!ws.isFunction(at) && ws.locationOf(at) === undefined && ws.isExecutable(at)) ws.makeFunction(at);
      if (!ws.isFunction(at)) continue;
      this.names.set(at, n.name);
      cache.set(at, n.name);
    }
    for (const n of chosen) {
      if (n.kind !== 'public') continue;
      const at = va + n.offset;
      if (!ws.isFunction(at)) continue;
      this.names.set(at, n.name);
      cache.set(at, n.name);
    }
  }
}
