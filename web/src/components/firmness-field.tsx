import type { Firmness } from '../../../src/model/index.js';
import type { FieldErrors } from '../logic/position-draft.js';
import { FieldError, invalidProps } from './field-error.js';
import { numberText, readNumber } from './number-field.js';

/**
 * How firm a red line is (issue 17): firm (the default, written as no firmness at all), likely (holds with
 * probability 0.8), soft (0.5), or a probability of its own. Robustness weighs it; every other analysis
 * treats a red line as firm.
 */
export function FirmnessField({
  firmness,
  label,
  errors,
  path,
  onChange,
}: {
  firmness: Firmness | undefined;
  label: string;
  errors: FieldErrors;
  path: string;
  onChange: (firmness: Firmness | undefined) => void;
}) {
  const choice = typeof firmness === 'number' ? 'number' : (firmness ?? 'firm');
  return (
    <div className="firmness-field">
      <label>
        {label}
        <select
          value={choice}
          onChange={(e) => {
            const next = e.target.value;
            if (next === 'firm') onChange(undefined);
            else if (next === 'number') onChange(0.9);
            else onChange(next as 'likely' | 'soft');
          }}
        >
          <option value="firm">firm (holds for certain)</option>
          <option value="likely">likely (holds 8 times in 10)</option>
          <option value="soft">soft (holds half the time)</option>
          <option value="number">a probability of its own…</option>
        </select>
      </label>
      {typeof firmness === 'number' && (
        <label>
          Probability that it holds
          <input
            type="number"
            min={0}
            max={1}
            step={0.05}
            aria-label={`${label}: probability that it holds`}
            value={numberText(firmness)}
            {...invalidProps(errors, path)}
            onChange={(e) => onChange(readNumber(e.target.value))}
          />
        </label>
      )}
      <FieldError errors={errors} path={path} />
    </div>
  );
}
