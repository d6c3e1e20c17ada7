// COM class / interface names → GUIDs (spec §1.8). `com/class: X` and `com/interface: X` expand to an
// `or` of, per GUID, the GUID as a string and as bytes in Windows memory layout.

import { COM_CLASSES, COM_INTERFACES } from './com-data.js';

export type ComType = 'class' | 'interface';

export function comGuids(type: ComType, name: string): readonly string[] | undefined {
  const db: Readonly<Record<string, readonly string[]>> = type === 'class' ? COM_CLASSES : COM_INTERFACES;
  return Object.hasOwn(db, name) ? db[name] : undefined;
}

export function comPrefix(type: ComType): string {
  return type === 'class' ? 'CLSID_' : 'IID_';
}

/** `00112233-4455-6677-8899-AABBCCDDEEFF` → GUID struct bytes (first three groups little-endian). */
export function guidToBytes(guid: string): Uint8Array {
  const hex = guid.replaceAll('-', '');
  if (!/^[0-9a-fA-F]{32}$/.test(hex)) throw new Error(`malformed GUID: ${guid}`);
  const h: number[] = [];
  for (let i = 0; i < 32; i += 2) h.push(parseInt(hex.slice(i, i + 2), 16));
  const order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];
  return Uint8Array.from(order, (j) => h[j]!);
}
