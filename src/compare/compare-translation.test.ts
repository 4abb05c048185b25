import { expect, test } from 'vitest';
import { labelledCases, loadCase } from '../../test/compare-labelled.test-support.js';
import { defaultTuning } from './align-provisions.js';
import { compareProposals } from './compare-proposals.js';
import type { ComparableProvision } from './comparison.js';

test('the Russian text of a treaty pairs point by point; each pair is a translation shown side by side', async () => {
  const { a, b } = await loadCase(labelledCases.find((c) => c.truth === 'align-ceasefire-ru')!);
  const pairs = compareProposals(a, b).pairs;
  expect(pairs.map((p) => `${p.from}→${p.to}`)).toEqual(a.map((p) => `${p.num}→${p.num}`));
  for (const pair of pairs) {
    expect(pair).toMatchObject({ kind: 'modified', translation: true, redline: [] });
    expect(pair.texts).toEqual({
      from: a.find((p) => p.num === pair.from)!.text,
      to: b.find((p) => p.num === pair.to)!.text,
    });
  }
  expect(pairs.find((p) => p.from === '2')!.why!.numbers).toEqual(['100', '15', '14']);
});

test('a Russian sub-point (4б) and its English number (4b) are one number', async () => {
  const pairs = compareProposals(
    [{ num: '4б', text: 'Дети возвращаются в свои семьи.' }],
    [{ num: '4b', text: 'Children are returned to their families.' }],
  ).pairs;
  expect(pairs).toMatchObject([
    { from: '4б', to: '4b', translation: true, why: { position: 'same number' } },
  ]);
});

test('pairs in one language have a redline and no translation flag, and every pair has a why', async () => {
  const { a, b } = await loadCase(labelledCases.find((c) => c.truth === 'align-us28-plain')!);
  const pairs = compareProposals(a, b).pairs;
  expect(
    pairs.every((p) => p.translation === undefined && p.texts === undefined && p.why !== undefined),
  ).toBe(true);
  expect(pairs.find((p) => p.from === '1')).toMatchObject({
    to: '1',
    why: { related: expect.arrayContaining(['confirmed ~ reaffirmed']) as unknown },
  });
});

test('a change the issue summary reports is a pair of the alignment, even where the words differ', async () => {
  const a: ComparableProvision[] = [
    { num: '1', text: 'A ceasefire holds along the line of contact.' },
    {
      num: '6',
      text: "Ukraine's armed forces are capped at 600,000 personnel.",
      codes: [{ issue: 'military.cap', option: 'cap-600k' }],
    },
  ];
  const b: ComparableProvision[] = [
    { num: '1', text: 'A ceasefire holds along the line of contact.' },
    {
      num: '4',
      text: 'Kyiv keeps whatever peacetime strength it deems fit up to 800,000.',
      codes: [{ issue: 'military.cap', option: 'cap-800k' }],
    },
  ];
  // Without the codes' weight the words alone cannot pair them; the issue summary does.
  const comparison = compareProposals(a, b, {
    ...defaultTuning,
    weights: { ...defaultTuning.weights, codes: 0 },
  });
  expect(comparison.issues).toMatchObject([
    { issue: 'military.cap', fromProvisions: ['6'], toProvisions: ['4'] },
  ]);
  expect(comparison.pairs.find((p) => p.from === '6')).toMatchObject({
    to: '4',
    kind: 'modified',
    why: { position: 'issue summary', codes: ['military.cap'] },
  });
});

test('two provisions coding one issue are paired by their codes when both texts are coded', () => {
  const a: ComparableProvision[] = [
    { num: '1', text: 'A ceasefire holds along the line of contact.' },
    {
      num: '6',
      text: "Ukraine's armed forces are capped at 600,000 personnel.",
      codes: [{ issue: 'military.cap', option: 'cap-600k' }],
    },
    { num: '7', text: 'Sanctions are lifted in stages.', codes: [{ issue: 'sanctions', option: 'staged' }] },
  ];
  const b: ComparableProvision[] = [
    { num: '1', text: 'A ceasefire holds along the line of contact.' },
    {
      num: '4',
      text: 'Kyiv keeps whatever peacetime strength it deems fit up to 800,000.',
      codes: [{ issue: 'military.cap', option: 'cap-800k' }],
    },
    {
      num: '5',
      text: 'Restrictive measures end step by step.',
      codes: [{ issue: 'sanctions', option: 'staged' }],
    },
  ];
  const pairs = compareProposals(a, b).pairs;
  expect(pairs.find((p) => p.from === '7')).toMatchObject({ to: '5', why: { codes: ['sanctions'] } });
  expect(pairs.find((p) => p.from === '6')).toMatchObject({ to: '4', why: { codes: ['military.cap'] } });
  // Coded on one side only, codes say nothing: the same texts without B's codes pair neither.
  const uncoded = compareProposals(
    a,
    b.map(({ codes: _, ...p }) => p),
  ).pairs;
  expect(uncoded.find((p) => p.from === '7')).toMatchObject({ to: null, kind: 'deleted' });
});

test('a Russian list whose items share only transliterated names with one English point folds into it whole', () => {
  const a: ComparableProvision[] = [
    { num: '1', text: 'Стороны соблюдают перемирие с 1 мая.' },
    { num: '2', text: 'Работники:' },
    { num: '2а', parent: '2', text: 'работает в Энергодаре без угроз;' },
    { num: '2б', parent: '2', text: 'получает зарплату от Росатома и Энергоатома.' },
    { num: '3', text: 'МАГАТЭ проводит инспекции 4 раза в год.' },
  ];
  const b: ComparableProvision[] = [
    { num: '1', text: 'The parties keep the truce from 1 May.' },
    {
      num: '2',
      text: 'Station staff in Energodar work without threats and are paid by Rosatom and Energoatom.',
    },
    { num: '3', text: 'The IAEA inspects 4 times a year.' },
  ];
  const pairs = compareProposals(a, b).pairs;
  // The items share grams and no word with point 2 (their weight in the fold is what they share), and the
  // list's head shares nothing at all, which says nothing against its joining its own list.
  expect(pairs.filter((p) => p.to === '2').map((p) => [p.from, p.kind])).toEqual([
    ['2', 'merged'],
    ['2а', 'merged'],
    ['2б', 'merged'],
  ]);
});
