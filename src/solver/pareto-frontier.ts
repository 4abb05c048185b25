import { lexLess, pollMask } from './branch-and-bound.js';
import type { SearchControl } from './branch-and-bound.js';
import { fullMask } from './formula.js';
import { groupsOfIssues } from './issue-groups.js';
import { Propagator } from './propagator.js';
import { numeratorOf } from './solver-problem.js';
import type { SolverProblem } from './solver-problem.js';

/** A point of the frontier: N_p per party (exact integers) and the package that reaches it. */
export interface FrontierPoint {
  numerators: Float64Array;
  options: Int32Array;
}

/** The Pareto frontier: one package per non-dominated utility vector, best Σ U_p first. */
export interface ParetoFrontier {
  points: FrontierPoint[];
  /**
   * False when a cap or `control` cut the computation short; `points` are then feasible packages that none
   * of the others dominates — the frontier found so far — but not proven Pareto-optimal. When `control`
   * stopped it, they are what the groups folded so far give, completed by `known` packages (empty when
   * none is known).
   */
  complete: boolean;
  /** True when `control` stopped it (not a cap). */
  stopped: boolean;
}

/** Options of `computeParetoFrontier`. */
export interface ParetoOptions {
  /** Largest number of points kept at any stage (default 200,000). */
  maxPoints?: number;
  /** Largest number of local packages enumerated in one group of linked issues (default 2,000,000). */
  maxLocal?: number;
  control?: SearchControl;
  /**
   * Feasible packages found elsewhere (the solutions' searches). A stopped computation completes the
   * groups it did not reach with their parts, and lists them among the frontier found so far.
   */
  known?: readonly Int32Array[];
}

/** Most points a stopped computation combines into the frontier found so far: it must answer at once. */
const maxStoppedPoints = 2_000;

/**
 * Keeps one point per non-dominated vector, the lexicographically smallest package among equals. Points are
 * sorted by Σ_p U_p descending, so any point that dominates another comes before it; each point is then
 * checked against the kept ones only (for two parties a running maximum suffices).
 */
export function nonDominated(
  points: FrontierPoint[],
  scales: readonly number[],
  shouldStop: () => boolean = () => false,
): FrontierPoint[] | null {
  const partyCount = scales.length;
  const sums = points.map((point) => {
    let sum = 0;
    for (let p = 0; p < partyCount; p++) sum += point.numerators[p]! / scales[p]!;
    return sum;
  });
  // Σ N_p/S_p compared exactly through Σ N_p·Π_{q≠p} S_q (BigInt), for sums the floats cannot tell apart.
  const big = scales.map((s) => BigInt(s));
  const cofactors = big.map((_, p) => big.reduce((product, s, q) => (q === p ? product : product * s), 1n));
  const exactSum = (a: FrontierPoint, b: FrontierPoint): number => {
    let diff = 0n;
    for (let p = 0; p < partyCount; p++)
      diff += (BigInt(a.numerators[p]!) - BigInt(b.numerators[p]!)) * cofactors[p]!;
    return diff > 0n ? -1 : diff < 0n ? 1 : 0;
  };
  const order = points.map((_, k) => k);
  order.sort((x, y) => {
    const a = points[x]!;
    const b = points[y]!;
    // Each float sum is within P·2^-52 of its exact value (≤ 100·P), far inside 1e-9: floats further apart
    // than that are ordered as the exact sums; closer ones are compared exactly, so the order is a true one.
    const bySum = sums[y]! - sums[x]!;
    if (Math.abs(bySum) > 1e-9) return bySum;
    const exact = exactSum(a, b);
    if (exact !== 0) return exact;
    for (let p = 0; p < partyCount; p++)
      if (a.numerators[p] !== b.numerators[p]) return b.numerators[p]! - a.numerators[p]!;
    return lexLess(a.options, b.options) ? -1 : lexLess(b.options, a.options) ? 1 : 0;
  });
  const sorted = order.map((k) => points[k]!);
  if (partyCount === 2) {
    // Sorted by the first party descending (then the second, then the package), a point is kept exactly
    // when its second value beats every point before it.
    const rank = new Map(sorted.map((point, k) => [point, k]));
    const byFirst = [...sorted].sort(
      (a, b) =>
        b.numerators[0]! - a.numerators[0]! ||
        b.numerators[1]! - a.numerators[1]! ||
        rank.get(a)! - rank.get(b)!,
    );
    const kept: FrontierPoint[] = [];
    let highest = -Infinity;
    for (const point of byFirst)
      if (point.numerators[1]! > highest) {
        highest = point.numerators[1]!;
        kept.push(point);
      }
    return kept.sort((a, b) => rank.get(a)! - rank.get(b)!);
  }
  const kept: FrontierPoint[] = [];
  for (const [k, point] of sorted.entries()) {
    if ((k & 4095) === 4095 && shouldStop()) return null;
    const dominated = kept.some((k) => {
      for (let p = 0; p < partyCount; p++) if (k.numerators[p]! < point.numerators[p]!) return false;
      return true;
    });
    if (!dominated) kept.push(point);
  }
  return kept;
}

/**
 * The exact Pareto frontier among feasible packages. Issues split into groups that no red line links; a
 * package is feasible exactly when each group's part is, and its vector is the sum of the parts' vectors.
 * So the frontier is the non-dominated part of the Minkowski sum of the groups' own frontiers (a part that a
 * better part dominates can never be on the whole frontier), folded one group at a time — a dynamic
 * programme over groups. Each group's feasible parts are enumerated with propagation.
 */
