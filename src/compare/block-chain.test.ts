import fc from 'fast-check';
import { expect, test } from 'vitest';
import { chooseBlocks, scoreChain, type Block } from './block-chain.js';

const isInOrder = (chain: readonly Block[]) =>
  chain.every((b, k) => k === 0 || (b.a0 > chain[k - 1]!.a1 && b.b0 > chain[k - 1]!.b1));

/** The best total over every subset of blocks that is in document order on both sides. */
function bruteForce(blocks: readonly Block[], n: number, m: number, adjacency: number): number {
  let best = 0;
  for (let mask = 0; mask < 1 << blocks.length; mask++) {
    const chosen = blocks.filter((_, k) => mask & (1 << k)).sort((x, y) => x.a0 - y.a0);
    if (isInOrder(chosen)) best = Math.max(best, scoreChain(chosen, n, m, adjacency));
  }
  return best;
}

const arbitraryBlock = fc
  .record({
    a0: fc.nat(5),
    b0: fc.nat(5),
    wide: fc.nat(2),
    onA: fc.boolean(),
    score: fc.integer({ min: -4, max: 9 }),
  })
  .map(({ a0, b0, wide, onA, score }) => ({
    a0,
    a1: Math.min(5, a0 + (onA ? wide : 0)),
    b0,
    b1: Math.min(5, b0 + (onA ? 0 : wide)),
    score,
  }));

test('the chosen blocks are in document order and score as much as the best found by brute force', () => {
  fc.assert(
    fc.property(
      fc.array(arbitraryBlock, { maxLength: 9 }),
      fc.integer({ min: 0, max: 3 }),
      (blocks, adjacency) => {
        const chain = chooseBlocks(blocks, 6, 6, adjacency).map((k) => blocks[k]!);
        expect(isInOrder(chain)).toBe(true);
        expect(scoreChain(chain, 6, 6, adjacency)).toBe(bruteForce(blocks, 6, 6, adjacency));
      },
    ),
  );
});

test('a weak pair between two touching confident pairs is taken, the same pair alone is not', () => {
  const pair = (i: number, j: number, score: number): Block => ({ a0: i, a1: i, b0: j, b1: j, score });
  const sandwiched = [pair(0, 0, 1), pair(1, 1, -0.3), pair(2, 2, 1)];
  expect(chooseBlocks(sandwiched, 3, 3, 0.2)).toEqual([0, 1, 2]);
  expect(chooseBlocks([pair(1, 1, -0.3)], 5, 5, 0.2)).toEqual([]);
});

test('a merge competes with the pair it grew from as one choice', () => {
  const blocks = (merge: number): Block[] => [
    { a0: 0, a1: 0, b0: 0, b1: 0, score: 1 },
    { a0: 0, a1: 2, b0: 0, b1: 0, score: merge },
    { a0: 2, a1: 2, b0: 1, b1: 1, score: 1 },
  ];
  expect(chooseBlocks(blocks(1.5), 3, 2, 0)).toEqual([0, 2]);
  expect(chooseBlocks(blocks(2.5), 3, 2, 0)).toEqual([1]);
});

test('no blocks give an empty alignment', () => {
  expect(chooseBlocks([], 0, 0, 0.1)).toEqual([]);
});
