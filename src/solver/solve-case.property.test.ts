import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Case } from '../model/index.js';
import { caseArbitrary } from './arbitrary-case.test-support.js';
import {
  bruteConflicts,
  bruteForce,
  conflictKey,
  bruteParetoVectors,
  bruteRelaxations,
  feasiblePackages,
  compareMaxMin,
  firstBest,
  firstBestBy,
  indicesOf,
  packageOf,
  productKey,
  sumKey,
  zonePackages,
} from './brute-force.test-support.js';
import type { BruteCase, BrutePackage } from './brute-force.test-support.js';
import { solveCase } from './solve-case.js';
import type { Solution } from './solve-report.js';

const close = (a: number, b: number): boolean =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

const gains = (c: BruteCase, pkg: BrutePackage): number[] =>
  pkg.utilities.map((u, p) => u - c.reservations[p]!);
const sum = (xs: number[]): number => xs.reduce((s, x) => s + x, 0);
const nashValue = (c: BruteCase, pkg: BrutePackage): number => gains(c, pkg).reduce((s, g) => s * g, 1);
const minOf = (xs: number[]): number => (xs.length === 0 ? 0 : Math.min(...xs));

/** Max of a lexicographic (primary, Σ U) score over packages, with float ties within 1e-9. */
function lexMax(pkgs: BrutePackage[], primary: (pkg: BrutePackage) => number): [number, number] {
  const top = Math.max(...pkgs.map(primary));
  const tied = pkgs.filter((pkg) => close(primary(pkg), top));
  return [top, Math.max(...tied.map((pkg) => sum(pkg.utilities)))];
}

function checkSolutions(input: Case): void {
  const report = solveCase(input, { pareto: {} });
  const c = bruteForce(input);
  const feasible = feasiblePackages(c);
  const zone = zonePackages(c);
  expect(report.feasible).toBe(feasible.length > 0);
  expect(report.agreementZone).toBe(zone.length > 0);
  const read = (solution: Solution | null): BrutePackage => packageOf(c, indicesOf(c, solution!.options));
  if (c.packages.length === 0) {
    // The coherence rules exclude every package: nothing to relax, and each conflict is coherence rules alone.
    expect(report.feasible).toBe(false);
    expect(report.relaxations).toEqual([]);
    expect(report.conflicts.every((set) => set.length > 0 && set.every((ref) => 'coherence' in ref))).toBe(
      true,
    );
    return;
  }
  if (feasible.length === 0) {
    expect(report.solutions.utilitarian).toBeNull();
  } else {
    const chosen = read(report.solutions.utilitarian);
    expect(feasible).toContain(chosen);
    expect(close(sum(chosen.utilities), Math.max(...feasible.map((pkg) => sum(pkg.utilities))))).toBe(true);
    // Exact ties go to the smallest option indices, issue by issue.
    expect(chosen).toBe(firstBest(feasible, (pkg) => sumKey(c, pkg)));
  }
  if (zone.length === 0) {
    expect(report.solutions.nash).toBeNull();
    expect(report.solutions.kalai).toBeNull();
    expect(report.solutions.egalitarian).toBeNull();
  } else {
    const nash = read(report.solutions.nash);
    expect(zone).toContain(nash);
    expect(close(nashValue(c, nash), Math.max(...zone.map((pkg) => nashValue(c, pkg))))).toBe(true);
    expect(nash).toBe(firstBest(zone, (pkg) => productKey(c, pkg)));

    const egalitarian = read(report.solutions.egalitarian);
    expect(zone).toContain(egalitarian);
    const [egalMin, egalSum] = lexMax(zone, (pkg) => minOf(gains(c, pkg)));
    expect(close(minOf(gains(c, egalitarian)), egalMin)).toBe(true);
    expect(close(sum(egalitarian.utilities), egalSum)).toBe(true);
    const own = c.denominators.map((d) => BigInt(d));
    expect(egalitarian).toBe(firstBestBy(zone, (a, b) => compareMaxMin(c, a, b, own)));

    const best = c.parties.map((_, p) => Math.max(...zone.map((pkg) => pkg.utilities[p]!)));
    const ratio = (pkg: BrutePackage): number =>
      minOf(gains(c, pkg).map((g, p) => g / (best[p]! - c.reservations[p]!)));
    const kalai = read(report.solutions.kalai);
    expect(zone).toContain(kalai);
    const [kalaiMin, kalaiSum] = lexMax(zone, ratio);
    expect(close(ratio(kalai), kalaiMin)).toBe(true);
    expect(close(sum(kalai.utilities), kalaiSum)).toBe(true);
    const bestGains = c.parties.map((_, p) =>
      zone.reduce((m, pkg) => Math.max(m, pkg.numerators[p]! - c.reservationTerms[p]!), -Infinity),
    );
    const ideal = bestGains.map((g) => BigInt(g));
    expect(kalai).toBe(firstBestBy(zone, (a, b) => compareMaxMin(c, a, b, ideal)));
  }
  const vectors = report.pareto!.map((solution) => read(solution).numerators.join(',')).sort();
  expect(vectors).toEqual(bruteParetoVectors(c));
  expect(report.pareto!.every((solution) => feasible.includes(read(solution)))).toBe(true);
  if (feasible.length === 0) {
    // A conflict's coherence rules are the background the brute force already applied: compare red lines.
    const key = conflictKey(c);
    expect(report.conflicts.map(key).sort()).toEqual(bruteConflicts(c).map((set) => set.join(',')));
    const cheapest = bruteRelaxations(c);
    expect(close(report.relaxationCost!, cheapest.cost)).toBe(true);
    expect(report.cheapestRelaxations!.map(key).sort()).toEqual(cheapest.sets.map((set) => set.join(',')));
    const fewest = bruteRelaxations({ ...c, redLines: c.redLines.map((r) => ({ ...r, priority: 1 })) });
    expect(report.relaxations.map(key).sort()).toEqual(fewest.sets.map((set) => set.join(',')));
  } else {
    expect(report.conflicts).toEqual([]);
    expect(report.relaxations).toEqual([]);
  }
}

