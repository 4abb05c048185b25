import { afterAll, expect, test } from 'vitest';
import { checkCase } from '../analysis/index.js';
import type { Provision } from '../model/index.js';
import { fixtureCase } from '../server/harness.test-support.js';
import { solveCase } from '../solver/index.js';
import { JobLimitExceeded } from './job-errors.js';
import { createJobPool } from './job-pool.js';

const owner = { processId: 'talks', userId: 'u1' };
const pool = createJobPool({ threads: 1, timeLimitMs: { compare: 150 } });
afterAll(() => pool.close());

/** `n` provisions of distinct text, long enough that comparing two such lists takes a while. */
const provisions = (n: number, salt: string): Provision[] =>
  Array.from({ length: n }, (_, i) => ({
    num: String(i + 1),
    label: `${i + 1}.`,
    text: `Article ${i} ${salt}: ${Array.from({ length: 40 }, (_, k) => `w${(i * 7 + k * 13) % 997}`).join(' ')}.`,
    codes: [],
  }));

test('a job on a worker thread answers what the core answers in this thread', async () => {
  const [check, solve] = await Promise.all([
    pool.run('check', { theCase: fixtureCase, selection: {} }, { owner }),
    pool.run('solve', { theCase: fixtureCase, options: { explain: true }, searchMs: 5_000 }, { owner }),
  ]);
  expect(check).toEqual(checkCase(fixtureCase));
  expect(solve).toEqual(solveCase(fixtureCase, { explain: true }));
});

test('a job past its time limit is stopped, and the pool goes on with a fresh thread', async () => {
  const a = provisions(1500, 'a');
  const b = provisions(1500, 'b');
  const error = await pool.run('compare', { a, b }, { owner }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(JobLimitExceeded);
  expect((error as JobLimitExceeded).limit).toBe('time');
  // Only compare has the short limit; the fresh thread answers the next job in full.
  expect(await pool.run('check', { theCase: fixtureCase, selection: {} }, { owner })).toEqual(
    checkCase(fixtureCase),
  );
});

// 64 MiB leaves a thread room to start (tsx, the job runner and the lexicon on first compare) on any machine,
// where 16 MiB sometimes killed it during start-up; a 3,000-provision compare needs hundreds of MiB.
test('a job past the memory limit is stopped and rejects naming the memory limit', async () => {
  const tight = createJobPool({ threads: 1, memoryLimitMb: 64 });
  try {
    expect(await tight.run('compare', { a: [], b: [] }, { owner })).toEqual({ pairs: [] }); // room to start
    const error = await tight
      .run('compare', { a: provisions(3000, 'a'), b: provisions(3000, 'b') }, { owner })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(JobLimitExceeded);
    expect((error as JobLimitExceeded).limit).toBe('memory');
    expect((error as Error).message).toMatch(/memory limit of 64 MiB/);
  } finally {
    await tight.close();
  }
});
