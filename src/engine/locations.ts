// A feature's set of addresses. Almost every set holds one address (one instruction, one call),
// so the first address is stored inline and a Map is only created for a second one: building
// per-instruction feature sets then allocates no Map per feature.

import type { AddrKey, Address } from '../features/address.js';

export class Locations {
  private k0: AddrKey | undefined = undefined;
  private a0: Address | undefined = undefined;
  private m: Map<AddrKey, Address> | undefined = undefined;

  get size(): number {
    if (this.m !== undefined) return this.m.size;
    return this.a0 === undefined ? 0 : 1;
  }

  has(k: AddrKey): boolean {
    if (this.m !== undefined) return this.m.has(k);
    return this.a0 !== undefined && this.k0 === k;
  }

  /** Add `a` (identity `k`) unless present; insertion order is kept. */
  add(k: AddrKey, a: Address): void {
    if (this.m !== undefined) {
      if (!this.m.has(k)) this.m.set(k, a);
    } else if (this.a0 === undefined) {
      this.k0 = k;
      this.a0 = a;
    } else if (this.k0 !== k) {
      this.m = new Map<AddrKey, Address>([[this.k0!, this.a0]]);
      this.m.set(k, a);
      this.k0 = undefined;
      this.a0 = undefined;
    }
  }

  delete(k: AddrKey): boolean {
    if (this.m !== undefined) return this.m.delete(k);
    if (this.a0 !== undefined && this.k0 === k) {
      this.k0 = undefined;
      this.a0 = undefined;
      return true;
    }
    return false;
  }

  forEach(fn: (a: Address, k: AddrKey) => void): void {
    if (this.m !== undefined) this.m.forEach(fn);
    else if (this.a0 !== undefined) fn(this.a0, this.k0!);
  }

  /** Union `other` into this set. */
  addAll(other: Locations): void {
    if (other.m !== undefined) other.m.forEach((a, k) => this.add(k, a));
    else if (other.a0 !== undefined) this.add(other.k0!, other.a0);
  }

  /** Remove every address of `other`. */
  deleteAll(other: Locations): void {
    if (other.m !== undefined) other.m.forEach((_a, k) => this.delete(k));
    else if (other.a0 !== undefined) this.delete(other.k0!);
  }

  /** Is this exactly the set `{k}`? */
  isOnly(k: AddrKey): boolean {
    return this.size === 1 && this.has(k);
  }

  values(): Address[] {
    if (this.m !== undefined) return [...this.m.values()];
    return this.a0 === undefined ? [] : [this.a0];
  }

  keys(): AddrKey[] {
    if (this.m !== undefined) return [...this.m.keys()];
    return this.a0 === undefined ? [] : [this.k0!];
  }

  clone(): Locations {
    const c = new Locations();
    if (this.m !== undefined) c.m = new Map(this.m);
    else {
      c.k0 = this.k0;
      c.a0 = this.a0;
    }
    return c;
  }
}
