import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.js';
import { RobustnessReport } from '../robustness/index.js';

const uncertain = join(process.cwd(), 'test/fixtures/robustness/uncertain');
const args = ['robustness', uncertain, '--samples', '60', '--seed', '4', '--detail-samples', '6', '--json'];

test('the same seed gives the same report with one worker or two', async () => {
  // One after the other: runCli captures this process's stdout.
  const one = await runCli([...args, '--workers', '1']);
  const two = await runCli([...args, '--workers', '2']);
  expect([one.status, one.stderr]).toEqual([0, '']);
  const report = RobustnessReport.parse(JSON.parse(one.stdout));
  expect(report).toMatchObject({ samples: 60, seed: 4, detailSamples: 6 });
  expect(report.parameters).toContain('ru.redlines.neutrality');
  expect(two.stdout).toBe(one.stdout);
});

test('a sample count that is not a positive whole number is a usage error', async () => {
  const run = await runCli(['robustness', uncertain, '--samples', 'lots']);
  expect([run.status, run.stderr]).toEqual([
    2,
    "parley robustness: --samples 'lots' must be a whole number from 1 to 1000000\n",
  ]);
});

test('the human report names the zone, the proposals and the concessions', async () => {
  const run = await runCli(['robustness', uncertain, '--samples', '40', '--detail-samples', '4']);
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/agreement zone exists in \d+\.\d% of samples/);
  expect(run.stdout).toContain('value of each concession');
});
