import { fullMask } from './formula.js';
import { cappedControl, neighbourhoodSearches, relaxationNeighbourhood } from './neighbourhood.js';
import type { Propagator } from './propagator.js';
import { contributionTables, numeratorOf } from './solver-problem.js';
import type { SolverProblem } from './solver-problem.js';

/** How a long run is watched and stopped; the core reads no clock, so the caller passes these in. */
export interface SearchControl {
  /** Polled every `pollEvery` nodes; returning true stops the search with the best package found so far. */
  shouldStop?: () => boolean;
  /** How many nodes pass between polls of `shouldStop` (a power of two, 1,024 by default). */
  pollEvery?: number;
  /**
   * Milliseconds left of the caller's time limit (the core reads no clock, so the caller passes this in).
   * With it, work made of several searches gives each its share of the time left (`shareOf`).
   */
  remaining?: () => number;
  /** Called every 65,536 nodes, and as each part of the answer is settled. */
  onProgress?: (progress: SearchProgress) => void;
}

/** What a running search reports. */
export interface SearchProgress {
  phase: string;
  nodes: number;
  /**
   * What `solveCase` has proven so far, in the order proven: `feasible` and `agreementZone` once decided,
   * each solution's name once proven optimal, `conflicts` once complete, `pareto` once the whole frontier
   * is, `bridge`. Set by `solveCase`; a search on its own leaves it out.
   */
  proven?: string[];
}

/**
 * What a branch-and-bound search optimises. Scores are pairs compared lexicographically (primary, then
 * secondary), in floats for speed; `compareExact` settles every comparison the floats cannot (within
 * `errorWindow`), and the smaller option-index vector wins an exact tie (issues in case order).
 */
export interface Objective {
  /** Writes [primary, secondary] of a complete package into `out`; false when it does not qualify. */
  score(numerators: Float64Array, options: Int32Array, out: Float64Array): boolean;
  /** Exact comparison of two qualifying packages' scores: > 0 when `a` is better. */
  compareExact(a: Candidate, b: Candidate): number;
  /**
   * Upper bound of the primary score over every completion of `domains` that satisfies the unary part of
   * the constraints; −Infinity when none can qualify. `depth` is the node's depth (0 at the root; a child
   * is bounded right after its parent), so an objective may warm-start from the parent. Once its bound is
   * below `cutoff` the node will be cut, so it may stop refining and return that bound.
   */
  bound(domains: Int32Array, depth: number, cutoff: number): number;
  /**
   * A complete package worth trying, asked right after `bound` (null for none): the completion the bound's
   * relaxation maximised. It may break red lines; the search checks it before scoring it, so it only ever
   * helps to find good incumbents early and never decides a cut.
   */
  guess?(): Int32Array | null;
  /**
   * Removes from `domains`, in place, options that no completion beating `cutoff` takes (reduced-cost
   * fixing with the multipliers of the last `bound`), pushing each changed issue onto `changed`. Asked
   * right after `bound` on a node that is not cut; every option removed must be provably useless.
   */
  narrow?(domains: Int32Array, cutoff: number, changed: number[]): void;
  /** Upper bound of the secondary score, asked only when the primary bound ties the incumbent. */
  secondaryBound?(domains: Int32Array): number;
  /** Per-party weights (≥ 0) for branching order: options with a larger weighted utility are tried first. */
  readonly weights: Float64Array;
  /**
   * Present on value-only objectives (an ideal point, whether any package qualifies), whose package may
   * be any optimal one: the smallest primary score a package must reach to beat the incumbent strictly
   * (Infinity: the first qualifying package ends the search), or with no incumbent yet, to qualify at all.
   * Nodes whose bound is below it are cut, so ties are never searched; `bound` must then be a true upper
   * bound with its float error included.
   */
  improvement?(incumbent: Candidate | null): number;
  /**
   * A neighbourhood worth searching first for a good incumbent (relaxation-induced neighbourhood search):
   * `agreement` starts a tally of the maximisers of the root's multiplier steps and returns, once `bound`
   * has run those steps, per issue the option all of them took (−1 where they differed); `fresh` gives an
   * objective of the same score with its own multipliers, for the sub-search over that neighbourhood. The
   * search turns to it once it has visited `after` nodes.
   */
  neighbourhood?: { after: number; startTally(): void; agreement(): Int32Array | null; fresh(): Objective };
}

