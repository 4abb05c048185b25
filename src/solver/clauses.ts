import type { Formula } from './formula.js';

/**
 * A clause implied by a rule: "some issue i of the clause takes an option of `masks[k]`", i.e. the linear
 * constraint Σ_k Σ_{o ∈ masks[k]} x_{issues[k],o} ≥ 1 over the multiple-choice variables (x_{i,o} = 1 when
 * issue i takes option o). Each issue appears once.
 */
export interface Clause {
  issues: number[];
  masks: number[];
}

/** At most this many clauses come from one `or` by distribution; a bigger product is left out. */
const maxDistributed = 16;

/** Joins disjunctions of literals, merging the masks of one issue. */
function disjoin(a: Clause, b: Clause): Clause {
  const masks = new Map<number, number>();
  a.issues.forEach((issue, k) => masks.set(issue, (masks.get(issue) ?? 0) | a.masks[k]!));
  b.issues.forEach((issue, k) => masks.set(issue, (masks.get(issue) ?? 0) | b.masks[k]!));
  const issues = [...masks.keys()].sort((x, y) => x - y);
  return { issues, masks: issues.map((issue) => masks.get(issue)!) };
}

/** CNF of a formula, or null when it has more than `maxDistributed` clauses (or is false). */
function cnf(formula: Formula): Clause[] | null {
  switch (formula.kind) {
    case 'const':
      return formula.value ? [] : null;
    case 'lit':
      return [{ issues: [formula.issue], masks: [formula.mask] }];
    case 'and': {
      const all: Clause[] = [];
      for (const child of formula.children) {
        const clauses = cnf(child);
        if (clauses === null) return null;
        all.push(...clauses);
      }
      return all.length > maxDistributed ? null : all;
    }
    case 'or': {
      // (a1 ∧ a2) ∨ b ≡ (a1 ∨ b) ∧ (a2 ∨ b): the product of the children's clauses.
      let product: Clause[] = [{ issues: [], masks: [] }];
      for (const child of formula.children) {
        const clauses = cnf(child);
        if (clauses === null) return null;
        if (clauses.length === 0) return [];
        if (product.length * clauses.length > maxDistributed) return null;
        product = product.flatMap((left) => clauses.map((right) => disjoin(left, right)));
      }
      return product;
    }
  }
}

/**
 * Clauses every package that satisfies `formula` satisfies: its conjunctive normal form where that is small,
 * and for an `and` whose parts are not, the clauses of the parts that are. Only clauses of two or more issues
 * are kept — a one-issue clause is a domain, which propagation already enforces. Leaving a clause out only
 * weakens the bounds built on them, never their validity.
 * @example clausesOf(compileRule({ if: a, then: b }, issues)) // [{ issues: [ia, ib], masks: [¬a, b] }]
 */
export function clausesOf(formula: Formula): Clause[] {
  if (formula.kind === 'and') return formula.children.flatMap(clausesOf);
  return (cnf(formula) ?? []).filter((clause) => clause.issues.length >= 2);
}
