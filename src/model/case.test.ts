import { expect, test } from 'vitest';
import { CaseManifest, Option } from './index.js';

test('an option may have .inf as its value, meaning no limit', () => {
  expect(Option.parse({ id: 'none', label: 'No cap', value: Infinity }).value).toBe(Infinity);
});

test('an option value that is not a number is refused', () => {
  expect(Option.safeParse({ id: 'none', label: 'No cap', value: 'lots' }).success).toBe(false);
});

test('a party is a plain party unless it says it mediates', () => {
  const manifest = CaseManifest.parse({
    id: 'ukraine-2025',
    title: 'Russia–Ukraine settlement',
    parties: [
      { id: 'ua', name: 'Ukraine' },
      { id: 'us', name: 'United States', kind: 'mediator' },
    ],
  });
  expect(manifest.parties.map((p) => p.kind)).toEqual(['party', 'mediator']);
});

test('ids are lower-case with digits, dots and dashes', () => {
  expect(CaseManifest.safeParse({ id: 'Ukraine 2025', title: 't' }).success).toBe(false);
});
