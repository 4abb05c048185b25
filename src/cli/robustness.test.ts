import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { runCli } from '../../test/cli-harness.test-support.js';
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

test("--use estimates weighs the mediators' estimate in place of the entered position, and the report says so", async () => {
  const dir = await mkdtemp(join(tmpdir(), 'parley-estimates-'));
  try {
    await cp(uncertain, dir, { recursive: true });
    await mkdir(join(dir, 'estimates'));
    // The mediators think Russia's red line is soft and its alternative to agreement poor.
    await writeFile(
      join(dir, 'estimates', 'ru.yaml'),
      [
        'party: ru',
        'reservation: 0..10',
        'weights: { territory.recognition: 1 }',
        'utilities:',
        '  territory.recognition: { de-jure: 100, de-facto: 80 }',
        'redlines:',
        '  - { id: neutrality, text: Ukraine stays out of NATO, rule: { issue: nato.membership, in: [excluded] }, firmness: soft }',
        '',
      ].join('\n'),
    );
    const base = ['robustness', dir, '--samples', '40', '--seed', '4', '--detail-samples', '0', '--json'];
    const entered = await runCli(base);
    const estimated = await runCli([...base, '--use', 'estimates']);
    expect([entered.status, estimated.status, estimated.stderr]).toEqual([0, 0, '']);
    const a = RobustnessReport.parse(JSON.parse(entered.stdout));
    const b = RobustnessReport.parse(JSON.parse(estimated.stdout));
    expect([a.uses, a.estimated]).toEqual(['entered', []]);
    expect([b.uses, b.estimated]).toEqual(['estimates', ['ru']]);
    expect(b.parameters).toContain('ru.redlines.neutrality');
    expect(b.parameters).not.toContain('ru.utilities.territory.recognition.de-facto');
    expect(a.parameters).toContain('ru.utilities.territory.recognition.de-facto');
    const human = await runCli([...base.slice(0, -1), '--use', 'estimates']);
    expect(human.stdout).toContain(
      "note: the mediators' estimates of ru weighed in place of the positions they entered",
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('--use estimates on a case without estimates is a usage error that says where they go', async () => {
  const run = await runCli(['robustness', uncertain, '--samples', '5', '--use', 'estimates']);
  expect([run.status, run.stderr]).toEqual([
    2,
    "parley robustness: --use estimates: case uncertain has no estimates (estimates/<party>.yaml, the mediators' own)\n",
  ]);
});

test('--json keeps the fields issue 17 lists, with parameters spelled <party>.<kind>.<…>', async () => {
  const run = await runCli(['robustness', uncertain, '--samples', '20', '--detail-samples', '2', '--json']);
  const report = JSON.parse(run.stdout) as Record<string, unknown> & RobustnessReport;
  for (const key of [
    'samples',
    'seed',
    'zone',
    'proposals',
    'solutions',
    'sensitivity',
    'leverage',
    'concessions',
  ])
    expect(report, key).toHaveProperty(key);
  expect(Object.keys(report.proposals[0]!).sort()).toEqual(['accept', 'all', 'proposal']);
  expect(Object.keys(report.solutions[0]!).sort()).toEqual(['accept', 'all', 'nash', 'package']);
  expect(report.sensitivity[0]).toMatchObject({ parameter: expect.any(String), effect: expect.any(Number) });
  for (const name of report.parameters)
    expect(name).toMatch(
      /^(ua|ru)\.(weights\.[\w.-]+|utilities\.[\w.-]+\.[\w-]+|reservation|redlines\.[\w-]+)$/,
    );
});
