import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Memory, type Segment } from '../../src/formats/image.js';
import { LOC_OP, LOC_PAD, LOC_STRING, Locations } from '../../src/analysis/locations.js';

const seg: Segment = {
  name: '.text', va: 0x1000, size: 0x1000, data: new Uint8Array(0x1000), fileOffset: 0,
  readable: true, writable: false, executable: true,
};

test('containing: every byte of a long string or pad belongs to it', () => {
  const l = new Locations(new Memory({ segments: [seg] }));
  l.add(0x1100, 40, LOC_STRING); // size < 255: kept in the per-byte array only
  l.add(0x1200, 300, LOC_STRING); // size ≥ 255: kept in the overflow map
  l.add(0x1400, 20, LOC_PAD);
  l.add(0x1420, 3, LOC_OP);
  for (let k = 0; k < 40; k++) assert.equal(l.containing(0x1100 + k), 0x1100, `string +${k}`);
  assert.equal(l.containing(0x1100 + 40), undefined);
  for (const k of [0, 16, 254, 255, 299]) assert.equal(l.containing(0x1200 + k), 0x1200, `long string +${k}`);
  assert.equal(l.containing(0x1200 + 300), undefined);
  for (let k = 0; k < 20; k++) assert.equal(l.containing(0x1400 + k), 0x1400, `pad +${k}`);
  assert.equal(l.containing(0x1422), 0x1420);
  assert.equal(l.containing(0x1423), undefined);
});
