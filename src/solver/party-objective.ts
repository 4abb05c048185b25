import { BoundMemory } from './bound-memory.js';
import type { Objective } from './branch-and-bound.js';
import { gains, lagrangeSteps, rootSteps, slack } from './objectives.js';
import type { Context } from './objectives.js';

/**
 * One party's best U_q over the agreement zone (B_q of Kalai–Smorodinsky), value-only. Bound: for μ ≥ 0 and
 * clause prices ν ≥ 0, U_q ≤ U_q + Σ_p μ_p·(U_p − d_p) + Σ_c ν_c·(cover_c − 1) on the zone, and the right
 * side separates by issue; μ rises for the parties the weighted optimum leaves below their reservation and ν
 * for the clauses it leaves uncovered (projected subgradient steps, warm-started from the parent). The bound
 * carries a margin for its float error, so a node that can only tie the incumbent's N_q — a package must
 * reach (N_q + 1) / S_q to beat it — is cut.
 */
export function partyObjective({ problem, tables, exact }: Context, party: number): Objective {
  const partyCount = tables.partyCount;
  const clauseCount = tables.clauseCount;
  const scale = problem.parties[party]!.scale;
  const weights = new Float64Array(partyCount);
  weights[party] = 1;
  const best = new Float64Array(partyCount);
  const g = new Float64Array(partyCount);
  const utilities = new Float64Array(partyCount);
  const multipliers: Float64Array[] = [];
  const prices: Float64Array[] = [];
  const mu = new Float64Array(partyCount);
  const nu = new Float64Array(clauseCount);
  const slackOf = new Float64Array(clauseCount);
  const memory = new BoundMemory(problem.issues.length);
  // Each bound sums at most (issues + 1)·(parties + 1) + 2·clauses products of magnitude ≤ 100·(1 + Σμ) + Σν;
  // float64 keeps every one within 2^-52 relative, so this margin exceeds the bound's whole rounding error.
  const terms = (problem.issues.length + 1) * (partyCount + 1) + 2 * clauseCount;
  const margin = (size: number): number => 4 * terms * 2 ** -52 * (200 + 2 * size);
  const setWeights = (multiplier: Float64Array): number => {
    let offset = 0;
    for (let p = 0; p < partyCount; p++) {
      weights[p] = multiplier[p]! + (p === party ? 1 : 0);
      offset += multiplier[p]! * tables.reservations[p]!;
    }
    return offset;
  };
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
    narrow(domains, cutoff, changed) {
      const offsetAt = (depth: number): number => setWeights(multipliers[depth]!);
      memory.narrow(tables, weights, prices, offsetAt, domains, cutoff, changed);
    },
    guess: () => memory.guess(),
    bound(domains, depth, cutoff) {
      memory.depth = -1;
      tables.partyMax(domains, best);
      for (let p = 0; p < partyCount; p++) if (best[p]! - tables.reservations[p]! < -slack) return -Infinity;
      let bound = best[party]! + margin(100);
      if (bound < cutoff || (partyCount < 2 && clauseCount === 0)) return bound;
      const stored = (multipliers[depth] ??= new Float64Array(partyCount));
      const storedNu = (prices[depth] ??= new Float64Array(clauseCount));
      mu.set(depth > 0 ? multipliers[depth - 1]! : stored);
      nu.set(depth > 0 ? prices[depth - 1]! : storedNu);
      let bestF = Infinity;
      const steps = depth === 0 ? rootSteps : lagrangeSteps;
      for (let k = 0; k < steps; k++) {
        const offset = setWeights(mu);
        let size = 100;
        for (let p = 0; p < partyCount; p++) size += 100 * mu[p]!;
        for (let c = 0; c < clauseCount; c++) size += nu[c]!;
        const f = tables.pricedMax(domains, weights, nu, utilities, slackOf) - offset + margin(size);
        if (f < bestF) {
          bestF = f;
          stored.set(mu);
          storedNu.set(nu);
          memory.keepMaximiser(tables);
          if (f < cutoff) break;
        }
        let spread = 0;
        for (let p = 0; p < partyCount; p++)
          if (p !== party) spread += (utilities[p]! - tables.reservations[p]!) ** 2;
        for (let c = 0; c < clauseCount; c++) spread += slackOf[c]! * slackOf[c]!;
        const eta =
          Number.isFinite(cutoff) && spread > 1e-12
            ? Math.min(1, Math.max(0.002, (f - cutoff) / spread))
            : 0.02 / Math.sqrt(k + 1);
        for (let p = 0; p < partyCount; p++)
          if (p !== party) mu[p] = Math.max(0, mu[p]! - eta * (utilities[p]! - tables.reservations[p]!));
        for (let c = 0; c < clauseCount; c++) nu[c] = Math.max(0, nu[c]! - eta * slackOf[c]!);
      }
      setWeights(stored);
      if (bestF < bound) {
        bound = bestF;
        memory.depth = depth;
        memory.value = bestF;
      }
      return bound;
    },
  };
}
