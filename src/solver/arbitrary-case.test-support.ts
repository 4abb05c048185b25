// fast-check arbitraries of small random cases for the solver's property tests: every rule form of the
// grammar, options with and without values (and .inf), zero weights, feasible and infeasible red lines.
// Numbers come in tenths (utilities) and halves (weights, reservations, priorities) so that the brute-force
// reference can decide on exact integers.
import fc from 'fast-check';
import type { Case, Issue, Position, Rule } from '../model/index.js';
import { arbitraryRule } from '../../test/arbitrary-rule.test-support.js';
import {
  buildCase,
  buildIssue,
  buildParty,
  buildPosition,
  buildRedLine,
} from '../../test/case-builder.test-support.js';

/** Size limits of a generated case. */
export interface CaseShape {
  maxIssues: number;
  maxOptions: number;
  minParties: number;
  maxParties: number;
  maxRedLines: number;
  /** Coherence rules of the case (none when absent). */
  maxCoherence?: number;
}

const tenth = fc.integer({ min: 0, max: 1000 }).map((n) => n / 10);
const half = (max: number) => fc.integer({ min: 0, max: 2 * max }).map((n) => n / 2);
const optionValue = fc.oneof(
  fc.integer({ min: 0, max: 4 }).map((n): number | undefined => n * 100),
  fc.constant<number | undefined>(Infinity),
  fc.constant<number | undefined>(undefined),
);

const issuesArbitrary = (shape: CaseShape) =>
  fc
    .array(fc.array(optionValue, { minLength: 1, maxLength: shape.maxOptions }), {
      minLength: 1,
      maxLength: shape.maxIssues,
    })
    .map((issues): Issue[] =>
      issues.map((values, i) => ({
        id: `i${i}`,
        title: `issue ${i}`,
        options: values.map((value, o) => ({
          id: `o${o}`,
          label: `option ${o}`,
          ...(value === undefined ? {} : { value }),
        })),
      })),
    );

const ruleArbitrary = (issues: Issue[]): fc.Arbitrary<Rule> =>
  arbitraryRule(issues, { bounds: fc.integer({ min: -1, max: 5 }).map((n) => n * 100), maxDepth: 2 });

/** A random position of `party` over `issues`: weights, utilities, a reservation and red lines of every form. */
export function positionArbitrary(party: string, issues: Issue[], shape: CaseShape): fc.Arbitrary<Position> {
  return fc.record({
    party: fc.constant(party),
    reservation: half(35),
    weights: fc
      .tuple(...issues.map(() => fc.oneof(fc.constant(0), half(5))))
      .map((ws) => Object.fromEntries(ws.map((w, i) => [issues[i]!.id, w]))),
    utilities: fc
      .tuple(...issues.map((issue) => fc.tuple(...issue.options.map(() => tenth))))
      .map((rows) =>
        Object.fromEntries(
          rows.map((row, i) => [
            issues[i]!.id,
            Object.fromEntries(row.map((u, o) => [issues[i]!.options[o]!.id, u])),
          ]),
        ),
      ),
    redlines: fc
      .array(fc.tuple(ruleArbitrary(issues), fc.option(fc.integer({ min: 1, max: 6 }).map((n) => n / 2))), {
        maxLength: shape.maxRedLines,
      })
      .map((rules) =>
        rules.map(([rule, priority], r) => ({
          id: `r${r}`,
          text: `red line ${r} of ${party}`,
          rule,
          ...(priority === null ? {} : { priority }),
        })),
      ),
  });
}

/** A random small case: 1..maxIssues issues, minParties..maxParties parties, each with a position. */
export function caseArbitrary(shape: CaseShape): fc.Arbitrary<Case> {
  return issuesArbitrary(shape).chain((issues) =>
    fc.integer({ min: shape.minParties, max: shape.maxParties }).chain((count) => {
      const parties = Array.from({ length: count }, (_, p) => `p${p}`);
      const coherence = fc
        .array(ruleArbitrary(issues), { maxLength: shape.maxCoherence ?? 0 })
        .map((rules) => rules.map((rule, k) => ({ id: `c${k}`, text: `coherence rule ${k}`, rule })));
      return fc
        .tuple(coherence, ...parties.map((party) => positionArbitrary(party, issues, shape)))
        .map(([coherence, ...positions]): Case => ({
          id: 'random',
          title: 'random case',
          parties: parties.map((id) => ({ id, name: id, kind: 'party' as const })),
          tracks: [],
          issues,
          coherence,
          proposals: [],
          positions,
        }));
    }),
  );
}

/** Cases whose red lines mostly sit on one issue each, so that many collisions are independent. */
export const collisionsArbitrary: fc.Arbitrary<Case> = fc
  .record({
    options: fc.array(fc.integer({ min: 2, max: 3 }), { minLength: 2, maxLength: 6 }),
    parties: fc.integer({ min: 2, max: 3 }),
  })
  .chain(({ options, parties }) => {
    const issues = options.map((count, i) =>
      buildIssue(
        `i${i}`,
        Array.from({ length: count }, (_, o) => `o${o}`),
      ),
    );
    const onOne = fc.nat({ max: issues.length - 1 }).chain((i) =>
      fc
        .subarray(
          issues[i]!.options.map((o) => o.id),
          { minLength: 1 },
        )
        .map((kept): Rule => ({ issue: issues[i]!.id, in: kept })),
    );
    const linking = fc.tuple(onOne, onOne).map(([a, b]): Rule => ({ if: a, then: b }));
    const redLine = fc.tuple(
      fc.oneof({ arbitrary: onOne, weight: 4 }, { arbitrary: linking, weight: 1 }),
      fc.integer({ min: 1, max: 3 }),
    );
    const position = (party: string) =>
      fc.array(redLine, { maxLength: 4 }).map((rules) =>
        buildPosition(party, {
          reservation: 0,
          weights: {},
          utilities: {},
          redlines: rules.map(([rule, priority], r) => buildRedLine(`r${r}`, rule, { priority })),
        }),
      );
    const ids = Array.from({ length: parties }, (_, p) => `p${p}`);
    return fc
      .tuple(...ids.map(position))
      .map((positions) => buildCase({ parties: ids.map((id) => buildParty(id)), issues, positions }));
  });
