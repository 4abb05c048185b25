import { expect, test } from 'vitest';
import { parseVersion } from './client.js';

test('an ETag names the version, weak or strong', () => {
  expect(parseVersion('"4"')).toBe(4);
  expect(parseVersion('W/"12"')).toBe(12);
});

test('an absent or foreign ETag names no version', () => {
  expect(parseVersion(null)).toBeUndefined();
  expect(parseVersion('"abc-123"')).toBeUndefined();
});
