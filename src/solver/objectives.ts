import { BoundMemory } from './bound-memory.js';
import { neighbourhoodAfter } from './neighbourhood.js';
import type { BoundTables } from './bound-tables.js';
import type { Objective } from './branch-and-bound.js';
import type { ExactScores } from './exact-scores.js';
import type { SolverProblem } from './solver-problem.js';

// Bounds are Lagrangian: for λ ≥ 0 on the simplex, min_p a_p·g_p ≤ Σ_p λ_p·a_p·g_p, and for λ > 0,
// Π_p g_p ≤ (Σ_p λ_p·g_p / P)^P / Π_p λ_p (AM–GM, valid when every g_p ≥ 0, i.e. in the agreement zone).
// The right-hand sides separate by issue, so their maximum over completions is exact and cheap. The clauses
// the red lines imply are priced in (ν ≥ 0, BoundTables.pricedMax), which makes the bound the value of the
// linear relaxation of the multiple-choice problem with those clauses once (λ, ν) are optimal. Any (λ, ν)
// gives a valid bound; a few subgradient steps from the parent node's multipliers tighten it, and the same
// multipliers remove the options no completion above the incumbent takes (reduced-cost fixing, `narrow`).

/** Multiplier steps per node (warm-started from the parent), and at the root. */
export const lagrangeSteps = 4;
export const rootSteps = 40;
/** How far below 0 a float gain may fall from rounding alone (utilities are 0..100). */
export const slack = 1e-9;

/**
 * An upper bound of the float rounding error of a priced bound `pricedMax − offset`: it sums at most
 * (I + 1)·(P + 1) + 2·C products (C clauses), each within 2^-52 relative of a running value no larger than
 * `size` = Σ_p 100·w_p + offset + 2·Σ_c ν_c. Added to the bound, it keeps the bound a true upper bound.
 */
export function roundingMargin(tables: BoundTables, issueCount: number, size: number): number {
  const terms = (issueCount + 1) * (tables.partyCount + 1) + 2 * tables.clauseCount;
  return 4 * terms * 2 ** -52 * size;
}

/** `size` of `roundingMargin` for weights `w`, clause prices `nu` and the constant `offset`. */
export function pricedSize(w: Float64Array, nu: Float64Array, offset: number): number {
  let size = Math.abs(offset);
  for (let p = 0; p < w.length; p++) size += 100 * Math.abs(w[p]!);
  for (let c = 0; c < nu.length; c++) size += 2 * nu[c]!;
  return size;
}

/** What every objective is built from. */
export interface Context {
  problem: SolverProblem;
  tables: BoundTables;
  exact: ExactScores;
}

