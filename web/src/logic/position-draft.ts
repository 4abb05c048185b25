import { centralValue, Position as PositionSchema, validateCase } from '../../../src/model/index.js';
import type { Case, CaseManifest, Position, Rule } from '../../../src/model/index.js';

/** The kinds of red-line rule DESIGN.md's grammar has, in the order the rule builder offers them. */
export const ruleKinds = ['in', 'notIn', 'min', 'max', 'all', 'any', 'not', 'if'] as const;
export type RuleKind = (typeof ruleKinds)[number];

/** What a person reads for each kind of rule in the builder's kind menu. */
export const ruleKindLabels: Record<RuleKind, string> = {
  in: 'is one of',
  notIn: 'is none of',
  min: 'value at least',
  max: 'value at most',
  all: 'all of',
  any: 'any of',
  not: 'not',
  if: 'if … then',
};

/**
 * The kind of a rule, by the key that marks it.
 * @example kindOfRule({ issue: 'military.cap', min: 800000 }) // 'min'
 */
export function kindOfRule(rule: Rule): RuleKind {
  if ('all' in rule) return 'all';
  if ('any' in rule) return 'any';
  if ('not' in rule) return 'not';
  if ('if' in rule) return 'if';
  if ('in' in rule) return 'in';
  if ('notIn' in rule) return 'notIn';
  if ('min' in rule) return 'min';
  return 'max';
}

/**
 * The rule of another kind that keeps as much of `rule` as it can: a leaf keeps its issue (and its options
 * between `in` and `notIn`), a compound made from a leaf holds that leaf, and a leaf made from a compound
 * takes the first leaf inside it. `fallbackIssue` is used when there is no issue to keep.
 * @example changeRuleKind({ issue: 'nato', in: ['barred'] }, 'not', 'nato') // { not: { issue: 'nato', in: ['barred'] } }
 */
export function changeRuleKind(rule: Rule, kind: RuleKind, fallbackIssue: string): Rule {
  if (kindOfRule(rule) === kind) return rule;
  const leaf = firstLeaf(rule);
  const issue = leaf?.issue ?? fallbackIssue;
  const options = leaf && 'in' in leaf ? leaf.in : leaf && 'notIn' in leaf ? leaf.notIn : [];
  const bound = leaf && 'min' in leaf ? leaf.min : leaf && 'max' in leaf ? leaf.max : 0;
  switch (kind) {
    case 'in':
      return { issue, in: options };
    case 'notIn':
      return { issue, notIn: options };
    case 'min':
      return { issue, min: bound };
    case 'max':
      return { issue, max: bound };
    case 'all':
      return { all: [rule] };
    case 'any':
      return { any: [rule] };
    case 'not':
      return { not: rule };
    case 'if':
      return { if: rule, then: leaf ?? { issue, in: [] } };
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown rule kind ${String(unreachable)}`);
    }
  }
}

type Leaf = Extract<Rule, { issue: string }>;

function firstLeaf(rule: Rule): Leaf | undefined {
  if ('issue' in rule) return rule;
  if ('all' in rule) return rule.all.map(firstLeaf).find(Boolean);
  if ('any' in rule) return rule.any.map(firstLeaf).find(Boolean);
  if ('not' in rule) return firstLeaf(rule.not);
  return firstLeaf(rule.if) ?? firstLeaf(rule.then);
}

/**
 * Each issue's share of the position's total weight, in percent (0..100, summing to 100 unless every weight
 * is 0). An uncertain weight (`5..8`, `{ low, mode, high }`) counts its central value, as check and solve do;
 * a weight that is not a number yet (an emptied field) counts 0.
 * @example weightShares({ a: 3, b: 1 }) // { a: 75, b: 25 }
 */
export function weightShares(weights: Readonly<Position['weights']>): Record<string, number> {
  const numeric = Object.entries(weights).map(([id, w]) => {
    const central = typeof w === 'number' ? w : centralValue(w);
    return [id, Number.isFinite(central) && central > 0 ? central : 0] as const;
  });
  const total = numeric.reduce((sum, [, w]) => sum + w, 0);
  return Object.fromEntries(numeric.map(([id, w]) => [id, total === 0 ? 0 : (100 * w) / total]));
}

/**
 * A red-line id not used yet in the position: `redline-1`, `redline-2`, …
 * @example freshRedLineId(['redline-1']) // 'redline-2'
 */
export function freshRedLineId(taken: readonly string[]): string {
  for (let n = 1; ; n += 1) if (!taken.includes(`redline-${n}`)) return `redline-${n}`;
}

/** Field errors of a position draft, keyed by the path of the field (`redlines.0.rule.in`), first message kept. */
export type FieldErrors = Record<string, string>;

/**
 * Every mistake in a position draft, at its field: the model's schema (a weight below 0, a utility above 100,
 * an empty text, a malformed id) and the cross-references of the case (an unknown issue or option, a duplicate
 * red-line id). Empty when the draft may be saved. Keys are dotted paths from the position's root.
 * @example validatePositionDraft(manifest, { ...ua, reservation: 120 }) // { reservation: 'Too big: expected number to be <=100' }
 */
export function validatePositionDraft(manifest: CaseManifest, draft: Position): FieldErrors {
  const errors: FieldErrors = {};
  const add = (path: readonly PropertyKey[], message: string) => {
    const key = path.map(String).join('.');
    if (!(key in errors)) errors[key] = message;
  };
  const parsed = PositionSchema.safeParse(draft);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(issue.path, describeSchemaIssue(issue));
    return errors;
  }
  const theCase: Case = { ...manifest, proposals: [], positions: [parsed.data] };
  for (const problem of validateCase(theCase)) {
    if (problem.at.document !== 'position') continue;
    add(
      problem.path,
      problem.message + (problem.expected ? ` (expected one of: ${problem.expected.join(', ')})` : ''),
    );
  }
  return errors;
}

/** The part of a zod issue these messages read. */
interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  origin?: string;
  minimum?: unknown;
  maximum?: unknown;
}

// zod's words, put as a person filling the form reads them ("must be at most 100", "enter a number").
function describeSchemaIssue(issue: SchemaIssue): string {
  const last = issue.path[issue.path.length - 1];
  const isInRule = issue.path.includes('rule');
  if (issue.code === 'too_big' && issue.origin === 'number')
    return `must be at most ${String(issue.maximum)}`;
  if (issue.code === 'too_small' && issue.origin === 'number')
    return `must be at least ${String(issue.minimum)}`;
  if (issue.code === 'too_small' && (last === 'in' || last === 'notIn')) return 'choose at least one option';
  if (issue.code === 'too_small' && issue.origin === 'string') return 'must not be empty';
  // Every branch refused the value's type: an emptied number field (NaN), or a rule missing its parts.
  if (issue.code === 'invalid_union' || issue.code === 'invalid_type')
    return isInRule ? 'this rule is incomplete: choose an issue and what it must be' : 'enter a number';
  return issue.message;
}

/** The position the editor saves: the draft as read, with only the fields the editor changed replaced. */
export function positionToSave(draft: Position & { version?: number }): Position {
  const { version: _version, ...position } = draft;
  return position;
}
