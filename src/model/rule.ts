import { z } from 'zod';
import { Id } from './id.js';

/** The leaves of the red-line grammar: conditions on one issue's option (DESIGN.md, rule grammar). */
export const LeafRule = z.union([
  z.strictObject({ issue: Id, in: z.array(Id).min(1) }),
  z.strictObject({ issue: Id, notIn: z.array(Id).min(1) }),
  z.strictObject({ issue: Id, min: z.number() }),
  z.strictObject({ issue: Id, max: z.number() }),
]);
export type LeafRule = z.infer<typeof LeafRule>;

/**
 * A red-line rule: a leaf, or `all`/`any`/`not`/`if…then` over rules.
 * `min`/`max` compare the option's numeric `value` (`.inf` means no limit; no value fails).
 * @example { if: { issue: 'nato.membership', in: ['excluded'] }, then: { issue: 'guarantees', in: ['article-5'] } }
 */
export type Rule = LeafRule | { all: Rule[] } | { any: Rule[] } | { not: Rule } | { if: Rule; then: Rule };

export const Rule: z.ZodType<Rule> = z.lazy(() =>
  z.union([
    LeafRule,
    z.strictObject({ all: z.array(Rule).min(1) }),
    z.strictObject({ any: z.array(Rule).min(1) }),
    z.strictObject({ not: Rule }),
    z.strictObject({ if: Rule, then: Rule }),
  ]),
);

/** Every issue a rule mentions, in first-mention order. */
export function issuesOfRule(rule: Rule): string[] {
  const seen = new Set<string>();
  const visit = (r: Rule): void => {
    if ('issue' in r) seen.add(r.issue);
    else if ('all' in r) r.all.forEach(visit);
    else if ('any' in r) r.any.forEach(visit);
    else if ('not' in r) visit(r.not);
    else {
      visit(r.if);
      visit(r.then);
    }
  };
  visit(rule);
  return [...seen];
}
