import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Case } from '../model/index.js';
import { collisionsArbitrary } from './arbitrary-case.test-support.js';
import {
  bruteConflicts,
  bruteForce,
  conflictKey,
  bruteParetoVectors,
  bruteRelaxations,
  feasiblePackages,
  indicesOf,
  packageOf,
  zonePackages,
} from './brute-force.test-support.js';
import type { BruteCase, BrutePackage } from './brute-force.test-support.js';
import { generateRandomCase } from './random-case.js';
import { shareOf } from './branch-and-bound.js';
import { solveCase } from './solve-case.js';
import type { SolutionName, SolveReport } from './solve-report.js';

const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
const gains = (c: BruteCase, pkg: BrutePackage): number[] =>
  pkg.utilities.map((u, p) => u - c.reservations[p]!);

/** Each solution's primary score, as `optimality.<name>.bound` measures it. */
function scorers(c: BruteCase): Record<SolutionName, (pkg: BrutePackage) => number> {
  const zone = zonePackages(c);
  const best = c.parties.map((_, p) => Math.max(...zone.map((pkg) => pkg.utilities[p]!)));
  return {
    utilitarian: (pkg) => sum(pkg.utilities),
    egalitarian: (pkg) => Math.min(...gains(c, pkg)),
    nash: (pkg) => gains(c, pkg).reduce((s, g) => s * g, 1),
    kalai: (pkg) => Math.min(...gains(c, pkg).map((g, p) => g / (best[p]! - c.reservations[p]!))),
  };
}

const names: SolutionName[] = ['nash', 'kalai', 'egalitarian', 'utilitarian'];
const near = (a: number, b: number) => Math.abs(a - b) <= 1e-3 * Math.max(1, Math.abs(a), Math.abs(b));

/** Solves with a time limit that runs out after `polls` polls, and checks nothing unproven is claimed. */
function checkStopped(input: Case, polls: number): void {
  let asked = 0;
  const progress: string[][] = [];
  // Each poll counts as a unit of time, so the shares of the time limit are exercised too.
  const report = solveCase(input, {
    control: {
      shouldStop: () => ++asked > polls,
      remaining: () => polls - asked,
      pollEvery: 8,
      onProgress: ({ proven }) => progress.push(proven ?? []),
    },
    pareto: {},
  });
  const c = bruteForce(input);
  const feasible = feasiblePackages(c);
  const zone = zonePackages(c);
  checkProgress(report, progress);
  checkFrontierSoFar(c, report);
  if (report.feasible !== null) expect(report.feasible).toBe(feasible.length > 0);
  if (report.agreementZone !== null) expect(report.agreementZone).toBe(zone.length > 0);
  if (!report.stopped) expect([report.feasible, report.agreementZone]).not.toContain(null);
  if (report.proven) expect(report.stopped).toBe(false);
  if (report.feasible === null) expect(report.conflicts).toEqual([]);
  // Every conflict listed is a true minimal conflict, even when the list is cut short.
  const key = conflictKey(c);
  if (report.conflicts.length > 0) {
    const conflicts = bruteConflicts(c).map((set) => set.join(','));
    for (const conflict of report.conflicts) expect(conflicts).toContain(key(conflict));
    if (report.conflictsComplete) expect(report.conflicts.map(key).sort()).toEqual(conflicts);
  }
  const score = scorers(c);
  for (const name of names) {
    const pool = name === 'utilitarian' ? feasible : zone;
    const solution = report.solutions[name];
    const { proven, gap, bound } = report.optimality[name];
    if (solution === null) {
      if (proven) expect(pool).toEqual([]);
      continue;
    }
    const found = packageOf(c, indicesOf(c, solution.options));
    expect(pool).toContain(found);
    const optimum = Math.max(...pool.map(score[name]));
    if (proven) expect(near(score[name](found), optimum)).toBe(true);
    // Kalai's bound is on the share of the ideal gain: with the ideal points unproven it still bounds it.
    if (bound !== null) expect(bound).toBeGreaterThanOrEqual(optimum - 1e-3 * Math.max(1, optimum));
    if (gap !== null) expect(score[name](found) + gap).toBeGreaterThanOrEqual(optimum - 1e-3);
  }
}

/** What progress said was proven only grows, and the report proves each of it. */
function checkProgress(report: SolveReport, progress: string[][]): void {
  for (const [k, proven] of progress.entries())
    if (k > 0) expect(proven.slice(0, progress[k - 1]!.length)).toEqual(progress[k - 1]);
  const claimed = progress.at(-1) ?? [];
  if (claimed.includes('feasible')) expect(report.feasible).not.toBeNull();
  if (claimed.includes('agreementZone')) expect(report.agreementZone).not.toBeNull();
  for (const name of names) if (claimed.includes(name)) expect(report.optimality[name].proven).toBe(true);
  if (claimed.includes('pareto')) expect(report.paretoProven).toBe(true);
  if (claimed.includes('conflicts')) expect(report.conflictsComplete).toBe(true);
}

