import { expect, test } from 'vitest';

test('solver exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'RedactedSolveReport',
    'SolutionName',
    'SolveReport',
    'generateRandomCase',
    'redactSolve',
    'redactSolveReport',
    'seededRandom',
    'solveCase',
  ]);
});
