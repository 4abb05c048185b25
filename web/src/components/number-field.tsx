import type { Spread } from '../../../src/model/index.js';
import type { FieldErrors } from '../logic/position-draft.js';
import { FieldError, invalidProps } from './field-error.js';

/** A weight, utility or reservation as a position holds it: one number, or uncertain (`5..8`, a triangle). */
export type UncertainValue = number | string | Spread;

const readNumber = (text: string): number => (text === '' ? NaN : Number(text));

/** A number as an input shows it: NaN (an emptied field) as nothing. */
export const numberText = (value: number): string => (Number.isNaN(value) ? '' : String(value));

/** An uncertain value in words: the range as written, or `low … mode … high`. */
export function describeUncertain(value: Exclude<UncertainValue, number>): string {
  if (typeof value === 'string') return value;
  return value.mode === undefined
    ? `${value.low}..${value.high}`
    : `${value.low} … ${value.mode} … ${value.high}`;
}

/**
 * One number of a position: a number input (with a slider when `slider` gives its range), its error under
 * it. An uncertain value is not flattened: it is shown as written and kept, with a button that makes it one
 * number (its central value) when the person wants to edit it here.
 */
export function NumberField({
  value,
  onChange,
  label,
  errors,
  path,
  min,
  max,
  slider,
  central,
}: {
  value: UncertainValue;
  onChange: (value: number) => void;
  label: string;
  errors: FieldErrors;
  path: string;
  min: number;
  max?: number;
  slider?: { max: number };
  /** The central value of an uncertain one (midpoint of a range, mode of a triangle). */
  central: (value: Exclude<UncertainValue, number>) => number;
}) {
  if (typeof value !== 'number') {
    return (
      <span className="uncertain-value">
        <span>
          {label}: <strong>{describeUncertain(value)}</strong> (uncertain, kept as written)
        </span>
        <button type="button" className="quiet small" onClick={() => onChange(central(value))}>
          Make it one number<span className="sr-only"> ({label})</span>
        </button>
        <FieldError errors={errors} path={path} />
      </span>
    );
  }
  return (
    <span className="number-field">
      {slider && (
        <input
          type="range"
          min={min}
          max={slider.max}
          step={1}
          aria-label={`${label} (slider)`}
          value={Number.isFinite(value) ? value : min}
          onChange={(e) => onChange(Number(e.target.value))}
        />
      )}
      <input
        type="number"
        min={min}
        max={max}
        step="any"
        aria-label={label}
        value={numberText(value)}
        {...invalidProps(errors, path)}
        onChange={(e) => onChange(readNumber(e.target.value))}
      />
      <FieldError errors={errors} path={path} />
    </span>
  );
}
