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

/** Ascending by size, then by content. */
export const byContent = (a: readonly number[], b: readonly number[]): number => {
  if (a.length !== b.length) return a.length - b.length;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! - b[k]!;
  return 0;
};

/**
 * Every minimal hitting set of `family` (a set that meets each member, no proper subset of which does),
 * ascending by size then content; at most `limit`, `complete` false when the limit or `control` cut the
 * list short. MMCS (Murakami & Uno 2014): grow a set by an element of an unhit member, and keep it only
 * while each element still has a member that no other element hits — so every set listed is minimal by
 * construction, and each is found exactly once.
 */
export function minimalHittingSets(
  family: readonly number[][],
  limit: number,
  control: SearchControl = {},
): ConflictSets {
  const members = family.map((set) => [...new Set(set)].sort((a, b) => a - b));
  const found: number[][] = [];
  let complete = true;
  let nodes = 0;
  const poll = pollMask(control);
  const hits = (member: readonly number[], chosen: ReadonlySet<number>): number =>
    member.reduce((count, e) => count + (chosen.has(e) ? 1 : 0), 0);
  // Every chosen element must be the only one hitting some member (its critical member).
  const isMinimal = (chosen: ReadonlySet<number>): boolean =>
    [...chosen].every((e) => members.some((m) => m.includes(e) && hits(m, chosen) === 1));
  const grow = (chosen: Set<number>, candidates: Set<number>): void => {
    if (!complete) return;
    if ((++nodes & poll) === 0 && control.shouldStop?.()) complete = false;
    let target: number[] | undefined;
    let targetSize = Infinity;
    for (const member of members) {
      if (hits(member, chosen) > 0) continue;
      const size = member.reduce((count, e) => count + (candidates.has(e) ? 1 : 0), 0);
      if (size < targetSize) [target, targetSize] = [member, size];
    }
    if (target === undefined) {
      if (found.length >= limit) complete = false;
      else found.push([...chosen].sort((a, b) => a - b));
      return;
    }
    const branch = target.filter((e) => candidates.has(e));
    const rest = new Set(candidates);
    for (const e of branch) rest.delete(e);
    for (const e of branch) {
      chosen.add(e);
      if (isMinimal(chosen)) grow(chosen, rest);
      chosen.delete(e);
      rest.add(e);
    }
  };
  grow(new Set(), new Set(members.flat()));
  return { sets: found.sort(byContent), complete };
}

/**
 * Whether some package satisfies every red line in `subset` and the coherence rules `coherence` (indices into
 * `problem.coherence`; all of them by default, since no package may break one), by depth-first search with
 * propagation: true or false when decided, null when `control` stopped it first.
 */
export function isSatisfiable(
  problem: SolverProblem,
  subset: readonly number[],
  control: SearchControl = {},
  coherence: readonly number[] = problem.coherence.map((_, index) => index),
): boolean | null {
  const propagator = new Propagator(
    [
      ...subset.map((index) => problem.redLines[index]!.formula),
      ...coherence.map((index) => problem.coherence[index]!.formula),
    ],
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
 * A minimal unsatisfiable subset of an unsatisfiable `set` (deletion: drop each red line whose removal
 * leaves the rest unsatisfiable; what remains loses satisfiability without any one of its red lines).
 * Null when `set` can hold, or when `control` stopped a check before it was decided.
 */
function shrinkToConflict(
  problem: SolverProblem,
  set: readonly number[],
  control: SearchControl,
): number[] | null {
  if (isSatisfiable(problem, set, control) !== false) return null;
  let kept = [...set];
  for (const r of set) {
    const without = kept.filter((x) => x !== r);
    const holds = isSatisfiable(problem, without, control);
    if (holds === null) return null;
    if (holds === false) kept = without;
  }
  return kept;
}

/**
 * Minimal conflicts (minimal unsatisfiable sets of red lines) of one group of red lines, from its minimal
 * correction sets. By the hitting-set duality of Reiter and of Liffiton & Sakallah, the minimal
 * unsatisfiable sets are exactly the minimal hitting sets of all minimal correction sets: with the complete
 * family each hitting set is a conflict, and each is checked (it cannot hold, and holds without any one of
 * its red lines). With a partial family a hitting set may hold or be more than minimal, so each is shrunk
 * to a conflict by deletion or dropped; the list is then marked incomplete.
 */
export function findConflicts(
  problem: SolverProblem,
  correctionSets: readonly number[][],
  correctionSetsComplete: boolean,
  limit: number,
  control: SearchControl = {},
): ConflictSets {
  const hitting = minimalHittingSets(correctionSets, limit, control);
  if (correctionSetsComplete) {
    for (const set of hitting.sets) {
      const isConflict = isSatisfiable(problem, set, control);
      const isMinimal = set.map((_, k) =>
        isSatisfiable(
          problem,
          set.filter((__, j) => j !== k),
          control,
        ),
      );
      // null: stopped before the check was decided; the duality still guarantees the set.
      if (isConflict === true || isMinimal.includes(false))
        throw new Error(`hitting set ${set.join(',')} of a complete correction-set family is not a conflict`);
    }
    return hitting;
  }
  const shrunk = new Map<string, number[]>();
  for (const set of hitting.sets) {
    const conflict = shrinkToConflict(problem, set, control);
    if (conflict) shrunk.set(conflict.join(','), conflict);
  }
  return { sets: [...shrunk.values()].sort(byContent), complete: false };
}