export function computeParetoFrontier(problem: SolverProblem, options: ParetoOptions = {}): ParetoFrontier {
  const maxPoints = options.maxPoints ?? 200_000;
  const maxLocal = options.maxLocal ?? 2_000_000;
  const issueCount = problem.issues.length;
  const partyCount = problem.parties.length;
  const scales = problem.parties.map((party) => party.scale);
  // A red line that no package can keep mentions no issue after simplification, so no group would see it.
  if ([...problem.redLines, ...problem.coherence].some((r) => r.formula.kind === 'const' && !r.formula.value))
    return { points: [], complete: true, stopped: false };
  const groups = groupsOfIssues(problem).sort((a, b) => a.length - b.length || a[0]! - b[0]!);
  let complete = true;
  let halted = false;
  let capped = false;
  let work = 0;
  const poll = pollMask(options.control ?? {});
  let frontier: FrontierPoint[] = [
    { numerators: new Float64Array(partyCount), options: new Int32Array(issueCount) },
  ];
  for (const group of groups) {
    const members = new Set(group);
    const formulas = [...problem.redLines, ...problem.coherence]
      .filter((r) => r.issues.some((i) => members.has(i)))
      .map((r) => r.formula);
    const propagator = new Propagator(formulas, issueCount);
    const root = new Int32Array(issueCount).fill(1);
    for (const i of group) root[i] = fullMask(problem.issues[i]!.options.length);
    const local: FrontierPoint[] = [];
    const visit = (domains: Int32Array): void => {
      if (!complete) return;
      if ((++work & poll) === 0 && options.control?.shouldStop?.()) complete = !(halted = true);
      const branch = group.find((i) => (domains[i]! & (domains[i]! - 1)) !== 0);
      if (branch === undefined) {
        if (local.length >= maxLocal) {
          complete = false;
          return;
        }
        const chosen = new Int32Array(issueCount);
        const numerators = new Float64Array(partyCount);
        for (const i of group) {
          const o = 31 - Math.clz32(domains[i]!);
          chosen[i] = o;
          problem.parties.forEach((party, p) => (numerators[p] = numerators[p]! + party.terms[i]![o]!));
        }
        local.push({ numerators, options: chosen });
        return;
      }
      for (let rest = domains[branch]!; rest !== 0; rest &= rest - 1) {
        const child = domains.slice();
        child[branch] = rest & -rest;
        if (propagator.propagate(child, [branch])) visit(child);
      }
    };
    const start = root.slice();
    if (propagator.propagate(start)) visit(start);
    const stoppedHere = (parts: FrontierPoint[]): ParetoFrontier => ({
      ...foundSoFar(problem, groups, groups.indexOf(group), frontier, parts, options.known ?? []),
      stopped: halted,
    });
    // Stopped (a time limit), or a group too large to enumerate: the parts found so far still help.
    if (!complete) return stoppedHere(local);
    if (local.length === 0) return { points: [], complete: true, stopped: false };
    const stop = (): boolean => options.control?.shouldStop?.() === true;
    const parts = nonDominated(local, scales, stop);
    if (parts === null) return ((halted = true), stoppedHere(local));
    const sums: FrontierPoint[] = [];
    for (const point of frontier)
      for (const part of parts) {
        const numerators = point.numerators.map((n, p) => n + part.numerators[p]!);
        const chosen = point.options.slice();
        for (const i of group) chosen[i] = part.options[i]!;
        sums.push({ numerators, options: chosen });
      }
    const folded = nonDominated(sums, scales, stop);
    if (folded === null) return ((halted = true), stoppedHere(parts));
    frontier = folded;
    options.control?.onProgress?.({ phase: 'pareto', nodes: frontier.length });
    if (frontier.length > maxPoints) {
      frontier = frontier.slice(0, maxPoints);
      capped = true;
    }
  }
  return { points: frontier, complete: !capped, stopped: false };
}

/**
 * The frontier found so far when the computation stopped in group `at`: the points folded over the groups
 * before it, each with one of the parts of group `at` found so far, and every later group (and `at` itself
 * when none of its parts was found) taken from a known feasible package — groups are independent, so each
 * such combination is feasible — together with the known packages themselves; of those, the ones no other
 * dominates. Each is a feasible package; none is claimed Pareto-optimal. Without a known package the
 * later groups cannot be completed, and nothing is listed.
 */
function foundSoFar(
  problem: SolverProblem,
  groups: readonly number[][],
  at: number,
  folded: readonly FrontierPoint[],
  parts: readonly FrontierPoint[],
  known: readonly Int32Array[],
): ParetoFrontier {
  const scales = problem.parties.map((party) => party.scale);
  const pointOf = (options: Int32Array): FrontierPoint => ({
    numerators: Float64Array.from(problem.parties, (party) => numeratorOf(party, options)),
    options,
  });
  // The parts of group `at` found so far may be many and unfiltered: the best few of a bounded sample.
  const best = (nonDominated(parts.slice(0, maxStoppedPoints), scales) ?? []).slice(0, 50);
  const filler = known[0];
  const candidates = known.map((options) => pointOf(options));
  if (filler !== undefined) {
    const later = groups.slice(best.length > 0 ? at + 1 : at).flat();
    const group = groups[at]!;
    const heads = folded.slice(0, Math.ceil(maxStoppedPoints / Math.max(1, best.length)));
    const tails = best.length > 0 ? best : [null];
    for (const head of heads)
      for (const part of tails) {
        const options = filler.slice();
        for (const g of groups.slice(0, at)) for (const i of g) options[i] = head.options[i]!;
        if (part) for (const i of group) options[i] = part.options[i]!;
        for (const i of later) options[i] = filler[i]!;
        candidates.push(pointOf(options));
      }
  }
  return { points: nonDominated(candidates, scales) ?? [], complete: false, stopped: true };
}
