import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.js';

test('parley start prints the compliance matrix of the demo case and exits 0 despite its findings', async () => {
  const { status, stdout, stderr } = await runCli(['start']);
  expect([status, stderr]).toEqual([0, '']);
  expect(stdout).toMatch(/^Parley tests each proposal against each party's red lines/);
  expect(stdout).toContain('Russia–Ukraine settlement, autumn 2025');
  expect(stdout).toMatch(/^us-28 +✗/m);
  expect(stdout).toContain('us-28 × ua: ✗');
});

test('parley start --case shows another case folder', async () => {
  const { status, stdout } = await runCli([
    'start',
    '--case',
    join(process.cwd(), 'test/fixtures/analysis/mini'),
  ]);
  expect(status).toBe(0);
  expect(stdout).toContain('A small case for parley check');
});

test('parley start --case with an invalid case exits 1 with its mistakes', async () => {
  const { status, stderr } = await runCli([
    'start',
    '--case',
    join(process.cwd(), 'test/fixtures/analysis/invalid'),
  ]);
  expect(status).toBe(1);
  expect(stderr).toMatch(/^positions\/ua\.yaml:\d+:/);
});
