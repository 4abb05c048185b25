import { z } from 'zod';
import type { Case } from './case.js';

/**
 * Which positions an analysis weighs (issue 17): the ones the parties `entered`, or the mediators'
 * `estimates` of them where there is one (a party without an estimate keeps its entered position).
 */
export const PositionSource = z.enum(['entered', 'estimates']);
export type PositionSource = z.infer<typeof PositionSource>;

/**
 * The case an analysis weighs, and which parties' estimates it took. With `'entered'` the case as it is;
 * with `'estimates'` each party's estimate (`Case.estimates`) in place of its entered position, or beside
 * the others when the party entered none. Earlier versions stay as they are: an estimate is of the current
 * position. The estimates themselves are dropped from the answer either way, so what an analysis is given
 * is exactly the positions it weighs.
 * @example positionsToUse(c, 'estimates').estimated // ['ru'] when the mediators estimated Russia's position
 */
export function positionsToUse(
  theCase: Case,
  source: PositionSource,
): { theCase: Case; estimated: string[] } {
  const { estimates = [], ...rest } = theCase;
  if (source === 'entered' || estimates.length === 0) return { theCase: rest, estimated: [] };
  const byParty = new Map(estimates.map((e) => [e.party, e]));
  const positions = theCase.positions.map((p) => byParty.get(p.party) ?? p);
  const entered = new Set(theCase.positions.map((p) => p.party));
  const added = estimates.filter((e) => !entered.has(e.party));
  const order = new Map(theCase.parties.map((p, i) => [p.id, i]));
  return {
    theCase: { ...rest, positions: [...positions, ...added] },
    estimated: estimates
      .map((e) => e.party)
      .sort((a, b) => (order.get(a) ?? order.size) - (order.get(b) ?? order.size) || (a < b ? -1 : 1)),
  };
}
