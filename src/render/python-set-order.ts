// capa keeps a feature's locations in a Python set and writes a match node's `locations` (and the
// children it splices in for a `match`) by iterating `frozenset(that set)`
// (capa/render/result_document.py `Match.from_capa`, capa/engine.py `Result`). That order is not
// sorted, but it is not random either: capa's addresses hash like plain ints (absolute, relative,
// file, token) or like tuples of ints (token+offset, process, thread, call), and CPython hashes
// both without a per-run seed, so the order is the slot order of CPython's open-addressing set
// table. capa Explorer Web shows `locations[0]` of every feature, so we reproduce that order.
//
// The table depends on how the set grew. capa mostly grows a scope's sets by `set.update` with the
// sets of the scope below (instruction → block → function, call → span/thread), and one lower set
// usually holds one address, so we model every set as one-address updates in the order capa-ts
// found the addresses, then the frozenset copy. Where capa's history differs (a block contributing
// several addresses, other insertion orders) sets of five or more addresses can come out in
// another order after the first; the comparison with capa's own documents is in
// test/render/python-set-order.test.ts.
//
// The table rules are those of CPython's Objects/setobject.c (8 slots, a linear run of 9 slots then
// perturbed jumps, growth at 3/5 full) and the tuple hash is the xxHash-based one of CPython 3.8+;
// the emulation was checked against CPython 3.11 on random address sets, for `add` and `update`.

import { addrKey, type Address, type AddrKey } from '../features/address.js';

const MASK64 = (1n << 64n) - 1n;
const HASH_MODULUS = (1n << 61n) - 1n; // sys.hash_info.modulus on 64-bit builds
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;
const SET_MINSIZE = 8;
const LINEAR_PROBES = 9;
const PERTURB_SHIFT = 5n;

/** `hash(n)` of a non-negative Python int, as an unsigned 64-bit value. */
function intHash(n: number | bigint): bigint {
  return BigInt(n) % HASH_MODULUS;
}

