import { redLinesKeptBy, utilityOf } from '../analysis/index.js';
import { closestId } from '../model/index.js';
import type { Case, CertainPosition, CodedOption, Package } from '../model/index.js';
import type { UncertainParameter } from './parameters.js';
import { createSampler } from './sample-case.js';

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
  const keeps = redLinesKeptBy(coded);
  return (position) => position.redlines.every(keeps) && utilityOf(position, pkg) > position.reservation;
}

/** How many samples each party (positions order) accepts each package in, and all parties do. */
export interface PackageTally {
  byParty: number[][];
  all: number[];
}

/**
 * Each party's acceptance of each package over samples `from` to `to` (excluded) of a seed: one slice of a
 * run's samples, so slices can be judged on separate threads and added (`addTallies`) in any order.
 * @example tallyPackages(c, uncertainParameters(c), 1, 0, 100, [nashPackage]).all // [37]
 */
export function tallyPackages(
  theCase: Case,
  parameters: readonly UncertainParameter[],
  seed: number,
  from: number,
  to: number,
  packages: readonly Package[],
): PackageTally {
  const draw = createSampler(theCase, parameters);
  const accepts = packages.map((pkg) => acceptanceOf(theCase, pkg));
  const tally = emptyTally(theCase, packages.length);
  for (let index = from; index < to; index++) {
    const positions = draw(seed, index).theCase.positions;
    accepts.forEach((isAccepted, j) => {
      let all = true;
      positions.forEach((position, k) => {
        const yes = isAccepted(position);
        if (yes) tally.byParty[j]![k]!++;
        all &&= yes;
      });
      if (all) tally.all[j]!++;
    });
  }
  return tally;
}

/** A tally of no samples, for `count` packages. */
export const emptyTally = (theCase: Case, count: number): PackageTally => ({
  byParty: Array.from({ length: count }, () => theCase.positions.map(() => 0)),
  all: Array.from({ length: count }, () => 0),
});

/** Adds `part` into `total` (same packages, same parties). */
export function addTallies(total: PackageTally, part: PackageTally): void {
  part.byParty.forEach((row, j) => row.forEach((n, k) => (total.byParty[j]![k]! += n)));
  part.all.forEach((n, j) => (total.all[j]! += n));
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
