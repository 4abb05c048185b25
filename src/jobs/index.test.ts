import { expect, test } from 'vitest';

test('jobs exposes only its public api', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'FairQueue',
    'JobCancelled',
    'JobLimitExceeded',
    'JobRefused',
    'createFairRunner',
    'createJobPool',
    'createRedisExecutor',
    'createRedisJobRunner',
    'createThreadExecutor',
    'defaultQueueName',
    'isJobKind',
    'isRedisReachable',
    'jobKinds',
    'redactUrl',
    'runJob',
    'runRobustness',
    'startJobWorker',
  ]);
});
