import { expect, test } from 'vitest';
import { describeUtilities, drawnKinds, utilityPoints } from './utility-points.js';
import type { CheckResult, SolveReport } from '../api/contract.js';

const solve: Pick<SolveReport, 'solutions' | 'pareto'> = {
  solutions: {
    nash: { options: { 'military.cap': 'cap-800k' }, utilities: { ua: 60, ru: 45, us: 70 } },
    kalai: null,
    egalitarian: { options: {}, utilities: { ua: 55, ru: 50, us: 60 } },
    utilitarian: { options: {}, utilities: { ua: 80, ru: 30, us: 75 } },
  },
  pareto: [
    { options: {}, utilities: { ua: 80, ru: 30 } },
    { options: {}, utilities: { ua: 55, ru: 50 } },
  ],
};

test('the frontier is ordered along the x axis, and missing solutions are left out', () => {
  const points = utilityPoints(solve, null, 'ua', 'ru');
  expect(points.map((p) => [p.kind, p.x, p.y])).toEqual([
    ['pareto', 55, 50],
    ['pareto', 80, 30],
    ['nash', 60, 45],
    ['egalitarian', 55, 50],
    ['utilitarian', 80, 30],
  ]);
});

test('existing proposals are placed from the check report, a proposal sealed on one axis left out', () => {
  const result = (proposal: string, party: string, utility: number): CheckResult => ({
    proposal,
    party,
    utility,
    best: utility,
    openIssues: [],
    reservation: 0,
    aboveReservation: true,
    verdict: 'satisfied',
    redlines: [],
    sealed: false,
  });
  const sealed: CheckResult = { ...result('e3-counter', 'ru', 0), utility: null, sealed: true };
  const check = {
    results: [result('us-28', 'ua', 20), result('us-28', 'ru', 85), result('e3-counter', 'ua', 70), sealed],
  };
  const points = utilityPoints(solve, check, 'ua', 'ru', new Map([['us-28', 'US 28-point plan']]));
  expect(points.filter((p) => p.kind === 'proposal').map((p) => [p.label, p.x, p.y])).toEqual([
    ['US 28-point plan', 20, 85],
  ]);
});

test('a tooltip names the parties in the order given with one decimal', () => {
  const parties = [
    { id: 'ru', name: 'Russia' },
    { id: 'ua', name: 'Ukraine' },
    { id: 'us', name: 'United States' },
  ];
  expect(describeUtilities({ ua: 60, ru: 45.25 }, parties)).toBe('Russia 45.3 · Ukraine 60.0');
});

test('the legend lists only the kinds of point drawn', () => {
  const points = utilityPoints(
    { solutions: { ...solve.solutions, utilitarian: null }, pareto: [] },
    null,
    'ua',
    'ru',
  );
  expect(drawnKinds(points, ['pareto', 'proposal', 'nash', 'kalai', 'egalitarian', 'utilitarian'])).toEqual([
    'nash',
    'egalitarian',
  ]);
});
