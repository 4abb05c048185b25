import { clausesOf } from './clauses.js';
import type { Clause } from './clauses.js';
import { contributionTables } from './solver-problem.js';
import type { SolverProblem } from './solver-problem.js';

/**
 * Per-issue tables of the parties' utility contributions, laid out for the bounds of branch and bound:
 * `table[i][o·P + p]` is what option o of issue i adds to U_p (0..100 in total over the issues); and the
 * clauses the red lines and coherence rules imply (`clauses.ts`), so that a bound can price them in.
 */
export class BoundTables {
  readonly partyCount: number;
  readonly reservations: Float64Array;
  /** The clauses of two or more issues that every package considered keeps. */
  readonly clauses: Clause[];
  readonly #tables: Float64Array[];
  readonly #ones: Float64Array;
  readonly #scratch: Float64Array;
  /** #incidence[i][o]: the clauses option o of issue i satisfies. */
  readonly #incidence: Int32Array[][];
  readonly #live: Uint8Array;
  readonly #chosen: Int32Array;
  readonly #values = new Float64Array(32);

  constructor(problem: SolverProblem) {
    const partyCount = problem.parties.length;
    this.partyCount = partyCount;
    this.reservations = Float64Array.from(problem.parties.map((party) => party.reservation));
    this.#tables = contributionTables(problem);
    this.#ones = new Float64Array(partyCount).fill(1);
    this.#scratch = new Float64Array(partyCount);
    const seen = new Set<string>();
    this.clauses = [...problem.redLines, ...problem.coherence]
      .flatMap((rule) => clausesOf(rule.formula))
      .filter((clause) => {
        const key = `${clause.issues.join(',')}/${clause.masks.join(',')}`;
        return !seen.has(key) && seen.add(key);
      });
    this.#incidence = problem.issues.map((issue, i) =>
      issue.options.map((_, o) =>
        Int32Array.from(
          this.clauses.flatMap((clause, c) =>
            clause.issues.some((issue, k) => issue === i && (clause.masks[k]! & (1 << o)) !== 0) ? [c] : [],
          ),
        ),
      ),
    );
    this.#live = new Uint8Array(this.clauses.length);
    this.#chosen = new Int32Array(problem.issues.length);
  }

  /**
   * Reduced-cost fixing: with the multipliers (λ, ν) whose `pricedMax` over `domains` is `value` (after the
   * caller's constant `offset`, so `value` = pricedMax − offset), a completion that takes option o of issue i
   * is bounded by value − (best_i − v_{i,o}), where v is the option's priced value and best_i the issue's
   * best: the other issues' terms can only be smaller. Options whose bound falls below `cutoff` are removed
   * from `domains` (never the last one) and the issues changed are pushed onto `changed`.
   */
  narrowByPrices(
    domains: Int32Array,
    lambda: Float64Array,
    nu: Float64Array,
    value: number,
    cutoff: number,
    changed: number[],
  ): void {
    const partyCount = this.partyCount;
    const clauses = this.clauses;
    const live = this.#live;
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c]!;
      let kept = false;
      for (let k = 0; k < clause.issues.length && !kept; k++)
        kept = (domains[clause.issues[k]!]! & ~clause.masks[k]!) === 0;
      live[c] = kept ? 0 : 1;
    }
    const values = this.#values;
    const room = value - cutoff;
    for (let i = 0; i < this.#tables.length; i++) {
      const domain = domains[i]!;
      if ((domain & (domain - 1)) === 0) continue;
      const table = this.#tables[i]!;
      const incidence = this.#incidence[i]!;
      let best = -Infinity;
      for (let rest = domain; rest !== 0; rest &= rest - 1) {
        const o = 31 - Math.clz32(rest & -rest);
        let v = 0;
        for (let p = 0; p < partyCount; p++) v += lambda[p]! * table[o * partyCount + p]!;
        const priced = incidence[o]!;
        for (let k = 0; k < priced.length; k++) if (live[priced[k]!] === 1) v += nu[priced[k]!]!;
        values[o] = v;
        if (v > best) best = v;
      }
      let kept = domain;
      for (let rest = domain; rest !== 0; rest &= rest - 1) {
        const o = 31 - Math.clz32(rest & -rest);
        if (best - values[o]! > room) kept &= ~(1 << o);
      }
      if (kept !== domain && kept !== 0) {
        domains[i] = kept;
        changed.push(i);
      }
    }
  }

  /** The option per issue of the completion the last `pricedMax` maximised (it may break red lines). */
  get lastMaximiser(): Int32Array {
    return this.#chosen;
  }

  /** How many clauses the bounds can price. */
  get clauseCount(): number {
    return this.clauses.length;
  }

  /**
   * The Lagrangian bound with clause prices: for λ ≥ 0 and ν ≥ 0 and every package x that keeps the clauses,
   *   Σ_p λ_p·U_p(x) ≤ Σ_p λ_p·U_p(x) + Σ_c ν_c·(cover_c(x) − 1) ≤ max over completions of the right side,
   * where cover_c(x) counts the issues of clause c that x sets inside its mask (≥ 1 when c holds). The right
   * side separates by issue. Clauses already kept by every completion of `domains` are left out (their
   * price could only loosen the bound). Writes each U_p of the maximising completion into `utilities` and
   * cover_c − 1 of each clause still open into `slack` (0 for the others): the subgradient in ν.
   */
  pricedMax(
    domains: Int32Array,
    lambda: Float64Array,
    nu: Float64Array,
    utilities: Float64Array,
    slack: Float64Array,
  ): number {
    const partyCount = this.partyCount;
    const clauses = this.clauses;
    const live = this.#live;
    let total = 0;
    for (let c = 0; c < clauses.length; c++) {
      const clause = clauses[c]!;
      let kept = false;
      for (let k = 0; k < clause.issues.length && !kept; k++)
        kept = (domains[clause.issues[k]!]! & ~clause.masks[k]!) === 0;
      live[c] = kept ? 0 : 1;
      if (!kept) total -= nu[c]!;
    }
    utilities.fill(0);
    for (let i = 0; i < this.#tables.length; i++) {
      const table = this.#tables[i]!;
      const incidence = this.#incidence[i]!;
      let bestValue = -Infinity;
      let bestOption = 0;
      for (let rest = domains[i]!; rest !== 0; rest &= rest - 1) {
        const o = 31 - Math.clz32(rest & -rest);
        let v = 0;
        for (let p = 0; p < partyCount; p++) v += lambda[p]! * table[o * partyCount + p]!;
        const priced = incidence[o]!;
        for (let k = 0; k < priced.length; k++) if (live[priced[k]!] === 1) v += nu[priced[k]!]!;
        if (v > bestValue) {
          bestValue = v;
          bestOption = o;
        }
      }
      total += bestValue;
      this.#chosen[i] = bestOption;
      for (let p = 0; p < partyCount; p++) utilities[p] = utilities[p]! + table[bestOption * partyCount + p]!;
    }
    for (let c = 0; c < clauses.length; c++) {
      if (live[c] === 0) {
        slack[c] = 0;
        continue;
      }
      const clause = clauses[c]!;
      let cover = -1;
      for (let k = 0; k < clause.issues.length; k++)
        if ((clause.masks[k]! & (1 << this.#chosen[clause.issues[k]!]!)) !== 0) cover++;
      slack[c] = cover;
    }
    return total;
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
