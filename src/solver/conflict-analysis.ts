import type { SearchControl } from './branch-and-bound.js';
import { byContent, findConflicts } from './conflict-sets.js';
import { enumerateCorrectionSets } from './correction-sets.js';
import type { CorrectionSet, CorrectionSets } from './correction-sets.js';
import { groupsOfRedLines } from './issue-groups.js';
import type { SolverProblem } from './solver-problem.js';

/** Why an infeasible case is infeasible, as red-line indices into `problem.redLines` (each set ascending). */
export interface ConflictAnalysis {
  /** Minimal conflicts, by size then content. */
  conflicts: number[][];
  /** False when the list may miss some (a cap, or the time limit). */
  conflictsComplete: boolean;
  /** Smallest relaxations (fewest red lines). */
  relaxations: number[][];
  /** Cheapest relaxations by Σ priority, and that cost (null when none was found). */
  cheapestRelaxations: number[][];
  relaxationCost: number | null;
  /** False when the time limit stopped any part. */
  proven: boolean;
}

/** Most correction sets enumerated per group of red lines, and most conflicts listed. */
export interface ConflictCaps {
  maxCorrectionSets: number;
  maxConflicts: number;
}

/** The problem restricted to some red lines (local index k is `redLines[k]` of the whole). */
const restrictedTo = (problem: SolverProblem, redLines: readonly number[]): SolverProblem => ({
  ...problem,
  redLines: redLines.map((r) => problem.redLines[r]!),
});

/** The sets of least cost, in the order found, as indices of the whole problem. */
function cheapestOf(found: CorrectionSets, group: readonly number[]): number[][] {
  const least = found.sets[0]?.cost;
  return found.sets
    .filter((set) => set.cost === least) // integers: exact
    .map((set) => set.redLines.map((k) => group[k]!));
}

/** One set from each group's list, united: every combination, in order, at most `cap`. */
function combine(lists: readonly number[][][], cap: number): number[][] {
  let combined: number[][] = [[]];
  for (const list of lists) {
    const next: number[][] = [];
    for (const prefix of combined)
      for (const set of list) if (next.length < cap) next.push([...prefix, ...set]);
    combined = next;
  }
  return combined.map((set) => set.sort((a, b) => a - b));
}

/**
 * Conflicts and relaxations of a case, each group of red lines that shares no issue with the others
 * solved apart (`groupsOfRedLines`): a package keeps every red line exactly when each group's part keeps
 * that group's, so the minimal conflicts of the case are those of its groups, taken together, and its
 * minimal correction sets are one of each group's united — eight independent collisions are eight
 * conflicts and 2^8 relaxations of equal size, not one capped enumeration of the product. Within a group,
 * correction sets come cheapest first (`enumerateCorrectionSets`) and conflicts are their minimal hitting
 * sets (`findConflicts`), complete when the group's family is.
 */
export function analyseConflicts(
  problem: SolverProblem,
  control: SearchControl,
  caps: ConflictCaps,
): ConflictAnalysis {
  const hasPriorities = problem.redLines.some((redLine) => redLine.cost !== problem.costScale);
  const conflicts: number[][] = [];
  const cheapest: number[][][] = [];
  const fewest: number[][][] = [];
  let cost = 0;
  let conflictsComplete = true;
  let proven = true;
  for (const group of groupsOfRedLines(problem)) {
    const local = restrictedTo(problem, group);
    const byCost = enumerateCorrectionSets(local, caps.maxCorrectionSets, control);
    if (!byCost.proven) {
      // Stopped: the sets found so far cannot tell which hitting sets are conflicts.
      proven = false;
      conflictsComplete = false;
      if (byCost.sets.length === 0) return { ...unknown, conflicts: conflicts.sort(byContent) };
    }
    const least: CorrectionSet | undefined = byCost.sets[0];
    if (least === undefined || least.redLines.length === 0) continue; // the group's red lines can all hold
    cost += least.cost;
    cheapest.push(cheapestOf(byCost, group));
    // DESIGN.md's `relaxations` are the sets with the fewest red lines. With priorities the cheapest-first
    // enumeration need not reach them before its cap, so they get their own enumeration at unit cost.
    const byCount = hasPriorities
      ? enumerateCorrectionSets(
          { ...local, redLines: local.redLines.map((redLine) => ({ ...redLine, priority: 1, cost: 1 })) },
          caps.maxCorrectionSets,
          control,
        )
      : byCost;
    if (!byCount.proven) proven = false;
    fewest.push(cheapestOf(byCount, group));
    if (!byCost.proven) continue;
    const found = findConflicts(
      problem,
      byCost.sets.map((set) => set.redLines.map((k) => group[k]!)),
      byCost.complete,
      caps.maxConflicts,
      control,
    );
    conflicts.push(...found.sets);
    if (!found.complete) conflictsComplete = false;
  }
  conflicts.sort(byContent);
  if (conflicts.length > caps.maxConflicts) conflictsComplete = false;
  return {
    conflicts: conflicts.slice(0, caps.maxConflicts),
    conflictsComplete,
    relaxations: fewest.length > 0 ? combine(fewest, caps.maxCorrectionSets) : [],
    cheapestRelaxations: cheapest.length > 0 ? combine(cheapest, caps.maxCorrectionSets) : [],
    relaxationCost: cheapest.length > 0 ? cost / problem.costScale : null,
    proven,
  };
}

const unknown: ConflictAnalysis = {
  conflicts: [],
  conflictsComplete: false,
  relaxations: [],
  cheapestRelaxations: [],
  relaxationCost: null,
  proven: false,
};
