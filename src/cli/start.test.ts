import { join } from 'node:path';
import { expect, test, vi } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';
import { printCaseMatrix } from './start.js';

/** Runs printCaseMatrix with stdout captured; `parley start` itself serves, which the e2e suite covers. */
async function captureMatrix(dir?: string): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  try {
    return { status: await printCaseMatrix(dir), stdout };
  } finally {
    write.mockRestore();
  }
}

test('the start banner is the compliance matrix of the demo case, shown despite its findings', async () => {
  const { status, stdout } = await captureMatrix();
  expect(status).toBe(0);
  expect(stdout).toMatch(/^Parley tests each proposal against each party's red lines/);
  expect(stdout).toContain('Russia–Ukraine settlement, autumn 2025');
  expect(stdout).toMatch(/^us-28 +✗/m);
  expect(stdout).toContain('us-28 × ua: ✗');
});

test('the start banner shows another case folder when given one', async () => {
  const { status, stdout } = await captureMatrix(join(process.cwd(), 'test/fixtures/analysis/mini'));
  expect(status).toBe(0);
  expect(stdout).toContain('A small case for parley check');
});

test('parley start --case with an invalid case exits 1 with its mistakes, before serving anything', async () => {
  const { status, stderr } = await runCli([
    'start',
    '--case',
    join(process.cwd(), 'test/fixtures/analysis/invalid'),
  ]);
  expect(status).toBe(1);
  expect(stderr).toMatch(/^positions\/ua\.yaml:\d+:/);
});
