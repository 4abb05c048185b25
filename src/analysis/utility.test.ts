import fc from 'fast-check';
import { expect, test } from 'vitest';
import { possibleOptions, Position } from '../model/index.js';
import { arbitraryPartAndWhole, issues, packageOf } from './fixtures.test-support.js';
import { proposalUtility, utilityOf } from './utility.js';

// Ukraine in miniature: the army weighs 10, NATO 5, territory 5 (Σw = 20).
const ua = Position.parse({
  party: 'ua',
  reservation: 20,
  weights: { 'military.cap': 10, 'nato.membership': 5, 'territory.recognition': 5 },
  utilities: {
    'military.cap': { none: 100, 'cap-800k': 70, 'cap-600k': 10 },
    'nato.membership': { open: 100, excluded: 20 },
    'territory.recognition': { none: 100, 'de-facto': 30 },
  },
});

test('a complete package scores the weighted mean of its option utilities', () => {
  // (10·70 + 5·20 + 5·30) / 20 = (700 + 100 + 150) / 20 = 47.5
  expect(
    utilityOf(ua, {
      'military.cap': 'cap-800k',
      'nato.membership': 'excluded',
      'territory.recognition': 'de-facto',
    }),
  ).toBe(47.5);
});

test('an option without a utility scores 0', () => {
  // de-jure is not listed: (10·100 + 5·100 + 5·0) / 20 = 75
  expect(
    utilityOf(ua, { 'military.cap': 'none', 'nato.membership': 'open', 'territory.recognition': 'de-jure' }),
  ).toBe(75);
});

test('a position whose weights sum to 0 scores every package 0', () => {
  expect(
    utilityOf(Position.parse({ party: 'us', weights: { 'military.cap': 0 } }), { 'military.cap': 'none' }),
  ).toBe(0);
});

test('a proposal with open issues guarantees the worst option and could reach the best', () => {
  // us-28 codes cap-600k (10) and de-facto (30); NATO is open, worst 20 (excluded), best 100 (open).
  // utility = (10·10 + 5·20 + 5·30) / 20 = 350 / 20 = 17.5; best = (100 + 500 + 150) / 20 = 37.5
  const pkg = packageOf({ 'military.cap': ['cap-600k', '6'], 'territory.recognition': ['de-facto', '21a'] });
  expect(proposalUtility(ua, pkg, issues)).toEqual({
    utility: 17.5,
    best: 37.5,
    openIssues: ['nato.membership'],
  });
});

test('an open issue with an unlisted option is guaranteed only 0', () => {
  // territory open: worst is de-jure (unlisted, 0), best is none (100); army coded none (100), NATO open (20..100)
  // utility = (1000 + 100 + 0) / 20 = 55; best = (1000 + 500 + 500) / 20 = 100
  const pkg = packageOf({ 'military.cap': ['none', '6'] });
  expect(proposalUtility(ua, pkg, issues)).toEqual({
    utility: 55,
    best: 100,
    openIssues: ['nato.membership', 'territory.recognition'],
  });
});

test('issues the party does not weigh are not reported open', () => {
  const armyOnly = Position.parse({
    party: 'ru',
    weights: { 'military.cap': 1 },
    utilities: { 'military.cap': { 'cap-600k': 90 } },
  });
  expect(proposalUtility(armyOnly, packageOf({ 'military.cap': ['cap-600k', '6'] }), issues)).toEqual({
    utility: 90,
    best: 90,
    openIssues: [],
  });
});

const arbitraryPosition = fc
  .record({
    weights: fc.tuple(...issues.map(() => fc.double({ min: 0, max: 1000, noNaN: true }))),
    utilities: fc.tuple(
      ...issues.map((issue) =>
        fc.tuple(...issue.options.map(() => fc.double({ min: 0, max: 100, noNaN: true }))),
      ),
    ),
  })
  .map(({ weights, utilities }) =>
    Position.parse({
      party: 'p',
      weights: Object.fromEntries(issues.map((issue, i) => [issue.id, weights[i]])),
      utilities: Object.fromEntries(
        issues.map((issue, i) => [
          issue.id,
          Object.fromEntries(issue.options.map((o, j) => [o.id, utilities[i]![j]])),
        ]),
      ),
    }),
  );

test('utility is within 0..100, the guarantee never exceeds the best, and coding more keeps it between them', () => {
  fc.assert(
    fc.property(arbitraryPosition, arbitraryPartAndWhole, (position, [part, whole]) => {
      const partial = proposalUtility(position, part, issues);
      const complete = proposalUtility(position, whole, issues);
      expect(partial.utility).toBeGreaterThanOrEqual(0);
      expect(partial.best).toBeLessThanOrEqual(100);
      expect(partial.utility).toBeLessThanOrEqual(partial.best + 1e-9);
      expect(complete.utility).toBe(complete.best);
      expect(complete.utility).toBeGreaterThanOrEqual(partial.utility - 1e-9);
      expect(complete.utility).toBeLessThanOrEqual(partial.best + 1e-9);
    }),
  );
});

test('a complete coded package scores exactly what utilityOf gives its options', () => {
  fc.assert(
    fc.property(arbitraryPosition, arbitraryPartAndWhole, (position, [, whole]) => {
      const options = Object.fromEntries(
        [...whole].map(([issueId, coded]) => [issueId, possibleOptions(coded)![0]!.id]),
      );
      expect(proposalUtility(position, whole, issues).utility).toBe(utilityOf(position, options));
    }),
  );
});
