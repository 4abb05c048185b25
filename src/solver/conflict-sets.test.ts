import fc from 'fast-check';
import { expect, test } from 'vitest';
import { minimalHittingSets } from './conflict-sets.js';

test('the minimal hitting sets of {a,b} and {b,c} are {b} and {a,c}', () => {
  expect(
    minimalHittingSets(
      [
        [0, 1],
        [1, 2],
      ],
      10,
    ),
  ).toEqual({
    sets: [[1], [0, 2]],
    complete: true,
  });
});

test('every set found hits every member, and no proper subset of it does', () => {
  const family = fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 3 }), {
    minLength: 1,
    maxLength: 5,
  });
  fc.assert(
    fc.property(family, (members) => {
      const hits = (set: number[]): boolean => members.every((m) => m.some((e) => set.includes(e)));
      const { sets } = minimalHittingSets(members, 1000);
      for (const set of sets) {
        expect(hits(set)).toBe(true);
        for (const e of set) expect(hits(set.filter((x) => x !== e))).toBe(false);
      }
      // And none is missed: every minimal hitting set over the 6 elements is listed.
      const all: string[] = [];
      for (let mask = 0; mask < 64; mask++) {
        const set = [0, 1, 2, 3, 4, 5].filter((e) => mask & (1 << e));
        if (hits(set) && set.every((e) => !hits(set.filter((x) => x !== e)))) all.push(set.join(','));
      }
      expect(sets.map((s) => s.join(',')).sort()).toEqual(all.sort());
    }),
    { seed: 13, numRuns: 300 },
  );
});
