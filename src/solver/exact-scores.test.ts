import { expect, test } from 'vitest';
import { buildCase, buildIssue, buildParty, buildPosition } from '../../test/case-builder.test-support.js';
import { solveCase } from './solve-case.js';

const parties = ['p0', 'p1', 'p2', 'p3', 'p4'];

/** Five parties, one issue, reservation 0: party p's gain under option k is `gains[k][p]`. */
function fiveParties(gains: number[][]) {
  const options = gains.map((_, k) => `o${k}`);
  return buildCase({
    parties: parties.map((id) => buildParty(id)),
    issues: [buildIssue('x', options)],
    positions: parties.map((party, p) =>
      buildPosition(party, {
        weights: { x: 1 },
        utilities: { x: Object.fromEntries(options.map((o, k) => [o, gains[k]![p]!])) },
      }),
    ),
  });
}

/** The exact Nash product of 6-decimal gains, as an integer count of 10^-30. */
const exactProduct = (gains: number[]): bigint =>
  gains.reduce((product, g) => product * BigInt(Math.round(g * 1e6)), 1n);

test('5-party Nash products differing by 3·10^-9 (10^-14 relative) are ordered exactly', () => {
  // Gains (10 + δ, 10 − δ, 10, 10, 10): products 10^5 − 10^3·δ², so the smallest δ wins; it comes last.
  const deltas = [1e-4, 1e-5, 3e-6, 2e-6, 1e-6];
  const gains = deltas.map((d) => [10 + d, 10 - d, 10, 10, 10]);
  const exact = gains.map(exactProduct);
  expect(exact[4]! - exact[3]!).toBe(3n * 10n ** 21n); // 3·10^-9 in units of 10^-30
  const best = exact.indexOf(exact.reduce((a, b) => (a > b ? a : b)));
  expect(solveCase(fiveParties(gains)).solutions.nash?.options).toEqual({ x: `o${best}` });
  expect(best).toBe(4);
});

test('an exact tie of Nash products whose float products differ goes to the first option', () => {
  // 15.016344·1 = 75.08172·0.2, so the products are equal; in floats the second is larger by one ulp.
  const first = [15.016344, 13.131696, 41.976203, 14.201731, 1];
  const second = [75.08172, 13.131696, 41.976203, 14.201731, 0.2];
  expect(exactProduct(first)).toBe(exactProduct(second));
  const float = (gains: number[]) => gains.reduce((a, b) => a * b, 1);
  expect(float(second)).toBeGreaterThan(float(first));
  expect(solveCase(fiveParties([first, second])).solutions.nash?.options).toEqual({ x: 'o0' });
  // and the other way round: the exact tie still goes to the first option, now the float-larger one
  expect(solveCase(fiveParties([second, first])).solutions.nash?.options).toEqual({ x: 'o0' });
});
