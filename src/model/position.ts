import { z } from 'zod';
import { Id, IsoDate } from './id.js';
import { Rule } from './rule.js';
import { Firmness, UncertainNumber, centralValue } from './uncertain.js';

/** A utility or reservation, 0..100: one number, or a range `20..40` or `{ low, mode, high }`. */
const Score = UncertainNumber(0, 100);
/** A weight, 0 or more: one number, or a range or triangle of them. */
const Weight = UncertainNumber(0, Infinity);

/** Something a party will not accept, as a rule that every acceptable package must satisfy. */
export const RedLine = z.strictObject({
  id: Id,
  text: z.string().min(1),
  rule: Rule,
  /** Cost of giving this red line up, for weighted relaxations; 1 when absent. Higher means harder. */
  priority: z.number().positive().optional(),
  /** Where the party said so: a citation or address. */
  source: z.string().optional(),
  /** How likely the red line is to hold (robustness only; other commands treat every red line as firm). */
  firmness: Firmness.optional(),
  /** The first day the red line holds (the party stated it then); before it, it is not in force. */
  since: IsoDate.optional(),
  /** The last day the red line holds (the party dropped it after); after it, it is not in force. */
  until: IsoDate.optional(),
});
export type RedLine = z.infer<typeof RedLine>;

/**
 * One party's sealed position (`positions/<party>.yaml`): utilities, weights, reservation, red lines.
 * U_p = Σ_i w_i·u_i(option_i) / Σ_i w_i, in 0..100; an unlisted issue weighs 0, an unlisted option scores 0.
 * A weight, utility or reservation may be uncertain (`5..8`, `{ low, mode, high }`): `parley robustness`
 * samples it, every other analysis takes its central value (`centralValue`).
 */
export const Position = z.strictObject({
  party: Id,
  /**
   * The date this version of the position holds from. Earlier versions (`positions/<party>@<date>.yaml`)
   * each carry theirs; `parley check` judges a proposal against the version in force at its date.
   */
  asOf: IsoDate.optional(),
  /** Utility of no agreement (the disagreement point d_p), 0..100. */
  reservation: Score.default(0),
  weights: z.record(Id, Weight).default({}),
  utilities: z.record(Id, z.record(Id, Score)).default({}),
  redlines: z.array(RedLine).default([]),
  notes: z.string().optional(),
});
export type Position = z.infer<typeof Position>;

/** A position whose weights, utilities and reservation are plain numbers (no range or triangle). */
export type CertainPosition = Omit<Position, 'reservation' | 'weights' | 'utilities'> & {
  reservation: number;
  weights: Record<string, number>;
  utilities: Record<string, Record<string, number>>;
};

/**
 * The position at its central values (DESIGN.md, uncertain positions): each range at its midpoint, each
 * triangle at its mode; red lines, firmness included, unchanged.
 * @example centralPosition({ ...ua, reservation: '20..40' }).reservation // 30
 */
export function centralPosition(position: Position): CertainPosition {
  const map = <T, U>(record: Record<string, T>, f: (value: T) => U): Record<string, U> =>
    Object.fromEntries(Object.entries(record).map(([key, value]) => [key, f(value)]));
  return {
    ...position,
    reservation: centralValue(position.reservation),
    weights: map(position.weights, centralValue),
    utilities: map(position.utilities, (row) => map(row, centralValue)),
  };
}

/**
 * Whether a red line is in force on a date: on or after its `since`, on or before its `until` (either bound
 * absent means no limit that way). ISO dates compare as strings.
 * @example isInForce({ since: '2025-12-24', … }, '2022-03-29') // false
 */
export function isInForce(redline: Pick<RedLine, 'since' | 'until'>, date: string): boolean {
  return (
    (redline.since === undefined || redline.since <= date) &&
    (redline.until === undefined || date <= redline.until)
  );
}
