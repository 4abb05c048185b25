// Small shared fixtures for the analysis tests: a three-issue case universe and fast-check arbitraries.
import fc from 'fast-check';
import type { CodedOption, CodedPackage, Issue, Rule } from '../model/index.js';
import { arbitraryRule as arbitraryRuleOver } from '../../test/arbitrary-rule.test-support.js';
import { buildIssue } from '../../test/case-builder.test-support.js';

/**
 * Three issues: a numeric cap (with "no limit" and a value-less option), a yes/no issue, a three-way issue.
 * Tests rely on the option order (`issues[0].options[2]` is cap-600k) and the values.
 */
export const issues: Issue[] = [
  buildIssue('military.cap', [['none', Infinity], ['cap-800k', 800_000], ['cap-600k', 600_000], 'unclear']),
  buildIssue('nato.membership', ['open', 'excluded']),
  buildIssue('territory.recognition', ['none', 'de-facto', 'de-jure']),
];

/** A coded package from `issue → [option, ...provision nums]`. */
export function packageOf(codes: Record<string, [string, ...string[]]>): CodedPackage {
  const pkg = new Map<string, CodedOption>();
  for (const [issueId, [optionId, ...provisions]] of Object.entries(codes)) {
    const option = issues.find((i) => i.id === issueId)?.options.find((o) => o.id === optionId);
    if (!option) throw new Error(`fixture names unknown ${issueId}=${optionId}`);
    pkg.set(issueId, { option, provisions });
  }
  return pkg;
}

/** Any rule of the grammar over the three fixture issues, nested a few levels deep. */
export const arbitraryRule: fc.Arbitrary<Rule> = arbitraryRuleOver(issues, {
  bounds: fc.constantFrom(0, 600_000, 700_000, 800_000, Infinity),
  maxDepth: 3,
});

/** One coded option per fixture issue, each cited by one or two provisions. */
export const arbitraryCompletePackage: fc.Arbitrary<Map<string, CodedOption>> = fc
  .tuple(
    ...issues.map((issue) =>
      fc.record({
        option: fc.constantFrom(...issue.options),
        provisions: fc.uniqueArray(fc.constantFrom('2', '6', '10a', '10b', '21a', '21d'), {
          minLength: 1,
          maxLength: 2,
        }),
      }),
    ),
  )
  .map((coded) => new Map(coded.map((entry, i) => [issues[i]!.id, entry])));

/** A complete package and a part of it (some issues left open), as [part, whole]. */
export const arbitraryPartAndWhole: fc.Arbitrary<[CodedPackage, CodedPackage]> =
  arbitraryCompletePackage.chain((whole) =>
    fc
      .subarray([...whole.keys()])
      .map((kept): [CodedPackage, CodedPackage] => [
        new Map([...whole].filter(([id]) => kept.includes(id))),
        whole,
      ]),
  );
