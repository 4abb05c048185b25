import { expect, test } from 'vitest';
import type { Reader } from '../model/index.js';
import { redactSolve } from './solve-report.js';

const reader: Reader = {
  unsealed: new Set(['ua']),
  partyNames: new Map([
    ['ua', 'Ukraine'],
    ['ru', 'Russia'],
  ]),
};

test('a solve report keeps every package but only the reader’s own utilities', () => {
  const pkg = { options: { cap: 'cap-800k' }, utilities: { ua: 70, ru: 40 } };
  const redacted = redactSolve(
    { solutions: { nash: pkg, kalai: null }, pareto: [pkg], conflicts: [], relaxations: [] },
    reader,
  );
  expect(redacted.solutions).toEqual({
    nash: { options: { cap: 'cap-800k' }, utilities: { ua: 70 } },
    kalai: null,
  });
  expect(redacted.pareto).toEqual([{ options: { cap: 'cap-800k' }, utilities: { ua: 70 } }]);
  expect(redacted.withheld).toEqual(['ru']);
});

test('a conflict with another party’s red line names it only as a sealed red line of that party', () => {
  const conflicts = [
    [
      { party: 'ua', redline: 'army-floor' },
      { party: 'ru', redline: 'demilitarise' },
    ],
  ];
  expect(redactSolve({ solutions: {}, conflicts }, reader).conflicts).toEqual([
    [
      { party: 'ua', redline: 'army-floor' },
      { party: 'ru', redline: 'sealed', text: 'a sealed red line of Russia' },
    ],
  ]);
});
