import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Case, Position } from '../model/index.js';
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
  conflictKey,
  feasiblePackages,
} from './brute-force.test-support.js';
import { minimalHittingSets } from './conflict-sets.js';
import { collisionsArbitrary } from './arbitrary-case.test-support.js';
import { solveCase } from './solve-case.js';

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

test('conflicts and relaxations equal brute force on cases with many independent collisions', () => {
  const infeasible = collisionsArbitrary.filter((c) => feasiblePackages(bruteForce(c)).length === 0);
  fc.assert(
    fc.property(infeasible, (input) => {
      const report = solveCase(input, { solutions: ['utilitarian'], afterRelaxation: false });
      const c = bruteForce(input);
      const key = conflictKey(c);
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
