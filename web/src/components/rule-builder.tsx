import type { Issue, Rule } from '../api/contract.js';
import { changeRuleKind, kindOfRule, ruleKindLabels, ruleKinds } from '../logic/position-draft.js';
import type { FieldErrors } from '../logic/position-draft.js';
import { fieldErrorId } from './field-error.js';
import { numberText } from './number-field.js';

/**
 * Builds one red-line rule in the whole grammar of DESIGN.md: a condition on an issue (is one of, is none of,
 * value at least, value at most) or all of / any of / not / if … then over inner rules, nested as deep as
 * needed. `path` is the rule's field path (`redlines.0.rule`), used to show the errors under it; `name` says
 * where it is for the labels of its controls (`Red line 1, condition 2`).
 */
export function RuleBuilder({
  rule,
  onChange,
  issues,
  errors,
  path,
  name,
}: {
  rule: Rule;
  onChange: (rule: Rule) => void;
  issues: readonly Issue[];
  errors: FieldErrors;
  path: string;
  name: string;
}) {
  const kind = kindOfRule(rule);
  const fallbackIssue = issues[0]?.id ?? '';
  const kindSelect = (
    <label>
      <span className="sr-only">{name}: </span>Condition
      <select
        value={kind}
        onChange={(e) => onChange(changeRuleKind(rule, e.target.value as typeof kind, fallbackIssue))}
      >
        {ruleKinds.map((k) => (
          <option key={k} value={k}>
            {ruleKindLabels[k]}
          </option>
        ))}
      </select>
    </label>
  );
  if ('issue' in rule) return <LeafRow {...{ rule, onChange, issues, errors, path, name, kindSelect }} />;

  const child = (inner: Rule, at: string, label: string, replace: (next: Rule) => void) => (
    <RuleBuilder
      key={at}
      rule={inner}
      onChange={replace}
      issues={issues}
      errors={errors}
      path={`${path}.${at}`}
      name={`${name}, ${label}`}
    />
  );
  const own = errors[path] ?? errors[`${path}.all`] ?? errors[`${path}.any`];
  return (
    <div className="rule rule-compound">
      <div className="rule-row">{kindSelect}</div>
      {own && (
        <span className="field-error" id={fieldErrorId(path)}>
          {own}
        </span>
      )}
      <div className="rule-children">
        {'all' in rule || 'any' in rule ? (
          <ListOfRules
            rules={'all' in rule ? rule.all : rule.any}
            onChange={(rules) => onChange('all' in rule ? { all: rules } : { any: rules })}
            renderChild={(inner, i, replace) =>
              child(inner, `${'all' in rule ? 'all' : 'any'}.${i}`, `part ${i + 1}`, replace)
            }
            name={name}
            fallbackIssue={fallbackIssue}
          />
        ) : 'not' in rule ? (
          child(rule.not, 'not', 'negated', (next) => onChange({ not: next }))
        ) : (
          <>
            <p className="rule-word">if</p>
            {child(rule.if, 'if', 'if', (next) => onChange({ if: next, then: rule.then }))}
            <p className="rule-word">then</p>
            {child(rule.then, 'then', 'then', (next) => onChange({ if: rule.if, then: next }))}
          </>
        )}
      </div>
    </div>
  );
}

function ListOfRules({
  rules,
  onChange,
  renderChild,
  name,
  fallbackIssue,
}: {
  rules: Rule[];
  onChange: (rules: Rule[]) => void;
  renderChild: (rule: Rule, index: number, replace: (next: Rule) => void) => React.ReactNode;
  name: string;
  fallbackIssue: string;
}) {
  return (
    <>
      {rules.map((inner, i) => (
        <div className="rule-item" key={i}>
          {renderChild(inner, i, (next) => onChange(rules.map((r, j) => (j === i ? next : r))))}
          {rules.length > 1 && (
            <button
              type="button"
              className="quiet small"
              onClick={() => onChange(rules.filter((_, j) => j !== i))}
            >
              Remove part {i + 1}
              <span className="sr-only"> of {name}</span>
            </button>
          )}
        </div>
      ))}
      <button
        type="button"
        className="quiet small"
        onClick={() => onChange([...rules, { issue: fallbackIssue, in: [] }])}
      >
        + Add a part<span className="sr-only"> to {name}</span>
      </button>
    </>
  );
}

