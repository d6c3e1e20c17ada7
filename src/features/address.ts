// Addresses as capa encodes them (capa-semantics.md §5.1).
//
// Absolute VAs are JS numbers: every user-mode and normally linked image fits in 2^53; parsers
// refuse images that would not. `addrKey` gives a cheap identity for sets: the VA itself for the
// hot absolute case (no string built), a short string otherwise.

export type Address =
  | { readonly type: 'absolute'; readonly value: number }
  | { readonly type: 'relative'; readonly value: number }
  | { readonly type: 'file'; readonly value: number }
  | { readonly type: 'dn token'; readonly value: number }
  | { readonly type: 'dn token offset'; readonly value: readonly [number, number] }
  | { readonly type: 'process'; readonly value: readonly [number, number] }
  | { readonly type: 'thread'; readonly value: readonly [number, number, number] }
  | { readonly type: 'call'; readonly value: readonly [number, number, number, number] }
  | { readonly type: 'no address' };

export type AddrKey = number | string;

export const NO_ADDRESS: Address = Object.freeze({ type: 'no address' });

export const absolute = (va: number): Address => ({ type: 'absolute', value: va });
export const fileOffset = (off: number): Address => ({ type: 'file', value: off });
export const dnToken = (token: number): Address => ({ type: 'dn token', value: token });
export const dnTokenOffset = (token: number, offset: number): Address => ({
  type: 'dn token offset',
  value: [token, offset],
});
export const processAddr = (ppid: number, pid: number): Address => ({ type: 'process', value: [ppid, pid] });
export const threadAddr = (ppid: number, pid: number, tid: number): Address => ({
  type: 'thread',
  value: [ppid, pid, tid],
});
export const callAddr = (ppid: number, pid: number, tid: number, id: number): Address => ({
  type: 'call',
  value: [ppid, pid, tid, id],
});

export function addrKey(a: Address): AddrKey {
  switch (a.type) {
    case 'absolute':
      return a.value;
    case 'no address':
      return 'g';
    case 'relative':
      return 'r' + a.value;
    case 'file':
      return 'f' + a.value;
    case 'dn token':
      return 't' + a.value;
    default:
      return a.type[0] + (a.value as readonly number[]).join(',');
  }
}

const TYPE_ORDER: Record<Address['type'], number> = {
  absolute: 0,
  call: 1,
  'dn token': 2,
  'dn token offset': 3,
  file: 4,
  'no address': 5,
  process: 6,
  relative: 7,
  thread: 8,
};

/** capa sorts addresses by type name, then value. */
export function compareAddress(a: Address, b: Address): number {
  if (a.type !== b.type) return TYPE_ORDER[a.type] - TYPE_ORDER[b.type];
  if (a.type === 'no address') return 0;
  const av = (a as { value: number | readonly number[] }).value;
  const bv = (b as { value: number | readonly number[] }).value;
  if (typeof av === 'number') return av - (bv as number);
  const bb = bv as readonly number[];
  for (let i = 0; i < av.length; i++) if (av[i] !== bb[i]) return av[i]! - bb[i]!;
  return 0;
}

const hex = (n: number): string => '0x' + n.toString(16).toUpperCase();

/** Text form used by the reports (`0x401000`, `file+0x10`, `token(0x6000001)+0x4`, `global`). */
export function formatAddress(a: Address): string {
  switch (a.type) {
    case 'absolute':
      return hex(a.value);
    case 'relative':
      return 'base address+' + hex(a.value);
    case 'file':
      return 'file+' + hex(a.value);
    case 'dn token':
      return `token(${hex(a.value)})`;
    case 'dn token offset':
      return `token(${hex(a.value[0])})+${hex(a.value[1])}`;
    case 'process':
      return `process{pid:${a.value[1]}}`;
    case 'thread':
      return `process{pid:${a.value[1]},tid:${a.value[2]}}`;
    case 'call':
      return `process{pid:${a.value[1]},tid:${a.value[2]},call:${a.value[3]}}`;
    case 'no address':
      return 'global';
  }
}

/** JSON encoding of the result document (§5.1). */
export function addressToJson(a: Address): { type: string; value?: number | number[] } {
  if (a.type === 'no address') return { type: 'no address' };
  const v = a.value;
  return { type: a.type, value: typeof v === 'number' ? v : [...v] };
}
