import { expect, test } from 'vitest';
import { latinNumber, transliterate } from './transliterate.js';

test('Russian and Ukrainian names read alike in Latin letters', () => {
  expect(transliterate('донецк')).toBe('donetsk');
  expect(transliterate('запоріжжя')).toBe('zaporizhzhia');
  expect(transliterate('херсон')).toBe('kherson');
});

test('characters that are not Cyrillic letters stay as they are', () => {
  expect(transliterate('osce-2022')).toBe('osce-2022');
});

test('Cyrillic sub-point letters become the Latin letter at the same place in the alphabet', () => {
  expect(['4а', '4б', '4в', '12Г'].map(latinNumber)).toEqual(['4a', '4b', '4c', '12d']);
  expect(latinNumber('10b')).toBe('10b');
});

test('apostrophes are dropped in Latin words as in Cyrillic ones, and nothing else of a Latin word changes', () => {
  expect(transliterate("don't")).toBe('dont');
  expect(transliterate('ukraine’s')).toBe('ukraines');
  expect(transliterate("об'єкт")).toBe('obiekt');
  expect(transliterate('sovereignty 2022 (a-b)')).toBe('sovereignty 2022 (a-b)');
});
