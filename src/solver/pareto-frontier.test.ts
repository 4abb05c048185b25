import fc from 'fast-check';
import { expect, test } from 'vitest';
import { nonDominated } from './pareto-frontier.js';
import type { FrontierPoint } from './pareto-frontier.js';

const point = (numerators: number[], options: number[]): FrontierPoint => ({
  numerators: Float64Array.from(numerators),
  options: Int32Array.from(options),
});

const key = (p: FrontierPoint): string => `${[...p.numerators].join(',')}|${[...p.options].join(',')}`;

test('a dominated point goes, and of equal vectors the smallest package stays', () => {
  const kept = nonDominated(
    [point([5, 5], [1, 0]), point([5, 5], [0, 1]), point([4, 5], [0, 0]), point([9, 1], [2, 2])],
    [1, 1],
  );
  expect(kept!.map(key)).toEqual(['9,1|2,2', '5,5|0,1']); // equal sums: the first party's larger value first
});

test('the two-party sweep keeps exactly the points the general filter keeps', () => {
  const points = fc.array(
    fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 })),
    { maxLength: 30 },
  );
  fc.assert(
    fc.property(points, (raw) => {
      const list = raw.map(([a, b, o]) => point([a, b], [o]));
      const general = list.filter(
        (p) =>
          !list.some(
            (q) =>
              q !== p &&
              ((q.numerators[0]! >= p.numerators[0]! &&
                q.numerators[1]! >= p.numerators[1]! &&
                (q.numerators[0]! > p.numerators[0]! || q.numerators[1]! > p.numerators[1]!)) ||
                (q.numerators[0] === p.numerators[0] &&
                  q.numerators[1] === p.numerators[1] &&
                  q.options[0]! < p.options[0]!)),
          ),
      );
      const expected = [...new Set(general.map(key))].sort();
      expect(nonDominated(list, [1, 1])!.map(key).sort()).toEqual(expected);
      expect(
        nonDominated(
          list.map((p) => point([...p.numerators, 0], [...p.options])),
          [1, 1, 1],
        )!.length,
      ).toBe(expected.length);
    }),
    { seed: 5, numRuns: 500 },
  );
});
