import { holdProbability, isUncertain, spreadOf } from '../model/index.js';
import type { Case, Spread } from '../model/index.js';

/**
 * One uncertain parameter of a case, named as DESIGN.md spells it: `<party>.weights.<issue>`,
 * `<party>.utilities.<issue>.<option>`, `<party>.reservation` (each with its spread) or
 * `<party>.redlines.<id>` (with the probability that the red line holds, below 1).
 */
export type UncertainParameter =
  | { name: string; party: string; kind: 'reservation'; spread: Spread }
  | { name: string; party: string; kind: 'weight'; issue: string; spread: Spread }
  | { name: string; party: string; kind: 'utility'; issue: string; option: string; spread: Spread }
  | { name: string; party: string; kind: 'redline'; redline: string; hold: number };

/**
 * Every uncertain parameter of a case's positions, party by party in position order, then reservation,
 * weights and utilities in the case's issue and option order, then red lines as listed. A red line counts
 * when its firmness is below 1; a value counts when it is a range or a triangle, even a degenerate one.
 * @example uncertainParameters(c).map((p) => p.name) // ['ru.reservation', 'ru.weights.territory.donbas', 'ru.redlines.recognition']
 */
export function uncertainParameters(theCase: Case): UncertainParameter[] {
  const found: UncertainParameter[] = [];
  for (const position of theCase.positions) {
    const party = position.party;
    if (isUncertain(position.reservation))
      found.push({
        name: `${party}.reservation`,
        party,
        kind: 'reservation',
        spread: spreadOf(position.reservation),
      });
    for (const issue of theCase.issues) {
      const weight = position.weights[issue.id];
      if (weight !== undefined && isUncertain(weight))
        found.push({
          name: `${party}.weights.${issue.id}`,
          party,
          kind: 'weight',
          issue: issue.id,
          spread: spreadOf(weight),
        });
    }
    for (const issue of theCase.issues)
      for (const option of issue.options) {
        const utility = position.utilities[issue.id]?.[option.id];
        if (utility !== undefined && isUncertain(utility))
          found.push({
            name: `${party}.utilities.${issue.id}.${option.id}`,
            party,
            kind: 'utility',
            issue: issue.id,
            option: option.id,
            spread: spreadOf(utility),
          });
      }
    for (const redline of position.redlines) {
      const hold = holdProbability(redline.firmness);
      if (hold < 1)
        found.push({
          name: `${party}.redlines.${redline.id}`,
          party,
          kind: 'redline',
          redline: redline.id,
          hold,
        });
    }
  }
  return found;
}
