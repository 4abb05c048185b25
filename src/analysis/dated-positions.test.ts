// Dated positions (issue #15): a proposal is judged against the positions in force at its date.
import { expect, test } from 'vitest';
import { latestCase, positionAt } from '../model/index.js';
import type { Case } from '../model/index.js';
import {
  buildCase,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import { checkCase } from './check-case.js';
import { issues } from './fixtures.test-support.js';

const recognised = { 'territory.recognition': 'de-jure' };
const theCase: Case = buildCase({
  parties: [buildParty('ua'), buildParty('ru')],
  issues,
  proposals: [
    buildProposal('istanbul', [buildProvision('1', 'x', recognised)], { date: '2022-03-29' }),
    buildProposal('plan', [buildProvision('1', 'x', recognised)], { date: '2025-11-20' }),
    buildProposal('undated', [buildProvision('1', 'x', recognised)]),
  ],
  positions: [
    buildPosition('ua', {
      asOf: '2025-01-01',
      redlines: [
        buildRedLine('no-recognition', { issue: 'territory.recognition', in: ['none'] }),
        buildRedLine('army', { issue: 'military.cap', min: 800_000 }, { since: '2025-11-20' }),
      ],
    }),
  ],
  earlierPositions: [
    buildPosition('ua', {
      asOf: '2022-03-01',
      redlines: [buildRedLine('talks-on-crimea', { issue: 'territory.recognition', notIn: ['de-facto'] })],
    }),
  ],
});

const verdicts = (report: ReturnType<typeof checkCase>) =>
  report.results.map((r) => [
    r.proposal,
    r.asOf,
    r.verdict,
    r.redlines.map((l) => `${l.id}${l.inForce === false ? ' (not in force)' : ''}`),
  ]);

test('each proposal is judged against the version in force at its date, red lines outside since/until left out', () => {
  expect(verdicts(checkCase(theCase))).toEqual([
    ['istanbul', '2022-03-01', 'satisfied', ['talks-on-crimea']],
    ['plan', '2025-01-01', 'violated', ['no-recognition', 'army']],
    // undated: the latest, judged at the last date the position speaks of, when 'army' was stated
    ['undated', '2025-01-01', 'violated', ['no-recognition', 'army']],
  ]);
});

test('a red line not in force is still evaluated but does not decide the overall verdict', () => {
  const onlyArmy: Case = {
    ...theCase,
    positions: [
      buildPosition('ua', {
        asOf: '2025-01-01',
        redlines: [buildRedLine('army', { issue: 'military.cap', min: 800_000 }, { until: '2024-12-31' })],
      }),
    ],
    earlierPositions: [],
  };
  const [plan] = checkCase(onlyArmy, { proposals: ['plan'] }).results;
  expect(plan!.redlines[0]).toMatchObject({ id: 'army', verdict: 'open', inForce: false });
  expect(plan!.verdict).toBe('satisfied');
});

test("--as-of a date or 'latest' overrides the proposals' dates", () => {
  expect(verdicts(checkCase(theCase, { asOf: 'latest', proposals: ['istanbul'] }))).toEqual([
    ['istanbul', '2025-01-01', 'violated', ['no-recognition', 'army']],
  ]);
  expect(verdicts(checkCase(theCase, { asOf: '2025-06-01', proposals: ['istanbul'] }))).toEqual([
    ['istanbul', '2025-01-01', 'violated', ['no-recognition', 'army (not in force)']],
  ]);
  expect(verdicts(checkCase(theCase, { asOf: '2025-12-01', proposals: ['istanbul'] }))).toEqual([
    ['istanbul', '2025-01-01', 'violated', ['no-recognition', 'army']],
  ]);
});

test('a date before every version gets the earliest version, the closest evidence there is', () => {
  expect(positionAt(theCase, 'ua', '2014-01-01')?.asOf).toBe('2022-03-01');
  expect(positionAt(theCase, 'ua', 'latest')?.asOf).toBe('2025-01-01');
  expect(positionAt(theCase, 'ru', '2022-03-01')).toBeUndefined();
});

test('the latest case keeps the red lines in force at each position’s latest date, dropping lapsed ones', () => {
  expect(latestCase(theCase).positions[0]!.redlines.map((r) => r.id)).toEqual(['no-recognition', 'army']);
  const lapsed = buildRedLine('old', { issue: 'nato.membership', in: ['open'] }, { until: '2024-12-31' });
  const withLapsed: Case = {
    ...theCase,
    positions: [{ ...theCase.positions[0]!, redlines: [...theCase.positions[0]!.redlines, lapsed] }],
  };
  expect(latestCase(withLapsed).positions[0]!.redlines.map((r) => r.id)).toEqual(['no-recognition', 'army']);
});
