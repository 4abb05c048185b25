import type { Spread } from '../../../src/model/index.js';
import type { FieldErrors } from '../logic/position-draft.js';
import { FieldError, invalidProps } from './field-error.js';
import { SpreadField } from './spread-field.js';

/** A weight, utility or reservation as a position holds it: one number, or uncertain (`5..8`, a triangle). */
export type UncertainValue = number | string | Spread;

export const readNumber = (text: string): number => (text === '' ? NaN : Number(text));

/** A number as an input shows it: NaN (an emptied field) as nothing. */
export const numberText = (value: number): string => (Number.isNaN(value) ? '' : String(value));

/** An uncertain value in words: the range as written, or `low … mode … high`. */
export function describeUncertain(value: Exclude<UncertainValue, number>): string {
  if (typeof value === 'string') return value;
  return value.mode === undefined
    ? `${value.low}..${value.high}`
    : `${value.low} … ${value.mode} … ${value.high}`;
}

/** What every field of a position's number takes, whatever form the number has. */
export interface NumberFieldProps {
  onChange: (value: UncertainValue) => void;
  label: string;
  errors: FieldErrors;
  path: string;
  min: number;
  max?: number;
  /** The central value of an uncertain one (midpoint of a range, mode of a triangle). */
  central: (value: Exclude<UncertainValue, number>) => number;
}

/**
 * One number of a position: a number input (with a slider when `slider` gives its range), its error under
 * it, and *Range* to make it uncertain (issue 17). An uncertain value is edited as its low end, its mode
 * (empty: uniform between the ends; else triangular) and its high end, and *One number* makes it its central
 * value again. A range written `5..8` in the case folder is kept as written until one of its ends is edited.
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
}: NumberFieldProps & { value: UncertainValue; slider?: { max: number } }) {
  if (typeof value !== 'number')
    return (
      <SpreadField
        value={value}
        onChange={onChange}
        label={label}
        errors={errors}
        path={path}
        min={min}
        max={max}
        central={central}
      />
    );
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
      <button
        type="button"
        className="quiet small"
        title="Make it uncertain: a range, or a triangle with a most likely value"
        onClick={() => onChange({ low: value, high: value })}
      >
        Range<span className="sr-only"> ({label})</span>
      </button>
      <FieldError errors={errors} path={path} />
    </span>
  );
}
