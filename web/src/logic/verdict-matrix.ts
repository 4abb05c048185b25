import type { CheckReport, CheckResult, Verdict } from '../api/contract.js';

/** One cell of the red-line matrix: a proposal against a party. */
export interface MatrixCell {
  proposal: string;
  party: string;
  /** The analysis result, or `null` when the report has none for this pair. */
  result: CheckResult | null;
  /** The party's position is sealed to the caller: the verdict is known, its reasons are not. */
  isSealed: boolean;
  /** How many of the party's red lines have each verdict. */
  counts: Record<Verdict, number>;
}

/**
 * Lays a check report out as rows of proposals and columns of parties, in the orders given. A pair the
 * report does not answer (a party without a position) is a cell without a result.
 */
export function buildVerdictMatrix(
  report: CheckReport,
  proposals: readonly string[],
  parties: readonly string[],
): MatrixCell[][] {
  const byKey = new Map(report.results.map((r) => [`${r.proposal}\u0000${r.party}`, r]));
  return proposals.map((proposal) =>
    parties.map((party) => {
      const result = byKey.get(`${proposal}\u0000${party}`) ?? null;
      const counts: Record<Verdict, number> = { satisfied: 0, violated: 0, open: 0 };
      for (const r of result?.redlines ?? []) counts[r.verdict] += 1;
      return { proposal, party, result, counts, isSealed: result?.sealed ?? false };
    }),
  );
}

/** The parties a report answers for, in first-appearance order (the report lists them in case order). */
export function partiesOfReport(report: CheckReport): string[] {
  return [...new Set(report.results.map((r) => r.party))];
}

/**
 * The red-line verdicts of each proposal, summed over every party in the report (sealed parties' verdicts
 * included: the server keeps them, only their reasons are withheld).
 * @example countVerdictsByProposal(report).get('us-28') // { violated: 8, open: 3, satisfied: 12 }
 */
export function countVerdictsByProposal(report: CheckReport): Map<string, Record<Verdict, number>> {
  const counts = new Map<string, Record<Verdict, number>>();
  for (const r of report.results) {
    const tally = counts.get(r.proposal) ?? { satisfied: 0, violated: 0, open: 0 };
    for (const line of r.redlines) tally[line.verdict] += 1;
    counts.set(r.proposal, tally);
  }
  return counts;
}