/** The frontier listed is feasible and none of it dominated by another listed package; all of it when proven. */
function checkFrontierSoFar(c: BruteCase, report: SolveReport): void {
  const listed = report.pareto!.map((solution) => packageOf(c, indicesOf(c, solution.options)));
  const feasible = feasiblePackages(c);
  expect(listed.every((pkg) => feasible.includes(pkg))).toBe(true);
  const dominates = (a: BrutePackage, b: BrutePackage) =>
    a.numerators.every((x, p) => x >= b.numerators[p]!) && a.numerators.some((x, p) => x > b.numerators[p]!);
  expect(listed.some((a) => listed.some((b) => dominates(a, b)))).toBe(false);
  if (report.paretoProven)
    expect(listed.map((pkg) => pkg.numerators.join(',')).sort()).toEqual(bruteParetoVectors(c));
  else expect(report.proven).toBe(false);
  // A stopped frontier still lists the packages the searches found, or packages that dominate them.
  for (const name of names) {
    const solution = report.solutions[name];
    if (solution === null || report.paretoProven) continue;
    const found = packageOf(c, indicesOf(c, solution.options));
    expect(
      listed.some(
        (pkg) => pkg === found || dominates(pkg, found) || pkg.numerators.join() === found.numerators.join(),
      ),
    ).toBe(true);
  }
}

test('a search stopped at any point claims only what it proved: decisions, optimality, bounds and gaps', () => {
  const shapes = fc.record({
    issues: fc.integer({ min: 5, max: 7 }),
    options: fc.integer({ min: 3, max: 4 }),
    parties: fc.integer({ min: 2, max: 3 }),
    redLinesPerParty: fc.integer({ min: 1, max: 2 }),
    seed: fc.integer({ min: 1, max: 10_000 }),
    infeasible: fc.boolean(),
    opposed: fc.boolean(),
  });
  fc.assert(
    fc.property(shapes, fc.integer({ min: 0, max: 40 }), (shape, polls) =>
      checkStopped(generateRandomCase(shape), polls),
    ),
    { seed: 41, numRuns: 100 },
  );
});

test('a frontier stopped in both passes still lists (or dominates) a solution only the second pass proved', () => {
  // Here the merged answer's egalitarian package comes from the second pass, and the first pass's frontier
  // neither lists nor dominates it (found by search over seeds; it failed before the merge took the second
  // pass's frontier).
  const shape = { issues: 5, options: 4, parties: 3, redLinesPerParty: 2, seed: 3, opposed: true };
  for (const polls of [14, 15, 16]) checkStopped(generateRandomCase(shape), polls);
});

test('a search stopped before its first package says feasibility is undecided, never infeasible', () => {
  const input = generateRandomCase({ issues: 40, options: 6, parties: 6, redLinesPerParty: 3, seed: 1 });
  const report = solveCase(input, { control: { shouldStop: () => true } });
  expect(report.stopped).toBe(true);
  expect(report.proven).toBe(false);
  expect(report.feasible).not.toBe(false);
  expect(report.agreementZone).not.toBe(false);
  for (const name of names) {
    const optimality = report.optimality[name];
    if (report.solutions[name] === null)
      expect(optimality).toEqual({ proven: false, gap: null, bound: null });
  }
});

test('each of four searches gets a quarter of the time left, and what one leaves passes to the next', () => {
  let now = 0;
  const control = { shouldStop: () => now >= 1000, remaining: () => 1000 - now };
  const first = shareOf(control, 4);
  while (!first.shouldStop!()) now++;
  expect(now).toBe(251); // stops once less than 750 is left
  now = 300; // the second search finished early, at 300
  const third = shareOf(control, 2);
  while (!third.shouldStop!()) now++;
  expect(now).toBe(651); // half of the 700 left
});

test('when the shares stop a search early but leave time unused, the case is solved again with all of it', () => {
  const input = generateRandomCase({
    issues: 12,
    options: 5,
    parties: 3,
    redLinesPerParty: 3,
    seed: 2,
    opposed: true,
  });
  let polls = 0;
  const unlimited = solveCase(input, { control: { shouldStop: () => (polls++, false), pollEvery: 4 } });
  const needed = polls;
  polls = 0;
  const limit = 3 * needed;
  const report = solveCase(input, {
    control: { shouldStop: () => ++polls > limit, remaining: () => limit - polls, pollEvery: 4 },
  });
  expect(needed).toBeGreaterThan(100);
  expect(polls).toBeGreaterThan(needed); // a second pass ran
  expect(report.proven).toBe(true);
  expect(report.solutions).toEqual(unlimited.solutions);
});

test('stopped on cases of many independent collisions, every conflict and relaxation listed is a true one', () => {
  const infeasible = collisionsArbitrary.filter((input) => feasiblePackages(bruteForce(input)).length === 0);
  fc.assert(
    fc.property(infeasible, fc.integer({ min: 0, max: 30 }), (input, polls) => {
      let asked = 0;
      const report = solveCase(input, {
        solutions: ['utilitarian'],
        afterRelaxation: false,
        control: { shouldStop: () => ++asked > polls, pollEvery: 1 },
      });
      const c = bruteForce(input);
      expect(report.feasible).not.toBe(true);
      if (report.feasible === null) return;
      const key = conflictKey(c);
      const conflicts = bruteConflicts(c).map((set) => set.join(','));
      for (const conflict of report.conflicts) expect(conflicts).toContain(key(conflict));
      if (report.conflictsComplete) expect(report.conflicts.map(key).sort()).toEqual(conflicts);
      if (report.relaxationCost === null) return;
      const cheapest = bruteRelaxations(c);
      expect(report.relaxationCost).toBeCloseTo(cheapest.cost, 9);
      const cheapestSets = cheapest.sets.map((set) => set.join(','));
      for (const set of report.cheapestRelaxations!) expect(cheapestSets).toContain(key(set));
      const fewest = bruteRelaxations({ ...c, redLines: c.redLines.map((r) => ({ ...r, priority: 1 })) });
      const fewestSets = fewest.sets.map((set) => set.join(','));
      for (const set of report.relaxations) expect(fewestSets).toContain(key(set));
    }),
    { seed: 29, numRuns: 200 },
  );
});
