import { evaluateFormula } from './formula.js';
import type { SolverProblem } from './solver-problem.js';
import type { PartyExplanation } from './solve-report.js';

const round = (x: number): number => Math.round(x * 10_000) / 10_000;

/**
 * Explains a complete package (option index per issue) for every party with a position. Numbers are
 * rounded to 4 decimals for display; the solver decided on exact values.
 * @example explainPackage(problem, options)[0].issues[0] // { issue: 'military.cap', option: 'cap-800k', delta: -7.5, … }
 */
export function explainPackage(problem: SolverProblem, options: Int32Array): PartyExplanation[] {
  const domains = options.map((o) => 1 << o);
  return problem.parties.map((party) => {
    let numerator = 0;
    party.terms.forEach((row, i) => (numerator += row[options[i]!]!));
    const utility = numerator / party.scale;
    const redlines = problem.redLines
      .filter((redLine) => redLine.party === party.id)
      .map((redLine) => ({
        id: redLine.id,
        text: redLine.text,
        holds: evaluateFormula(redLine.formula, domains) === 1,
        options: Object.fromEntries(
          redLine.ruleIssues.map((i) => [problem.issues[i]!.id, problem.issues[i]!.options[options[i]!]!.id]),
        ),
      }));
    const issues = problem.issues.flatMap((issue, i) => {
      const weight = party.weightShares[i]!;
      if (weight === 0) return [];
      const row = party.utilities[i]!;
      let best = 0;
      row.forEach((u, o) => {
        if (u > row[best]!) best = o;
      });
      const chosen = options[i]!;
      return [
        {
          issue: issue.id,
          option: issue.options[chosen]!.id,
          utility: row[chosen]!,
          bestOption: issue.options[best]!.id,
          bestUtility: row[best]!,
          weight: round(weight),
          delta: round(weight * (row[chosen]! - row[best]!)),
        },
      ];
    });
    return {
      party: party.id,
      utility: round(utility),
      reservation: party.reservation,
      surplus: round(utility - party.reservation),
      redlines,
      issues,
    };
  });
}
