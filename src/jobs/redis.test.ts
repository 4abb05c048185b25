import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkCase } from '../analysis/index.js';
import { loadCase } from '../io/index.js';
import type { Provision } from '../model/index.js';
import { robustness } from '../robustness/index.js';
import { fixtureCase } from '../server/harness.test-support.js';
import { solveCase } from '../solver/index.js';
import { JobCancelled, JobLimitExceeded, JobRefused } from './job-errors.js';
import type { JobRunner } from './job-runner.js';
import { createRedisJobRunner, isRedisReachable } from './redis-executor.js';
import { isRedisRequired, redisTestUrl, testQueueName } from './redis.test-support.js';
import { startJobWorker } from './redis-worker.js';
import type { JobWorker } from './redis-worker.js';
import { runRobustness } from './run-robustness.js';

// The Redis mode against the machine's Redis: an instance's runner and a worker in this process talk only
// through Redis, exactly as across machines. Skipped when no Redis answers, unless CI requires it.
const hasRedis = (await isRedisReachable(redisTestUrl())) || isRedisRequired();
const owner = { processId: 'talks', userId: 'u1' };

/** `n` provisions of distinct text, long enough that comparing two such lists takes a while. */
const provisions = (n: number, salt: string): Provision[] =>
  Array.from({ length: n }, (_, i) => ({
    num: String(i + 1),
    label: `${i + 1}.`,
    text: `Article ${i} ${salt}: ${Array.from({ length: 40 }, (_, k) => `w${(i * 7 + k * 13) % 997}`).join(' ')}.`,
    codes: [],
  }));

/** Polls until `condition` holds (a worker's count settles shortly after the answer is sent). */
async function eventually(condition: () => boolean, ms = 5_000): Promise<void> {
  for (const until = Date.now() + ms; !condition();) {
    if (Date.now() > until) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.runIf(hasRedis)('jobs over Redis (BullMQ) to a parley worker', () => {
  const queueName = testQueueName();
  let jobs: JobRunner;
  let worker: JobWorker;
  beforeAll(async () => {
    worker = await startJobWorker({ url: redisTestUrl(), queueName, threads: 1 });
    jobs = await createRedisJobRunner({ url: redisTestUrl(), queueName, timeLimitMs: { compare: 150 } });
  });
  afterAll(async () => {
    await jobs?.close();
    await worker?.close();
  });

  test('a job run by a worker answers what the core answers in this thread', async () => {
    const [check, solve] = await Promise.all([
      jobs.run('check', { theCase: fixtureCase, selection: {} }, { owner }),
      jobs.run('solve', { theCase: fixtureCase, options: { explain: true }, searchMs: 5_000 }, { owner }),
    ]);
    expect(check).toEqual(checkCase(fixtureCase));
    expect(solve).toEqual(solveCase(fixtureCase, { explain: true }));
  });

  test('a robustness run spread over the queue gives the one-thread report, with progress', async () => {
    const loaded = await loadCase(join(process.cwd(), 'test/fixtures/robustness/uncertain'));
    if (!loaded.ok) throw new Error('the robustness fixture does not load');
    const options = { samples: 40, seed: 3, detailSamples: 4 };
    const progress: number[] = [];
    const report = await runRobustness(jobs, loaded.value, options, {
      owner,
      chunk: 16,
      onProgress: (done) => progress.push(done),
    });
    expect(report).toEqual(robustness(loaded.value, options));
    expect(progress.length).toBeGreaterThan(1);
  });

  test('a job past its time limit answers time_limit and its worker thread is stopped', async () => {
    const error = await jobs
      .run('compare', { a: provisions(1500, 'a'), b: provisions(1500, 'b') }, { owner })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobLimitExceeded);
    expect((error as JobLimitExceeded).limit).toBe('time');
    await eventually(() => worker.running === 0);
    expect(await jobs.run('check', { theCase: fixtureCase, selection: {} }, { owner })).toEqual(
      checkCase(fixtureCase),
    );
  });

  test('a cancelled job rejects at once and its worker stops it', async () => {
    const controller = new AbortController();
    const running = jobs.run(
      'matrix',
      {
        proposals: ['a', 'b', 'c'].map((id) => ({ id, provisions: provisions(1200, id) })),
        base: 'a',
      },
      { owner, signal: controller.signal },
    );
    await eventually(() => worker.running === 1);
    controller.abort();
    await expect(running).rejects.toBeInstanceOf(JobCancelled);
    await eventually(() => worker.running === 0);
  });
});

describe.runIf(hasRedis)('the Redis mode when no worker or too little memory', () => {
  test('a job no worker begins is withdrawn and refused with a Retry-After', async () => {
    const jobs = await createRedisJobRunner({
      url: redisTestUrl(),
      queueName: testQueueName(),
      pickupMs: 300,
    });
    try {
      const error = await jobs
        .run('check', { theCase: fixtureCase, selection: {} }, { owner })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JobRefused);
      expect((error as Error).message).toMatch(/no worker began the check/);
    } finally {
      await jobs.close();
    }
  });

  test('a job past the worker thread’s heap limit answers memory_limit', async () => {
    const queueName = testQueueName();
    const worker = await startJobWorker({ url: redisTestUrl(), queueName, threads: 1, memoryLimitMb: 64 });
    const jobs = await createRedisJobRunner({ url: redisTestUrl(), queueName });
    try {
      const error = await jobs
        .run('compare', { a: provisions(3000, 'a'), b: provisions(3000, 'b') }, { owner })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(JobLimitExceeded);
      expect((error as JobLimitExceeded).limit).toBe('memory');
    } finally {
      await jobs.close();
      await worker.close();
    }
  }, 90_000); // a thread killed for its memory is replaced slowly on a busy machine
});
