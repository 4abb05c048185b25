import { join } from 'node:path';
import { expect, test } from 'vitest';
import { loadCase } from '../io/index.js';
import type { Case } from '../model/index.js';
import { planTasks, robustness } from '../robustness/index.js';
import { createFairRunner } from './fair-runner.js';
import type { JobExecutor } from './fair-runner.js';
import { JobLimitExceeded } from './job-errors.js';
import { runJob } from './run-job.js';
import { runRobustness } from './run-robustness.js';

const owner = { processId: 'p', userId: 'u' };
const options = { samples: 30, seed: 7, detailSamples: 3 };

async function uncertainCase(): Promise<Case> {
  const loaded = await loadCase(join(process.cwd(), 'test/fixtures/robustness/uncertain'));
  if (!loaded.ok) throw new Error('the robustness fixture does not load');
  return loaded.value;
}

/**
 * Runs jobs here, on this thread, `concurrency` at a time, finishing them in an order of its own (the later
 * a job was given, the sooner it answers): the report must not depend on which chunk ends first.
 */
function inlineExecutor(concurrency: number, fail?: (started: number) => boolean): JobExecutor {
  let started = 0;
  return {
    concurrency,
    async execute(kind, input, { onStart }) {
      onStart();
      const order = started++;
      if (fail?.(order)) throw new JobLimitExceeded('memory', 'the chunk passed its memory limit');
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, 5 - order)));
      return runJob(kind, input);
    },
    close: async () => {},
  };
}

test('chunks run as jobs give the report of one thread running every task in order', async () => {
  const theCase = await uncertainCase();
  const expected = robustness(theCase, options);
  // Nash packages were found, so their acceptance was tallied in `robustnessPackages` slices too.
  expect(expected.solutions.length).toBeGreaterThan(0);
  for (const [concurrency, chunk] of [
    [1, 64],
    [3, 7],
    [4, 1],
  ] as const) {
    const jobs = createFairRunner(inlineExecutor(concurrency), { queue: { total: 64, perUser: 64 } });
    const progress: number[] = [];
    const report = await runRobustness(jobs, theCase, options, {
      owner,
      chunk,
      onProgress: (done) => progress.push(done),
    });
    expect(report).toEqual(expected);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBe(planTasks(theCase, options).length);
    await jobs.close();
  }
});

test('a chunk that fails fails the run with its error', async () => {
  const theCase = await uncertainCase();
  const jobs = createFairRunner(
    inlineExecutor(2, (order) => order === 3),
    { queue: { total: 64, perUser: 64 } },
  );
  await expect(runRobustness(jobs, theCase, options, { owner, chunk: 5 })).rejects.toMatchObject({
    limit: 'memory',
  });
  await jobs.close();
});

test('a run cancelled from outside rejects with the caller’s reason', async () => {
  const theCase = await uncertainCase();
  const jobs = createFairRunner(inlineExecutor(1), { queue: { total: 64, perUser: 64 } });
  const controller = new AbortController();
  const reason = new Error('the client went away');
  const run = runRobustness(jobs, theCase, options, {
    owner,
    chunk: 2,
    signal: controller.signal,
    onProgress: () => controller.abort(reason),
  });
  await expect(run).rejects.toBe(reason);
  await jobs.close();
});
