import type { SolverProblem } from './solver-problem.js';

/**
 * Per-issue tables of the parties' utility contributions, laid out for the bounds of branch and bound:
 * `table[i][o·P + p]` is what option o of issue i adds to U_p (0..100 in total over the issues).
 */
export class BoundTables {
  readonly partyCount: number;
  readonly reservations: Float64Array;
  readonly #tables: Float64Array[];
  readonly #ones: Float64Array;
  readonly #scratch: Float64Array;

  constructor(problem: SolverProblem) {
    const partyCount = problem.parties.length;
    this.partyCount = partyCount;
    this.reservations = Float64Array.from(problem.parties.map((party) => party.reservation));
    this.#tables = problem.issues.map((issue, i) => {
      const table = new Float64Array(issue.options.length * partyCount);
      problem.parties.forEach((party, p) =>
        party.contributions[i]!.forEach((c, o) => (table[o * partyCount + p] = c)),
      );
      return table;
    });
    this.#ones = new Float64Array(partyCount).fill(1);
    this.#scratch = new Float64Array(partyCount);
  }

  /**
   * max over completions of Σ_p λ_p·U_p, which separates by issue: Σ_i max_{o ∈ domain_i} Σ_p λ_p·c_{p,i,o}.
   * Writes each U_p of the maximising completion (first best option on ties) into `utilities`.
   */
  weightedMax(domains: Int32Array, lambda: Float64Array, utilities: Float64Array): number {
    const partyCount = this.partyCount;
    utilities.fill(0);
    let total = 0;
    for (let i = 0; i < this.#tables.length; i++) {
      const table = this.#tables[i]!;
      let bestValue = -Infinity;
      let bestOption = 0;
      for (let rest = domains[i]!; rest !== 0; rest &= rest - 1) {
        const o = 31 - Math.clz32(rest & -rest);
        let v = 0;
        for (let p = 0; p < partyCount; p++) v += lambda[p]! * table[o * partyCount + p]!;
        if (v > bestValue) {
          bestValue = v;
          bestOption = o;
        }
      }
      total += bestValue;
      for (let p = 0; p < partyCount; p++) utilities[p] = utilities[p]! + table[bestOption * partyCount + p]!;
    }
    return total;
  }

  /** The largest Σ_p U_p any completion reaches (ignoring red lines beyond the domains). */
  sumMax(domains: Int32Array): number {
    return this.weightedMax(domains, this.#ones, this.#scratch);
  }

  /** Each party's own best U_p over the completions, written into `out`. */
  partyMax(domains: Int32Array, out: Float64Array): void {
    const partyCount = this.partyCount;
    out.fill(0);
    for (let i = 0; i < this.#tables.length; i++) {
      const table = this.#tables[i]!;
      for (let p = 0; p < partyCount; p++) {
        let best = -Infinity;
        for (let rest = domains[i]!; rest !== 0; rest &= rest - 1) {
          const v = table[(31 - Math.clz32(rest & -rest)) * partyCount + p]!;
          if (v > best) best = v;
        }
        out[p] = out[p]! + best;
      }
    }
  }
}
