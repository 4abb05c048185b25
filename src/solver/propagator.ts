import { enforceFormula, issuesOfFormula } from './formula.js';
import type { Formula } from './formula.js';

/**
 * Hard constraints over per-issue domains, propagated to a fixpoint. Each constraint is re-examined only
 * when the domain of an issue it mentions changes (watch lists), so 10,000 red lines cost little per node.
 * @example const p = new Propagator(formulas, issueCount); p.propagate(domains, [changedIssue]) // false on a dead end
 */
export class Propagator {
  readonly #formulas: Formula[];
  readonly #watchers: number[][];
  readonly #queued: Uint8Array;

  constructor(formulas: readonly Formula[], issueCount: number) {
    this.#formulas = [...formulas];
    this.#watchers = Array.from({ length: issueCount }, () => []);
    this.#queued = new Uint8Array(this.#formulas.length);
    this.#formulas.forEach((formula, index) => {
      for (const issue of issuesOfFormula(formula)) this.#watchers[issue]!.push(index);
    });
  }

  /** How many constraints it holds. */
  get size(): number {
    return this.#formulas.length;
  }

  /**
   * Narrows `domains` in place until no constraint removes anything more. `changedIssues` lists the issues
   * whose domains changed since the last fixpoint; `undefined` checks every constraint. False on a wipe-out.
   */
  propagate(domains: Int32Array, changedIssues?: readonly number[]): boolean {
    const queue: number[] = [];
    const queued = this.#queued;
    const push = (index: number): void => {
      if (queued[index] === 0) {
        queued[index] = 1;
        queue.push(index);
      }
    };
    if (changedIssues === undefined) this.#formulas.forEach((_, index) => push(index));
    else for (const issue of changedIssues) for (const index of this.#watchers[issue]!) push(index);
    const changed: number[] = [];
    let ok = true;
    for (let head = 0; head < queue.length; head++) {
      const index = queue[head]!;
      queued[index] = 0;
      if (!ok) continue; // drain the queue so the flags are clean for the next call
      changed.length = 0;
      if (!enforceFormula(this.#formulas[index]!, domains, changed)) {
        ok = false;
        continue;
      }
      for (const issue of changed) for (const watcher of this.#watchers[issue]!) push(watcher);
    }
    return ok;
  }
}
