import { expect, test } from 'vitest';
import { isStopWord, termsOf } from './tokenize-terms.js';

test('terms are stemmed content words with stop words dropped', () => {
  expect(termsOf('The armed forces are capped at 600,000.')).toEqual(['arm', 'forc', 'cap', '600000']);
});

test('numbers written with commas or spaces give the same term', () => {
  expect(termsOf('800,000')).toEqual(termsOf('800 000'));
  expect(termsOf('800,000')).not.toEqual(termsOf('600,000'));
});

test('Latin and Cyrillic words in one text are each stemmed in their own language', () => {
  expect(termsOf('NATO и переговоры')).toEqual(['nato', 'переговор']);
});

test('stop words are recognised whatever their case', () => {
  expect(isStopWord('The')).toBe(true);
  expect(isStopWord('army')).toBe(false);
});

test('a text of punctuation only has no terms', () => {
  expect(termsOf(' ;:— ')).toEqual([]);
});
