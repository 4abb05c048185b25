import type { BoundTables } from './bound-tables.js';
import type { Objective, SearchOutcome } from './branch-and-bound.js';
import type { ExactScores } from './exact-scores.js';
import { maxMinObjective } from './objectives.js';
import { partyObjective } from './party-objective.js';
import type { SolverProblem } from './solver-problem.js';

interface Context {
  problem: SolverProblem;
  tables: BoundTables;
  exact: ExactScores;
}

/**
 * Kalai–Smorodinsky over a non-empty agreement zone: first each party's ideal point B_p (its best U_p over
 * the zone, one value-only search each), then max–min of (U_p − d_p)/(B_p − d_p). `witness` is a package of
 * the zone (its N_p per party): every B_p is at least its U_p, so the search has finite denominators even
 * when an ideal-point search is stopped before finding anything.
 *
 * With every B_p proven the answer is exact. Otherwise each B_p is only known to lie in [L_p, H_p] (found,
 * bound) and the search runs with L_p: the true optimum, max_x min_p g_p(x)/(B_p − d_p), is at most the
 * search's bound with L_p (a smaller denominator only raises each share), and the package found scores at
 * least min_p g_p(x)/(H_p − d_p) under the true B_p; the gap is their difference, always finite.
 */
export function solveKalai(
  context: Context,
  witness: Float64Array,
  run: (objective: Objective, phase: string, searchesLeft: number) => SearchOutcome,
): SearchOutcome & { idealPoints: number[] } {
  const { problem } = context;
  const parties = problem.parties;
  // Each search gets its share of the time left: one hard ideal point cannot leave the others nothing.
  const ideals = parties.map((party, p) =>
    run(partyObjective(context, p), `best of ${party.id}`, parties.length - p + 1),
  );
  // G of B_p: proven, or the range it is known to lie in.
  const low = ideals.map(
    (ideal, p) => Math.max(ideal.numerators?.[p] ?? -Infinity, witness[p]!) - parties[p]!.reservationTerm,
  );
  const high = ideals.map((ideal, p) =>
    ideal.proven ? low[p]! : Math.max(low[p]!, ideal.bound * parties[p]!.scale - parties[p]!.reservationTerm),
  );
  const outcome = run(maxMinObjective(context, low), 'kalai', 1);
  // B_p as far as proven: U_p of the best package found for p.
  const idealPoints = low.map((g, p) => (g + parties[p]!.reservationTerm) / parties[p]!.scale);
  if (ideals.every((ideal) => ideal.proven)) return { ...outcome, idealPoints };
  const found = outcome.numerators;
  let score = Infinity;
  if (found)
    parties.forEach((party, p) => {
      score = Math.min(score, (found[p]! - party.reservationTerm) / high[p]!);
    });
  const bound = outcome.proven ? (outcome.score?.[0] ?? outcome.bound) : outcome.bound;
  return {
    ...outcome,
    idealPoints,
    proven: false,
    bound,
    gap: found ? Math.max(0, bound - score) : Infinity,
  };
}