/** `hash(tuple)` given its items' hashes (CPython 3.8+ xxHash-based tuplehash), unsigned 64-bit. */
function tupleHash(items: readonly bigint[]): bigint {
  let acc = XXPRIME_5;
  for (const lane of items) {
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = ((acc << 31n) | (acc >> 33n)) & MASK64;
    acc = (acc * XXPRIME_1) & MASK64;
  }
  acc = (acc + (BigInt(items.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  return acc === MASK64 ? 1546275796n : acc;
}

/**
 * The hash capa's Address object has (capa/features/address.py), unsigned 64-bit; undefined for
 * `no address`, whose `hash(None)` depends on the interpreter (a pointer before Python 3.12).
 */
export function capaAddressHash(a: Address): bigint | undefined {
  switch (a.type) {
    case 'absolute':
    case 'relative':
    case 'file':
    case 'dn token':
      return intHash(a.value);
    case 'dn token offset':
      return tupleHash([intHash(a.value[0]), intHash(a.value[1])]);
    case 'process':
      return tupleHash([intHash(a.value[0]), intHash(a.value[1])]);
    case 'thread': {
      const process = tupleHash([intHash(a.value[0]), intHash(a.value[1])]);
      return tupleHash([process, intHash(a.value[2])]);
    }
    case 'call': {
      const process = tupleHash([intHash(a.value[0]), intHash(a.value[1])]);
      const thread = tupleHash([process, intHash(a.value[2])]);
      return tupleHash([thread, intHash(a.value[3])]);
    }
    case 'no address':
      return undefined;
  }
}

interface Entry<T> {
  readonly item: T;
  readonly hash: bigint;
}

/** A CPython set table without deletions (capa never removes a location). */
class PySetTable<T> {
  slots: (Entry<T> | undefined)[] = new Array(SET_MINSIZE);
  used = 0;

  get mask(): number {
    return this.slots.length - 1;
  }

  /** The first free slot on `hash`'s probe sequence (CPython's insert-clean walk). */
  private freeSlot(hash: bigint, sameAs?: (e: Entry<T>) => boolean): number {
    const mask = this.mask;
    const bigMask = BigInt(mask);
    let perturb = hash;
    let i = Number(hash & bigMask);
    for (;;) {
      const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      for (let j = 0; j <= probes; j++) {
        const e = this.slots[i + j];
        if (e === undefined) return i + j;
        if (sameAs !== undefined && e.hash === hash && sameAs(e)) return -1;
      }
      perturb >>= PERTURB_SHIFT;
      i = Number((BigInt(i) * 5n + 1n + perturb) & bigMask);
    }
  }

  /** Replace the table by one of the smallest power-of-two size above `minUsed`, re-inserting in slot order. */
  resize(minUsed: number): void {
    let size = SET_MINSIZE;
    while (size <= minUsed) size *= 2;
    const old = this.slots;
    this.slots = new Array(size);
    for (const e of old) if (e !== undefined) this.slots[this.freeSlot(e.hash)] = e;
  }

  /** `set.add(item)`. */
  add(item: T, hash: bigint, same: (a: T, b: T) => boolean): void {
    const i = this.freeSlot(hash, (e) => same(e.item, item));
    if (i < 0) return;
    this.slots[i] = { item, hash };
    this.used++;
    if (this.used * 5 >= this.mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
  }

  /** `set.update(other_set)`: presize once for both, then copy, insert clean, or add one by one. */
  update(other: PySetTable<T>, same: (a: T, b: T) => boolean): void {
    if (other.used === 0) return;
    if ((this.used + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.used === 0 && this.slots.length === other.slots.length) {
      this.slots = other.slots.slice();
    } else if (this.used === 0) {
      for (const e of other.slots) if (e !== undefined) this.slots[this.freeSlot(e.hash)] = e;
    } else {
      for (const e of other.slots) if (e !== undefined) this.add(e.item, e.hash, same);
      return;
    }
    this.used = other.used;
  }

  /** `frozenset(self)`: a fresh table, presized for the copy, then filled in this table's slot order. */
  copy(): PySetTable<T> {
    const out = new PySetTable<T>();
    if (this.used * 5 >= out.mask * 3) out.resize(this.used * 2);
    if (out.slots.length === this.slots.length) {
      out.slots = this.slots.slice(); // same size and no deleted entries: CPython copies slot by slot
    } else {
      for (const e of this.slots) if (e !== undefined) out.slots[out.freeSlot(e.hash)] = e;
    }
    out.used = this.used;
    return out;
  }

  items(): T[] {
    const out: T[] = [];
    for (const e of this.slots) if (e !== undefined) out.push(e.item);
    return out;
  }
}

/** How the emulated set receives each item: `s.add(x)`, or `s.update({x})` (other growth thresholds). */
export type PySetInsert = 'add' | 'update';

/**
 * The order of `list(frozenset(s))` for a set `s` that received `items` one by one; `hash` gives
 * each item's Python hash (unsigned 64-bit) and items with the same key are one element.
 */
export function pythonSetOrder<T>(
  items: readonly T[],
  hash: (t: T) => bigint,
  key: (t: T) => string | number,
  insert: PySetInsert = 'add',
): T[] {
  if (items.length < 2) return [...items];
  const same = (a: T, b: T): boolean => key(a) === key(b);
  const s = new PySetTable<T>();
  for (const it of items) {
    if (insert === 'add') s.add(it, hash(it), same);
    else {
      const one = new PySetTable<T>();
      one.add(it, hash(it), same);
      s.update(one, same);
    }
  }
  return s.copy().items();
}

/**
 * capa's order of a location set, given the locations in the order capa-ts found them. A set that
 * mixes `no address` with real addresses keeps our order: capa's own order there depends on
 * where None lives in memory (before Python 3.12).
 */
export function capaLocationOrder(locs: readonly Address[]): Address[] {
  if (locs.length < 2) return [...locs];
  const hashes = new Map<AddrKey, bigint>();
  for (const a of locs) {
    const h = capaAddressHash(a);
    if (h === undefined) return [...locs];
    hashes.set(addrKey(a), h);
  }
  return pythonSetOrder(locs, (a) => hashes.get(addrKey(a))!, addrKey, 'update');
}
