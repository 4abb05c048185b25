import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFairRunner, createJobPool } from '../jobs/index.js';
import type { JobExecutor, JobRunner } from '../jobs/index.js';
import { storeTargets } from '../store/store-targets.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

// Heavy routes run as jobs (src/jobs): a full queue answers 503 with Retry-After, a request past its own
// limit 422 naming the limit. The first target is enough: the store plays no part in either.
describe.each(storeTargets().slice(0, 1))('heavy routes off the event loop on $name', (target) => {
  let full: Harness;
  let strict: Harness;
  let fullJobs: JobRunner;
  let strictJobs: JobRunner;
  beforeAll(async () => {
    fullJobs = createJobPool({ queue: { total: 0, perUser: 0 } });
    full = await openHarness(target, undefined, undefined, { jobs: fullJobs });
    // Work that never ends unless stopped (how the pool stops a thread is tested in src/jobs).
    const endless: JobExecutor = {
      concurrency: 1,
      execute: (_kind, _input, { signal, onStart }) => {
        onStart();
        return new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => reject(signal.reason)),
        );
      },
      close: async () => {},
    };
    strictJobs = createFairRunner(endless, { timeLimitMs: { check: 20 } });
    strict = await openHarness(target, undefined, undefined, { jobs: strictJobs });
  });
  afterAll(async () => {
    await full?.close();
    await strict?.close();
    await fullJobs?.close();
    await strictJobs?.close();
  });

  const check = (h: Harness) =>
    h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/check',
      headers: { authorization: `Bearer ${h.tokens.mediator}` },
      payload: {},
    });

  test('a full queue answers 503 busy with a Retry-After in seconds', async () => {
    const response = await check(full);
    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(response.json()).toMatchObject({ status: 503, code: 'busy' });
  });

  test('a request past its time limit answers 422 time_limit, naming the limit', async () => {
    const response = await check(strict);
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ status: 422, code: 'time_limit' });
    expect(response.json().detail).toMatch(/check passed its time limit of 20 ms and was stopped/);
  });
});
