import { expect, test } from 'vitest';
import { parseVersion, readablePositions } from './client.js';
import type { ProcessDetail } from './contract.js';

test('an ETag names the version, weak or strong', () => {
  expect(parseVersion('"4"')).toBe(4);
  expect(parseVersion('W/"12"')).toBe(12);
});

test('an absent or foreign ETag names no version', () => {
  expect(parseVersion(null)).toBeUndefined();
  expect(parseVersion('"abc-123"')).toBeUndefined();
});

test("a delegate's case asks for its own party's position alone, a mediator's for every party's", () => {
  const parties = [{ id: 'ua' }, { id: 'ru' }, { id: 'us' }] as ProcessDetail['parties'];
  expect(readablePositions({ parties, access: { role: 'delegate', party: 'ua' } })).toEqual(['ua']);
  expect(readablePositions({ parties, access: { role: 'mediator', party: null } })).toEqual([
    'ua',
    'ru',
    'us',
  ]);
  expect(readablePositions({ parties, access: { role: 'observer', party: null } })).toEqual([]);
});