type Leaf = Extract<Rule, { issue: string }>;

function LeafRow({
  rule,
  onChange,
  issues,
  errors,
  path,
  name,
  kindSelect,
}: {
  rule: Leaf;
  onChange: (rule: Rule) => void;
  issues: readonly Issue[];
  errors: FieldErrors;
  path: string;
  name: string;
  kindSelect: React.ReactNode;
}) {
  const issue = issues.find((i) => i.id === rule.issue);
  // A leaf has no inner rules, so every error under its path belongs to this row.
  const messages = Object.entries(errors)
    .filter(([key]) => key === path || key.startsWith(`${path}.`))
    .map(([, message]) => message);
  const invalid =
    messages.length > 0 ? { 'aria-invalid': true as const, 'aria-describedby': fieldErrorId(path) } : {};
  const chosen = 'in' in rule ? rule.in : 'notIn' in rule ? rule.notIn : null;
  const setChosen = (ids: string[]) =>
    onChange('in' in rule ? { issue: rule.issue, in: ids } : { issue: rule.issue, notIn: ids });
  const unknownChosen = (chosen ?? []).filter((id) => !issue?.options.some((o) => o.id === id));
  return (
    <div className="rule rule-leaf">
      <div className="rule-row">
        <label>
          <span className="sr-only">{name}: </span>Issue
          <select
            value={rule.issue}
            {...invalid}
            onChange={(e) => {
              const id = e.target.value;
              onChange(
                'in' in rule
                  ? { issue: id, in: [] }
                  : 'notIn' in rule
                    ? { issue: id, notIn: [] }
                    : 'min' in rule
                      ? { issue: id, min: rule.min }
                      : { issue: id, max: rule.max },
              );
            }}
          >
            {!issue && <option value={rule.issue}>unknown issue '{rule.issue}'</option>}
            {issues.map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
              </option>
            ))}
          </select>
        </label>
        {kindSelect}
        {'min' in rule || 'max' in rule ? (
          <label>
            <span className="sr-only">{name}: </span>Value
            <input
              type="number"
              step="any"
              {...invalid}
              value={numberText('min' in rule ? rule.min : rule.max)}
              onChange={(e) => {
                const value = e.target.value === '' ? NaN : Number(e.target.value);
                onChange(
                  'min' in rule ? { issue: rule.issue, min: value } : { issue: rule.issue, max: value },
                );
              }}
            />
          </label>
        ) : (
          <fieldset className="rule-options">
            <legend>
              <span className="sr-only">{name}: </span>Options
            </legend>
            {(issue?.options ?? []).map((o) => (
              <label className="checkbox" key={o.id}>
                <input
                  type="checkbox"
                  checked={chosen?.includes(o.id) ?? false}
                  onChange={(e) =>
                    setChosen(
                      e.target.checked
                        ? (issue?.options ?? [])
                            .map((x) => x.id)
                            .filter((id) => id === o.id || chosen?.includes(id))
                        : (chosen ?? []).filter((id) => id !== o.id),
                    )
                  }
                />
                {o.label}
              </label>
            ))}
            {unknownChosen.map((id) => (
              <label className="checkbox" key={id}>
                <input
                  type="checkbox"
                  checked
                  {...invalid}
                  onChange={() => setChosen((chosen ?? []).filter((x) => x !== id))}
                />
                unknown option '{id}'
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {messages.length > 0 && (
        <span className="field-error" id={fieldErrorId(path)}>
          {[...new Set(messages)].join('; ')}
        </span>
      )}
    </div>
  );
}
