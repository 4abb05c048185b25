import { expect, test } from 'vitest';
import { conceptsOfStem } from './concepts.js';
import { lexiconData } from './lexicon-data.js';
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

test('the lexicon is sorted as strings compare, which finding a stem by binary search relies on', () => {
  const lines = lexiconData.split('\n');
  const stems = lines.map((line) => line.slice(0, line.indexOf(' ')));
  const unordered = stems.filter((stem, k) => k > 0 && !(stems[k - 1]! < stem));
  expect(unordered).toEqual([]);
  // Every stem is found, with the concepts its line lists (the first and the last line included).
  const wrong = lines.filter(
    (line, k) => conceptsOfStem(stems[k]!).join(' ') !== line.slice(stems[k]!.length + 1),
  );
  expect(wrong).toEqual([]);
  expect(conceptsOfStem(stems[stems.length - 1]!).length).toBeGreaterThan(0);
  expect(conceptsOfStem('zzzz-not-a-word')).toEqual([]);
  expect(conceptsOfStem('')).toEqual([]);
});
