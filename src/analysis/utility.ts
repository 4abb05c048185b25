import { centralValue, possibleOptions } from '../model/index.js';
import type { CodedPackage, Issue, Package, Position } from '../model/index.js';
import type { CheckResult } from './check-report.js';

/**
 * Utility of a package for one party: U_p = Σ_i w_i·u_i(option_i) / Σ_i w_i, in 0..100 (DESIGN.md).
 * An issue without a weight counts 0, an option without a utility scores 0, and an issue the package does
 * not name scores 0. A position whose weights sum to 0 cares about nothing and gets 0 for every package.
 * @example utilityOf(ua, { 'military.cap': 'cap-800k' }) // 70 when military.cap is ua's only weighted issue and u(cap-800k) = 70
 */
export function utilityOf(position: Position, pkg: Package): number {
  return weightedMean(position, (issueId) => {
    const optionId = pkg[issueId];
    return optionId === undefined ? 0 : scoreOf(position, issueId, optionId);
  });
}

/** What a proposal is worth to a party while some issues are open: guaranteed `utility`, `best`, `openIssues`. */
export type ProposalUtility = Pick<CheckResult, 'utility' | 'best' | 'openIssues'>;

/**
 * Utility of a proposal's (possibly partial) package for one party. A coded issue scores its coded option;
 * an open issue scores the party's worst option on that issue in `utility` (what the proposal guarantees)
 * and its best option in `best` (what it could still become); an issue left to alternatives scores the worst
 * and the best of the listed options. A complete package has `utility === best`, equal to `utilityOf`.
 * @example proposalUtility(ua, pkg, issues) // { utility: 41.5, best: 63, openIssues: ['nato.membership'] }
 */
export function proposalUtility(
  position: Position,
  pkg: CodedPackage,
  issues: readonly Issue[],
): ProposalUtility {
  const possible = possibleOptionIds(pkg, issues);
  return {
    utility: guaranteedUtility(position, possible),
    best: weightedMean(position, (issueId) => Math.max(...scoresOn(position, possible, issueId))),
    openIssues: issues
      .filter((issue) => centralValue(position.weights[issue.id] ?? 0) > 0 && !isSettled(pkg, issue.id))
      .map((issue) => issue.id),
  };
}

/** Per issue id, the option ids a package leaves possible (see `possibleOptionIds`). */
export type PossibleOptions = ReadonlyMap<string, readonly string[]>;

/**
 * What a (possibly partial) package leaves possible on each issue of the case: its coded option, the listed
 * alternatives, or every option of an issue it leaves open. It depends on the package alone, so a caller
 * judging many positions against one package computes it once.
 * @example possibleOptionIds(pkg, issues).get('amnesty') // ['none', 'blanket'] when 'amnesty=none|blanket'
 */
export function possibleOptionIds(pkg: CodedPackage, issues: readonly Issue[]): PossibleOptions {
  return new Map(
    issues.map((issue) => [issue.id, (possibleOptions(pkg.get(issue.id)) ?? issue.options).map((o) => o.id)]),
  );
}

/**
 * The utility a package guarantees a party (`proposalUtility(…).utility`): every issue scores the party's
 * worst option among those the package leaves possible.
 */
export function guaranteedUtility(position: Position, possible: PossibleOptions): number {
  return weightedMean(position, (issueId) => Math.min(...scoresOn(position, possible, issueId)));
}

function scoresOn(position: Position, possible: PossibleOptions, issueId: string): number[] {
  const ids = possible.get(issueId);
  if (!ids)
    throw new Error(`position ${position.party} weighs ${issueId}, which is not an issue of the case`);
  return ids.map((optionId) => scoreOf(position, issueId, optionId));
}

function scoreOf(position: Position, issueId: string, optionId: string): number {
  return centralValue(position.utilities[issueId]?.[optionId] ?? 0);
}

function weightedMean(position: Position, score: (issueId: string) => number): number {
  let total = 0;
  let weightSum = 0;
  for (const [issueId, value] of Object.entries(position.weights)) {
    const weight = centralValue(value);
    if (weight === 0) continue;
    total += weight * score(issueId);
    weightSum += weight;
  }
  if (weightSum === 0) return 0;
  // Floating-point division can land a hair outside the range (100.00000000000001); the contract is 0..100.
  return Math.min(100, Math.max(0, total / weightSum));
}

/** Whether the proposal settles the issue on one option (coded, or implied by silence), not alternatives. */
const isSettled = (pkg: CodedPackage, issueId: string): boolean => {
  const coded = pkg.get(issueId);
  return coded !== undefined && !('alternatives' in coded);
};
