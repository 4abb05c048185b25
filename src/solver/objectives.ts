import type { BoundTables } from './bound-tables.js';
import type { Objective } from './branch-and-bound.js';
import type { ExactScores } from './exact-scores.js';
import type { SolverProblem } from './solver-problem.js';

// Bounds are Lagrangian: for λ ≥ 0 on the simplex, min_p a_p·g_p ≤ Σ_p λ_p·a_p·g_p, and for λ > 0,
// Π_p g_p ≤ (Σ_p λ_p·g_p / P)^P / Π_p λ_p (AM–GM, valid when every g_p ≥ 0, i.e. in the agreement zone).
// The right-hand sides separate by issue, so their maximum over completions is exact and cheap
// (BoundTables.weightedMax). Any λ gives a valid bound; a few multiplicative steps from the last node's λ
// tighten it. Red lines beyond the propagated domains are ignored by the bound, which only loosens it.

const lagrangeSteps = 4;
const slack = 1e-9;

interface Context {
  problem: SolverProblem;
  tables: BoundTables;
  exact: ExactScores;
}

function gains(problem: SolverProblem, numerators: Float64Array, out: Float64Array): boolean {
  let inZone = true;
  problem.parties.forEach((party, p) => {
    const g = numerators[p]! - party.reservationTerm;
    if (g <= 0) inZone = false;
    out[p] = g / party.scale;
  });
  return inZone;
}

function sumOfUtilities(problem: SolverProblem, numerators: Float64Array): number {
  let sum = 0;
  problem.parties.forEach((party, p) => (sum += numerators[p]! / party.scale));
  return sum;
}

/** Utilitarian: maximise Σ_p U_p over feasible packages. Exact bound: Σ_i max_o Σ_p c_{p,i,o}. */
export function utilitarianObjective({ problem, tables, exact }: Context): Objective {
  const weights = new Float64Array(tables.partyCount).fill(1);
  return {
    weights,
    score(numerators, _options, out) {
      out[0] = sumOfUtilities(problem, numerators);
      out[1] = 0;
      return true;
    },
    compareExact: (a, b) => exact.compareSum(a.numerators, b.numerators),
    bound: (domains) => tables.sumMax(domains),
  };
}

/**
 * Max–min over the agreement zone of a_p·(U_p − d_p), ties by the larger Σ_p U_p. With a_p = 1 this is the
 * egalitarian solution; with a_p = 1/(B_p − d_p) it is Kalai–Smorodinsky (`bestGains` = G of B_p).
 */
