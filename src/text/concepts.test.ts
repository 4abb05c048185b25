import { expect, test } from 'vitest';
import { conceptsOfStem } from './concepts.js';
import { stemWord } from './stem.js';

const share = (x: string, y: string): boolean => {
  const mine = new Set(conceptsOfStem(stemWord(x)));
  return conceptsOfStem(stemWord(y)).some((c) => mine.has(c));
};

test('WordNet joins the paraphrases of treaty language', () => {
  expect(share('reaffirmed', 'confirmed')).toBe(true);
  expect(share('pact', 'treaty')).toBe(true);
  expect(share('capped', 'ceiling')).toBe(true);
  expect(share('truce', 'ceasefire')).toBe(true);
});

test('unrelated words share no concept, and a word WordNet lacks has none', () => {
  expect(share('sovereignty', 'nuclear')).toBe(false);
  expect(conceptsOfStem(stemWord('переговоры'))).toEqual([]);
});
