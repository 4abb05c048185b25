// The brute-force reference of the solver's property tests: enumerate every package, evaluate every rule
// directly on the model's `Rule` (not on the solver's compiled formulas), and score with exact integers.
// Test cases use utilities in tenths, weights in halves and reservations in halves, so with w2 = 2w and
// u10 = 10u, N = Σ w2·u10 and 10·d·Σ w2 are integers, U = N / (10·Σ w2), and every comparison is exact.
import { centralPosition } from '../model/index.js';
import type { Case, Issue, Option, Rule } from '../model/index.js';

/** Everything the reference knows about one package. */
export interface BrutePackage {
  options: number[];
  /** Σ_i w2_i·u10_i per party (integers). */
  numerators: number[];
  /** U_p per party (floats, for objective values). */
  utilities: number[];
  /** Bit r set when red line r (party-major, case order) holds. */
  holds: number;
}

/** The reference's view of a case. */
export interface BruteCase {
  issues: Issue[];
  parties: string[];
  reservations: number[];
  /** U_p = numerator / denominators[p] (10·Σ w2, or 1 when every weight is zero). */
  denominators: number[];
  /** 10·d_p·Σ w2 (integer); a package is in the zone when its numerator exceeds it. */
  reservationTerms: number[];
  redLines: { party: string; id: string; priority: number }[];
  packages: BrutePackage[];
}

function holds(rule: Rule, issues: readonly Issue[], options: readonly number[]): boolean {
  if ('all' in rule) return rule.all.every((r) => holds(r, issues, options));
  if ('any' in rule) return rule.any.some((r) => holds(r, issues, options));
  if ('not' in rule) return !holds(rule.not, issues, options);
  if ('if' in rule) return !holds(rule.if, issues, options) || holds(rule.then, issues, options);
  const index = issues.findIndex((issue) => issue.id === rule.issue);
  const option: Option = issues[index]!.options[options[index]!]!;
  if ('in' in rule) return rule.in.includes(option.id);
  if ('notIn' in rule) return !rule.notIn.includes(option.id);
  if ('min' in rule) return option.value !== undefined && option.value >= rule.min;
  return option.value !== undefined && option.value <= rule.max;
}

/**
 * Enumerates every package of a (small) case that obeys its coherence rules. Parties: those with a position,
 * in case order.
 */
export function bruteForce(input: Case): BruteCase {
  const order = new Map(input.parties.map((party, index) => [party.id, index]));
  const positions = [...input.positions]
    .sort((a, b) => order.get(a.party)! - order.get(b.party)!)
    .map(centralPosition);
  const issues = input.issues;
  const redLines = positions.flatMap((position) =>
    position.redlines.map((r) => ({
      party: position.party,
      id: r.id,
      priority: r.priority ?? 1,
      rule: r.rule,
    })),
  );
  const weightSums = positions.map((position) =>
    issues.reduce((sum, issue) => sum + Math.round(2 * (position.weights[issue.id] ?? 0)), 0),
  );
  const packages: BrutePackage[] = [];
  const options = issues.map(() => 0);
  const emit = (): void => {
    const numerators = positions.map((position) =>
      issues.reduce((sum, issue, i) => {
        const w2 = Math.round(2 * (position.weights[issue.id] ?? 0));
        const u10 = Math.round(10 * (position.utilities[issue.id]?.[issue.options[options[i]!]!.id] ?? 0));
        return sum + w2 * u10;
      }, 0),
    );
    let mask = 0;
    redLines.forEach((redLine, r) => {
      if (holds(redLine.rule, issues, options)) mask |= 1 << r;
    });
    packages.push({
      options: [...options],
      numerators,
      utilities: numerators.map((n, p) => (weightSums[p]! > 0 ? n / (10 * weightSums[p]!) : 0)),
      holds: mask,
    });
  };
  // Coherence rules are no party's red lines: a package that breaks one is not considered at all.
  const isCoherent = (): boolean => input.coherence.every((rule) => holds(rule.rule, issues, options));
  const walk = (i: number): void => {
    if (i === issues.length) return isCoherent() ? emit() : undefined;
    for (let o = 0; o < issues[i]!.options.length; o++) {
      options[i] = o;
      walk(i + 1);
    }
  };
  walk(0);
  return {
    issues,
    parties: positions.map((position) => position.party),
    reservations: positions.map((position) => position.reservation),
    denominators: weightSums.map((w) => (w > 0 ? 10 * w : 1)),
    reservationTerms: positions.map((position, p) =>
      weightSums[p]! > 0
        ? Math.round(10 * position.reservation) * weightSums[p]!
        : Math.round(10 * position.reservation),
    ),
    redLines: redLines.map(({ party, id, priority }) => ({ party, id, priority })),
    packages,
  };
}

/** Packages that keep every red line. */
export const feasiblePackages = (c: BruteCase): BrutePackage[] => {
  const all = (1 << c.redLines.length) - 1;
  return c.packages.filter((pkg) => pkg.holds === all);
};

/** Feasible packages with U_p > d_p for every party (decided on integers). */
export const zonePackages = (c: BruteCase): BrutePackage[] =>
  feasiblePackages(c).filter((pkg) => pkg.numerators.every((n, p) => n > c.reservationTerms[p]!));

/** The package whose option indices are `options`. */
export const packageOf = (c: BruteCase, options: readonly number[]): BrutePackage =>
  c.packages.find((pkg) => pkg.options.every((o, i) => o === options[i]))!;

/** Index of option ids → option index vector, for reading a solver solution back. */
export const indicesOf = (c: BruteCase, byIssue: Record<string, string>): number[] =>
  c.issues.map((issue) => issue.options.findIndex((option) => option.id === byIssue[issue.id]));

