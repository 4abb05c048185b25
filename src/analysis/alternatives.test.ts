// Bracketed alternatives (`issue=a|b`, issue #15): a provision leaves an issue open among listed options.
// The oracle is brute force: every completion of the proposal, each issue at one of the options it allows.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { possibleOptions, ruleHolds } from '../model/index.js';
import type { CodedAlternatives, CodedOption, CodedPackage, Option, Position } from '../model/index.js';
import {
  buildCase,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import { checkProposal } from './check-case.js';
import { codedPackage } from './coded-package.js';
import { alternativeVerdicts, evaluateRule } from './evaluate-rule.js';
import { arbitraryRule, issues } from './fixtures.test-support.js';
import { proposalUtility, utilityOf } from './utility.js';

/** Per issue: settled on one option, bracketed among two or more, or left open (absent). */
const arbitraryProposalPackage: fc.Arbitrary<CodedPackage> = fc
  .tuple(
    ...issues.map((issue) =>
      fc.oneof(
        fc.constant(undefined),
        fc.constantFrom(...issue.options).map((option): CodedOption => ({ option, provisions: ['3'] })),
        fc
          .uniqueArray(fc.constantFrom(...issue.options), { minLength: 2, maxLength: issue.options.length })
          .map((alternatives): CodedAlternatives => ({ alternatives, provisions: ['12'] })),
      ),
    ),
  )
  .map((entries) => {
    const pkg = new Map<string, CodedOption | CodedAlternatives>();
    entries.forEach((entry, i) => entry && pkg.set(issues[i]!.id, entry));
    return pkg;
  });

/** Every complete choice the proposal still allows: each issue at one of its possible options. */
function completions(pkg: CodedPackage): Map<string, Option>[] {
  let all: Map<string, Option>[] = [new Map()];
  for (const issue of issues) {
    const possible = possibleOptions(pkg.get(issue.id)) ?? issue.options;
    all = all.flatMap((partial) => possible.map((option) => new Map(partial).set(issue.id, option)));
  }
  return all;
}

const holdsIn = (rule: Parameters<typeof ruleHolds>[0], choice: Map<string, Option>) =>
  ruleHolds(rule, (issue) => choice.get(issue)!);

describe('alternatives in red-line rules', () => {
  const amnesty = issues[2]!; // territory.recognition: none, de-facto, de-jure
  const bracketed: CodedPackage = new Map([
    [amnesty.id, { alternatives: [amnesty.options[0]!, amnesty.options[2]!], provisions: ['12'] }],
  ]);

  test('a leaf that holds for some listed alternatives and not others is open, citing the bracketed provision', () => {
    expect(evaluateRule({ issue: amnesty.id, in: ['none'] }, bracketed)).toEqual({
      verdict: 'open',
      evidence: ['12'],
    });
  });

  test('a leaf that holds for every listed alternative is decided, whatever the unlisted options', () => {
    expect(evaluateRule({ issue: amnesty.id, notIn: ['de-facto'] }, bracketed).verdict).toBe('satisfied');
    expect(evaluateRule({ issue: amnesty.id, in: ['de-facto'] }, bracketed).verdict).toBe('violated');
  });

  test('alternativeVerdicts gives the verdict under each listed option', () => {
    expect(alternativeVerdicts({ issue: amnesty.id, in: ['none'] }, bracketed)).toEqual([
      { issue: amnesty.id, option: 'none', verdict: 'satisfied' },
      { issue: amnesty.id, option: 'de-jure', verdict: 'violated' },
    ]);
  });

  test('a decided verdict holds in every completion the alternatives allow (soundness against brute force)', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryProposalPackage, (rule, pkg) => {
        const { verdict } = evaluateRule(rule, pkg);
        const results = completions(pkg).map((choice) => holdsIn(rule, choice));
        if (verdict === 'satisfied') expect(results.every(Boolean)).toBe(true);
        if (verdict === 'violated') expect(results.some(Boolean)).toBe(false);
      }),
    );
  });

  test('on a leaf whose issue is coded the verdict is exact: open exactly when the alternatives disagree', () => {
    const leaf = fc
      .constantFrom(...issues)
      .chain((issue) =>
        fc.subarray(issue.options.map((o) => o.id)).map((chosen) => ({ issue: issue.id, in: chosen })),
      );
    fc.assert(
      fc.property(leaf, arbitraryProposalPackage, (rule, pkg) => {
        // An issue no provision codes stays open whatever the rule (DESIGN.md); only coded ones are exact.
        if (!pkg.has(rule.issue)) return;
        const results = completions(pkg).map((choice) => holdsIn(rule, choice));
        const expected = results.every(Boolean) ? 'satisfied' : results.some(Boolean) ? 'open' : 'violated';
        expect(evaluateRule(rule, pkg).verdict).toBe(expected);
      }),
    );
  });

  test('each alternative verdict is the rule evaluated with that issue fixed at that option', () => {
    fc.assert(
      fc.property(arbitraryRule, arbitraryProposalPackage, (rule, pkg) => {
        for (const { issue, option, verdict } of alternativeVerdicts(rule, pkg)) {
          const coded = pkg.get(issue) as CodedAlternatives;
          const fixed = coded.alternatives.find((o) => o.id === option)!;
          const single = new Map(pkg).set(issue, { option: fixed, provisions: coded.provisions });
          expect(evaluateRule(rule, single).verdict).toBe(verdict);
        }
      }),
    );
  });
});

