import { expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';

test('a worker without a Redis to take jobs from is a usage error naming both ways to give one', async () => {
  const previous = process.env.PARLEY_REDIS_URL;
  delete process.env.PARLEY_REDIS_URL;
  try {
    const run = await runCli(['worker']);
    expect([run.status, run.stderr]).toEqual([
      2,
      'parley worker: name the Redis to take jobs from: --redis redis://host:6379 or PARLEY_REDIS_URL\n',
    ]);
  } finally {
    if (previous !== undefined) process.env.PARLEY_REDIS_URL = previous;
  }
});

test('a worker whose Redis does not answer exits 1 with the address, its password hidden', async () => {
  const run = await runCli(['worker', '--redis', 'redis://me:secret@127.0.0.1:1']);
  expect([run.status, run.stderr]).toEqual([
    1,
    'parley worker: Redis does not answer at redis://me:***@127.0.0.1:1\n',
  ]);
});

test('a thread count that is not a positive whole number is a usage error', async () => {
  const run = await runCli(['worker', '--redis', 'redis://127.0.0.1:1', '--threads', '0']);
  expect([run.status, run.stderr]).toEqual([
    2,
    "parley worker: --threads '0' must be a whole number from 1 to 256\n",
  ]);
});
