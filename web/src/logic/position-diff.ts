import { diff } from 'just-diff';
import type { CaseManifest, Position, RedLine, Rule } from '../api/contract.js';

/** One field that differs between two versions of a position, in words a delegate reads. */
export interface FieldChange {
  /** `Reservation`, `Weight of NATO membership`, `Utility of No cap (Peacetime cap…)`, `Red line x: Text`. */
  field: string;
  /** The value in the earlier version; `null` when the field was not there. */
  before: string | null;
  /** The value in the later version; `null` when the field was removed. */
  after: string | null;
}

type Issues = CaseManifest['issues'];

/**
 * The field-by-field difference of two versions of a position: reservation, each weight and utility, each
 * red line by id (added, removed, or which of its fields changed, a rule in words), and any other field,
 * including fields later versions of the model add. The deep walk is `just-diff`'s; red lines are keyed by
 * id first so that inserting one does not show every later one as changed.
 * @example diffPositions({ …ua, reservation: 20 }, { …ua, reservation: 55 }, issues)
 * // [{ field: 'Reservation', before: '20', after: '55' }]
 */
export function diffPositions(before: Position, after: Position, issues: Issues): FieldChange[] {
  const [a, b] = [normalise(before, issues), normalise(after, issues)];
  return diff(a, b).map((op) => {
    const path = op.path.map(String);
    return {
      field: fieldName(path, issues),
      before: op.op === 'add' ? null : show(valueAt(a, path)),
      after: op.op === 'remove' ? null : show(op.value),
    };
  });
}

/** The red-line grammar in the rule builder's words: `NATO membership is one of Excluded, Frozen`. */
export function ruleInWords(rule: Rule, issues: Issues): string {
  if ('issue' in rule) {
    const issue = issues.find((i) => i.id === rule.issue);
    const title = issue?.title ?? rule.issue;
    const labels = (ids: string[]) =>
      ids.map((id) => issue?.options.find((o) => o.id === id)?.label ?? id).join(', ');
    if ('in' in rule) return `${title} is one of ${labels(rule.in)}`;
    if ('notIn' in rule) return `${title} is none of ${labels(rule.notIn)}`;
    if ('min' in rule) return `${title}: value at least ${rule.min}`;
    return `${title}: value at most ${rule.max}`;
  }
  const inner = (rules: Rule[]) => rules.map((r) => ruleInWords(r, issues)).join('; ');
  if ('all' in rule) return `all of (${inner(rule.all)})`;
  if ('any' in rule) return `any of (${inner(rule.any)})`;
  if ('not' in rule) return `not (${ruleInWords(rule.not, issues)})`;
  return `if ${ruleInWords(rule.if, issues)} then ${ruleInWords(rule.then, issues)}`;
}

/** A position with its red lines keyed by id and each rule in words, so a rule is one field. */
function normalise(position: Position, issues: Issues): Record<string, unknown> {
  const redlines = Object.fromEntries(
    position.redlines.map((r: RedLine) => [r.id, { ...r, rule: ruleInWords(r.rule, issues) }]),
  );
  return { ...position, redlines };
}

const topFields: Record<string, string> = {
  party: 'Party',
  asOf: 'In force from',
  reservation: 'Reservation',
  notes: 'Notes',
  weights: 'Weights',
  utilities: 'Utilities',
  redlines: 'Red lines',
};

function fieldName(path: string[], issues: Issues): string {
  const [top = '', key, sub, ...rest] = path;
  const issue = issues.find((i) => i.id === key);
  const issueTitle = issue?.title ?? key;
  if (top === 'weights' && key !== undefined) return `Weight of ${issueTitle}`;
  if (top === 'utilities' && key !== undefined) {
    if (sub === undefined) return `Utilities of ${issueTitle}`;
    const option = issue?.options.find((o) => o.id === sub)?.label ?? sub;
    return `Utility of ${option} (${issueTitle})`;
  }
  if (top === 'redlines' && key !== undefined) {
    const what = sub === undefined ? '' : `: ${[capitalise(sub), ...rest].join(' › ')}`;
    return `Red line ${key}${what}`;
  }
  return [topFields[top] ?? capitalise(top), ...path.slice(1)].join(' › ');
}

function valueAt(root: unknown, path: readonly string[]): unknown {
  let value = root;
  for (const key of path) value = (value as Record<string, unknown> | undefined)?.[key];
  return value;
}

/** A value as one line: a number or text as is, a red line as its text and rule, anything else as JSON. */
function show(value: unknown): string | null {
  if (value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return String(value);
  if (isRedLine(value)) return `${value.text} — ${value.rule}`;
  return JSON.stringify(value);
}

function isRedLine(value: unknown): value is { text: string; rule: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { text?: unknown }).text === 'string' &&
    typeof (value as { rule?: unknown }).rule === 'string'
  );
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
