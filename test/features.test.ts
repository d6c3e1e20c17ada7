import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, num, makeFeature, operandNumber, property, formatFeature } from '../src/features/feature.js';
import { absolute, addrKey, compareAddress, formatAddress, NO_ADDRESS, callAddr } from '../src/features/address.js';

test('feature identity ignores descriptions and includes operand index and access', () => {
  assert.equal(api('CreateFileA').key, makeFeature('api', 'CreateFileA', { description: 'x' }).key);
  assert.notEqual(operandNumber(0, 1n).key, operandNumber(1, 1n).key);
  assert.notEqual(property('X').key, property('X', 'read').key);
  assert.equal(num(1).key, num(1n).key, 'integral float equals int, as in Python');
  assert.notEqual(num(1.5).key, num(1n).key);
});

test('feature and address text forms', () => {
  assert.equal(formatFeature(num(0x10n)), 'number: 0x10');
  assert.equal(formatFeature(num(-0x30n)), 'number: -0x30');
  assert.equal(formatAddress(absolute(0x401000)), '0x401000');
  assert.equal(formatAddress(NO_ADDRESS), 'global');
  assert.equal(formatAddress(callAddr(1, 2, 3, 4)), 'process{pid:2,tid:3,call:4}');
  assert.equal(addrKey(absolute(5)), 5);
  assert.ok(compareAddress(absolute(1), absolute(2)) < 0);
});