export function maxMinObjective(
  { problem, tables, exact }: Context,
  bestGains?: readonly number[],
): Objective {
  const partyCount = tables.partyCount;
  const factors = Float64Array.from(
    problem.parties.map((party, p) => (bestGains ? party.scale / bestGains[p]! : 1)),
  );
  const denominators = bestGains ?? problem.parties.map((party) => party.scale);
  // λ per depth: a node starts from its parent's best λ, so a few steps per node suffice.
  const lambdas: Float64Array[] = [];
  const weights = new Float64Array(partyCount);
  const best = new Float64Array(partyCount);
  const utilities = new Float64Array(partyCount);
  const g = new Float64Array(partyCount);
  const lambda = new Float64Array(partyCount);
  // Exponentiated-gradient steps on the simplex, in units of 1/(utility point) scaled by a_p.
  const step = 0.1 / Math.max(1e-9, Math.max(...factors, 0) || 1);
  return {
    weights,
    score(numerators, _options, out) {
      if (!gains(problem, numerators, g)) return false;
      let min = Infinity;
      for (let p = 0; p < partyCount; p++) min = Math.min(min, factors[p]! * g[p]!);
      out[0] = partyCount === 0 ? 0 : min;
      out[1] = sumOfUtilities(problem, numerators);
      return true;
    },
    compareExact(a, b) {
      return (
        exact.compareMinRatio(a.numerators, b.numerators, denominators) ||
        exact.compareSum(a.numerators, b.numerators)
      );
    },
    secondaryBound: (domains) => tables.sumMax(domains),
    bound(domains, depth, cutoff) {
      tables.partyMax(domains, best);
      let primary = partyCount === 0 ? 0 : Infinity;
      for (let p = 0; p < partyCount; p++) {
        const gain = best[p]! - tables.reservations[p]!;
        if (gain < -slack) {
          return -Infinity;
        }
        primary = Math.min(primary, factors[p]! * gain);
      }
      if (primary < cutoff) return primary;
      const stored = (lambdas[depth] ??= new Float64Array(partyCount).fill(1 / Math.max(1, partyCount)));
      lambda.set(depth > 0 ? lambdas[depth - 1]! : stored);
      let bestF = Infinity;
      const steps = depth === 0 ? 40 : lagrangeSteps;
      for (let k = 0; k < steps && partyCount > 1; k++) {
        let offset = 0;
        for (let p = 0; p < partyCount; p++) {
          weights[p] = lambda[p]! * factors[p]!;
          offset += weights[p]! * tables.reservations[p]!;
        }
        const f = tables.weightedMax(domains, weights, utilities) - offset;
        if (f < bestF) {
          bestF = f;
          stored.set(lambda);
          if (f < cutoff) break;
        }
        // Shift weight toward the parties the weighted optimum leaves worst off (a subgradient step).
        let total = 0;
        let spread = 0;
        for (let p = 0; p < partyCount; p++) {
          const gain = factors[p]! * (utilities[p]! - tables.reservations[p]!);
          spread += lambda[p]! * (gain - f) * (gain - f);
        }
        // Polyak's step toward the incumbent's level when there is one, else a fixed one.
        const eta =
          Number.isFinite(cutoff) && spread > 1e-12
            ? Math.min(1, Math.max(0.002, (f - cutoff) / spread))
            : step / Math.sqrt(k + 1);
        for (let p = 0; p < partyCount; p++) {
          const gain = factors[p]! * (utilities[p]! - tables.reservations[p]!);
          lambda[p] = lambda[p]! * Math.exp(-eta * (gain - f)) + 1e-12;
          total += lambda[p]!;
        }
        for (let p = 0; p < partyCount; p++) lambda[p] = lambda[p]! / total;
      }
      for (let p = 0; p < partyCount; p++) weights[p] = stored[p]! * factors[p]!;
      return Math.min(primary, bestF);
    },
  };
}

/**
 * Whether the agreement zone has any package: the egalitarian bound, value-only, ended by the first
 * package found. A package of the zone has min_p (U_p − d_p) > 0, so a node bounded below 0 by more than
 * the bound's float error (far below 1e-9 for utilities in 0..100) holds none.
 */
export function zoneObjective(context: Context): Objective {
  return { ...maxMinObjective(context), improvement: (incumbent) => (incumbent ? Infinity : -slack) };
}

/** Nash: maximise Π_p (U_p − d_p) over the agreement zone. */
export function nashObjective({ problem, tables, exact }: Context): Objective {
  const partyCount = tables.partyCount;
  const lambda = new Float64Array(partyCount).fill(1);
  const weights = new Float64Array(partyCount).fill(1);
  const best = new Float64Array(partyCount);
  const utilities = new Float64Array(partyCount);
  const g = new Float64Array(partyCount);
  return {
    weights,
    score(numerators, _options, out) {
      if (!gains(problem, numerators, g)) return false;
      let product = 1;
      for (let p = 0; p < partyCount; p++) product *= g[p]!;
      out[0] = product;
      out[1] = 0;
      return true;
    },
    compareExact: (a, b) => exact.compareProduct(a.numerators, b.numerators),
    bound(domains) {
      tables.partyMax(domains, best);
      let primary = 1;
      for (let p = 0; p < partyCount; p++) {
        const gain = best[p]! - tables.reservations[p]!;
        if (gain < -slack) {
          return -Infinity;
        }
        primary *= Math.max(0, gain);
      }
      for (let step = 0; step < lagrangeSteps && partyCount > 1; step++) {
        let offset = 0;
        let norm = 0;
        for (let p = 0; p < partyCount; p++) norm += lambda[p]!;
        let logProduct = 0;
        for (let p = 0; p < partyCount; p++) {
          lambda[p] = lambda[p]! / norm;
          offset += lambda[p]! * tables.reservations[p]!;
          logProduct += Math.log(lambda[p]!);
        }
        const f = tables.weightedMax(domains, lambda, utilities) - offset;
        if (f < -slack) {
          return -Infinity;
        }
        primary = Math.min(
          primary,
          Math.exp(partyCount * Math.log(Math.max(f, 0) / partyCount) - logProduct),
        );
        // At the relaxation's optimum λ_p ∝ 1/g_p; move halfway there (geometric damping).
        for (let p = 0; p < partyCount; p++) {
          const gain = utilities[p]! - tables.reservations[p]!;
          const target = gain > 1e-9 ? 1 / gain : lambda[p]! * 4;
          lambda[p] = Math.sqrt(lambda[p]! * target);
        }
      }
      weights.set(lambda);
      return primary;
    },
  };
}

