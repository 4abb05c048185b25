import { expect, test } from 'vitest';
import {
  buildCase,
  buildIssue,
  buildParty,
  buildPosition,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import { explainPackage } from './explain.js';
import { compileProblem } from './solver-problem.js';

const input = buildCase({
  parties: [buildParty('ua')],
  issues: [
    buildIssue('military.cap', [
      ['none', Infinity],
      ['cap-800k', 800_000],
    ]),
    buildIssue('nato', ['open']),
  ],
  positions: [
    buildPosition('ua', {
      reservation: 20,
      weights: { 'military.cap': 10, nato: 30 },
      utilities: { 'military.cap': { none: 100, 'cap-800k': 70 }, nato: { open: 50 } },
      redlines: [
        buildRedLine('army-floor', { issue: 'military.cap', min: 800_000 }, { text: 'No cap below 800,000' }),
      ],
    }),
  ],
});

test('a worked example: the 800k cap costs ua a quarter of 30 points, 7.5', () => {
  // U = (10·70 + 30·50) / 40 = 55; against its best on the cap (100) the cap issue costs 10/40·30 = 7.5.
  const [ua] = explainPackage(compileProblem(input), Int32Array.from([1, 0]));
  expect(ua).toEqual({
    party: 'ua',
    utility: 55,
    reservation: 20,
    surplus: 35,
    redlines: [
      {
        id: 'army-floor',
        text: 'No cap below 800,000',
        holds: true,
        options: { 'military.cap': 'cap-800k' },
      },
    ],
    issues: [
      {
        issue: 'military.cap',
        option: 'cap-800k',
        utility: 70,
        bestOption: 'none',
        bestUtility: 100,
        weight: 0.25,
        delta: -7.5,
      },
      {
        issue: 'nato',
        option: 'open',
        utility: 50,
        bestOption: 'open',
        bestUtility: 50,
        weight: 0.75,
        delta: 0,
      },
    ],
  });
});
