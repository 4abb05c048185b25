import type { SolverProblem } from './solver-problem.js';

/**
 * Exact comparisons of packages' scores on the integers of `SolverParty` (N_p, G_p = N_p − reservationTerm,
 * S_p), with BigInt where products could pass 2^53. Each returns > 0 when `a` is better, 0 on an exact tie.
 */
export interface ExactScores {
  /** Σ_p U_p = Σ_p N_p / S_p. */
  compareSum(a: Float64Array, b: Float64Array): number;
  /** Π_p (U_p − d_p) = Π_p G_p / Π_p S_p; both packages must be in the agreement zone. */
  compareProduct(a: Float64Array, b: Float64Array): number;
  /** min_p G_p / denominators[p] (denominators > 0): S_p for the egalitarian gain, best G_p for Kalai. */
  compareMinRatio(a: Float64Array, b: Float64Array, denominators: readonly number[]): number;
  /** U_q alone. */
  compareParty(a: Float64Array, b: Float64Array, party: number): number;
}

const sign = (x: bigint): number => (x > 0n ? 1 : x < 0n ? -1 : 0);

/** Builds the exact comparisons of a problem. */
export function exactScores(problem: SolverProblem): ExactScores {
  const scales = problem.parties.map((party) => BigInt(party.scale));
  const reservationTerms = problem.parties.map((party) => BigInt(party.reservationTerm));
  // Σ N_p/S_p compared through Σ N_p·Π_{q≠p} S_q.
  const cofactors = scales.map((_, p) =>
    scales.reduce((product, s, q) => (q === p ? product : product * s), 1n),
  );
  const gain = (n: Float64Array, p: number): bigint => BigInt(n[p]!) - reservationTerms[p]!;
  const minRatio = (n: Float64Array, denominators: readonly bigint[]): [bigint, bigint] => {
    let best: [bigint, bigint] | null = null;
    for (let p = 0; p < denominators.length; p++) {
      const candidate: [bigint, bigint] = [gain(n, p), denominators[p]!];
      if (best === null || candidate[0] * best[1] < best[0] * candidate[1]) best = candidate;
    }
    return best ?? [0n, 1n];
  };
  return {
    compareSum(a, b) {
      let diff = 0n;
      for (let p = 0; p < cofactors.length; p++) diff += (BigInt(a[p]!) - BigInt(b[p]!)) * cofactors[p]!;
      return sign(diff);
    },
    compareProduct(a, b) {
      let pa = 1n;
      let pb = 1n;
      for (let p = 0; p < scales.length; p++) {
        pa *= gain(a, p);
        pb *= gain(b, p);
      }
      return sign(pa - pb);
    },
    compareMinRatio(a, b, denominators) {
      const dens = denominators.map((d) => BigInt(d));
      const [na, da] = minRatio(a, dens);
      const [nb, db] = minRatio(b, dens);
      return sign(na * db - nb * da);
    },
    compareParty(a, b, party) {
      return sign(BigInt(a[party]!) - BigInt(b[party]!));
    },
  };
}
