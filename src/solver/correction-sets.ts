import { allOptions, pollMask } from './branch-and-bound.js';
import type { SearchControl } from './branch-and-bound.js';
import { evaluateFormula } from './formula.js';
import type { Formula } from './formula.js';
import { Propagator } from './propagator.js';
import { coherenceFormulas } from './solver-problem.js';
import type { SolverProblem } from './solver-problem.js';

/** A minimal correction set: red lines (indices into `problem.redLines`) whose removal makes the rest hold. */
export interface CorrectionSet {
  redLines: number[];
  /** Σ cost of its red lines: an exact integer (priorities times `problem.costScale`). */
  cost: number;
}

/** All correction sets found, cheapest first; `complete` when every minimal one is listed. */
export interface CorrectionSets {
  sets: CorrectionSet[];
  complete: boolean;
  proven: boolean;
}

/**
 * The cheapest set of red lines some package violates, subject to `hard` constraints, by branch and bound
 * over the issues the red lines mention. Lower bound: the priorities of the red lines already violated on
 * the partial package (exact three-valued evaluation; a violated red line stays violated below), plus, for
 * red lines on a single issue, the cheapest option still open on each issue (those costs are disjoint by
 * issue). It never exceeds the cost of any completion, so a node is cut only when it cannot beat the
 * incumbent. Returns null when no package satisfies `hard`; `stopped` when `control` stopped it.
 */
function cheapestViolation(
  problem: SolverProblem,
  hard: Formula[],
  control: SearchControl,
): { set: CorrectionSet | null; stopped: boolean } {
  const redLines = problem.redLines;
  const issueCount = problem.issues.length;
  const propagator = new Propagator(hard, issueCount);
  const mentions = new Int32Array(issueCount);
  for (const redLine of [...redLines, ...problem.coherence])
    for (const issue of redLine.issues) mentions[issue]!++;
  // Red lines on one issue become a cost per option; the others are tracked node by node.
  const unaryCost = problem.issues.map((issue) => new Float64Array(issue.options.length));
  const unary: number[][] = problem.issues.map(() => []);
  const tracked: number[] = [];
  const watchers: number[][] = problem.issues.map(() => []);
  let constantCost = 0;
  const alwaysViolated: number[] = [];
  redLines.forEach((redLine, index) => {
    if (redLine.issues.length === 1) {
      const i = redLine.issues[0]!;
      unary[i]!.push(index);
      const single = allOptions(problem);
      unaryCost[i]!.forEach((_, o) => {
        single[i] = 1 << o;
        if (evaluateFormula(redLine.formula, single) === 0) unaryCost[i]![o]! += redLine.cost;
      });
    } else if (redLine.issues.length === 0) {
      if (evaluateFormula(redLine.formula, allOptions(problem)) === 0) {
        constantCost += redLine.cost;
        alwaysViolated.push(index);
      }
    } else {
      for (const issue of redLine.issues) watchers[issue]!.push(tracked.length);
      tracked.push(index);
    }
  });
  const root = allOptions(problem);
  // Issues no red line mentions cannot change which red lines hold: fix them to their first option.
  root.forEach((domain, i) => {
    if (mentions[i] === 0) root[i] = domain & -domain;
  });
  const order = [...root.keys()].sort((a, b) => mentions[b]! - mentions[a]! || a - b);
  let best: CorrectionSet | null = null;
  let nodes = 0;
  let stopped = false;
  const poll = pollMask(control);
  const unaryBound = (domains: Int32Array): number => {
    let cost = 0;
    for (let i = 0; i < issueCount; i++) {
      let cheapest = Infinity;
      for (let rest = domains[i]!; rest !== 0; rest &= rest - 1)
        cheapest = Math.min(cheapest, unaryCost[i]![31 - Math.clz32(rest & -rest)]!);
      cost += cheapest;
    }
    return cost;
  };
  // status[k]: truth of tracked red line k on the node's domains (1 and 0 are final below the node).
  const visit = (
    domains: Int32Array,
    parentDomains: Int32Array | null,
    parentStatus: Int8Array,
    parentCost: number,
  ): void => {
    if (stopped) return;
    if ((++nodes & poll) === 0 && control.shouldStop?.()) stopped = true;
    if ((nodes & 65535) === 0) control.onProgress?.({ phase: 'relaxations', nodes });
    const status = parentStatus.slice();
    let violatedCost = parentCost;
    for (let i = 0; i < issueCount; i++) {
      if (parentDomains !== null && parentDomains[i] === domains[i]) continue;
      for (const k of watchers[i]!) {
        if (status[k] !== -1) continue;
        const truth = evaluateFormula(redLines[tracked[k]!]!.formula, domains);
        status[k] = truth;
        if (truth === 0) violatedCost += redLines[tracked[k]!]!.cost;
      }
    }
    const lowerBound = violatedCost + unaryBound(domains);
    // Costs are integers below 2^53 (\`compileProblem\`), so these sums and comparisons are exact.
    if (best !== null && lowerBound >= best.cost) return;
    const branch = order.find((i) => (domains[i]! & (domains[i]! - 1)) !== 0);
    if (branch === undefined) {
      const violated = [...alwaysViolated];
      tracked.forEach((index, k) => {
        if (status[k] === 0) violated.push(index);
      });
      for (const indices of unary)
        for (const index of indices)
          if (evaluateFormula(redLines[index]!.formula, domains) === 0) violated.push(index);
      best = { redLines: violated.sort((a, b) => a - b), cost: lowerBound };
      return;
    }
    const choices: number[] = [];
    for (let rest = domains[branch]!; rest !== 0; rest &= rest - 1)
      choices.push(31 - Math.clz32(rest & -rest));
    choices.sort((a, b) => unaryCost[branch]![a]! - unaryCost[branch]![b]! || a - b);
    for (const o of choices) {
      if (stopped) return;
      const child = domains.slice();
      child[branch] = 1 << o;
      if (propagator.propagate(child, [branch])) visit(child, domains, status, violatedCost);
    }
  };
  if (propagator.propagate(root)) visit(root, null, new Int8Array(tracked.length).fill(-1), constantCost);
  return { set: best, stopped };
}

/**
 * Enumerates minimal correction sets cheapest first (cost = Σ integer cost, the priorities scaled): each round finds the cheapest
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
  // Coherence rules are never given up: every package the enumeration considers obeys them.
  const hard: Formula[] = coherenceFormulas(problem);
  while (sets.length < limit) {
    const { set, stopped } = cheapestViolation(problem, hard, control);
    if (stopped) return { sets, complete: false, proven: false };
    if (set === null) return { sets, complete: true, proven: true };
    if (onlyCheapest && sets.length > 0 && set.cost > sets[0]!.cost)
      return { sets, complete: false, proven: true };
    sets.push(set);
    if (set.redLines.length === 0) return { sets, complete: true, proven: true };
    const blocking = set.redLines.map((index) => problem.redLines[index]!.formula);
    hard.push(blocking.length === 1 ? blocking[0]! : { kind: 'or', children: blocking });
  }
  return { sets, complete: false, proven: true };
}