/** Minimal unsatisfiable subsets of red lines, each as sorted indices, sorted. */
export function bruteConflicts(c: BruteCase): number[][] {
  const count = c.redLines.length;
  const masks = new Set(c.packages.map((pkg) => pkg.holds));
  const satisfiable = (subset: number): boolean => [...masks].some((mask) => (mask & subset) === subset);
  const result: number[][] = [];
  // The empty set is the one conflict when the coherence rules leave no package at all.
  for (let subset = 0; subset < 1 << count; subset++) {
    if (satisfiable(subset)) continue;
    let minimal = true;
    for (let r = 0; r < count && minimal; r++)
      if (subset & (1 << r) && !satisfiable(subset & ~(1 << r))) minimal = false;
    if (minimal) result.push([...Array(count).keys()].filter((r) => subset & (1 << r)));
  }
  return result
    .map((s) => s.join(','))
    .sort()
    .map((key) => (key === '' ? [] : key.split(',').map(Number)));
}

/** The least Σ priority of violated red lines over all packages, and every violated set reaching it. */
export function bruteRelaxations(c: BruteCase): { cost: number; sets: number[][] } {
  const count = c.redLines.length;
  let best = Infinity;
  const sets = new Map<number, number>();
  for (const pkg of c.packages) {
    let cost = 0;
    for (let r = 0; r < count; r++) if (!(pkg.holds & (1 << r))) cost += c.redLines[r]!.priority;
    sets.set(pkg.holds, cost);
    best = Math.min(best, cost);
  }
  const cheapest = [...sets].filter(([, cost]) => cost <= best + 1e-9).map(([mask]) => mask);
  return {
    cost: best,
    sets: cheapest
      .map((mask) => [...Array(count).keys()].filter((r) => !(mask & (1 << r))).join(','))
      .sort()
      .map((key) => (key === '' ? [] : key.split(',').map(Number))),
  };
}

/** The non-dominated numerator vectors among feasible packages, as sorted strings. */
export function bruteParetoVectors(c: BruteCase): string[] {
  const vectors = [...new Set(feasiblePackages(c).map((pkg) => pkg.numerators.join(',')))].map((key) =>
    key === '' ? [] : key.split(',').map(Number),
  );
  const dominated = (a: number[], b: number[]): boolean =>
    b.every((x, p) => x >= a[p]!) && b.some((x, p) => x > a[p]!);
  return vectors
    .filter((v) => !vectors.some((w) => dominated(v, w)))
    .map((v) => v.join(','))
    .sort();
}

/**
 * The first package in enumeration order (issue 0 most significant: the smallest option indices) among
 * those with the largest exact key — the solver's documented tie-break.
 */
export function firstBest(
  pkgs: BrutePackage[],
  key: (pkg: BrutePackage) => bigint,
): BrutePackage | undefined {
  let best: BrutePackage | undefined;
  let bestKey = 0n;
  for (const pkg of pkgs) {
    const k = key(pkg);
    if (best === undefined || k > bestKey) {
      best = pkg;
      bestKey = k;
    }
  }
  return best;
}

/** Σ_p U_p times Π_p denominators, exactly. */
export const sumKey = (c: BruteCase, pkg: BrutePackage): bigint =>
  pkg.numerators.reduce(
    (sum, n, p) =>
      sum +
      BigInt(n) * c.denominators.reduce((product, d, q) => (q === p ? product : product * BigInt(d)), 1n),
    0n,
  );

/** Π_p (U_p − d_p) times Π_p denominators, exactly. */
export const productKey = (c: BruteCase, pkg: BrutePackage): bigint =>
  pkg.numerators.reduce((product, n, p) => product * (BigInt(n) - BigInt(c.reservationTerms[p]!)), 1n);

/**
 * Exact comparison of min_p G_p / denominators[p] (G_p = numerator − reservation term), then Σ_p U_p: > 0
 * when `a` is better. Egalitarian: the parties' own denominators; Kalai: each party's best G_p.
 */
export function compareMaxMin(
  c: BruteCase,
  a: BrutePackage,
  b: BrutePackage,
  denominators: readonly bigint[],
): number {
  const minOf = (pkg: BrutePackage): [bigint, bigint] =>
    pkg.numerators
      .map((n, p): [bigint, bigint] => [BigInt(n) - BigInt(c.reservationTerms[p]!), denominators[p]!])
      .reduce((m, x, p) => (p === 0 || x[0] * m[1] < m[0] * x[1] ? x : m), [0n, 1n]); // no party: 0
  const [na, da] = minOf(a);
  const [nb, db] = minOf(b);
  const byMin = na * db - nb * da;
  if (byMin !== 0n) return byMin > 0n ? 1 : -1;
  const bySum = sumKey(c, a) - sumKey(c, b);
  return bySum > 0n ? 1 : bySum < 0n ? -1 : 0;
}

/** The first package in enumeration order among the best by `compare`. */
export function firstBestBy(
  pkgs: BrutePackage[],
  compare: (a: BrutePackage, b: BrutePackage) => number,
): BrutePackage | undefined {
  let best: BrutePackage | undefined;
  for (const pkg of pkgs) if (best === undefined || compare(pkg, best) > 0) best = pkg;
  return best;
}

/** A conflict or relaxation as the reference names it: its red lines' indices, ascending, coherence rules left out. */
export const conflictKey =
  (c: BruteCase) =>
  (refs: readonly ({ party: string; redline: string } | { coherence: string })[]): string =>
    refs
      .flatMap((ref) => ('coherence' in ref ? [] : [ref]))
      .map((ref) => c.redLines.findIndex((r) => r.party === ref.party && r.id === ref.redline))
      .sort((a, b) => a - b)
      .join(',');
