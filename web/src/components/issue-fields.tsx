import { centralValue } from '../../../src/model/index.js';
import type { CaseManifest, Position } from '../api/contract.js';
import { weightShares } from '../logic/position-draft.js';
import type { FieldErrors } from '../logic/position-draft.js';
import { NumberField } from './number-field.js';

/**
 * The issues part of the position editor: per issue a weight (slider and number) with its share of the total
 * weight, and a utility 0..100 per option with a bar. Uncertain values are shown as written and kept.
 */
export function IssueFields({
  manifest,
  partyName,
  draft,
  errors,
  onChange,
}: {
  manifest: CaseManifest;
  partyName: string;
  draft: Position;
  errors: FieldErrors;
  onChange: (next: Position) => void;
}) {
  const shares = weightShares(draft.weights);
  const plainWeights = Object.values(draft.weights).filter(
    (w): w is number => typeof w === 'number' && Number.isFinite(w),
  );
  const sliderMax = Math.max(10, ...plainWeights);
  return (
    <fieldset>
      <legend>Issues: weights and utilities</legend>
      <p className="muted">
        A weight is how much an issue matters relative to the others (its share of the total is shown); a
        utility is what each option is worth to {partyName}, 0..100.
      </p>
      {manifest.issues.map((issue) => {
        const scores = draft.utilities[issue.id] ?? {};
        return (
          <section className="position-issue" key={issue.id} aria-labelledby={`issue-${issue.id}`}>
            <h3 id={`issue-${issue.id}`}>{issue.title}</h3>
            <div className="number-pair">
              <NumberField
                value={draft.weights[issue.id] ?? 0}
                onChange={(w) => onChange({ ...draft, weights: { ...draft.weights, [issue.id]: w } })}
                label={`Weight of ${issue.title}`}
                errors={errors}
                path={`weights.${issue.id}`}
                min={0}
                slider={{ max: sliderMax }}
                central={centralValue}
              />
              <output className="share" aria-label={`Share of ${issue.title}`}>
                {Math.round(shares[issue.id] ?? 0)} %
              </output>
            </div>
            <ul className="utility-list">
              {issue.options.map((option) => {
                const score = scores[option.id] ?? 0;
                const central = typeof score === 'number' ? score : centralValue(score);
                return (
                  <li key={option.id}>
                    <span className="utility-label" aria-hidden="true">
                      {option.label}
                    </span>
                    <NumberField
                      value={score}
                      onChange={(u) =>
                        onChange({
                          ...draft,
                          utilities: { ...draft.utilities, [issue.id]: { ...scores, [option.id]: u } },
                        })
                      }
                      label={`Utility of ${option.label} (${issue.title})`}
                      errors={errors}
                      path={`utilities.${issue.id}.${option.id}`}
                      min={0}
                      max={100}
                      central={centralValue}
                    />
                    <span className="utility-bar" aria-hidden="true">
                      <span style={{ width: `${Math.max(0, Math.min(100, central || 0))}%` }} />
                    </span>
                  </li>
                );
              })}
            </ul>
          </section>
        );
      })}
    </fieldset>
  );
}
