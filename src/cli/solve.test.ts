import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';
import { generateRandomCase, solveCase } from '../solver/index.js';
import { renderSolveReport } from './render-solve.js';

const mini = join(process.cwd(), 'test/fixtures/analysis/mini');
const demoCase = join(process.cwd(), 'cases/ukraine-2025');

describe('parley solve', () => {
  test('--json prints the documented keys, solutions as options and utilities', async () => {
    const { status, stdout, stderr } = await runCli(['solve', mini, '--json']);
    expect(stderr).toBe('');
    const report = JSON.parse(stdout);
    expect(Object.keys(report).slice(0, 5)).toEqual([
      'feasible',
      'agreementZone',
      'solutions',
      'conflicts',
      'relaxations',
    ]);
    expect(Object.keys(report.solutions)).toEqual(['nash', 'kalai', 'egalitarian', 'utilitarian']);
    expect(report.feasible).toBe(true);
    // ru weighs only recognition, which ua's no-ceding fixes at 'none' (utility 0 < reservation 30).
    expect(report.agreementZone).toBe(false);
    expect(report.solutions.nash).toBeNull();
    expect(report.solutions.utilitarian.options['territory.recognition']).toBe('none');
    expect(report.pareto).toBeUndefined();
    expect(status).toBe(1);
  });

  test('--pareto --limit lists at most that many frontier packages and says how many there are', async () => {
    const { stdout } = await runCli(['solve', mini, '--json', '--pareto', '--limit', '1']);
    const report = JSON.parse(stdout);
    expect(report.pareto).toHaveLength(1);
    expect(report.paretoCount).toBeGreaterThanOrEqual(1);
    expect(report.paretoCapped).toBe(report.paretoCount > 1);
  });

  test('the demo case names its colliding red lines and the smallest relaxation', async () => {
    const { status, stdout } = await runCli(['solve', demoCase]);
    expect(status).toBe(1);
    expect(stdout).toContain('No package satisfies every red line.');
    expect(stdout).toMatch(/ua: no-recognition .* ⟂ ru: recognition/);
    expect(stdout).toContain('Smallest relaxations');
    expect(stdout).toMatch(/If .* were given up:/);
  });

  test('usage mistakes exit 2 with a message that says what would be right', async () => {
    const limit = await runCli(['solve', mini, '--limit', 'ten']);
    expect(limit.status).toBe(2);
    expect(limit.stderr).toContain("--limit 'ten' is not a positive whole number");
    const near = await runCli(['solve', mini, '--near', 'nope']);
    expect(near.status).toBe(2);
    expect(near.stderr).toContain("unknown proposal 'nope' for --near (expected one of:");
  });

  test('a folder that is not a case exits 1 with its mistakes on stderr', async () => {
    const { status, stderr } = await runCli(['solve', join(process.cwd(), 'test/fixtures/no-such-case')]);
    expect(status).toBe(1);
    expect(stderr).not.toBe('');
  });

  test('a search stopped before deciding says so, never that no package exists', () => {
    const theCase = generateRandomCase({ issues: 30, options: 5, parties: 4, redLinesPerParty: 2, seed: 9 });
    const report = solveCase(theCase, { control: { shouldStop: () => true, pollEvery: 1 } });
    expect(report.stopped).toBe(true);
    expect(report.feasible).toBeNull();
    const text = renderSolveReport(report, theCase, false, false);
    expect(text).toContain('The search stopped at its time limit before finding any package');
    expect(text).not.toContain('No package satisfies');
    expect(text).toContain('not found before the limit: nash, kalai, egalitarian, utilitarian');
  });

  test('a stopped search lists the packages it found with their gaps and the frontier found so far', () => {
    const theCase = generateRandomCase({ issues: 30, options: 5, parties: 4, redLinesPerParty: 2, seed: 9 });
    let polls = 0;
    const proven: string[][] = [];
    const report = solveCase(theCase, {
      control: {
        shouldStop: () => ++polls > 400,
        pollEvery: 1,
        onProgress: (p) => proven.push(p.proven ?? []),
      },
      pareto: {},
    });
    expect(report.stopped).toBe(true);
    expect(report.solutions.utilitarian).not.toBeNull();
    expect(report.paretoProven).toBe(false);
    expect(report.pareto!.length).toBeGreaterThan(0);
    expect(proven.at(-1)).toContain('feasible');
    const text = renderSolveReport(report, theCase, false, false);
    expect(text).toContain('Pareto frontier found so far:');
    expect(text).toContain('time limit reached:');
  });
});
