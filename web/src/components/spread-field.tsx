import { spreadOf } from '../../../src/model/index.js';
import type { Spread } from '../../../src/model/index.js';
import { FieldError, invalidProps } from './field-error.js';
import { numberText, readNumber } from './number-field.js';
import type { NumberFieldProps, UncertainValue } from './number-field.js';

/**
 * An uncertain weight, utility or reservation (issue 17): its low end, its mode and its high end as three
 * inputs. An empty mode makes it uniform between the ends (a range); a mode makes it triangular. *One
 * number* makes it its central value (the midpoint of a range, the mode of a triangle). The value is kept
 * as written (`5..8`) until an end is edited; it is then written `{ low, mode, high }`, which means the same.
 */
export function SpreadField({
  value,
  onChange,
  label,
  errors,
  path,
  min,
  max,
  central,
}: NumberFieldProps & { value: Exclude<UncertainValue, number> }) {
  const spread = spreadOf(value);
  const set = (part: keyof Spread, text: string) => {
    const { mode: _mode, ...ends } = spread;
    if (part === 'mode' && text === '') return onChange(ends);
    onChange({ ...spread, [part]: readNumber(text) });
  };
  const input = (part: keyof Spread, words: string) => (
    <label className="spread-part">
      <span className="muted">{words}</span>
      <input
        type="number"
        min={min}
        max={max}
        step="any"
        aria-label={`${label}, ${words}`}
        value={spread[part] === undefined ? '' : numberText(spread[part])}
        placeholder={part === 'mode' ? 'none' : undefined}
        {...invalidProps(errors, path)}
        onChange={(e) => set(part, e.target.value)}
      />
    </label>
  );
  return (
    <span className="number-field uncertain-value" role="group" aria-label={`${label} (uncertain)`}>
      {input('low', 'low')}
      {input('mode', 'most likely')}
      {input('high', 'high')}
      <button type="button" className="quiet small" onClick={() => onChange(central(value))}>
        One number<span className="sr-only"> ({label})</span>
      </button>
      <FieldError errors={errors} path={path} />
    </span>
  );
}
