// A fast-check arbitrary of red-line rules, shared by the property tests of analysis and solver.
import fc from 'fast-check';
import type { Issue, Rule } from '../src/model/index.js';

/** How rules are drawn: the numbers `min`/`max` leaves compare with, and how deep connectives nest. */
export interface RuleShape {
  bounds: fc.Arbitrary<number>;
  maxDepth: number;
}

/**
 * Any rule of the grammar (DESIGN.md, rule grammar) over the given issues: `in`/`notIn` leaves name 1..all
 * of an issue's options, `min`/`max` leaves draw from `bounds`, and `all`/`any` (1–3 children), `not` and
 * `if`/`then` nest up to `maxDepth` levels. `issues` must not be empty.
 * @example fc.sample(arbitraryRule(issues, { bounds: fc.constant(800_000), maxDepth: 2 }), 3)
 */
export function arbitraryRule(issues: Issue[], { bounds, maxDepth }: RuleShape): fc.Arbitrary<Rule> {
  const leaf: fc.Arbitrary<Rule> = fc.constantFrom(...issues).chain((issue) => {
    const optionIds = fc.subarray(
      issue.options.map((o) => o.id),
      { minLength: 1 },
    );
    return fc.oneof(
      optionIds.map((ids): Rule => ({ issue: issue.id, in: ids })),
      optionIds.map((ids): Rule => ({ issue: issue.id, notIn: ids })),
      bounds.map((min): Rule => ({ issue: issue.id, min })),
      bounds.map((max): Rule => ({ issue: issue.id, max })),
    );
  });
  return fc.letrec<{ rule: Rule }>((tie) => ({
    rule: fc.oneof(
      { maxDepth, depthIdentifier: 'rule' },
      leaf,
      fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((all): Rule => ({ all })),
      fc.array(tie('rule'), { minLength: 1, maxLength: 3 }).map((any): Rule => ({ any })),
      tie('rule').map((not): Rule => ({ not })),
      fc.tuple(tie('rule'), tie('rule')).map(([a, b]): Rule => ({ if: a, then: b })),
    ),
  })).rule;
}
