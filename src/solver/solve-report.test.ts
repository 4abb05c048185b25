import { expect, test } from 'vitest';
import type { Reader } from '../model/index.js';
import { RedactedSolveReport, redactSolve, redactSolveReport } from './solve-report.js';
import type { SolveReport } from './solve-report.js';

const reader: Reader = {
  unsealed: new Set(['ua']),
  partyNames: new Map([
    ['ua', 'Ukraine'],
    ['ru', 'Russia'],
  ]),
};

test('a solve report keeps every package but only the reader’s own utilities', () => {
  const pkg = { options: { cap: 'cap-800k' }, utilities: { ua: 70, ru: 40 } };
  const redacted = redactSolve(
    { solutions: { nash: pkg, kalai: null }, pareto: [pkg], conflicts: [], relaxations: [] },
    reader,
  );
  expect(redacted.solutions).toEqual({
    nash: { options: { cap: 'cap-800k' }, utilities: { ua: 70 } },
    kalai: null,
  });
  expect(redacted.pareto).toEqual([{ options: { cap: 'cap-800k' }, utilities: { ua: 70 } }]);
  expect(redacted.withheld).toEqual(['ru']);
});

test('a conflict with another party’s red line names it only as a sealed red line of that party', () => {
  const conflicts = [
    [
      { party: 'ua', redline: 'army-floor' },
      { party: 'ru', redline: 'demilitarise' },
    ],
  ];
  expect(redactSolve({ solutions: {}, conflicts }, reader).conflicts).toEqual([
    [
      { party: 'ua', redline: 'army-floor' },
      { party: 'ru', redline: 'sealed', text: 'a sealed red line of Russia' },
    ],
  ]);
});

test('the solutions after a relaxation keep their explanations and bridge, redacted like the report', () => {
  const pkg = { options: { cap: 'cap-800k' }, utilities: { ua: 70, ru: 40 } };
  const explanation = (party: string) => ({
    party,
    utility: 50,
    reservation: 30,
    surplus: 20,
    redlines: [],
    issues: [],
  });
  const solutions = { nash: pkg, kalai: null, egalitarian: null, utilitarian: null };
  const unknown = { proven: false, gap: null, bound: null };
  const report: SolveReport = {
    feasible: false,
    agreementZone: false,
    stopped: false,
    solutions: { nash: null, kalai: null, egalitarian: null, utilitarian: null },
    conflicts: [],
    relaxations: [[{ party: 'ru', redline: 'demilitarise' }]],
    proven: true,
    optimality: { nash: unknown, kalai: unknown, egalitarian: unknown, utilitarian: unknown },
    conflictsComplete: true,
    conflictOwners: [],
    relaxationCost: 1,
    afterRelaxation: {
      without: [{ party: 'ru', redline: 'demilitarise' }],
      feasible: true,
      agreementZone: true,
      solutions,
      explain: { nash: [explanation('ua'), explanation('ru')] },
      bridge: { near: ['p1'], solution: pkg, inAgreementZone: true, cost: 2, changes: [], proven: true },
      proven: true,
    },
    notes: [],
  };
  const relaxed = redactSolveReport(report, reader).afterRelaxation!;
  expect(relaxed.without).toEqual([{ party: 'ru', redline: 'sealed', text: 'a sealed red line of Russia' }]);
  expect(relaxed.solutions.nash?.utilities).toEqual({ ua: 70 });
  expect(relaxed.explain?.nash?.map((e) => e.party)).toEqual(['ua']);
  expect(relaxed.bridge).toMatchObject({ solution: { utilities: { ua: 70 } }, cost: null });
  expect(RedactedSolveReport.parse(redactSolveReport(report, reader)).afterRelaxation).toEqual(relaxed);
});
