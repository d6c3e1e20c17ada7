// Feature sets (capa-semantics.md §3.1): feature identity (its precomputed key) → the feature plus
// the set of addresses it was found at. Maps keep insertion order, which the engine relies on for
// the "first hit" rules of bytes and os evaluation (§3.2), exactly like Python dicts.

import { addrKey, type Address } from '../features/address.js';
import type { Located } from '../features/extractor.js';
import type { Feature } from '../features/feature.js';
import { Locations } from './locations.js';

export { Locations };

export interface FeatureEntry {
  readonly feature: Feature;
  /** address identity → address; may be empty (file features located at NO_ADDRESS, §3.4) */
  readonly locs: Locations;
}

export type FeatureSet = Map<string, FeatureEntry>;

export function newFeatureSet(): FeatureSet {
  return new Map();
}

/** Add `feature` at `addr` (the entry is created on first sight). */
export function addFeature(fs: FeatureSet, feature: Feature, addr: Address): void {
  let e = fs.get(feature.key);
  if (e === undefined) {
    e = { feature, locs: new Locations() };
    fs.set(feature.key, e);
  }
  e.locs.add(addrKey(addr), addr);
}

/** Make sure `feature` is a key, without adding a location. */
export function ensureFeature(fs: FeatureSet, feature: Feature): FeatureEntry {
  let e = fs.get(feature.key);
  if (e === undefined) {
    e = { feature, locs: new Locations() };
    fs.set(feature.key, e);
  }
  return e;
}

export function addLocated(fs: FeatureSet, items: Iterable<Located>): void {
  for (const { feature, address } of items) addFeature(fs, feature, address);
}

/** Union `src` into `dst`; `dst` never shares location maps with `src`. */
export function mergeInto(dst: FeatureSet, src: FeatureSet): void {
  src.forEach((se, key) => {
    const de = dst.get(key);
    if (de === undefined) dst.set(key, { feature: se.feature, locs: se.locs.clone() });
    else de.locs.addAll(se.locs);
  });
}

/**
 * Python's `copy.copy(dict)`: a new map whose entries (and their location sets) are shared with
 * the original. capa adds rule matches to such a copy in place, so a `match` feature that already
 * existed in the original also grows there; callers that need isolation use `deepCopy`.
 */
export function shallowCopy(fs: FeatureSet): FeatureSet {
  return new Map(fs);
}

export function deepCopy(fs: FeatureSet): FeatureSet {
  const out: FeatureSet = new Map();
  for (const [key, e] of fs) out.set(key, { feature: e.feature, locs: e.locs.clone() });
  return out;
}

export function locationsOf(e: FeatureEntry): Address[] {
  return e.locs.values();
}

/**
 * `mergeInto` for a `src` that is discarded afterwards: entries new to `dst` are moved rather
 * than copied (the hot path of folding instruction sets into blocks, blocks into functions).
 */
export function absorbInto(dst: FeatureSet, src: FeatureSet): void {
  src.forEach((se, key) => {
    const de = dst.get(key);
    if (de === undefined) dst.set(key, se);
    else de.locs.addAll(se.locs);
  });
}
