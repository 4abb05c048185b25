import { expect, test } from 'vitest';
import { mergeWords } from './merge-words.js';

test('edits to different words of a provision are both taken', () => {
  expect(
    mergeWords(
      'Ukraine’s armed forces are capped at 600,000 personnel.',
      'Ukraine’s armed forces are capped at 800,000 personnel.',
      'Ukraine’s armed forces are capped at 600,000 personnel in peacetime.',
    ),
  ).toBe('Ukraine’s armed forces are capped at 800,000 personnel in peacetime.');
});

test('two different edits of the same words are a conflict', () => {
  expect(mergeWords('capped at 600,000.', 'capped at 800,000.', 'capped at 700,000.')).toBeUndefined();
});

test('the same edit made by both revisions is taken once', () => {
  expect(mergeWords('capped at 600,000.', 'capped at 800,000.', 'capped at 800,000.')).toBe(
    'capped at 800,000.',
  );
});

test('an edit on one side only is taken as it is', () => {
  expect(
    mergeWords('Elections within 100 days.', 'Elections within 100 days.', 'Elections as soon as possible.'),
  ).toBe('Elections as soon as possible.');
});

test('Cyrillic edits merge word by word', () => {
  expect(mergeWords('армия 600 000 человек', 'армия 800 000 человек', 'армия 600 000 военнослужащих')).toBe(
    'армия 800 000 военнослужащих',
  );
});

test('an insertion inside words the other side rewrote is a conflict', () => {
  expect(
    mergeWords('NATO stations no troops.', 'NATO stations no foreign troops.', 'NATO keeps out.'),
  ).toBeUndefined();
});

test('an edit that touches another one is a conflict, not a silent splice', () => {
  expect(
    mergeWords(
      'Elections within 100 days.',
      'Elections as soon as possible.',
      'Elections within 100 days of the ceasefire.',
    ),
  ).toBeUndefined();
});
