import { expect, test } from 'vitest';
import { featuresOf } from './provision-features.js';

test('a provision has its stems, their concepts, their Latin 4-grams and its coded issues', () => {
  const f = featuresOf('Sovereignty is reaffirmed', [{ issue: 'sovereignty', option: 'recognised' }]);
  expect(f.words).toEqual(['sovereignti', 'reaffirm']);
  expect(f.grams).toContain('^sov');
  expect(f.grams).toContain('ignt');
  expect(f.concepts.length).toBeGreaterThan(0);
  expect(f.codes).toEqual(['sovereignty']);
});

test('a Cyrillic name yields the grams of its Latin spelling; numbers yield none', () => {
  const f = featuresOf('Донецк 600 000', undefined);
  expect(f.grams).toContain('^don');
  expect(f.words).toContain('600000');
  expect(f.grams.some((g) => /\d/.test(g))).toBe(false);
});
