// Check against brute force with all three of issue #15's codings at once: issues a proposal is silent on
// that declare `whenSilent`, bracketed alternatives `issue=a|b`, and the case's coherence rules. The oracle
// enumerates every completion of the proposal: a coded issue at its option, a bracketed one at one of its
// listed options, a silent issue with `whenSilent` at that option, any other silent issue at any option.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { ruleHolds } from '../model/index.js';
import type { Case, Issue, Option, Proposal, Rule } from '../model/index.js';
import {
  buildCase,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import { checkProposal, findIncoherence } from './check-case.js';
import { arbitraryRule, issues } from './fixtures.test-support.js';
import { utilityOf } from './utility.js';

/** How a proposal treats one issue: silent, one option, or bracketed alternatives (two or more). */
type Coding = undefined | string | string[];

const arbitraryCoding = (issue: Issue): fc.Arbitrary<Coding> =>
  fc.oneof(
    fc.constant(undefined),
    fc.constantFrom(...issue.options.map((o) => o.id)),
    fc.uniqueArray(fc.constantFrom(...issue.options.map((o) => o.id)), {
      minLength: 2,
      maxLength: issue.options.length,
    }),
  );

/** Per issue: its `whenSilent` option, or none. */
const arbitrarySilence = fc.tuple(
  ...issues.map((issue) => fc.option(fc.constantFrom(...issue.options.map((o) => o.id)), { nil: undefined })),
);
const arbitraryCodings = fc.tuple(...issues.map(arbitraryCoding));

const withSilence = (silence: (string | undefined)[]): Issue[] =>
  issues.map((issue, i) => (silence[i] === undefined ? issue : { ...issue, whenSilent: silence[i] }));

/** A proposal with one provision per issue it speaks to, numbered 1, 2, 3 in issue order. */
const proposalOf = (codings: Coding[]): Proposal =>
  buildProposal(
    'p',
    codings.flatMap((coding, i) =>
      coding === undefined ? [] : [buildProvision(`${i + 1}`, `point ${i + 1}`, { [issues[i]!.id]: coding })],
    ),
  );

/** Every complete choice the proposal allows, each issue at one of the options the oracle gives it. */
function completions(theIssues: Issue[], codings: Coding[]): Map<string, Option>[] {
  let all: Map<string, Option>[] = [new Map()];
  theIssues.forEach((issue, i) => {
    const coding = codings[i];
    const allowed =
      coding === undefined
        ? issue.whenSilent === undefined
          ? issue.options
          : issue.options.filter((o) => o.id === issue.whenSilent)
        : issue.options.filter((o) => (typeof coding === 'string' ? [coding] : coding).includes(o.id));
    all = all.flatMap((partial) => allowed.map((option) => new Map(partial).set(issue.id, option)));
  });
  return all;
}

/**
 * A case from parts without the schema's parse: arbitrary rules include forms a case file could not hold
 * (`in: []`, `max: Infinity`), which the analysis must still judge as brute force does.
 */
const caseOf = (parts: Partial<Case>): Case => ({ ...buildCase({ parties: [buildParty('ua')] }), ...parts });

const holdsIn = (rule: Rule, choice: Map<string, Option>) => ruleHolds(rule, (issue) => choice.get(issue)!);

test('a red-line verdict decided by check holds in every completion, silence read as whenSilent', () => {
  fc.assert(
    fc.property(arbitrarySilence, arbitraryCodings, arbitraryRule, (silence, codings, rule) => {
      const theIssues = withSilence(silence);
      const theCase = caseOf({
        issues: theIssues,
        proposals: [proposalOf(codings)],
        positions: [buildPosition('ua', { redlines: [buildRedLine('line', rule)] })],
      });
      const [result] = checkProposal(theCase, theCase.proposals[0]!);
      const { verdict } = result!.redlines[0]!;
      const results = completions(theIssues, codings).map((choice) => holdsIn(rule, choice));
      if (verdict === 'satisfied') expect(results.every(Boolean)).toBe(true);
      if (verdict === 'violated') expect(results.some(Boolean)).toBe(false);
    }),
  );
});

test('on a leaf about an issue the proposal is silent on, whenSilent makes the verdict exact and says so', () => {
  const leaf = fc
    .integer({ min: 0, max: issues.length - 1 })
    .chain((i) =>
      fc
        .subarray(issues[i]!.options.map((o) => o.id))
        .map((chosen) => ({ i, rule: { issue: issues[i]!.id, in: chosen } })),
    );
  fc.assert(
    fc.property(arbitrarySilence, arbitraryCodings, leaf, (silence, codings, { i, rule }) => {
      const theIssues = withSilence(silence);
      const silentCodings = codings.map((c, k) => (k === i ? undefined : c));
      const theCase = caseOf({
        issues: theIssues,
        proposals: [proposalOf(silentCodings)],
        positions: [buildPosition('ua', { redlines: [buildRedLine('line', rule)] })],
      });
      const found = checkProposal(theCase, theCase.proposals[0]!)[0]!.redlines[0]!;
      if (silence[i] === undefined) {
        expect(found.verdict).toBe('open');
        return;
      }
      const results = completions(theIssues, silentCodings).map((choice) => holdsIn(rule, choice));
      expect(found.verdict).toBe(results.every(Boolean) ? 'satisfied' : 'violated');
      expect(found.evidence).toEqual([]);
      expect(found.impliedBySilence).toEqual([rule.issue]);
    }),
  );
});

test('utility is the worst and best the best completion, silent issues at their whenSilent option', () => {
  const scores = fc.tuple(
    ...issues.map((issue) => fc.tuple(...issue.options.map(() => fc.integer({ min: 0, max: 100 })))),
  );
  const weights = fc.tuple(...issues.map(() => fc.integer({ min: 0, max: 5 })));
  fc.assert(
    fc.property(arbitrarySilence, arbitraryCodings, weights, scores, (silence, codings, w, u) => {
      const theIssues = withSilence(silence);
      const position = buildPosition('ua', {
        weights: Object.fromEntries(issues.map((issue, i) => [issue.id, w[i]!])),
        utilities: Object.fromEntries(
          issues.map((issue, i) => [
            issue.id,
            Object.fromEntries(issue.options.map((o, k) => [o.id, u[i]![k]!])),
          ]),
        ),
      });
      const theCase = caseOf({
        issues: theIssues,
        proposals: [proposalOf(codings)],
        positions: [position],
      });
      const values = completions(theIssues, codings).map((choice) =>
        utilityOf(position, Object.fromEntries([...choice].map(([id, option]) => [id, option.id]))),
      );
      const [result] = checkProposal(theCase, theCase.proposals[0]!);
      expect(result!.utility).toBeCloseTo(Math.min(...values), 9);
      expect(result!.best).toBeCloseTo(Math.max(...values), 9);
    }),
  );
});

test('a proposal is reported incoherent only when every completion breaks the rule, and always then for a settled leaf', () => {
  const leafRule = fc
    .constantFrom(...issues)
    .chain((issue) =>
      fc.subarray(issue.options.map((o) => o.id)).map((chosen): Rule => ({ issue: issue.id, in: chosen })),
    );
  fc.assert(
    fc.property(
      arbitrarySilence,
      arbitraryCodings,
      fc.oneof(arbitraryRule, leafRule),
      (silence, codings, rule) => {
        const theIssues = withSilence(silence);
        const theCase = caseOf({
          issues: theIssues,
          proposals: [proposalOf(codings)],
          coherence: [{ id: 'rule', text: 'a coherence rule', rule }],
        });
        const broken = findIncoherence(theCase, theCase.proposals[0]!).length > 0;
        const results = completions(theIssues, codings).map((choice) => holdsIn(rule, choice));
        if (broken) expect(results.some(Boolean)).toBe(false);
        // On a leaf the answer is exact once the proposal settles its issue, by a code, alternatives or
        // whenSilent; an issue left open stays open whatever the rule (DESIGN.md).
        if ('issue' in rule) {
          const i = issues.findIndex((issue) => issue.id === rule.issue);
          if (codings[i] !== undefined || silence[i] !== undefined)
            expect(broken).toBe(!results.some(Boolean));
        }
      },
    ),
  );
});
