import { expect, test } from 'vitest';
import { getEventListeners } from 'node:events';
import { createFairRunner } from './fair-runner.js';
import type { JobExecutor } from './fair-runner.js';
import { JobCancelled, JobLimitExceeded, JobRefused } from './job-errors.js';
import type { JobKind } from './registry.js';

/** An executor whose jobs finish only when the test says so; it records the order jobs started in. */
function manualExecutor(concurrency: number) {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const stopped: string[] = [];
  const executor: JobExecutor = {
    concurrency,
    execute(_kind: JobKind, input: unknown, { signal, onStart }) {
      const name = (input as { name: string }).name;
      onStart();
      started.push(name);
      return new Promise((resolve, reject) => {
        finishers.set(name, () => resolve(name));
        signal.addEventListener('abort', () => {
          stopped.push(name);
          reject(new Error('aborted'));
        });
      });
    },
    close: async () => {},
  };
  const finish = async (name: string) => {
    finishers.get(name)!();
    await new Promise((r) => setTimeout(r, 0));
  };
  return { executor, started, stopped, finish };
}

const job = (name: string) => ({ name }) as never;
const as = (userId: string, processId = 'p') => ({ owner: { processId, userId } });

test('a heavy user’s queued jobs do not hold back another user’s job', async () => {
  const { executor, started, finish } = manualExecutor(1);
  const runner = createFairRunner(executor);
  const heavy = [1, 2, 3, 4].map((n) => runner.run('check', job(`heavy-${n}`), as('heavy')));
  const light = runner.run('check', job('light'), as('light'));
  await finish('heavy-1');
  expect(started).toEqual(['heavy-1', 'heavy-2']);
  await finish('heavy-2');
  expect(started.at(-1)).toBe('light');
  await finish('light');
  await expect(light).resolves.toBe('light');
  for (const n of [3, 4]) await finish(`heavy-${n}`);
  await expect(Promise.all(heavy)).resolves.toHaveLength(4);
});

test('a full queue refuses with a time to retry after', async () => {
  const { executor } = manualExecutor(1);
  const runner = createFairRunner(executor, { queue: { total: 2, perUser: 1 } });
  void runner.run('check', job('running'), as('a'));
  void runner.run('check', job('waiting'), as('a'));
  const refused = await runner.run('check', job('one too many'), as('a')).catch((e: unknown) => e);
  expect(refused).toBeInstanceOf(JobRefused);
  expect((refused as JobRefused).retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect((refused as JobRefused).message).toMatch(/you have too many/);
  void runner.run('check', job('b waits'), as('b'));
  const full = await runner.run('check', job('c'), as('c')).catch((e: unknown) => e);
  expect((full as JobRefused).message).toMatch(/busy/);
});

test('a job past its time limit is stopped and rejects naming the limit', async () => {
  const { executor, stopped } = manualExecutor(1);
  const runner = createFairRunner(executor, { timeLimitMs: { compare: 20 } });
  const error = await runner.run('compare', job('slow'), as('a')).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(JobLimitExceeded);
  expect((error as JobLimitExceeded).limit).toBe('time');
  expect((error as Error).message).toMatch(/compare passed its time limit of 20 ms/);
  expect(stopped).toEqual(['slow']);
});

test('cancelling a running job stops it; cancelling a waiting one takes it out of the queue', async () => {
  const { executor, started, stopped } = manualExecutor(1);
  const runner = createFairRunner(executor);
  const first = new AbortController();
  const second = new AbortController();
  const running = runner.run('solve', job('running'), { ...as('a'), signal: first.signal });
  const waiting = runner.run('solve', job('waiting'), { ...as('b'), signal: second.signal });
  second.abort();
  await expect(waiting).rejects.toBeInstanceOf(JobCancelled);
  first.abort();
  await expect(running).rejects.toBeInstanceOf(JobCancelled);
  expect(stopped).toEqual(['running']);
  expect(started).toEqual(['running']);
});

test('a job that waits past the longest wait is refused', async () => {
  const { executor } = manualExecutor(1);
  const runner = createFairRunner(executor, { maxWaitMs: 10 });
  void runner.run('check', job('running'), as('a'));
  await expect(runner.run('check', job('waiting'), as('b'))).rejects.toBeInstanceOf(JobRefused);
});

test('jobs sharing one caller’s signal leave no listener on it once they are done', async () => {
  const { executor, finish } = manualExecutor(2);
  const runner = createFairRunner(executor);
  const signal = new AbortController().signal;
  const names = Array.from({ length: 8 }, (_, n) => `chunk-${n}`);
  const runs = names.map((name) => runner.run('check', job(name), { ...as('mediator'), signal }));
  for (const name of names) await finish(name);
  await expect(Promise.all(runs)).resolves.toEqual(names);
  expect(getEventListeners(signal, 'abort')).toHaveLength(0);
});
