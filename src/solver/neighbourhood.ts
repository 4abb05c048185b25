import type { Objective, SearchControl } from './branch-and-bound.js';
import type { Propagator } from './propagator.js';

// Relaxation-induced neighbourhood search (Danna, Rothberg & Le Pape 2005, "RINS", with the Lagrangian
// relaxation in place of the LP). The maximisers of the root's multiplier steps, taken near the multipliers'
// optimum, agree on the issues where the linear relaxation's solution is integral and differ where it mixes
// options; fixing the first and searching the second is a small search among packages close to the
// relaxation's optimum. Depth-first search from the root dives toward one corner instead: on 60×8×8×8
// independent seed 1, Kalai's incumbent after 20 s of CPU was 0.5573 without the neighbourhoods and 0.5620
// with them (HiGHS's best in 120 s: 0.5608). It only finds incumbents; it proves nothing and removes nothing
// from the search.

/** Nodes the search takes before it searches neighbourhoods (most searches are proven sooner). */
export const neighbourhoodAfter = 65536;
/** Root bounds whose step maximisers are tallied (each takes the objective's root steps). */
const tallyRounds = 25;
/** Nodes one neighbourhood's search may take. */
const neighbourhoodNodes = 32768;
/** At most this many neighbourhoods, each around the incumbent the one before found, while they improve it. */
export const neighbourhoodSearches = 5;

/**
 * The neighbourhood of the relaxation's optimum at the root: `domains` with every issue on which the step
 * maximisers agree fixed to that option (propagated), and a fresh objective to search it with; null when
 * the objective has none or the neighbourhood keeps no red line. `level`: the incumbent's score, if any,
 * toward which the multipliers step.
 */
export function relaxationNeighbourhood(
  objective: Objective,
  propagator: Propagator,
  root: Int32Array,
  level: number | null,
): { domains: Int32Array; objective: Objective } | null {
  const neighbourhood = objective.neighbourhood;
  if (!neighbourhood) return null;
  const cutoff = level ?? -Infinity;
  // One round first, so that the tally starts from multipliers that have already stepped toward the level.
  objective.bound(root, 0, cutoff);
  neighbourhood.startTally();
  for (let k = 0; k < tallyRounds; k++) objective.bound(root, 0, cutoff);
  const agreed = neighbourhood.agreement();
  if (agreed === null) return null;
  const domains = root.map((domain, i) => {
    const bit = 1 << agreed[i]!;
    return agreed[i]! >= 0 && (domain & bit) !== 0 ? bit : domain;
  });
  return propagator.propagate(domains) ? { domains, objective: neighbourhood.fresh() } : null;
}

/** The caller's control, also stopped after `neighbourhoodNodes` nodes. */
export function cappedControl(control: SearchControl): SearchControl {
  const pollEvery = 1024;
  let polls = 0;
  return {
    pollEvery,
    shouldStop: () => ++polls * pollEvery >= neighbourhoodNodes || control.shouldStop?.() === true,
  };
}