/**
 * One party's best U_q over the agreement zone (B_q of Kalai–Smorodinsky), value-only. Bound: for μ ≥ 0,
 * U_q ≤ U_q + Σ_p μ_p·(U_p − d_p) on the zone, and the right side separates by issue; μ rises for the
 * parties the weighted optimum leaves below their reservation (projected subgradient steps, warm-started
 * from the parent). The bound carries a margin for its float error, so a node that can only tie the
 * incumbent's N_q — a package must reach (N_q + 1) / S_q to beat it — is cut.
 */
export function partyObjective({ problem, tables, exact }: Context, party: number): Objective {
  const partyCount = tables.partyCount;
  const scale = problem.parties[party]!.scale;
  const weights = new Float64Array(partyCount);
  weights[party] = 1;
  const best = new Float64Array(partyCount);
  const g = new Float64Array(partyCount);
  const utilities = new Float64Array(partyCount);
  const multipliers: Float64Array[] = [];
  const mu = new Float64Array(partyCount);
  // Each bound sums at most (issues + 1)·(parties + 1) products of magnitude ≤ 100·(1 + Σμ); float64 keeps
  // every one within 2^-52 relative, so this margin exceeds the bound's whole rounding error.
  const terms = (problem.issues.length + 1) * (partyCount + 1);
  const margin = (sumMu: number): number => 4 * terms * 2 ** -52 * 100 * (2 + 2 * sumMu);
  return {
    weights,
    score(numerators, _options, out) {
      if (!gains(problem, numerators, g)) return false;
      out[0] = numerators[party]! / scale;
      out[1] = 0;
      return true;
    },
    compareExact: (a, b) => exact.compareParty(a.numerators, b.numerators, party),
    improvement: (incumbent) => (incumbent ? (incumbent.numerators[party]! + 1) / scale : -Infinity),
    bound(domains, depth, cutoff) {
      tables.partyMax(domains, best);
      for (let p = 0; p < partyCount; p++) if (best[p]! - tables.reservations[p]! < -slack) return -Infinity;
      let bound = best[party]! + margin(0);
      if (bound < cutoff || partyCount < 2) return bound;
      const stored = (multipliers[depth] ??= new Float64Array(partyCount));
      mu.set(depth > 0 ? multipliers[depth - 1]! : stored);
      const steps = depth === 0 ? 40 : lagrangeSteps;
      for (let k = 0; k < steps; k++) {
        let offset = 0;
        let sumMu = 0;
        for (let p = 0; p < partyCount; p++) {
          weights[p] = mu[p]! + (p === party ? 1 : 0);
          offset += mu[p]! * tables.reservations[p]!;
          sumMu += mu[p]!;
        }
        const f = tables.weightedMax(domains, weights, utilities) - offset + margin(sumMu);
        if (f < bound) {
          bound = f;
          stored.set(mu);
          if (f < cutoff) break;
        }
        const eta = 0.02 / Math.sqrt(k + 1);
        for (let p = 0; p < partyCount; p++)
          if (p !== party) mu[p] = Math.max(0, mu[p]! - eta * (utilities[p]! - tables.reservations[p]!));
      }
      for (let p = 0; p < partyCount; p++) weights[p] = stored[p]! + (p === party ? 1 : 0);
      return bound;
    },
  };
}
