import { expect, test } from 'vitest';
import type { Link } from './align-provisions.js';
import { pairLoneGaps } from './pair-lone-gaps.js';

const pair = (i: number, j: number): Link => ({ as: [i], bs: [j], kind: 'pair', similarity: 0.8 });
const deleted = (i: number): Link => ({ as: [i], bs: [], kind: 'deleted', similarity: 0 });
const added = (j: number): Link => ({ as: [], bs: [j], kind: 'added', similarity: 0 });
const moved = (i: number, j: number): Link => ({ as: [i], bs: [j], kind: 'moved', similarity: 0.4 });

test('the one provision of each text left between two in-order links is paired when they share enough', () => {
  const links = [pair(0, 0), deleted(1), added(1), pair(2, 2)];
  expect(pairLoneGaps(links, 3, 3, () => 0.03, 0.02)).toEqual([
    pair(0, 0),
    { as: [1], bs: [1], kind: 'pair', similarity: 0.03 },
    pair(2, 2),
  ]);
  // Sharing less than the floor, they stay a deletion and an addition; above 1 the step is off.
  expect(pairLoneGaps(links, 3, 3, () => 0.01, 0.02)).toEqual(links);
  expect(pairLoneGaps(links, 3, 3, () => 1, 2)).toEqual(links);
});

test('a gap with two provisions left on one side is not guessed at', () => {
  const links = [pair(0, 0), deleted(1), deleted(2), added(1), pair(3, 2)];
  expect(pairLoneGaps(links, 4, 3, () => 0.5, 0)).toEqual(links);
});

test('the start and the end of the texts bound a gap, and a move beside it does not hide it', () => {
  // A 0 and B 0 lead both texts; B 1 is A 2 moved, so A 0 and B 0 are still alone before the link (1, 2).
  const links = [deleted(0), added(0), moved(2, 1), pair(1, 2), deleted(3), added(3)];
  expect(pairLoneGaps(links, 4, 4, () => 0.1, 0.02)).toEqual([
    { as: [0], bs: [0], kind: 'pair', similarity: 0.1 },
    moved(2, 1),
    pair(1, 2),
    { as: [3], bs: [3], kind: 'pair', similarity: 0.1 },
  ]);
});
