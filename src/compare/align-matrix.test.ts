import { expect, test } from 'vitest';
import { alignMatrix } from './align-matrix.js';
import type { MatrixProposal } from './align-matrix.js';

const proposal = (id: string, ...texts: string[]): MatrixProposal => ({
  id,
  provisions: texts.map((text, k) => ({ num: String(k + 1), text })),
});

const plan = proposal(
  'plan',
  'A ceasefire along the line of contact.',
  'The army is capped at 600,000.',
  'Elections within 100 days.',
);
const counter = proposal(
  'counter',
  'A ceasefire along the line of contact.',
  'The army is capped at 800,000 in peacetime.',
  'Frozen assets stay frozen until Russia pays.',
);
const framework = proposal(
  'framework',
  'A ceasefire along the line of contact.',
  'Frozen assets stay frozen until Russia pays damages.',
);

test('each base provision is a row, with each proposal’s counterpart and how it changed', () => {
  const matrix = alignMatrix([plan, counter, framework], 'plan');
  expect(matrix.proposals).toEqual(['plan', 'counter', 'framework']);
  expect(matrix.rows.find((r) => r.base === '2')).toEqual({
    base: '2',
    cells: {
      plan: { nums: ['2'], kind: 'same', similarity: 1 },
      counter: { nums: ['2'], kind: 'modified', similarity: expect.any(Number) },
      framework: { nums: [], kind: 'deleted', similarity: 0 },
    },
  });
});

test('provisions the base lacks share one added row when they align with each other', () => {
  const matrix = alignMatrix([plan, counter, framework], 'plan');
  const added = matrix.rows.filter((r) => r.base === null);
  expect(added).toHaveLength(1);
  expect(added[0]!.cells).toEqual({
    plan: null,
    counter: { nums: ['3'], kind: 'added', similarity: 0 },
    framework: { nums: ['2'], kind: 'added', similarity: 0 },
  });
});

test('a single proposal is its own base, every cell same', () => {
  const matrix = alignMatrix([plan], 'plan');
  expect(matrix.rows.map((r) => r.cells.plan?.kind)).toEqual(['same', 'same', 'same']);
});

test('empty proposals give no rows', () => {
  expect(alignMatrix([proposal('a'), proposal('b')], 'a').rows).toEqual([]);
});
