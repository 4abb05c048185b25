import { expect, test } from 'vitest';
import { quantitiesOf, quantityTerms } from './quantities.js';

test.each([
  ['within two months', ['60']],
  ['three weeks after signing', ['21']],
  ['within 60 days', []],
  ['for four months', ['120']],
  ['42 million cubic metres', ['42000000']],
  ['1.5 million people', ['1500000']],
  ['twenty five experts', ['25']],
  ['десять дней', ['10']],
  ['протягом тридцяти днів', ['30']],
  ['42 млн кубометров', ['42000000']],
  ['no one is displaced; 600,000 troops in 2022', []],
])('%s states %j beyond its digits', (text, terms) => {
  expect(quantityTerms(text)).toEqual(terms);
});

test('a span in months and the same span in days state one figure', () => {
  expect(quantityTerms('two months')).toEqual(['60']);
  expect(quantityTerms('2 months')).toEqual(['60']);
  expect(quantityTerms('п’ять років')).toEqual([String(5 * 365)]);
});

test('each figure comes with the words that state it', () => {
  expect(quantitiesOf('released within two months, 42 million cubic metres, and 10 days')).toEqual([
    { figure: '60', written: 'two months' },
    { figure: '42000000', written: '42 million' },
  ]);
});

test("a word that names a property of every object ('constructor', 'toString') states no figure", () => {
  expect(quantityTerms('the constructor of the road, its toString and valueOf within two days')).toEqual([
    '2',
  ]);
});
