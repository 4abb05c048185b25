import type { PartyExplanation } from './explain.js';
import type { BridgeChange } from './bridge.js';

/** A package with each party's utility (rounded to 4 decimals): one entry of the `parley solve` JSON. */
export interface Solution {
  options: Record<string, string>;
  utilities: Record<string, number>;
}

/** A red line named by its party: an element of a conflict or a relaxation. */
export interface RedLineRef {
  party: string;
  redline: string;
}

/** A coherence rule of the case taking part in a conflict (DESIGN.md: `{ "coherence": "<id>" }`). */
export interface CoherenceRef {
  coherence: string;
}

/** An element of a conflict: a party's red line or a coherence rule (never relaxed). */
export type ConflictRef = RedLineRef | CoherenceRef;

/** The four bargaining solutions of DESIGN.md. */
export type SolutionName = 'nash' | 'kalai' | 'egalitarian' | 'utilitarian';

/**
 * Whether a solution is proven optimal, and if not, how far its primary score may be from the optimum.
 * Proven with no package means it is proven that none qualifies; unproven with none means the search
 * stopped (or never started) before finding one.
 */
export interface Optimality {
  proven: boolean;
  /** Upper bound of the optimum minus the returned score, in the objective's units; 0 when proven. */
  gap: number | null;
  /**
   * Upper bound of the optimum's primary score (the product of gains for Nash, the smallest share of the
   * best gain for Kalai, the smallest gain for egalitarian, Σ_p U_p for utilitarian); null when unknown or
   * when no package qualifies.
   */
  bound: number | null;
}

/** The package closest to the named proposals that the solver could find (`--near`). */
export interface Bridge {
  near: string[];
  solution: Solution | null;
  /** True when the bridge lies in the agreement zone (searched there whenever the zone is not empty). */
  inAgreementZone: boolean;
  /** The weighted number of coded positions it changes. */
  cost: number | null;
  changes: BridgeChange[];
  proven: boolean;
}

/** The solutions once the red lines of one cheapest relaxation are given up. */
export interface AfterRelaxation {
  without: RedLineRef[];
  feasible: boolean | null;
  agreementZone: boolean | null;
  solutions: Record<SolutionName, Solution | null>;
  explain?: Partial<Record<SolutionName, PartyExplanation[]>>;
  /** With `near`: the bridge once those red lines are given up. */
  bridge?: Bridge;
  proven: boolean;
}

/**
 * The answer of `solveCase`, a superset of the `parley solve --json` contract (DESIGN.md): `feasible`,
 * `agreementZone`, `solutions`, `pareto`, `conflicts`, `relaxations` keep their shapes; the other fields
 * only add to them.
 */
export interface SolveReport {
  /** True when a package keeping every red line was found, false when proven that none exists, null when stopped first. */
  feasible: boolean | null;
  /** True when a package of the agreement zone was found, false when proven empty, null when stopped first. */
  agreementZone: boolean | null;
  /** True when a time limit (the caller's `shouldStop`) stopped any part of the work. */
  stopped: boolean;
  solutions: Record<SolutionName, Solution | null>;
  /** Only when the Pareto frontier was asked for; best Σ_p U_p first. */
  pareto?: Solution[];
  /** Minimal sets of red lines that cannot hold together ([] when feasible). */
  conflicts: ConflictRef[][];
  /** Smallest sets of red lines (fewest) whose removal makes the case feasible ([] when feasible). */
  relaxations: RedLineRef[][];
  /** False when a time limit stopped any part; see `optimality` and the `…Complete` flags. */
  proven: boolean;
  optimality: Record<SolutionName, Optimality>;
  /** How many points the frontier has, and whether `pareto` lists them all. */
  paretoCount?: number;
  paretoCapped?: boolean;
  /** False when the conflict list may miss some (cap or time limit). */
  conflictsComplete: boolean;
  /** Σ priority of each of `cheapestRelaxations` (its size when no priorities are given); null when feasible. */
  relaxationCost: number | null;
  /**
   * When infeasible: the relaxations that cost the parties least, weighting each red line by its `priority`
   * (the same sets as `relaxations` when no priorities are given).
   */
  cheapestRelaxations?: RedLineRef[][];
  /** The party whose own red lines contradict each other, per conflict (null when parties collide). */
  conflictOwners: (string | null)[];
  explain?: Partial<Record<SolutionName, PartyExplanation[]>>;
  bridge?: Bridge;
  /**
   * With Kalai: each party's ideal point B_p (its best utility over the agreement zone), as far as proven —
   * the best found when its search was stopped (`optimality.kalai` is then unproven).
   */
  idealPoints?: Record<string, number>;
  /** When infeasible: the case solved again without the first cheapest relaxation's red lines. */
  afterRelaxation?: AfterRelaxation;
  notes: string[];
}
