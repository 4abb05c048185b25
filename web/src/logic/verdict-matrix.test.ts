import { expect, test } from 'vitest';
import { buildVerdictMatrix, countVerdictsByProposal, partiesOfReport } from './verdict-matrix.js';
import type { CheckReport, CheckResult } from '../api/contract.js';

const result = (proposal: string, party: string, extra: Partial<CheckResult>): CheckResult => ({
  proposal,
  party,
  utility: 50,
  best: 50,
  openIssues: [],
  reservation: 20,
  aboveReservation: true,
  verdict: 'satisfied',
  redlines: [],
  sealed: false,
  ...extra,
});

const report: CheckReport = {
  results: [
    result('us-28', 'ua', {
      utility: 22.5,
      verdict: 'violated',
      redlines: [
        { id: 'army-floor', verdict: 'violated', evidence: ['6'], openIssues: [] },
        { id: 'no-cession', verdict: 'open', evidence: [], openIssues: ['territory.recognition'] },
      ],
    }),
    result('e3-counter', 'ua', {
      redlines: [{ id: 'army-floor', verdict: 'satisfied', evidence: ['6'], openIssues: [] }],
    }),
  ],
};

test('a cell counts its red lines by verdict and keeps the result', () => {
  const cell = buildVerdictMatrix(report, ['us-28'], ['ua'])[0]?.[0];
  expect(cell?.result?.utility).toBe(22.5);
  expect(cell?.counts).toEqual({ satisfied: 0, violated: 1, open: 1 });
});

test('a pair the report does not answer has no result, not a satisfied one', () => {
  expect(buildVerdictMatrix(report, ['us-28'], ['ru'])[0]?.[0]).toMatchObject({ party: 'ru', result: null });
});

test('a sealed party keeps its verdict and is marked sealed', () => {
  const sealed = { results: [result('us-28', 'ru', { utility: null, sealed: true, verdict: 'violated' })] };
  expect(buildVerdictMatrix(sealed, ['us-28'], ['ru'])[0]?.[0]).toMatchObject({
    isSealed: true,
    result: { verdict: 'violated' },
  });
});

test('rows follow the proposals and columns the parties, in the order given', () => {
  const matrix = buildVerdictMatrix(report, ['e3-counter', 'us-28'], ['ua']);
  expect(matrix.map((row) => row.map((c) => `${c.proposal}/${c.result?.verdict}`))).toEqual([
    ['e3-counter/satisfied'],
    ['us-28/violated'],
  ]);
});

test('the parties of a report are listed once each, in report order', () => {
  const twice = { results: [...report.results, result('us-28', 'ru', {})] };
  expect(partiesOfReport(twice)).toEqual(['ua', 'ru']);
});

test('verdicts are counted per proposal over every party', () => {
  const both = {
    results: [
      ...report.results,
      result('us-28', 'ru', {
        redlines: [{ id: 'sealed', verdict: 'violated', evidence: [], openIssues: [] }],
      }),
    ],
  };
  expect(countVerdictsByProposal(both).get('us-28')).toEqual({ satisfied: 0, violated: 2, open: 1 });
});
