import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Case, Position, Rule } from '../model/index.js';
import {
  buildCase,
  buildIssue,
  buildParty,
  buildPosition,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import {
  bruteConflicts,
  bruteForce,
  bruteRelaxations,
  feasiblePackages,
} from './brute-force.test-support.js';
import type { BruteCase } from './brute-force.test-support.js';
import { minimalHittingSets } from './conflict-sets.js';
import { solveCase } from './solve-case.js';
import type { ConflictRef } from './solve-report.js';

/** `count` issues, each holding two opposed red lines: ua wants option a, ru wants option b. */
function independentCollisions(count: number): Case {
  const issues = Array.from({ length: count }, (_, i) => buildIssue(`issue-${i}`, ['a', 'b']));
  const side = (party: string, option: string): Position =>
    buildPosition(party, {
      reservation: 0,
      weights: Object.fromEntries(issues.map((issue) => [issue.id, 1])),
      utilities: {},
      redlines: issues.map((issue) => buildRedLine(`on-${issue.id}`, { issue: issue.id, in: [option] })),
    });
  return buildCase({
    parties: [buildParty('ua'), buildParty('ru')],
    issues,
    positions: [side('ua', 'a'), side('ru', 'b')],
  });
}

test('eight independent collisions are eight conflicts of two red lines, and 2^8 relaxations of eight', () => {
  const report = solveCase(independentCollisions(8));
  expect(report.feasible).toBe(false);
  expect(report.conflicts).toHaveLength(8);
  expect(report.conflictsComplete).toBe(true);
  for (const [k, conflict] of report.conflicts.entries())
    expect(conflict).toEqual([
      { party: 'ua', redline: `on-issue-${k}` },
      { party: 'ru', redline: `on-issue-${k}` },
    ]);
  expect(report.relaxations).toHaveLength(256);
  expect(report.relaxations.every((set) => set.length === 8)).toBe(true);
  expect(report.relaxationCost).toBe(8);
});

test('a capped hitting-set list still holds only minimal hitting sets', () => {
  const family = Array.from({ length: 7 }, (_, k) => [2 * k, 2 * k + 1]);
  const { sets, complete } = minimalHittingSets(family, 20);
  expect(complete).toBe(false);
  expect(sets).toHaveLength(20);
  const hits = (set: number[]) => family.every((m) => m.some((e) => set.includes(e)));
  for (const set of sets) {
    expect(hits(set)).toBe(true);
    for (const e of set) expect(hits(set.filter((x) => x !== e))).toBe(false);
  }
});

/** Cases whose red lines mostly sit on one issue each, so that many collisions are independent. */
const collisionsArbitrary: fc.Arbitrary<Case> = fc
  .record({
    options: fc.array(fc.integer({ min: 2, max: 3 }), { minLength: 2, maxLength: 6 }),
    parties: fc.integer({ min: 2, max: 3 }),
  })
  .chain(({ options, parties }) => {
    const issues = options.map((count, i) =>
      buildIssue(
        `i${i}`,
        Array.from({ length: count }, (_, o) => `o${o}`),
      ),
    );
    const onOne = fc.nat({ max: issues.length - 1 }).chain((i) =>
      fc
        .subarray(
          issues[i]!.options.map((o) => o.id),
          { minLength: 1 },
        )
        .map((kept): Rule => ({ issue: issues[i]!.id, in: kept })),
    );
    const linking = fc.tuple(onOne, onOne).map(([a, b]): Rule => ({ if: a, then: b }));
    const redLine = fc.tuple(
      fc.oneof({ arbitrary: onOne, weight: 4 }, { arbitrary: linking, weight: 1 }),
      fc.integer({ min: 1, max: 3 }),
    );
    const position = (party: string) =>
      fc.array(redLine, { maxLength: 4 }).map((rules) =>
        buildPosition(party, {
          reservation: 0,
          weights: {},
          utilities: {},
          redlines: rules.map(([rule, priority], r) => buildRedLine(`r${r}`, rule, { priority })),
        }),
      );
    const ids = Array.from({ length: parties }, (_, p) => `p${p}`);
    return fc
      .tuple(...ids.map(position))
      .map((positions) => buildCase({ parties: ids.map((id) => buildParty(id)), issues, positions }));
  });

const keyOf =
  (c: BruteCase) =>
  (refs: ConflictRef[]): string =>
    refs
      .flatMap((ref) => ('coherence' in ref ? [] : [ref]))
      .map((ref) => c.redLines.findIndex((r) => r.party === ref.party && r.id === ref.redline))
      .sort((a, b) => a - b)
      .join(',');

test('conflicts and relaxations equal brute force on cases with many independent collisions', () => {
  const infeasible = collisionsArbitrary.filter((c) => feasiblePackages(bruteForce(c)).length === 0);
  fc.assert(
    fc.property(infeasible, (input) => {
      const report = solveCase(input, { solutions: ['utilitarian'], afterRelaxation: false });
      const c = bruteForce(input);
      const key = keyOf(c);
      expect(report.feasible).toBe(false);
      expect(report.conflictsComplete).toBe(true);
      expect(report.conflicts.map(key).sort()).toEqual(bruteConflicts(c).map((set) => set.join(',')));
      const cheapest = bruteRelaxations(c);
      expect(report.relaxationCost).toBeCloseTo(cheapest.cost, 9);
      expect(report.cheapestRelaxations!.map(key).sort()).toEqual(cheapest.sets.map((set) => set.join(',')));
      const fewest = bruteRelaxations({ ...c, redLines: c.redLines.map((r) => ({ ...r, priority: 1 })) });
      expect(report.relaxations.map(key).sort()).toEqual(fewest.sets.map((set) => set.join(',')));
    }),
    { seed: 23, numRuns: 200 },
  );
});

test('relaxation costs add exactly: priorities 0.1 + 0.2 tie with 0.3, though their float sum is larger', () => {
  // ua wants option a on both issues (priorities 0.1 and 0.2); ru wants b on both, tied by one red line (0.3).
  const issues = [buildIssue('x', ['a', 'b']), buildIssue('y', ['a', 'b'])];
  const input = buildCase({
    parties: [buildParty('ua'), buildParty('ru')],
    issues,
    positions: [
      buildPosition('ua', {
        reservation: 0,
        weights: { x: 1, y: 1 },
        utilities: {},
        redlines: [
          buildRedLine('x-a', { issue: 'x', in: ['a'] }, { priority: 0.1 }),
          buildRedLine('y-a', { issue: 'y', in: ['a'] }, { priority: 0.2 }),
        ],
      }),
      buildPosition('ru', {
        reservation: 0,
        weights: { x: 1, y: 1 },
        utilities: {},
        redlines: [
          buildRedLine(
            'both-b',
            {
              all: [
                { issue: 'x', in: ['b'] },
                { issue: 'y', in: ['b'] },
              ],
            },
            { priority: 0.3 },
          ),
        ],
      }),
    ],
  });
  expect(0.1 + 0.2).toBeGreaterThan(0.3);
  const report = solveCase(input, { solutions: ['utilitarian'], afterRelaxation: false });
  expect(report.relaxationCost).toBe(0.3);
  expect(report.cheapestRelaxations).toEqual([
    [{ party: 'ru', redline: 'both-b' }],
    [
      { party: 'ua', redline: 'x-a' },
      { party: 'ua', redline: 'y-a' },
    ],
  ]);
  expect(report.relaxations).toEqual([[{ party: 'ru', redline: 'both-b' }]]);
});
