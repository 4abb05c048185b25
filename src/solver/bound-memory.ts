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

  constructor(issueCount: number) {
    this.#maximiser = new Int32Array(issueCount);
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
