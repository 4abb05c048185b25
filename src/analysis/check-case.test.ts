import { expect, test } from 'vitest';
import { Case } from '../model/index.js';
import { CheckReport } from './check-report.js';
import { checkCase, checkProposal, isAllSatisfied } from './check-case.js';
import { issues } from './test-fixtures.js';

const code = (issue: string, option: string) => [{ issue, option }];

// Two proposals, three parties of which two have positions (the mediator has none).
const ukraine = Case.parse({
  id: 'mini',
  title: 'A small case',
  parties: [
    { id: 'ua', name: 'Ukraine' },
    { id: 'us', name: 'United States', kind: 'mediator' },
    { id: 'ru', name: 'Russia' },
  ],
  issues,
  proposals: [
    {
      id: 'us-28',
      title: 'US plan',
      provisions: [
        { num: '6', label: '6.', text: 'cap 600k', codes: code('military.cap', 'cap-600k') },
        { num: '7', label: '7.', text: 'no NATO', codes: code('nato.membership', 'excluded') },
        { num: '21', label: '21.', text: 'Territories:' },
        {
          num: '21a',
          label: 'a.',
          text: 'de facto',
          parent: '21',
          codes: code('territory.recognition', 'de-facto'),
        },
        {
          num: '21d',
          label: 'd.',
          text: 'frozen line',
          parent: '21',
          codes: code('territory.recognition', 'de-facto'),
        },
      ],
    },
    {
      id: 'e3',
      title: 'E3 counter-proposal',
      provisions: [
        { num: '6', label: '6.', text: 'cap 800k', codes: code('military.cap', 'cap-800k') },
        { num: '21', label: '21.', text: 'no recognition', codes: code('territory.recognition', 'none') },
      ],
    },
  ],
  positions: [
    {
      party: 'ru',
      reservation: 30,
      weights: { 'territory.recognition': 1 },
      utilities: { 'territory.recognition': { 'de-jure': 100, 'de-facto': 60 } },
      redlines: [
        {
          id: 'neutrality',
          text: 'Ukraine stays out of NATO',
          rule: { issue: 'nato.membership', in: ['excluded'] },
        },
      ],
    },
    {
      party: 'ua',
      reservation: 20,
      weights: { 'military.cap': 10, 'nato.membership': 5, 'territory.recognition': 5 },
      utilities: {
        'military.cap': { none: 100, 'cap-800k': 70, 'cap-600k': 10 },
        'nato.membership': { open: 100, excluded: 20 },
        'territory.recognition': { none: 100, 'de-facto': 30 },
      },
      redlines: [
        { id: 'army-floor', text: 'No cap below 800,000', rule: { issue: 'military.cap', min: 800_000 } },
        {
          id: 'no-ceding',
          text: 'No ceding of land',
          rule: { issue: 'territory.recognition', in: ['none'] },
        },
      ],
    },
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
  const thirds = Case.parse({
    ...ukraine,
    positions: [
      {
        party: 'ua',
        weights: { 'military.cap': 3, 'nato.membership': 0 },
        utilities: { 'military.cap': { 'cap-600k': 100 / 3 } },
      },
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
