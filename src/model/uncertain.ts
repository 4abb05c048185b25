import { z } from 'zod';

const rangeText = /^(-?\d+(?:\.\d+)?)\s*\.\.\s*(-?\d+(?:\.\d+)?)$/;

/**
 * A parameter's spread as plain numbers: uniform on `low..high` when `mode` is absent, triangular with its
 * peak at `mode` otherwise. A single number is the spread `{ low: x, high: x }`.
 */
export interface Spread {
  low: number;
  mode?: number;
  high: number;
}

/**
 * The spread of an uncertain value: a number is certain; `'5..8'` is uniform on 5..8; `{ low, high }` is
 * uniform too, and `{ low, mode, high }` triangular.
 * @example spreadOf('5..8') // { low: 5, high: 8 }
 */
export function spreadOf(value: number | string | Spread): Spread {
  if (typeof value === 'number') return { low: value, high: value };
  if (typeof value === 'object') return value;
  const match = rangeText.exec(value.trim());
  // The schema admits only strings of this form, so anything else is a bug upstream.
  if (!match) throw new Error(`not a range: '${value}'`);
  return { low: Number(match[1]), high: Number(match[2]) };
}

/**
 * The central value other commands use (DESIGN.md, uncertain positions): the number itself, the midpoint of
 * a range, the mode of a triangle.
 * @example centralValue('5..8') // 6.5
 */
export function centralValue(value: number | string | Spread): number {
  if (typeof value === 'number') return value;
  const spread = spreadOf(value);
  return spread.mode ?? (spread.low + spread.high) / 2;
}

/** Whether a value is uncertain (a range or a triangle) rather than one number. */
export const isUncertain = (value: number | string | Spread): boolean => typeof value !== 'number';

/**
 * A number, or an uncertain one, within `min..max`: `7`, the range `'5..8'` (uniform), or
 * `{ low, mode, high }` (triangular; without `mode`, uniform). `low ≤ mode ≤ high`.
 * @example UncertainNumber(0, 100).parse('20..40') // '20..40'
 */
export function UncertainNumber(min: number, max: number) {
  const bounded = Number.isFinite(max) ? z.number().min(min).max(max) : z.number().min(min);
  const bounds = Number.isFinite(max) ? `${min}..${max}` : `${min} or more`;
  const inBounds = (spread: Spread, ctx: z.core.$RefinementCtx<unknown>): void => {
    const { low, mode, high } = spread;
    if (low > high)
      ctx.addIssue({ code: 'custom', message: `the low end ${low} is above the high end ${high}` });
    else if (mode !== undefined && (mode < low || mode > high))
      ctx.addIssue({ code: 'custom', message: `the mode ${mode} is outside ${low}..${high}` });
    else if (low < min || high > max)
      ctx.addIssue({ code: 'custom', message: `${low}..${high} must lie within ${bounds}` });
  };
  return z
    .union([
      bounded,
      z
        .string()
        .regex(rangeText, 'write a range as low..high, such as 5..8')
        .superRefine((text, ctx) => {
          if (rangeText.test(text.trim())) inBounds(spreadOf(text), ctx);
        }),
      z
        .strictObject({ low: z.number(), mode: z.number().optional(), high: z.number() })
        .superRefine((spread, ctx) => inBounds(spread, ctx)),
    ])
    .describe(`a number (${bounds}), a range such as 5..8, or { low, mode, high }`);
}
export type UncertainNumber = z.infer<ReturnType<typeof UncertainNumber>>;

/**
 * How firm a red line is: the probability that it holds. `firm` is 1, `likely` 0.8, `soft` 0.5, or a
 * number in 0..1. A red line without firmness is firm.
 */
export const Firmness = z
  .union([z.enum(['firm', 'likely', 'soft']), z.number().min(0).max(1)])
  .describe('firm, likely, soft or a probability in 0..1');
export type Firmness = z.infer<typeof Firmness>;

const firmnessWords = { firm: 1, likely: 0.8, soft: 0.5 } as const;

/**
 * The probability that a red line of this firmness holds (1 when none is given).
 * @example holdProbability('likely') // 0.8
 */
export const holdProbability = (firmness: Firmness | undefined): number =>
  firmness === undefined ? 1 : typeof firmness === 'number' ? firmness : firmnessWords[firmness];
