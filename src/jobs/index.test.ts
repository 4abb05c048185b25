import { expect, test } from 'vitest';

test('jobs exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'FairQueue',
    'JobCancelled',
    'JobLimitExceeded',
    'JobRefused',
    'createFairRunner',
    'createJobPool',
    'createThreadExecutor',
    'isJobKind',
    'jobKinds',
    'runJob',
    'runRobustness',
  ]);
});