/** Writes each party's U_p − d_p into `out`; true when every one is > 0 (the package is in the zone). */
export function gains(problem: SolverProblem, numerators: Float64Array, out: Float64Array): boolean {
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
export function maxMinObjective(context: Context, bestGains?: readonly number[]): Objective {
  const { problem, tables, exact } = context;
  const partyCount = tables.partyCount;
  const issueCount = problem.issues.length;
  const factors = Float64Array.from(
    problem.parties.map((party, p) => (bestGains ? party.scale / bestGains[p]! : 1)),
  );
  // Kalai's shares a_p·g_p are fractions of the ideal gains (0..1), egalitarian gains utility points. Polyak's
  // step mixes the parties' subgradient with the clauses' (cover − 1, whole numbers), so the multipliers work
  // on a_p / unit (unit = the mean a_p): Kalai's bound then moves in the egalitarian's units, where λ's steps
  // are not swamped by the clauses'. On 40×6×6 opposed, seed 1, its search fell from 78,387 to 17,163 nodes
  // (with the zone packages found before as its first incumbent). `toScaled` and `fromScaled` round toward
  // the safe side: a level a little lower, a bound a little higher (their error is below 2^-52 relative).
  let unit = 0;
  for (let p = 0; p < partyCount; p++) unit += factors[p]! / partyCount;
  if (!bestGains || !(unit > 0)) unit = 1;
  const scaled = Float64Array.from(factors, (a) => a / unit);
  const toScaled = (x: number): number =>
    unit === 1 ? x : (x / unit) * (x > 0 ? 1 - 2 ** -49 : 1 + 2 ** -49);
  const fromScaled = (x: number): number =>
    unit === 1 ? x : x * unit * (x > 0 ? 1 + 2 ** -49 : 1 - 2 ** -49);
  const denominators = bestGains ?? problem.parties.map((party) => party.scale);
  // λ and the clause prices ν per depth: a node starts from its parent's best, so a few steps per node suffice.
  const lambdas: Float64Array[] = [];
  const prices: Float64Array[] = [];
  const clauseCount = tables.clauseCount;
  const weights = new Float64Array(partyCount);
  const best = new Float64Array(partyCount);
  const utilities = new Float64Array(partyCount);
  const g = new Float64Array(partyCount);
  const lambda = new Float64Array(partyCount);
  const nu = new Float64Array(clauseCount);
  const slackOf = new Float64Array(clauseCount);
  const memory = new BoundMemory(problem.issues.length);
  // Exponentiated-gradient steps on the simplex, in units of 1/(utility point) scaled by a_p / unit.
  const step = 0.1 / Math.max(1e-9, Math.max(...scaled, 0) || 1);
  // Kalai's search starts from the relaxation-induced neighbourhood (`Objective.neighbourhood`); the
  // egalitarian search proves its optimum without it.
  const neighbourhood = bestGains && {
    after: neighbourhoodAfter,
    startTally: () => memory.resetTally(),
    agreement: () => memory.agreement(),
    fresh: () => ({ ...maxMinObjective(context, bestGains), neighbourhood: undefined }),
  };
  return {
    weights,
    ...(neighbourhood ? { neighbourhood } : {}),
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
    narrow(domains, cutoff, changed) {
      const offsetAt = (depth: number): number => {
        let offset = 0;
        for (let p = 0; p < partyCount; p++) {
          weights[p] = lambdas[depth]![p]! * scaled[p]!;
          offset += weights[p]! * tables.reservations[p]!;
        }
        return offset;
      };
      memory.narrow(tables, weights, prices, offsetAt, domains, toScaled(cutoff), changed);
    },
    guess: () => memory.guess(),
    bound(domains, depth, level) {
      memory.depth = -1;
      tables.partyMax(domains, best);
      let primary = partyCount === 0 ? 0 : Infinity;
      for (let p = 0; p < partyCount; p++) {
        const gain = best[p]! - tables.reservations[p]!;
        if (gain < -slack) {
          return -Infinity;
        }
        primary = Math.min(primary, factors[p]! * gain);
      }
      if (primary < level || partyCount === 0) return primary;
      // From here on the bound is in the scaled units.
      const cutoff = toScaled(level);
      const stored = (lambdas[depth] ??= new Float64Array(partyCount).fill(1 / Math.max(1, partyCount)));
      const storedNu = (prices[depth] ??= new Float64Array(clauseCount));
      lambda.set(depth > 0 ? lambdas[depth - 1]! : stored);
      nu.set(depth > 0 ? prices[depth - 1]! : storedNu);
      let bestF = Infinity;
      const steps = depth === 0 ? rootSteps : lagrangeSteps;
      // One party: λ = 1 is optimal, but the clause prices still tighten the bound.
      for (let k = 0; k < steps && (partyCount > 1 || clauseCount > 0); k++) {
        let offset = 0;
        for (let p = 0; p < partyCount; p++) {
          weights[p] = lambda[p]! * scaled[p]!;
          offset += weights[p]! * tables.reservations[p]!;
        }
        const f =
          tables.pricedMax(domains, weights, nu, utilities, slackOf) -
          offset +
          roundingMargin(tables, issueCount, pricedSize(weights, nu, offset));
        if (depth === 0) memory.tally(tables);
        if (f < bestF) {
          bestF = f;
          stored.set(lambda);
          storedNu.set(nu);
          memory.keepMaximiser(tables);
          if (f < cutoff) break;
        }
        // Shift weight toward the parties the weighted optimum leaves worst off (a subgradient step), and
        // raise the price of each clause the optimum leaves uncovered, lower it where it is covered twice.
        let total = 0;
        let spread = 0;
        for (let p = 0; p < partyCount; p++) {
          const gain = scaled[p]! * (utilities[p]! - tables.reservations[p]!);
          spread += lambda[p]! * (gain - f) * (gain - f);
        }
        let clauseSpread = 0;
        for (let c = 0; c < clauseCount; c++) clauseSpread += slackOf[c]! * slackOf[c]!;
        // Polyak's step toward the incumbent's level when there is one, else a fixed one.
        const polyak = Number.isFinite(cutoff) && spread + clauseSpread > 1e-12;
        const eta = polyak
          ? Math.min(1, Math.max(0.002, (f - cutoff) / (spread + clauseSpread)))
          : step / Math.sqrt(k + 1);
        if (partyCount > 1) {
          for (let p = 0; p < partyCount; p++) {
            const gain = scaled[p]! * (utilities[p]! - tables.reservations[p]!);
            lambda[p] = lambda[p]! * Math.exp(-eta * (gain - f)) + 1e-12;
            total += lambda[p]!;
          }
          for (let p = 0; p < partyCount; p++) lambda[p] = lambda[p]! / total;
        }
        const etaNu = polyak ? (f - cutoff) / (spread + clauseSpread) : 1 / Math.sqrt(k + 1);
        for (let c = 0; c < clauseCount; c++) nu[c] = Math.max(0, nu[c]! - etaNu * slackOf[c]!);
      }
      for (let p = 0; p < partyCount; p++) weights[p] = stored[p]! * scaled[p]!;
      memory.depth = depth;
      memory.value = bestF;
      return Math.min(primary, fromScaled(bestF));
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

/**
 * Nash: maximise Π_p (U_p − d_p) over the agreement zone. Bound (AM–GM, with the clause prices ν of
 * `BoundTables.pricedMax`): Π_p g_p ≤ (f/P)^P / Π_p λ_p with f = max_x Σ_p λ_p·g_p(x) + Σ_c ν_c·(cover_c − 1).
 */
export function nashObjective({ problem, tables, exact }: Context): Objective {
  const partyCount = tables.partyCount;
  const issueCount = problem.issues.length;
  const clauseCount = tables.clauseCount;
  const lambda = new Float64Array(partyCount).fill(1);
  const weights = new Float64Array(partyCount).fill(1);
  const best = new Float64Array(partyCount);
  const utilities = new Float64Array(partyCount);
  const g = new Float64Array(partyCount);
  const nu = new Float64Array(clauseCount);
  const slackOf = new Float64Array(clauseCount);
  // The multipliers of the tightest step of the last `bound`, for `narrow`.
  const bestLambda = new Float64Array(partyCount).fill(1 / Math.max(1, partyCount));
  const bestNu = new Float64Array(clauseCount);
  let bestF = Infinity;
  let bestLogProduct = 0;
  const memory = new BoundMemory(problem.issues.length);
  return {
    guess: () => memory.guess(),
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
    narrow(domains, cutoff, changed) {
      if (bestF === Infinity || !(cutoff > 0)) return;
      // ((f − loss)/P)^P / Π λ < cutoff  ⇔  f − loss < P·(cutoff·Π λ)^(1/P).
      const exponent = (Math.log(cutoff) + bestLogProduct) / partyCount;
      // Lowered by its own rounding error, so that only options below the true level are removed.
      const rounding = 8 * 2 ** -52 * (Math.abs(Math.log(cutoff)) + Math.abs(bestLogProduct) + 1);
      const level = partyCount * Math.exp(exponent) * (1 - rounding);
      let offset = 0;
      for (let p = 0; p < partyCount; p++) offset += bestLambda[p]! * tables.reservations[p]!;
      tables.narrowByPrices(domains, bestLambda, bestNu, bestF + offset, level + offset, changed);
    },
    bound(domains) {
      bestF = Infinity;
      tables.partyMax(domains, best);
      let primary = 1;
      for (let p = 0; p < partyCount; p++) {
        const gain = best[p]! - tables.reservations[p]!;
        if (gain < -slack) {
          return -Infinity;
        }
        primary *= Math.max(0, gain);
      }
      for (let step = 0; step < lagrangeSteps && (partyCount > 1 || clauseCount > 0); step++) {
        let offset = 0;
        let norm = 0;
        for (let p = 0; p < partyCount; p++) norm += lambda[p]!;
        let logProduct = 0;
        for (let p = 0; p < partyCount; p++) {
          lambda[p] = lambda[p]! / norm;
          offset += lambda[p]! * tables.reservations[p]!;
          logProduct += Math.log(lambda[p]!);
        }
        const f =
          tables.pricedMax(domains, lambda, nu, utilities, slackOf) -
          offset +
          roundingMargin(tables, issueCount, pricedSize(lambda, nu, offset));
        if (f < -slack) {
          return -Infinity;
        }
        // exp and log round within an ulp or so; the exponent's error is below 4·2^-52 times the sum of
        // the magnitudes it adds up, which bounds the result's relative error (the factor 2 covers exp).
        const exponent = partyCount * Math.log(Math.max(f, 0) / partyCount) - logProduct;
        let magnitude =
          Math.abs(exponent) + partyCount * Math.abs(Math.log(Math.max(f, 1e-300) / partyCount));
        for (let p = 0; p < partyCount; p++) magnitude += Math.abs(Math.log(lambda[p]!));
        const candidate = Math.exp(exponent) * (1 + 8 * 2 ** -52 * (magnitude + 1));
        if (candidate < primary) {
          primary = candidate;
          bestF = f;
          bestLogProduct = logProduct;
          bestLambda.set(lambda);
          bestNu.set(nu);
          memory.keepMaximiser(tables);
        }
        // Exponentiated gradient on log of the bound, P·log(f/P) − Σ_p log λ_p: its gradient times λ_p is
        // P·λ_p·g_p/f − 1. A clause the optimum leaves uncovered gets dearer, one covered twice cheaper.
        const eta = 0.5 / Math.sqrt(step + 1);
        let total = 0;
        for (let p = 0; p < partyCount; p++) {
          const gain = utilities[p]! - tables.reservations[p]!;
          const push = f > 1e-9 ? (partyCount * lambda[p]! * gain) / f - 1 : -1;
          lambda[p] = lambda[p]! * Math.exp(-eta * Math.max(-4, Math.min(4, push))) + 1e-12;
          total += lambda[p]!;
        }
        for (let p = 0; p < partyCount; p++) lambda[p] = lambda[p]! / total;
        const etaNu = (0.5 * Math.max(f, 1e-9)) / partyCount / Math.sqrt(step + 1) / 100;
        for (let c = 0; c < clauseCount; c++) nu[c] = Math.max(0, nu[c]! - etaNu * slackOf[c]!);
      }
      lambda.set(bestLambda);
      nu.set(bestNu);
      weights.set(lambda);
      return primary;
    },
  };
}
