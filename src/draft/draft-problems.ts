import { evaluateRule } from '../analysis/index.js';
import { closestId } from '../model/index.js';
import type { Case, CodedOption, Package } from '../model/index.js';
import type { DraftProblem } from './bridge-draft.js';

/**
 * Every mistake in a request to draft: a base that is not a proposal of the case, a base that codes no
 * issue (nothing in it can be matched to a package), a case with no other proposal to take provisions from,
 * and each issue or option of the package that the case does not have (with a suggestion or the accepted
 * ids), and each coherence rule of the case that the package breaks (options that make no sense together:
 * no draft may be built on them). Empty when the request can be drafted. An infeasible package is not a
 * mistake: it is drafted and its broken red lines are flagged.
 * @example findDraftProblems(ukraine, 'e3-counter', { 'military.cap': 'cap-700k' })[0].message // "unknown option 'cap-700k' for issue military.cap"
 */
export function findDraftProblems(theCase: Case, base: string, pkg: Package): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const proposalIds = theCase.proposals.map((p) => p.id);
  const baseProposal = theCase.proposals.find((p) => p.id === base);
  if (!baseProposal) {
    const suggestion = closestId(base, proposalIds);
    problems.push({
      code: 'unknown_proposal',
      message:
        `'${base}' is not a proposal of case ${theCase.id}` +
        (suggestion ? ` (did you mean ${suggestion}?)` : ''),
      ...(suggestion ? {} : { expected: proposalIds }),
    });
  } else {
    if (baseProposal.provisions.every((p) => p.codes.length === 0))
      problems.push({
        code: 'base_without_codes',
        message: `base proposal '${base}' codes no issue, so none of its provisions can be matched to the package: code them first with <!-- parley: issue=option -->`,
      });
    if (theCase.proposals.length < 2)
      problems.push({
        code: 'no_other_proposal',
        message: `case ${theCase.id} has only the proposal '${base}'; a bridging draft takes its wording from the other proposals, so add at least one`,
      });
  }
  const issueIds = theCase.issues.map((i) => i.id);
  for (const [issueId, optionId] of Object.entries(pkg)) {
    const issue = theCase.issues.find((i) => i.id === issueId);
    if (!issue) {
      const suggestion = closestId(issueId, issueIds);
      problems.push({
        code: 'unknown_issue',
        issue: issueId,
        message:
          `'${issueId}' in the package is not an issue of case ${theCase.id}` +
          (suggestion ? ` (did you mean ${suggestion}?)` : ''),
        ...(suggestion ? {} : { expected: issueIds }),
      });
      continue;
    }
    const optionIds = issue.options.map((o) => o.id);
    // Options are few and often differ by one character (cap-600k, cap-800k), so list them all.
    if (!optionIds.includes(optionId))
      problems.push({
        code: 'unknown_option',
        issue: issueId,
        message: `unknown option '${optionId}' for issue ${issueId} in the package`,
        expected: optionIds,
      });
  }
  if (problems.length === 0) problems.push(...incoherenceOf(theCase, pkg));
  return problems;
}

/** The coherence rules a package (possibly partial: an issue it leaves out is open) breaks, in case order. */
function incoherenceOf(theCase: Case, pkg: Package): DraftProblem[] {
  const coded = new Map<string, CodedOption>();
  for (const [issueId, optionId] of Object.entries(pkg)) {
    const option = theCase.issues.find((i) => i.id === issueId)?.options.find((o) => o.id === optionId);
    if (option) coded.set(issueId, { option, provisions: [] });
  }
  return theCase.coherence
    .filter((rule) => evaluateRule(rule.rule, coded).verdict === 'violated')
    .map((rule) => ({
      code: 'incoherent_package' as const,
      message: `the package breaks the case's coherence rule '${rule.id}' (${rule.text}): choose options that go together`,
    }));
}

/** `message (expected one of: a, b)`: one line per problem, as case errors read (STYLE.md §6). */
export const formatDraftProblem = (problem: DraftProblem): string =>
  problem.message +
  (problem.expected && problem.expected.length > 0
    ? ` (expected one of: ${problem.expected.join(', ')})`
    : '');
