import { expect, test } from 'vitest';
import {
  buildCase,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import { CheckReport } from './check-report.js';
import { checkCase, checkProposal, isAllSatisfied } from './check-case.js';
import { issues } from './fixtures.test-support.js';

// Two proposals, three parties of which two have positions (the mediator has none).
const ukraine = buildCase({
  parties: [buildParty('ua'), buildParty('us', { kind: 'mediator' }), buildParty('ru')],
  issues,
  proposals: [
    buildProposal('us-28', [
      buildProvision('6', 'cap 600k', { 'military.cap': 'cap-600k' }),
      buildProvision('7', 'no NATO', { 'nato.membership': 'excluded' }),
      buildProvision('21', 'Territories:'),
      buildProvision('21a', 'de facto', { 'territory.recognition': 'de-facto' }, { parent: '21' }),
      buildProvision('21d', 'frozen line', { 'territory.recognition': 'de-facto' }, { parent: '21' }),
    ]),
    buildProposal('e3', [
      buildProvision('6', 'cap 800k', { 'military.cap': 'cap-800k' }),
      buildProvision('21', 'no recognition', { 'territory.recognition': 'none' }),
    ]),
  ],
  positions: [
    buildPosition('ru', {
      reservation: 30,
      weights: { 'territory.recognition': 1 },
      utilities: { 'territory.recognition': { 'de-jure': 100, 'de-facto': 60 } },
      redlines: [buildRedLine('neutrality', { issue: 'nato.membership', in: ['excluded'] })],
    }),
    buildPosition('ua', {
      reservation: 20,
      weights: { 'military.cap': 10, 'nato.membership': 5, 'territory.recognition': 5 },
      utilities: {
        'military.cap': { none: 100, 'cap-800k': 70, 'cap-600k': 10 },
        'nato.membership': { open: 100, excluded: 20 },
        'territory.recognition': { none: 100, 'de-facto': 30 },
      },
      redlines: [
        buildRedLine('army-floor', { issue: 'military.cap', min: 800_000 }),
        buildRedLine('no-ceding', { issue: 'territory.recognition', in: ['none'] }),
      ],
    }),
  ],
});

test('the matrix has one result per proposal and party with a position, in case order', () => {
  const report = checkCase(ukraine);
  expect(report.results.map((r) => `${r.proposal} × ${r.party}`)).toEqual([
    'us-28 × ua',
    'us-28 × ru',
    'e3 × ua',
    'e3 × ru',
  ]);
});

test('us-28 violates both Ukrainian red lines, citing 6 and the territorial sub-points', () => {
  const [ua] = checkProposal(ukraine, ukraine.proposals[0]!);
  // utility = (10·10 + 5·20 + 5·30) / 20 = 350 / 20 = 17.5, below the reservation 20
  expect(ua).toEqual({
    proposal: 'us-28',
    party: 'ua',
    utility: 17.5,
    best: 17.5,
    openIssues: [],
    reservation: 20,
    aboveReservation: false,
    verdict: 'violated',
    redlines: [
      { id: 'army-floor', verdict: 'violated', evidence: ['6'], openIssues: [] },
      { id: 'no-ceding', verdict: 'violated', evidence: ['21a', '21d'], openIssues: [] },
    ],
  });
});

test('a red line on an issue the proposal leaves open is open and names that issue', () => {
  const ru = checkCase(ukraine, { proposals: ['e3'], parties: ['ru'] }).results[0];
  // territory coded none (0 for ru): utility = 1·0 / 1 = 0
  expect(ru).toMatchObject({ utility: 0, aboveReservation: false, verdict: 'open' });
  expect(ru?.redlines).toEqual([
    { id: 'neutrality', verdict: 'open', evidence: [], openIssues: ['nato.membership'] },
  ]);
});

test('e3 satisfies every Ukrainian red line and guarantees the worst on the open NATO issue', () => {
  const ua = checkCase(ukraine, { proposals: ['e3'], parties: ['ua'] }).results[0];
  // coded: cap-800k (70), none (100); NATO open: worst 20, best 100
  // utility = (700 + 100 + 500) / 20 = 65; best = (700 + 500 + 500) / 20 = 85
  expect(ua).toMatchObject({
    verdict: 'satisfied',
    utility: 65,
    best: 85,
    openIssues: ['nato.membership'],
    aboveReservation: true,
  });
});

test('utilities in the report are rounded to one decimal', () => {
  const thirds = buildCase({
    ...ukraine,
    positions: [
      buildPosition('ua', {
        weights: { 'military.cap': 3, 'nato.membership': 0 },
        utilities: { 'military.cap': { 'cap-600k': 100 / 3 } },
      }),
    ],
  });
  expect(checkCase(thirds, { proposals: ['us-28'] }).results[0]?.utility).toBe(33.3);
  expect(checkProposal(thirds, thirds.proposals[0]!)[0]?.utility).toBeCloseTo(33.333, 2);
});

test('the selection keeps case order whatever order it is given in', () => {
  const report = checkCase(ukraine, { proposals: ['e3', 'us-28'], parties: ['ru', 'ua'] });
  expect(report.results.map((r) => r.proposal + r.party)).toEqual(['us-28ua', 'us-28ru', 'e3ua', 'e3ru']);
});

test('the report matches its own schema, which the server uses as a response schema', () => {
  expect(CheckReport.parse(checkCase(ukraine))).toEqual(checkCase(ukraine));
});

test('the check passes only when every red line holds', () => {
  expect(isAllSatisfied(checkCase(ukraine))).toBe(false);
  expect(isAllSatisfied(checkCase(ukraine, { proposals: ['e3'], parties: ['ua'] }))).toBe(true);
  expect(isAllSatisfied({ results: [] })).toBe(true);
});

test('a proposal that breaks a coherence rule is listed apart from the red lines, with its provisions', () => {
  const coherent = {
    ...ukraine,
    coherence: [
      {
        id: 'no-army-without-nato',
        text: 'An army without a cap goes with NATO membership being excluded',
        rule: {
          if: { issue: 'military.cap', in: ['none'] },
          then: { issue: 'nato.membership', in: ['excluded'] },
        },
      },
      {
        id: 'recognition-caps',
        text: 'Recognising the land de facto goes with a cap',
        rule: {
          if: { issue: 'territory.recognition', in: ['de-facto'] },
          then: { issue: 'military.cap', in: ['none'] },
        },
      },
    ],
  };
  const report = checkCase(coherent);
  expect(report.incoherent).toEqual([
    { proposal: 'us-28', rule: 'recognition-caps', evidence: ['6', '21a', '21d'] },
  ]);
  expect(CheckReport.parse(report)).toEqual(report);
  expect(isAllSatisfied({ results: [], incoherent: report.incoherent })).toBe(false);
});

test('without coherence rules the report has no incoherent list at all', () => {
  expect(checkCase(ukraine)).not.toHaveProperty('incoherent');
});
