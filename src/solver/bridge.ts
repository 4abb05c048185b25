import { optionsOfCode } from '../model/index.js';
import type { Proposal } from '../model/index.js';
import type { BoundTables } from './bound-tables.js';
import type { Objective } from './branch-and-bound.js';
import type { ExactScores } from './exact-scores.js';
import type { SolverProblem } from './solver-problem.js';

/**
 * The weight of changing one coded position on issue i: Σ_p w_{p,i} / Σ_j w_{p,j} over the parties with a
 * position (each party's share of attention on the issue), or 1 for every issue when nobody weighs anything.
 */
export function issueWeights(problem: SolverProblem): number[] {
  const weights = problem.issues.map((_, i) =>
    problem.parties.reduce((sum, party) => sum + party.weightShares[i]!, 0),
  );
  return weights.some((w) => w > 0) ? weights : weights.map(() => 1);
}

/**
 * costs[i][o]: the weighted number of the proposals' coded positions that option o of issue i changes.
 * An issue a proposal leaves open costs nothing for that proposal, nor does any option among the alternatives
 * it lists.
 */
export function bridgeCosts(
  problem: SolverProblem,
  proposals: readonly Proposal[],
  weights: readonly number[],
): number[][] {
  return problem.issues.map((issue, i) =>
    issue.options.map((option) =>
      proposals.reduce((sum, proposal) => {
        const coded = codedOptions(proposal).get(issue.id);
        return coded !== undefined && !coded.includes(option.id) ? sum + weights[i]! : sum;
      }, 0),
    ),
  );
}

/**
 * Issue id → the options a proposal's provisions leave possible: the one coded, or the listed alternatives
 * (`amnesty=none|blanket`), which the bridge treats as open among themselves. The last code wins, as in
 * document order (io has refused a proposal that codes one issue two ways).
 */
export function codedOptions(proposal: Proposal): Map<string, string[]> {
  const coded = new Map<string, string[]>();
  for (const provision of proposal.provisions)
    for (const code of provision.codes) coded.set(code.issue, optionsOfCode(code));
  return coded;
}

/**
 * Minimise the weighted changed positions (primary = −cost), ties by the larger Σ_p U_p; when `zoneOnly`,
 * only packages in the agreement zone qualify. Costs tie exactly below 1e-9 (they are sums of the same
 * few weights); Σ_p U_p ties are exact.
 */
export function bridgeObjective(
  problem: SolverProblem,
  tables: BoundTables,
  exact: ExactScores,
  costs: readonly number[][],
  zoneOnly: boolean,
): Objective {
  const partyCount = problem.parties.length;
  const weights = new Float64Array(partyCount).fill(1e-6);
  const best = new Float64Array(partyCount);
  const costOf = (options: Int32Array): number => options.reduce((sum, o, i) => sum + costs[i]![o]!, 0);
  return {
    weights,
    score(numerators, options, out) {
      if (zoneOnly)
        for (let p = 0; p < partyCount; p++)
          if (numerators[p]! - problem.parties[p]!.reservationTerm <= 0) return false;
      out[0] = -costOf(options);
      let sum = 0;
      for (let p = 0; p < partyCount; p++) sum += numerators[p]! / problem.parties[p]!.scale;
      out[1] = sum;
      return true;
    },
    compareExact(a, b) {
      const byCost = costOf(b.options) - costOf(a.options);
      return Math.abs(byCost) > 1e-9 ? Math.sign(byCost) : exact.compareSum(a.numerators, b.numerators);
    },
    secondaryBound: (domains) => tables.sumMax(domains),
    bound(domains) {
      if (zoneOnly) {
        tables.partyMax(domains, best);
        for (let p = 0; p < partyCount; p++) if (best[p]! - tables.reservations[p]! < -1e-9) return -Infinity;
      }
      let cost = 0;
      for (let i = 0; i < domains.length; i++) {
        let cheapest = Infinity;
        for (let rest = domains[i]!; rest !== 0; rest &= rest - 1)
          cheapest = Math.min(cheapest, costs[i]![31 - Math.clz32(rest & -rest)]!);
        cost += cheapest;
      }
      return -cost;
    },
  };
}