/**
 * The control of one of `count` searches still to run: it stops when the caller's does, or once it has
 * used its equal share of the time left, so one hard search cannot starve the others; time a search
 * leaves unused passes to the next. Without `remaining` the caller's control is returned as it is.
 */
export function shareOf(control: SearchControl, count: number): SearchControl {
  const remaining = control.remaining;
  if (!remaining || count <= 1) return control;
  const reserve = (remaining() * (count - 1)) / count;
  return { ...control, shouldStop: () => control.shouldStop?.() === true || remaining() < reserve };
}

/** The mask `nodes & mask` is 0 on the nodes where `shouldStop` is polled. */
export const pollMask = (control: SearchControl): number => (control.pollEvery ?? 1024) - 1;

/** A complete package: its option index per issue and its N_p per party. */
export interface Candidate {
  numerators: Float64Array;
  options: Int32Array;
}

/** The best package a search found. `proven` is false when it was stopped; `gap` bounds how far off it is. */
export interface SearchOutcome {
  options: Int32Array | null;
  numerators: Float64Array | null;
  score: [number, number] | null;
  proven: boolean;
  /** Upper bound of the primary score minus the found one (0 when proven; Infinity when nothing found). */
  gap: number;
  /**
   * Upper bound of the best primary score any qualifying package has: the found score when proven,
   * −Infinity when proven that none qualifies; when stopped, the largest bound of the unexplored nodes.
   */
  bound: number;
  nodes: number;
}

/**
 * The float error window of a problem's scores and bounds, relative to their size (at least 1). A score is
 * computed from exact integers N_p (below 2^53) with at most 2P + 3 rounded operations (a division per
 * party, then P − 1 products, minima or sums, and Kalai's factor), and the bounds without clause prices
 * (utilitarian, the bridge, `secondaryBound`) sum at most (I + 1)·(P + 1) rounded terms, each rounding
 * within 2^-53 of the running value; bounds with clause prices add their own margin (`objectives.ts`). So
 * two floats further apart than this window compare as their exact values do, and a node whose bound is
 * below the incumbent by more than it holds no better package: only comparisons inside the window are
 * decided exactly (`Objective.compareExact`, BigInt), whatever the size of the true difference.
 */
export const errorWindow = (issueCount: number, partyCount: number): number =>
  4 * (issueCount + 1) * (partyCount + 2) * 2 ** -52;

/** Whether package a comes before package b in option order (the tie-break among equal scores). */
export const lexLess = (a: Int32Array, b: Int32Array): boolean => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
};

/** The initial domains of a problem: every option of every issue. */
export const allOptions = (problem: SolverProblem): Int32Array =>
  Int32Array.from(problem.issues.map((issue) => fullMask(issue.options.length)));

/**
 * Depth-first branch and bound over packages. Exact: a subtree is cut only when its bound is below the
 * incumbent by more than its float error window (the bound is a true upper bound of every qualifying
 * completion), or when propagation proves no completion satisfies the hard constraints; every other package
 * is reached, and ties are settled exactly. Branches on the open issue whose options differ most under the
 * objective's weights, best option first, so good incumbents come early. `known` packages (found by other
 * searches) are scored first when they keep the constraints; they change where the search starts, not the
 * score a proven search returns (nor its package, unless the objective is value-only).
 */
