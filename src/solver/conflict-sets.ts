import { allOptions, pollMask } from './branch-and-bound.js';
import type { SearchControl } from './branch-and-bound.js';
import { Propagator } from './propagator.js';
import type { SolverProblem } from './solver-problem.js';

/** Sets of red lines (indices into `problem.redLines`, ascending) that cannot hold together. */
export interface ConflictSets {
  sets: number[][];
  /** True when every minimal conflict is listed. */
  complete: boolean;
}

const byContent = (a: number[], b: number[]): number => {
  if (a.length !== b.length) return a.length - b.length;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
};

/**
 * Every minimal hitting set of `family` (a set that meets each member, no proper subset of which does),
 * ascending by size then content; at most `limit`. Branches on the unhit member with the fewest elements.
 */
export function minimalHittingSets(
  family: readonly number[][],
  limit: number,
): { sets: number[][]; complete: boolean } {
  const found = new Map<string, number[]>();
  let complete = true;
  const members = family.map((set) => new Set(set));
  const grow = (chosen: number[]): void => {
    if (found.size >= limit * 4) {
      complete = false;
      return;
    }
    let target: Set<number> | undefined;
    for (const member of members)
      if (!chosen.some((e) => member.has(e)) && (target === undefined || member.size < target.size))
        target = member;
    if (target === undefined) {
      const key = [...chosen].sort((a, b) => a - b);
      found.set(key.join(','), key);
      return;
    }
    for (const element of [...target].sort((a, b) => a - b)) grow([...chosen, element]);
  };
  grow([]);
  const candidates = [...found.values()].sort(byContent);
  const minimal: number[][] = [];
  for (const candidate of candidates) {
    const set = new Set(candidate);
    if (!minimal.some((m) => m.every((e) => set.has(e)))) minimal.push(candidate);
  }
  if (minimal.length > limit) complete = false;
  return { sets: minimal.slice(0, limit), complete };
}

/**
 * Whether some package satisfies every red line in `subset` (depth-first search with propagation): true or
 * false when decided, null when `control` stopped it first.
 */
export function isSatisfiable(
  problem: SolverProblem,
  subset: readonly number[],
  control: SearchControl = {},
): boolean | null {
  const propagator = new Propagator(
    subset.map((index) => problem.redLines[index]!.formula),
    problem.issues.length,
  );
  let nodes = 0;
  let stopped = false;
  const poll = pollMask(control);
  const visit = (domains: Int32Array): boolean => {
    if ((++nodes & poll) === 0 && control.shouldStop?.()) stopped = true;
    if (stopped) return false;
    const branch = domains.findIndex((d) => (d & (d - 1)) !== 0);
    if (branch < 0) return true;
    for (let rest = domains[branch]!; rest !== 0; rest &= rest - 1) {
      const child = domains.slice();
      child[branch] = rest & -rest;
      if (propagator.propagate(child, [branch]) && visit(child)) return true;
    }
    return false;
  };
  const root = allOptions(problem);
  const found = propagator.propagate(root) && visit(root);
  return found ? true : stopped ? null : false;
}

/**
 * Minimal conflicts (minimal unsatisfiable sets of red lines). By the hitting-set duality of Reiter and of
 * Liffiton & Sakallah, the minimal unsatisfiable sets are exactly the minimal hitting sets of all minimal
 * correction sets; with the complete list of those the answer is exact. With a partial list each
 * hitting set is checked and, when it can hold, dropped (a conflict found this way is still minimal).
 */
export function findConflicts(
  problem: SolverProblem,
  correctionSets: readonly number[][],
  correctionSetsComplete: boolean,
  limit: number,
): ConflictSets {
  const hitting = minimalHittingSets(correctionSets, limit);
  if (correctionSetsComplete) return hitting;
  const sets = hitting.sets.filter(
    (set) => isSatisfiable(problem, set) === false && isMinimallyUnsatisfiable(problem, set),
  );
  return { sets, complete: false };
}

function isMinimallyUnsatisfiable(problem: SolverProblem, set: readonly number[]): boolean {
  return set.every(
    (_, k) =>
      isSatisfiable(
        problem,
        set.filter((__, j) => j !== k),
      ) === true,
  );
}
