import { expect, test } from 'vitest';
import { solveCase } from '../solver/index.js';
import { createSolvePool } from './solve-pool.js';
import { fixtureCase } from './test-harness.js';

test('a solve on a worker thread answers what the solver answers in the same thread', async () => {
  const pool = createSolvePool();
  try {
    const [first, second] = await Promise.all([
      pool.solve(fixtureCase, { explain: true }, 5_000),
      pool.solve(fixtureCase, {}, 5_000),
    ]);
    expect(first).toEqual(solveCase(fixtureCase, { explain: true }));
    expect(second.solutions).toEqual(solveCase(fixtureCase).solutions);
  } finally {
    await pool.close();
  }
});

test('a closed pool refuses new jobs', async () => {
  const pool = createSolvePool();
  await pool.close();
  await expect(pool.solve(fixtureCase, {}, 1_000)).rejects.toThrow(/closed/);
});
