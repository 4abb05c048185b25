import { expect, test } from 'vitest';
import { mergeThreeWay } from './merge-rows.js';
import type { CompareReport, Proposal } from '../api/contract.js';

const proposal = (id: string, points: [string, string][]): Proposal => ({
  id,
  title: id,
  authors: [],
  visibility: 'public',
  sharedWith: [],
  preamble: '',
  provisions: points.map(([num, text]) => ({ num, label: `${num}.`, text, codes: [] })),
});

const base = proposal('base', [
  ['1', 'Sovereignty is confirmed.'],
  ['3', 'NATO stops enlarging.'],
  ['6', 'The army is capped at 600,000.'],
]);

const same = (n: string) => ({ from: n, to: n, kind: 'same' as const, similarity: 1, redline: [] });
const modified = (n: string) => ({ from: n, to: n, kind: 'modified' as const, similarity: 0.8, redline: [] });

test('a point changed on one side only takes that side, a point deleted on one side is dropped', () => {
  const a = proposal('a', [
    ['1', 'Sovereignty is confirmed.'],
    ['6', 'The army is capped at 800,000.'],
  ]);
  const b = base;
  const toA: CompareReport = {
    pairs: [same('1'), { from: '3', to: null, kind: 'deleted', similarity: 0, redline: [] }, modified('6')],
  };
  const toB: CompareReport = { pairs: [same('1'), same('3'), same('6')] };
  const rows = mergeThreeWay(base, a, b, toA, toB);
  expect(rows.map((r) => [r.base, r.outcome, r.text])).toEqual([
    ['1', 'unchanged', 'Sovereignty is confirmed.'],
    ['3', 'dropped', null],
    ['6', 'from-a', 'The army is capped at 800,000.'],
  ]);
});

test('the same point changed differently on both sides is a conflict with both versions', () => {
  const a = proposal('a', [
    ['1', 'x'],
    ['3', 'y'],
    ['6', 'The army is capped at 800,000.'],
  ]);
  const b = proposal('b', [
    ['1', 'x'],
    ['3', 'y'],
    ['6', 'The army is capped at 700,000.'],
  ]);
  const pairs = { pairs: [same('1'), same('3'), modified('6')] };
  const row = mergeThreeWay(base, a, b, pairs, pairs)[2];
  expect(row?.outcome).toBe('conflict');
  expect([row?.a?.text, row?.b?.text]).toEqual([
    'The army is capped at 800,000.',
    'The army is capped at 700,000.',
  ]);
});

test('the same change on both sides merges cleanly', () => {
  const a = proposal('a', [['6', 'The army is capped at 800,000.']]);
  const pairs = { pairs: [same('1'), same('3'), modified('6')] };
  expect(mergeThreeWay(base, a, a, pairs, pairs)[2]?.outcome).toBe('both');
});

test('a point one side added follows the base point before it', () => {
  const a = proposal('a', [
    ['1', 'Sovereignty is confirmed.'],
    ['1a', 'Borders are respected.'],
  ]);
  const toA: CompareReport = {
    pairs: [
      same('1'),
      { from: null, to: '1a', kind: 'added', similarity: 0, redline: [] },
      same('3'),
      same('6'),
    ],
  };
  const toB: CompareReport = { pairs: [same('1'), same('3'), same('6')] };
  const rows = mergeThreeWay(base, a, base, toA, toB);
  expect(rows.map((r) => [r.base, r.outcome])).toEqual([
    ['1', 'unchanged'],
    [null, 'added-a'],
    ['3', 'unchanged'],
    ['6', 'unchanged'],
  ]);
});