describe('alternatives in utilities', () => {
  const weights = fc.tuple(...issues.map(() => fc.integer({ min: 0, max: 5 })));
  const scores = fc.tuple(
    ...issues.map((issue) => fc.tuple(...issue.options.map(() => fc.integer({ min: 0, max: 100 })))),
  );

  test('utility is the worst and best the best over the completions the alternatives allow', () => {
    fc.assert(
      fc.property(weights, scores, arbitraryProposalPackage, (w, u, pkg) => {
        const position: Position = buildPosition('ua', {
          weights: Object.fromEntries(issues.map((issue, i) => [issue.id, w[i]!])),
          utilities: Object.fromEntries(
            issues.map((issue, i) => [
              issue.id,
              Object.fromEntries(issue.options.map((o, k) => [o.id, u[i]![k]!])),
            ]),
          ),
        });
        const values = completions(pkg).map((choice) =>
          utilityOf(position, Object.fromEntries([...choice].map(([id, option]) => [id, option.id]))),
        );
        const found = proposalUtility(position, pkg, issues);
        expect(found.utility).toBeCloseTo(Math.min(...values), 9);
        expect(found.best).toBeCloseTo(Math.max(...values), 9);
      }),
    );
  });
});

describe('alternatives in check', () => {
  const theCase = buildCase({
    parties: [buildParty('ua'), buildParty('ru')],
    issues,
    proposals: [
      buildProposal('framework', [
        buildProvision('6', 'cap 800k', { 'military.cap': 'cap-800k' }),
        buildProvision('12', '[no recognition / de jure]', { 'territory.recognition': ['none', 'de-jure'] }),
      ]),
    ],
    positions: [
      buildPosition('ua', {
        weights: { 'territory.recognition': 1 },
        utilities: { 'territory.recognition': { none: 100, 'de-facto': 40, 'de-jure': 0 } },
        redlines: [buildRedLine('no-recognition', { issue: 'territory.recognition', in: ['none'] })],
      }),
    ],
  });

  test('a red line that depends on the alternatives is open and lists its verdict under each', () => {
    const [ua] = checkProposal(theCase, theCase.proposals[0]!);
    expect(ua!.redlines[0]).toEqual({
      id: 'no-recognition',
      verdict: 'open',
      evidence: ['12'],
      openIssues: ['territory.recognition'],
      alternatives: [
        { issue: 'territory.recognition', option: 'none', verdict: 'satisfied' },
        { issue: 'territory.recognition', option: 'de-jure', verdict: 'violated' },
      ],
    });
    expect([ua!.utility, ua!.best, ua!.openIssues]).toEqual([0, 100, ['territory.recognition']]);
  });

  test('codedPackage reads alternatives in the order written, cited by their provision', () => {
    const pkg = codedPackage(theCase.proposals[0]!, issues);
    expect(possibleOptions(pkg.get('territory.recognition'))!.map((o) => o.id)).toEqual(['none', 'de-jure']);
  });
});