describe('the solver equals the brute-force reference', () => {
  test('on thousands of small random cases with 2 to 4 parties and every rule form', () => {
    const shape = { maxIssues: 4, maxOptions: 4, minParties: 2, maxParties: 4, maxRedLines: 3 };
    fc.assert(fc.property(caseArbitrary(shape), checkSolutions), { seed: 20251125, numRuns: 2000 });
  });

  test('on larger cases of up to 15,625 packages and 5 parties', () => {
    const shape = { maxIssues: 6, maxOptions: 5, minParties: 2, maxParties: 5, maxRedLines: 2 };
    fc.assert(fc.property(caseArbitrary(shape), checkSolutions), { seed: 7, numRuns: 60 });
  });

  test('on cases with no party or a single party', () => {
    const shape = { maxIssues: 3, maxOptions: 3, minParties: 0, maxParties: 1, maxRedLines: 3 };
    fc.assert(fc.property(caseArbitrary(shape), checkSolutions), { seed: 11, numRuns: 300 });
  });

  test('on cases with coherence rules, which no package considered breaks and no relaxation gives up', () => {
    const shape = {
      maxIssues: 4,
      maxOptions: 3,
      minParties: 1,
      maxParties: 3,
      maxRedLines: 3,
      maxCoherence: 2,
    };
    fc.assert(fc.property(caseArbitrary(shape), checkSolutions), { seed: 15, numRuns: 500 });
  });

  test('on infeasible cases with many red lines, where conflicts and relaxations matter', () => {
    const shape = { maxIssues: 3, maxOptions: 3, minParties: 2, maxParties: 3, maxRedLines: 4 };
    const infeasible = caseArbitrary(shape).filter(
      (input) => feasiblePackages(bruteForce(input)).length === 0,
    );
    fc.assert(fc.property(infeasible, checkSolutions), { seed: 3, numRuns: 300 });
  });
});
