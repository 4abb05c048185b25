import type { BoundTables } from './bound-tables.js';

/**
 * What a Lagrangian bound leaves for the rest of the search (`objectives.ts`, `party-objective.ts`): the
 * package its tightest step maximised, tried once as a guess, and the depth and value of the last bound that
 * reached its multipliers, so that `narrow` can drop the options whose priced value cannot reach the cutoff.
 */
export class BoundMemory {
  readonly #maximiser: Int32Array;
  #hasMaximiser = false;
  /** The depth of the last bound that reached its multipliers; −1 when it ended before them. */
  depth = -1;
  /** That bound's value. */
  value = Infinity;

  /** Per issue, the option every tallied step's maximiser took, −1 where they differed (`tally`). */
  readonly #agreed: Int32Array;
  #tallied = 0;

  constructor(issueCount: number) {
    this.#maximiser = new Int32Array(issueCount);
    this.#agreed = new Int32Array(issueCount);
  }

  /**
   * Notes the package a root step just maximised: over many multipliers near the optimum, the issues on
   * which every maximiser agrees are the ones the linear relaxation's solution holds integral, and the rest
   * are where it mixes options (`agreement`).
   */
  tally(tables: BoundTables): void {
    const chosen = tables.lastMaximiser;
    if (this.#tallied++ === 0) this.#agreed.set(chosen);
    else for (let i = 0; i < chosen.length; i++) if (this.#agreed[i] !== chosen[i]) this.#agreed[i] = -1;
  }

  /** Starts a new tally. */
  resetTally(): void {
    this.#tallied = 0;
  }

  /** The options every tallied maximiser took (−1: they differed), or null before any tally. */
  agreement(): Int32Array | null {
    return this.#tallied === 0 ? null : this.#agreed.slice();
  }

  /** Keeps the package the bound's step just maximised (`tables.lastMaximiser`). */
  keepMaximiser(tables: BoundTables): void {
    this.#maximiser.set(tables.lastMaximiser);
    this.#hasMaximiser = true;
  }

  /** The kept package, once; null until a bound keeps another. */
  guess(): Int32Array | null {
    const found = this.#hasMaximiser ? this.#maximiser : null;
    this.#hasMaximiser = false;
    return found;
  }

  /**
   * Narrows `domains` by the last bound's prices: `offsetAt(depth)` sets `weights` to that bound's
   * multipliers and returns the constant the priced value subtracts. Does nothing when no bound got that far.
   */
  narrow(
    tables: BoundTables,
    weights: Float64Array,
    prices: readonly Float64Array[],
    offsetAt: (depth: number) => number,
    domains: Int32Array,
    cutoff: number,
    changed: number[],
  ): void {
    if (this.depth < 0 || this.value === Infinity) return;
    const offset = offsetAt(this.depth);
    tables.narrowByPrices(
      domains,
      weights,
      prices[this.depth]!,
      this.value + offset,
      cutoff + offset,
      changed,
    );
  }
}
