import { evaluateRule, utilityOf } from '../analysis/index.js';
import { closestId } from '../model/index.js';
import type { Case, CertainPosition, CodedOption, Package, RedLine } from '../model/index.js';

/**
 * A judge of one complete package: whether a party, as drawn in a sample, accepts it — every red line of its
 * still in force is satisfied and its utility beats its reservation (check's rules).
 * @example acceptanceOf(c, nashPackage)(sampledUa) // true
 */
export function acceptanceOf(theCase: Case, pkg: Package): (position: CertainPosition) => boolean {
  const coded = new Map<string, CodedOption>(
    theCase.issues.map((issue) => [
      issue.id,
      { option: issue.options.find((o) => o.id === pkg[issue.id])!, provisions: [] },
    ]),
  );
  // A red line's verdict on the package, by the red line itself: samples keep the case's red-line objects.
  const kept = new Map<RedLine, boolean>();
  const keeps = (redline: RedLine): boolean => {
    let verdict = kept.get(redline);
    if (verdict === undefined)
      kept.set(redline, (verdict = evaluateRule(redline.rule, coded).verdict === 'satisfied'));
    return verdict;
  };
  return (position) => position.redlines.every(keeps) && utilityOf(position, pkg) > position.reservation;
}

/**
 * What is wrong with packages asked about in a robustness run, one message each with its place
 * (`packages/0/military.cap`): an issue the case does not have, an option its issue does not have, an issue
 * left out (a package asked about must be complete: one option for every issue). Empty when all are sound.
 * @example packageProblems(ukraine, [{ 'military.cap': 'cap-700k', … }])[0].message // "unknown option 'cap-700k' for issue military.cap (expected one of: none, cap-800k, cap-600k)"
 */
export function packageProblems(
  theCase: Case,
  packages: readonly Package[],
): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const issueIds = theCase.issues.map((i) => i.id);
  packages.forEach((pkg, k) => {
    for (const [issueId, optionId] of Object.entries(pkg)) {
      const issue = theCase.issues.find((i) => i.id === issueId);
      if (!issue) {
        const suggestion = closestId(issueId, issueIds);
        problems.push({
          path: `packages/${k}/${issueId}`,
          message:
            `'${issueId}' is not an issue of case ${theCase.id}` +
            (suggestion ? ` (did you mean ${suggestion}?)` : ''),
        });
      } else if (!issue.options.some((o) => o.id === optionId))
        problems.push({
          path: `packages/${k}/${issueId}`,
          message: `unknown option '${optionId}' for issue ${issueId} (expected one of: ${issue.options.map((o) => o.id).join(', ')})`,
        });
    }
    const missing = issueIds.filter((id) => pkg[id] === undefined);
    if (missing.length > 0)
      problems.push({
        path: `packages/${k}`,
        message: `package ${k + 1} leaves out ${missing.join(', ')}: give one option for every issue`,
      });
  });
  return problems;
}
