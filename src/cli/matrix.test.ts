import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';

const demo = join(process.cwd(), 'cases/ukraine-2025');

test('parley matrix --json aligns the named proposals into rows against the base', async () => {
  const { status, stdout } = await runCli(['matrix', demo, 'us-28', 'e3-counter', '--json']);
  expect(status).toBe(0);
  const matrix = JSON.parse(stdout) as {
    base: string;
    proposals: string[];
    rows: { base: string | null; cells: Record<string, { nums: string[]; kind: string } | null> }[];
  };
  expect([matrix.base, matrix.proposals]).toEqual(['us-28', ['us-28', 'e3-counter']]);
  expect(matrix.rows.find((r) => r.base === '6')?.cells['e3-counter']).toMatchObject({
    nums: ['6'],
    kind: 'modified',
  });
  expect(matrix.rows.find((r) => r.base === '3')?.cells['e3-counter']).toMatchObject({
    nums: [],
    kind: 'deleted',
  });
});

test('parley matrix takes the proposal the others revise as the base by default', async () => {
  const { status, stdout } = await runCli(['matrix', demo], { isTTY: false });
  expect(status).toBe(0);
  expect(stdout.split('\n')[0]).toMatch(/^us-28 /);
  // Point 6 (the army cap): Istanbul has no counterpart, the E3 rewrote 6, the 20-point framework says it in 4.
  expect(stdout).toMatch(/\n6 +✗ +6 ~ +4 ~\n/);
});

test('an unknown proposal id is a usage error that lists the known ones', async () => {
  const { status, stderr } = await runCli(['matrix', demo, 'us-29']);
  expect(status).toBe(2);
  expect(stderr).toContain("unknown proposal 'us-29'");
  expect(stderr).toContain('us-28');
});
