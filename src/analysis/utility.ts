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
  const issueById = new Map(issues.map((issue) => [issue.id, issue]));
  const range = (issueId: string): { worst: number; best: number } => {
    const issue = issueById.get(issueId);
    if (!issue)
      throw new Error(`position ${position.party} weighs ${issueId}, which is not an issue of the case`);
    const possible = possibleOptions(pkg.get(issueId)) ?? issue.options;
    const scores = possible.map((option) => scoreOf(position, issueId, option.id));
    return { worst: Math.min(...scores), best: Math.max(...scores) };
  };
  return {
    utility: weightedMean(position, (issueId) => range(issueId).worst),
    best: weightedMean(position, (issueId) => range(issueId).best),
    openIssues: issues
      .filter((issue) => centralValue(position.weights[issue.id] ?? 0) > 0 && !isSettled(pkg, issue.id))
      .map((issue) => issue.id),
  };
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
