import type { Case } from './case.js';
import { isInForce } from './position.js';
import type { Position } from './position.js';

/**
 * When to judge a proposal (`parley check --as-of`): at the proposal's own date (`'proposal-date'`, the
 * default), at the `'latest'` positions, or at a given ISO date.
 */
export type AsOf = 'proposal-date' | 'latest' | string;

/**
 * The version of a party's position in force on a date: of the current position and its earlier versions
 * (`Case.earlierPositions`), the one with the latest `asOf` on or before the date. A date before every
 * version gets the earliest one, the closest evidence there is; `'latest'` (or no date) gets the current
 * position. Undefined when the party has no position.
 * @example positionAt(ukraine, 'ua', '2022-03-29')?.asOf // '2022-03-29', the Istanbul-era position
 */
export function positionAt(theCase: Case, party: string, date: string | undefined): Position | undefined {
  const current = theCase.positions.find((p) => p.party === party);
  if (!current || date === undefined || date === 'latest') return current;
  const versions = [current, ...(theCase.earlierPositions ?? []).filter((p) => p.party === party)]
    .filter((p) => p.asOf !== undefined)
    .sort((a, b) => (a.asOf! < b.asOf! ? -1 : a.asOf! > b.asOf! ? 1 : 0));
  if (versions.length === 0) return current;
  return versions.filter((p) => p.asOf! <= date).at(-1) ?? versions[0];
}

/**
 * The date a version of a position is judged at: the given date, or for `'latest'` the last date the position
 * speaks of, its `asOf` or a later `since` of one of its red lines (a red line stated after the position was
 * dated is in force at the latest). Undefined when the position carries no date at all.
 * @example judgingDate({ asOf: '2025-01-01', redlines: [{ since: '2025-11-20', … }], … }, 'latest') // '2025-11-20'
 */
export function judgingDate(position: Position, date: string | undefined): string | undefined {
  if (date !== undefined && date !== 'latest') return date;
  const dates = [position.asOf, ...position.redlines.map((r) => r.since)].filter(
    (d): d is string => d !== undefined,
  );
  return dates.length === 0 ? undefined : dates.reduce((a, b) => (a > b ? a : b));
}

/**
 * The case as solve, bridge, what-if and draft see it: the current positions, each keeping only the red lines
 * in force at its latest date (`judgingDate(position, 'latest')`): a red line whose `until` is before it was
 * dropped. A position without any date keeps them all. Earlier versions play no part.
 * @example latestCase(ukraine).positions[0].redlines.every((r) => r.until === undefined) // true when ua dropped none
 */
export function latestCase(theCase: Case): Case {
  const positions = theCase.positions.map((position) => {
    const date = judgingDate(position, 'latest');
    if (date === undefined || position.redlines.every((r) => isInForce(r, date))) return position;
    return { ...position, redlines: position.redlines.filter((r) => isInForce(r, date)) };
  });
  return positions.every((p, i) => p === theCase.positions[i]) ? theCase : { ...theCase, positions };
}
