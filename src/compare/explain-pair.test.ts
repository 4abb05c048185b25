import { expect, test } from 'vitest';
import { explainPair } from './explain-pair.js';

test('a paraphrase is explained by its shared words, its related words and its figures', () => {
  const why = explainPair(
    "Ukraine's status as a sovereign state is confirmed; its army is capped at 600,000.",
    "Ukraine's sovereignty is reaffirmed, with an army of 600 000 at most.",
    ['military.cap'],
    ['military.cap', 'sovereignty'],
    'same number',
  );
  expect(why.terms).toEqual(["Ukraine's", 'army']);
  expect(why.related).toEqual(expect.arrayContaining(['sovereign ~ sovereignty', 'confirmed ~ reaffirmed']));
  expect(why.numbers).toEqual(['600,000']);
  expect(why.codes).toEqual(['military.cap']);
  expect(why.position).toBe('same number');
});

test('texts with nothing in common are explained by nothing but their position', () => {
  expect(explainPair('Elections are held.', 'Grain ships sail freely.', [], [], 'in order')).toEqual({
    terms: [],
    related: [],
    numbers: [],
    codes: [],
    position: 'in order',
  });
});

test('a figure one side writes in words or as a span in other units is a figure both state', () => {
  const why = explainPair(
    'All detainees are released within two months.',
    'Every detainee goes home within 60 days.',
    [],
    [],
    'in order',
  );
  expect(why.numbers).toEqual(['two months']);
  expect(explainPair('Within 60 days.', 'Within two months.', [], [], 'in order').numbers).toEqual(['60']);
});
