import { expect, test } from 'vitest';
import { buildNwayRows } from './nway-rows.js';
import { us28ToE3 } from './fixtures.test-support.js';

test('each base provision gets its counterpart in every compared proposal', () => {
  const { rows } = buildNwayRows(['3', '6'], [us28ToE3, us28ToE3]);
  expect(rows).toEqual([
    {
      num: '3',
      counterparts: [
        { nums: [], kind: 'deleted' },
        { nums: [], kind: 'deleted' },
      ],
    },
    {
      num: '6',
      counterparts: [
        { nums: ['6'], kind: 'modified' },
        { nums: ['6'], kind: 'modified' },
      ],
    },
  ]);
});

test('a split lists every target, and added provisions are counted per proposal', () => {
  const report = {
    pairs: [
      { from: '10', to: '10', kind: 'split' as const, similarity: 0.7, redline: [] },
      { from: '10', to: '11', kind: 'split' as const, similarity: 0.7, redline: [] },
      { from: null, to: '12', kind: 'added' as const, similarity: 0, redline: [] },
    ],
  };
  const { rows, added } = buildNwayRows(['10', '99'], [report]);
  expect(rows[0]?.counterparts).toEqual([{ nums: ['10', '11'], kind: 'split' }]);
  expect(rows[1]?.counterparts).toEqual([null]);
  expect(added).toEqual([1]);
});
