import { expect, test } from 'vitest';
import { stemLanguageOf, stemWord } from './stem.js';

test('English words are stemmed with Porter2 after lower-casing', () => {
  expect(stemWord('Negotiations')).toBe(stemWord('negotiating'));
  expect(stemWord('territories')).toBe(stemWord('territory'));
});

test('Russian words are stemmed with the Snowball Russian stemmer', () => {
  expect(stemWord('переговоры')).toBe('переговор');
  expect(stemWord('Переговорах')).toBe('переговор');
});

test('ё and е stem alike', () => {
  expect(stemWord('её')).toBe(stemWord('ее'));
});

test('a curly apostrophe is read as a straight one, so possessives stem alike', () => {
  expect(stemWord('Ukraine’s')).toBe(stemWord("Ukraine's"));
  expect(stemWord("Ukraine's")).toBe(stemWord('Ukraine'));
});

test('the language follows the script of the first letter', () => {
  expect(stemLanguageOf('мир')).toBe('russian');
  expect(stemLanguageOf('peace')).toBe('english');
  expect(stemLanguageOf('2025')).toBe('none');
});

test('words in other scripts and numbers come back lower-cased but unstemmed', () => {
  expect(stemWord('600000')).toBe('600000');
  expect(stemWord('ΕΙΡΗΝΗ')).toBe('ειρηνη');
});

test('a word with a digit in it is a name and is not stemmed', () => {
  expect(stemWord('G8s')).toBe('g8s');
  expect(stemWord('10a')).toBe('10a');
});