export function branchAndBound(
  problem: SolverProblem,
  propagator: Propagator,
  objective: Objective,
  control: SearchControl = {},
  phase = 'search',
  known: readonly Int32Array[] = [],
  rootDomains: Int32Array = allOptions(problem),
): SearchOutcome {
  const issueCount = problem.issues.length;
  const parties = problem.parties;
  const partyCount = parties.length;
  const contributions = contributionTables(problem);
  let bestOptions: Int32Array | null = null;
  let bestNumerators: Float64Array | null = null;
  const bestScore = new Float64Array(2);
  const score = new Float64Array(2);
  const numerators = new Float64Array(partyCount);
  let nodes = 0;
  let stopped = false;
  let openBound = -Infinity;
  // Value-only objectives: what a package must score to beat the incumbent (see Objective.improvement).
  const poll = pollMask(control);
  const window = errorWindow(issueCount, partyCount);
  const tolerance = (x: number): number => window * Math.max(1, Math.abs(x));
  let needed = objective.improvement ? objective.improvement(null) : -Infinity;

  const weighted = (i: number, o: number): number => {
    const table = contributions[i]!;
    let v = 0;
    for (let p = 0; p < partyCount; p++) v += objective.weights[p]! * table[o * partyCount + p]!;
    return v;
  };

  const visitLeaf = (domains: Int32Array): void => {
    const options = domains.map((d) => 31 - Math.clz32(d));
    for (let p = 0; p < partyCount; p++) numerators[p] = numeratorOf(parties[p]!, options);
    if (!objective.score(numerators, options, score)) return;
    if (objective.improvement && bestOptions !== null) {
      const better = objective.compareExact(
        { numerators, options },
        { numerators: bestNumerators!, options: bestOptions },
      );
      if (better <= 0) return;
    } else if (bestOptions !== null) {
      const t0 = tolerance(bestScore[0]!);
      if (score[0]! < bestScore[0]! - t0) return;
      // Within float reach of the incumbent: decide on exact integers, then on the option vector.
      if (score[0]! <= bestScore[0]! + t0) {
        const exact = objective.compareExact(
          { numerators, options },
          { numerators: bestNumerators!, options: bestOptions },
        );
        if (exact < 0 || (exact === 0 && !lexLess(options, bestOptions))) return;
      }
    }
    bestOptions = options;
    bestNumerators = Float64Array.from(numerators);
    bestScore.set(score);
    if (objective.improvement)
      needed = objective.improvement({ numerators: bestNumerators, options: bestOptions });
  };

  // A guessed package inside the node's domains that keeps every hard constraint is scored like a leaf.
  const tryGuess = (domains: Int32Array, guess: Int32Array): void => {
    for (let i = 0; i < issueCount; i++) {
      const bit = 1 << guess[i]!;
      if ((domains[i]! & bit) === 0) return;
      single[i] = bit;
    }
    if (propagator.propagate(single)) visitLeaf(single);
  };
  const single = new Int32Array(issueCount);
  const narrowed: number[] = [];

  // Local search from a new incumbent: change one issue's option at a time while that keeps the hard
  // constraints and scores better, until no such change is left. Any package that keeps them is a valid
  // incumbent, so this only finds good packages sooner (fewer nodes survive their bound); it proves nothing.
  const improveIncumbent = (): void => {
    for (let improved = true; improved && !stopped;) {
      improved = false;
      const base = bestOptions!;
      for (let i = 0; i < issueCount; i++) single[i] = 1 << base[i]!;
      for (let i = 0; i < issueCount && !improved; i++) {
        const size = problem.issues[i]!.options.length;
        for (let o = 0; o < size && !improved; o++) {
          if (o === base[i]) continue;
          single[i] = 1 << o;
          if (propagator.propagate(single, [i])) {
            visitLeaf(single);
            improved = bestOptions !== base;
          }
          single[i] = 1 << base[i]!;
        }
      }
    }
  };
  const visitAndImprove = (domains: Int32Array): void => {
    const before = bestOptions;
    visitLeaf(domains);
    if (bestOptions !== before) improveIncumbent();
  };

  const visit = (domains: Int32Array, depth: number): void => {
    nodes++;
    // A search still running after `neighbourhood.after` nodes looks near the relaxation's optimum for a
    // better incumbent; the many searches that prove sooner never pay for it.
    if (nodes === objective.neighbourhood?.after)
      for (let round = 0; round < neighbourhoodSearches && searchNeighbourhood(root); round++)
        improveIncumbent();
    if ((nodes & poll) === 0 && control.shouldStop?.()) stopped = true;
    if ((nodes & 65535) === 0) control.onProgress?.({ phase, nodes });
    const cutoff = objective.improvement
      ? needed
      : bestOptions === null
        ? -Infinity
        : bestScore[0]! - tolerance(bestScore[0]!);
    if (cutoff === Infinity) return;
    const primaryBound = objective.bound(domains, depth, cutoff);
    if (primaryBound === -Infinity) return;
    if (objective.improvement) {
      if (primaryBound < cutoff) return;
    } else if (bestOptions !== null) {
      const t0 = tolerance(bestScore[0]!);
      if (primaryBound < bestScore[0]! - t0) return;
      if (primaryBound <= bestScore[0]! + t0 && objective.secondaryBound) {
        if (objective.secondaryBound(domains) < bestScore[1]! - tolerance(bestScore[1]!)) return;
      }
    }
    if (stopped) {
      openBound = Math.max(openBound, primaryBound);
      return;
    }
    if (objective.narrow && Number.isFinite(cutoff)) {
      narrowed.length = 0;
      objective.narrow(domains, cutoff, narrowed);
      if (narrowed.length > 0 && !propagator.propagate(domains, narrowed)) return;
    }
    const guess = objective.guess?.();
    if (guess) {
      const before = bestOptions;
      tryGuess(domains, guess);
      if (bestOptions !== before) improveIncumbent();
    }
    // Branch on the open issue whose best option (under the objective's weights) leads the runner-up by
    // the most: first the child that takes that option, then the one that excludes it, whose bound drops
    // by about that lead, so it is usually cut at once.
    let branch = -1;
    let branchOption = -1;
    let largestLead = -Infinity;
    for (let i = 0; i < issueCount; i++) {
      const domain = domains[i]!;
      if ((domain & (domain - 1)) === 0) continue;
      let top = -Infinity;
      let second = -Infinity;
      let topOption = -1;
      for (let rest = domain; rest !== 0; rest &= rest - 1) {
        const o = 31 - Math.clz32(rest & -rest);
        const v = weighted(i, o);
        if (v > top) {
          second = top;
          top = v;
          topOption = o;
        } else if (v > second) second = v;
      }
      const lead = top - second;
      if (lead > largestLead) {
        largestLead = lead;
        branch = i;
        branchOption = topOption;
      }
    }
    if (branch < 0) {
      visitAndImprove(domains);
      return;
    }
    const taken = domains.slice();
    taken[branch] = 1 << branchOption;
    if (propagator.propagate(taken, [branch])) visit(taken, depth + 1);
    if (stopped) {
      openBound = Math.max(openBound, primaryBound);
      return;
    }
    const excluded = domains.slice();
    excluded[branch] = domains[branch]! & ~(1 << branchOption);
    if (propagator.propagate(excluded, [branch])) visit(excluded, depth + 1);
  };

  // A few small searches near the linear relaxation's solution (`neighbourhood.ts`) for a good incumbent.
  const searchNeighbourhood = (root: Int32Array): boolean => {
    const near = relaxationNeighbourhood(objective, propagator, root, bestOptions && bestScore[0]!);
    if (near === null) return false;
    const incumbent = bestOptions === null ? [] : [bestOptions as Int32Array];
    const found = branchAndBound(
      problem,
      propagator,
      near.objective,
      cappedControl(control),
      phase,
      incumbent,
      near.domains,
    );
    nodes += found.nodes;
    const before = bestOptions;
    if (found.options) tryGuess(root, found.options);
    return bestOptions !== before;
  };

  const root = rootDomains.slice();
  if (propagator.propagate(root)) {
    // Packages found by earlier searches (`known`) start the incumbent when they qualify: the root's
    // multipliers then take Polyak steps toward its level from the first step instead of fixed ones.
    for (const pkg of known) tryGuess(root, pkg);
    if (bestOptions !== null) improveIncumbent();
    visit(root, 0);
    // Every node left open lies under the root, so a tighter root bound bounds them all: a stopped search
    // takes more multiplier steps at the root (continuing from the root's best) and reports a smaller gap.
    // The root's domains were narrowed only of options no package beating an incumbent takes, so the
    // bound still covers every package better than the last one.
    if (stopped && Number.isFinite(openBound)) {
      const level = objective.improvement ? needed : bestOptions === null ? -Infinity : bestScore[0]!;
      for (let k = 0; k < 10; k++) openBound = Math.min(openBound, objective.bound(root, 0, level));
    }
  }
  const found = bestOptions !== null;
  return {
    options: bestOptions,
    numerators: bestNumerators,
    score: found ? [bestScore[0]!, bestScore[1]!] : null,
    proven: !stopped,
    gap: stopped ? (found ? Math.max(0, openBound - bestScore[0]!) : Infinity) : 0,
    bound: found ? Math.max(bestScore[0]!, stopped ? openBound : -Infinity) : stopped ? openBound : -Infinity,
    nodes,
  };
}
