import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { Case, Position } from '../model/index.js';
import {
  buildCase,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import { compileAcceptance } from './acceptance.js';
import { checkCase } from './check-case.js';
import { issues } from './fixtures.test-support.js';

// Dated proposals and positions (an earlier version judges the 2022 text), red lines with since/until,
// bracketed alternatives and an undated proposal: every path of `checkCase`'s acceptance.
const theCase: Case = buildCase({
  parties: [buildParty('ua'), buildParty('ru'), buildParty('eu')],
  issues,
  proposals: [
    buildProposal('istanbul', [buildProvision('1', 'x', { 'territory.recognition': 'de-facto' })], {
      date: '2022-03-29',
    }),
    buildProposal(
      'plan',
      [buildProvision('1', 'x', { 'military.cap': 'cap-600k', 'nato.membership': 'excluded' })],
      {
        date: '2025-11-20',
      },
    ),
    buildProposal('undated', [
      buildProvision('1', 'x', { 'territory.recognition': ['none', 'de-facto'], 'military.cap': 'none' }),
    ]),
  ],
  positions: [
    buildPosition('ua', {
      asOf: '2025-01-01',
      reservation: 30,
      weights: { 'military.cap': 3, 'nato.membership': 2, 'territory.recognition': 5 },
      utilities: {
        'military.cap': { none: 100, 'cap-800k': 70, 'cap-600k': 20 },
        'nato.membership': { open: 100, excluded: 10 },
        'territory.recognition': { none: 100, 'de-facto': 40 },
      },
      redlines: [
        buildRedLine('no-recognition', { issue: 'territory.recognition', notIn: ['de-jure'] }),
        buildRedLine('army', { issue: 'military.cap', min: 800_000 }, { since: '2025-11-20' }),
        buildRedLine('old', { issue: 'nato.membership', in: ['open'] }, { until: '2024-12-31' }),
      ],
    }),
    buildPosition('ru', {
      reservation: 20,
      weights: { 'military.cap': 4, 'territory.recognition': 6 },
      utilities: {
        'military.cap': { 'cap-600k': 100, 'cap-800k': 50 },
        'territory.recognition': { 'de-jure': 100, 'de-facto': 60 },
      },
      redlines: [buildRedLine('cap', { issue: 'military.cap', max: 800_000 })],
    }),
    buildPosition('eu', {
      reservation: 10,
      weights: { 'nato.membership': 1 },
      utilities: { 'nato.membership': { open: 90, excluded: 30 } },
    }),
  ],
  earlierPositions: [
    buildPosition('ua', {
      asOf: '2022-03-01',
      reservation: 10,
      weights: { 'territory.recognition': 1 },
      utilities: { 'territory.recognition': { none: 100, 'de-facto': 50 } },
      redlines: [buildRedLine('talks-on-crimea', { issue: 'territory.recognition', notIn: ['de-jure'] })],
    }),
  ],
});

/** `checkCase`'s answer, as the matrix `compileAcceptance` gives. */
const checked = (c: Case) => {
  const matrix = new Map<string, Map<string, boolean>>();
  for (const r of checkCase(c).results) {
    const row = matrix.get(r.proposal) ?? new Map<string, boolean>();
    row.set(r.party, r.verdict === 'satisfied' && r.aboveReservation);
    matrix.set(r.proposal, row);
  }
  return matrix;
};

/** A version of a current position as a sample draws it: other numbers, some red lines given way. */
const arbitraryVersion = (position: Position): fc.Arbitrary<Position> =>
  fc
    .record({
      reservation: fc.integer({ min: 0, max: 100 }),
      scale: fc.integer({ min: 0, max: 10 }),
      kept: fc.array(fc.boolean(), {
        minLength: position.redlines.length,
        maxLength: position.redlines.length,
      }),
    })
    .map(({ reservation, scale, kept }) => ({
      ...position,
      reservation,
      weights: Object.fromEntries(
        Object.entries(position.weights).map(([k, w]) => [k, (w as number) * scale]),
      ),
      redlines: position.redlines.filter((_, k) => kept[k]),
    }));

test('compiled acceptance answers what checkCase says, for the case and for any sample of its positions', () => {
  const judge = compileAcceptance(theCase);
  expect(judge(theCase.positions)).toEqual(checked(theCase));
  fc.assert(
    fc.property(fc.tuple(...theCase.positions.map(arbitraryVersion)), (positions) => {
      expect(judge(positions)).toEqual(checked({ ...theCase, positions }));
    }),
    { numRuns: 300 },
  );
});

test('a proposal older than a position is judged by the earlier version, whatever the sample', () => {
  const judge = compileAcceptance(theCase);
  const [ua, ...rest] = theCase.positions;
  const strict = { ...ua!, reservation: 100 };
  // The 2025 version at reservation 100 accepts nothing; the 2022 text is still judged by the 2022 version.
  expect(
    judge([strict, ...rest])
      .get('istanbul')
      ?.get('ua'),
  ).toBe(true);
  expect(
    judge([strict, ...rest])
      .get('plan')
      ?.get('ua'),
  ).toBe(false);
});
