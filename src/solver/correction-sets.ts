import { allOptions } from './branch-and-bound.js';
import type { SearchControl } from './branch-and-bound.js';
import { evaluateFormula } from './formula.js';
import type { Formula } from './formula.js';
import { Propagator } from './propagator.js';
import type { SolverProblem } from './solver-problem.js';

/** A minimal correction set: red lines (indices into `problem.redLines`) whose removal makes the rest hold. */
export interface CorrectionSet {
  redLines: number[];
  /** Σ priority of its red lines. */
  cost: number;
}

/** All correction sets found, cheapest first; `complete` when every minimal one is listed. */
export interface CorrectionSets {
  sets: CorrectionSet[];
  complete: boolean;
  proven: boolean;
}

const tolerance = 1e-9;

/**
 * The cheapest set of red lines some package violates, subject to `hard` constraints, by branch and bound
 * over the issues the red lines mention. Lower bound: the priorities of the red lines already violated on
 * the partial package (exact three-valued evaluation), so a node is cut only when it cannot beat the
 * incumbent. Returns null when no package satisfies `hard`; `stopped` when `control` stopped it.
 */
function cheapestViolation(
  problem: SolverProblem,
  hard: Formula[],
  control: SearchControl,
): { set: CorrectionSet | null; stopped: boolean } {
  const redLines = problem.redLines;
  const propagator = new Propagator(hard, problem.issues.length);
  const mentions = new Int32Array(problem.issues.length);
  for (const redLine of redLines) for (const issue of redLine.issues) mentions[issue]!++;
  const root = allOptions(problem);
  // Issues no red line mentions cannot change which red lines hold: fix them to their first option.
  root.forEach((domain, i) => {
    if (mentions[i] === 0) root[i] = domain & -domain;
  });
  const order = [...root.keys()].sort((a, b) => mentions[b]! - mentions[a]! || a - b);
  let best: CorrectionSet | null = null;
  let nodes = 0;
  let stopped = false;
  const violatedCost = (domains: Int32Array, out?: number[]): number => {
    let cost = 0;
    redLines.forEach((redLine, index) => {
      if (evaluateFormula(redLine.formula, domains) === 0) {
        cost += redLine.priority;
        out?.push(index);
      }
    });
    return cost;
  };
  const visit = (domains: Int32Array): void => {
    if (stopped) return;
    if ((++nodes & 1023) === 0 && control.shouldStop?.()) stopped = true;
    const lowerBound = violatedCost(domains);
    if (best !== null && lowerBound >= best.cost - tolerance) return;
    const branch = order.find((i) => (domains[i]! & (domains[i]! - 1)) !== 0);
    if (branch === undefined) {
      const violated: number[] = [];
      best = { redLines: violated, cost: violatedCost(domains, violated) };
      return;
    }
    for (let rest = domains[branch]!; rest !== 0 && !stopped; rest &= rest - 1) {
      const child = domains.slice();
      child[branch] = rest & -rest;
      if (propagator.propagate(child, [branch])) visit(child);
    }
  };
  if (propagator.propagate(root)) visit(root);
  return { set: best, stopped };
}

/**
 * Enumerates minimal correction sets cheapest first (cost = Σ priority): each round finds the cheapest
 * violated set among packages that satisfy at least one red line of every set found before. Such a set is
 * minimal — a cheaper proper subset would also pass the blocking clauses and beat it — and every minimal
 * correction set is eventually found, so with `limit` unreached the list is complete.
 */
export function enumerateCorrectionSets(
  problem: SolverProblem,
  limit: number,
  control: SearchControl = {},
  onlyCheapest = false,
): CorrectionSets {
  const sets: CorrectionSet[] = [];
  const hard: Formula[] = [];
  while (sets.length < limit) {
    const { set, stopped } = cheapestViolation(problem, hard, control);
    if (stopped) return { sets, complete: false, proven: false };
    if (set === null) return { sets, complete: true, proven: true };
    if (onlyCheapest && sets.length > 0 && set.cost > sets[0]!.cost + tolerance)
      return { sets, complete: false, proven: true };
    sets.push(set);
    if (set.redLines.length === 0) return { sets, complete: true, proven: true };
    const blocking = set.redLines.map((index) => problem.redLines[index]!.formula);
    hard.push(blocking.length === 1 ? blocking[0]! : { kind: 'or', children: blocking });
  }
  return { sets, complete: false, proven: true };
}
