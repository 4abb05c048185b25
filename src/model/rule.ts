import { z } from 'zod';
import type { Issue, Option } from './case.js';
import { Id } from './id.js';

// The red-line grammar, stated once (docs/DESIGN.md, "Rules"): each form is a strict object, and `Rule` is
// their union. The type is inferred from the schema, and the reader's error messages (io/rule-errors.ts)
// take the forms, their keys and the kinds of their values from these schemas.

/** The leaves of the red-line grammar: conditions on one issue's option (DESIGN.md, rule grammar). */
export const LeafRule = z.union([
  z.strictObject({ issue: Id, in: z.array(Id).min(1) }),
  z.strictObject({ issue: Id, notIn: z.array(Id).min(1) }),
  z.strictObject({ issue: Id, min: z.number() }),
  z.strictObject({ issue: Id, max: z.number() }),
]);
export type LeafRule = z.infer<typeof LeafRule>;

/** The forms over rules: `all`/`any` of a list, `not` of one, `if…then`. Getters make them recursive. */
export const CompoundRule = z.union([
  z.strictObject({
    get all(): z.ZodArray<typeof Rule> {
      return z.array(Rule).min(1);
    },
  }),
  z.strictObject({
    get any(): z.ZodArray<typeof Rule> {
      return z.array(Rule).min(1);
    },
  }),
  z.strictObject({
    get not(): typeof Rule {
      return Rule;
    },
  }),
  z.strictObject({
    get if(): typeof Rule {
      return Rule;
    },
    get then(): typeof Rule {
      return Rule;
    },
  }),
]);
export type CompoundRule = z.infer<typeof CompoundRule>;

/**
 * A red-line rule: a leaf, or `all`/`any`/`not`/`if…then` over rules.
 * `min`/`max` compare the option's numeric `value` (`.inf` means no limit; no value fails).
 * @example { if: { issue: 'nato.membership', in: ['excluded'] }, then: { issue: 'guarantees', in: ['article-5'] } }
 */
export const Rule = z.union([LeafRule, CompoundRule]);
export type Rule = z.infer<typeof Rule>;

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

/**
 * Whether a rule holds for a complete choice of options (`optionOf(issue)` gives the chosen option), in plain
 * two-valued logic: what a rule means once every issue it names is settled (DESIGN.md, rule grammar).
 * @example ruleHolds({ issue: 'military.cap', min: 800000 }, () => ({ id: 'none', label: 'No cap', value: Infinity })) // true
 */
export function ruleHolds(rule: Rule, optionOf: (issue: string) => Option): boolean {
  if ('all' in rule) return rule.all.every((r) => ruleHolds(r, optionOf));
  if ('any' in rule) return rule.any.some((r) => ruleHolds(r, optionOf));
  if ('not' in rule) return !ruleHolds(rule.not, optionOf);
  if ('if' in rule) return !ruleHolds(rule.if, optionOf) || ruleHolds(rule.then, optionOf);
  const option = optionOf(rule.issue);
  if ('in' in rule) return rule.in.includes(option.id);
  if ('notIn' in rule) return !rule.notIn.includes(option.id);
  if (option.value === undefined) return false;
  return 'min' in rule ? option.value >= rule.min : option.value <= rule.max;
}

/**
 * Whether some choice of options for the issues a rule names makes it hold, by trying every combination of
 * their options; `undefined` when there are more than `limit` combinations (too many to try here). The
 * issues must all exist.
 * @example isRuleSatisfiable({ all: [{ issue: 'nato', in: ['open'] }, { issue: 'nato', in: ['barred'] }] }, issues) // false
 */
export function isRuleSatisfiable(
  rule: Rule,
  issues: readonly Issue[],
  limit = 100_000,
): boolean | undefined {
  const named = issuesOfRule(rule).map((id) => {
    const issue = issues.find((candidate) => candidate.id === id);
    if (!issue) throw new Error(`rule names issue '${id}', which is not in the list`);
    return issue;
  });
  if (named.reduce((count, issue) => count * issue.options.length, 1) > limit) return undefined;
  const chosen = new Map<string, Option>();
  const search = (k: number): boolean => {
    const issue = named[k];
    if (!issue) return ruleHolds(rule, (id) => chosen.get(id)!);
    return issue.options.some((option) => {
      chosen.set(issue.id, option);
      return search(k + 1);
    });
  };
  return search(0);
}
