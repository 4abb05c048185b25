import fc from 'fast-check';
import { expect, test } from 'vitest';
import { heaviestChain } from './monotone-chain.js';

type Pair = { i: number; j: number; weight: number };

function bruteForce(pairs: Pair[]): number {
  let best = 0;
  for (let mask = 0; mask < 1 << pairs.length; mask++) {
    const chosen = pairs.filter((_, k) => mask & (1 << k)).sort((x, y) => x.i - y.i);
    const isChain = chosen.every((p, k) => k === 0 || (p.i > chosen[k - 1]!.i && p.j > chosen[k - 1]!.j));
    if (isChain)
      best = Math.max(
        best,
        chosen.reduce((s, p) => s + p.weight, 0),
      );
  }
  return best;
}

test('the chain is strictly increasing and as heavy as the best found by brute force', () => {
  const pair = fc.record({ i: fc.nat(5), j: fc.nat(5), weight: fc.integer({ min: 1, max: 9 }) });
  fc.assert(
    fc.property(fc.array(pair, { maxLength: 9 }), (pairs) => {
      const chain = heaviestChain(pairs, 6).map((k) => pairs[k]!);
      chain.forEach((p, k) => {
        if (k > 0) expect(p.i > chain[k - 1]!.i && p.j > chain[k - 1]!.j).toBe(true);
      });
      expect(chain.reduce((s, p) => s + p.weight, 0)).toBe(bruteForce(pairs));
    }),
  );
});

test('a crossing pair is left out of the chain in favour of the heavier order', () => {
  const pairs = [
    { i: 0, j: 0, weight: 1 },
    { i: 1, j: 2, weight: 1 },
    { i: 2, j: 1, weight: 1 },
    { i: 3, j: 3, weight: 1 },
  ];
  expect(heaviestChain(pairs, 4)).toEqual([0, 1, 3]);
});

test('no pairs give an empty chain', () => {
  expect(heaviestChain([], 0)).toEqual([]);
});
