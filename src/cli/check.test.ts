import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CheckReport } from '../analysis/index.js';
import { Case } from '../model/index.js';
import { runCli } from '../../test/cli-harness.test-support.js';
import { renderCheckReport } from './check.js';

const fixture = (name: string): string => join(process.cwd(), 'test/fixtures/analysis', name);
const demoCase = join(process.cwd(), 'cases/ukraine-2025');

describe('parley check --json', () => {
  test('prints one report in the documented shape, ordered by proposal then party', async () => {
    const { status, stdout, stderr } = await runCli(['check', fixture('mini'), '--json']);
    expect([status, stderr]).toEqual([1, '']);
    const report = CheckReport.parse(JSON.parse(stdout));
    expect(report.results.map((r) => `${r.proposal} × ${r.party}: ${r.verdict}`)).toEqual([
      'e3 × ua: satisfied',
      'e3 × ru: open',
      'us-28 × ua: violated',
      'us-28 × ru: satisfied',
    ]);
  });

  test('cites the sub-points that decide a violated red line', async () => {
    const { stdout } = await runCli([
      'check',
      fixture('mini'),
      '--json',
      '--proposal',
      'us-28',
      '--party',
      'ua',
    ]);
    // ua: (10·10 + 5·20 + 5·30) / 20 = 17.5, not above its reservation 20
    expect(JSON.parse(stdout)).toEqual({
      results: [
        {
          proposal: 'us-28',
          party: 'ua',
          utility: 17.5,
          best: 17.5,
          openIssues: [],
          reservation: 20,
          aboveReservation: false,
          verdict: 'violated',
          redlines: [
            { id: 'army-floor', verdict: 'violated', evidence: ['6'], openIssues: [] },
            { id: 'no-ceding', verdict: 'violated', evidence: ['8a', '8b'], openIssues: [] },
          ],
        },
      ],
    });
  });

  test('exits 0 when every red line holds in every proposal', async () => {
    const { status, stdout } = await runCli(['check', fixture('all-hold'), '--json']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout).results).toHaveLength(1);
  });

  test('an open red line is a finding: exit 1', async () => {
    const { status } = await runCli([
      'check',
      fixture('mini'),
      '--json',
      '--proposal',
      'e3',
      '--party',
      'ru',
    ]);
    expect(status).toBe(1);
  });

  test('an invalid case exits 1 with file:line messages on stderr and the errors as JSON on stdout', async () => {
    const { status, stdout, stderr } = await runCli(['check', fixture('invalid'), '--json']);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^positions\/ua\.yaml:\d+: .*'minimum'/);
    expect(JSON.parse(stdout).errors[0]).toMatchObject({ file: 'positions/ua.yaml' });
  });

  test('in the demo case, us-28 violates Ukraine’s territorial red lines, citing 21a and 21d', async () => {
    const { stdout } = await runCli(['check', demoCase, '--json', '--proposal', 'us-28', '--party', 'ua']);
    const [ua] = CheckReport.parse(JSON.parse(stdout)).results;
    expect(ua?.verdict).toBe('violated');
    const violatedBy = ua?.redlines.filter((r) => r.verdict === 'violated').flatMap((r) => r.evidence);
    expect(violatedBy).toEqual(expect.arrayContaining(['21a', '21d', '6']));
  });
});

describe('parley check, for a person', () => {
  test('prints the matrix and each violated or open red line with its evidence', async () => {
    const { status, stdout } = await runCli(['check', fixture('mini')]);
    expect(status).toBe(1);
    expect(stdout).toContain('e3        ✓ 65.0    ? 0.0*');
    expect(stdout).toContain('us-28     ✗ 17.5*  ✓ 60.0');
    expect(stdout).toContain('us-28 × ua: ✗ no-ceding — violated by 8a, 8b');
    expect(stdout).toContain('e3 × ru: ? neutrality — open until nato.membership is settled');
    expect(stdout).not.toContain('\u001b[');
  });

  test('colours the cells on a terminal, and not when NO_COLOR is set', async () => {
    const colored = await runCli(['check', fixture('mini')], { isTTY: true, env: { NO_COLOR: undefined } });
    expect(colored.stdout).toContain('\u001b[31m✗ 17.5*\u001b[39m');
    const plain = await runCli(['check', fixture('mini')], { isTTY: true, env: { NO_COLOR: '1' } });
    expect(plain.stdout).not.toContain('\u001b[');
  });

  test('says so when every red line holds', async () => {
    const { status, stdout } = await runCli(['check', fixture('all-hold')]);
    expect(status).toBe(0);
    expect(stdout).toContain('every red line of every party holds in every proposal');
  });
});

describe('parley check, usage', () => {
  test('an unknown --proposal is a usage error naming the proposals there are', async () => {
    const { status, stdout, stderr } = await runCli(['check', fixture('mini'), '--proposal', 'us-29']);
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toBe("parley check: unknown proposal 'us-29' in case mini (expected one of: e3, us-28)\n");
  });

  test('--as-of takes YYYY-MM-DD or latest; anything else is a usage error', async () => {
    const bad = await runCli(['check', fixture('mini'), '--as-of', 'yesterday']);
    expect([bad.status, bad.stderr]).toEqual([
      2,
      "parley check: --as-of 'yesterday' is neither YYYY-MM-DD nor latest\n",
    ]);
    const latest = await runCli(['check', fixture('mini'), '--as-of', 'latest', '--json']);
    expect(CheckReport.parse(JSON.parse(latest.stdout)).results).toHaveLength(4);
  });

  test('a party without a position is a usage error', async () => {
    const { status, stderr } = await runCli(['check', fixture('mini'), '--party', 'us']);
    expect(status).toBe(2);
    expect(stderr).toContain("no position for party 'us' in case mini (expected one of: ua, ru)");
  });

  test('a missing case argument is a usage error', async () => {
    expect((await runCli(['check'])).status).toBe(2);
  });

  test('--help shows an example', async () => {
    const { status, stdout } = await runCli(['check', '--help']);
    expect(status).toBe(0);
    expect(stdout).toContain('parley check cases/ukraine-2025 --proposal us-28 --party ua');
  });
});

describe('renderCheckReport', () => {
  const empty = Case.parse({ id: 'empty', title: 'Empty', parties: [{ id: 'ua', name: 'Ukraine' }] });

  test('says why the matrix is empty when no party has a position', () => {
    expect(renderCheckReport({ results: [] }, empty, false)).toBe(
      'no party has a position in this case, so there are no red lines to test\n',
    );
  });

  test('says so when there are positions but no proposals', () => {
    const withPosition = Case.parse({ ...empty, positions: [{ party: 'ua' }] });
    expect(renderCheckReport({ results: [] }, withPosition, false)).toBe('no proposals to check\n');
  });
});

describe('parley check on uncertain positions', () => {
  const uncertain = join(process.cwd(), 'test/fixtures/robustness/uncertain');

  test('uses central values, so the results equal the certain twin, and names what it took centrally', async () => {
    const certain = JSON.parse((await runCli(['check', fixture('mini'), '--json'])).stdout);
    const { stdout } = await runCli(['check', uncertain, '--json']);
    const { centralValues, ...report } = JSON.parse(stdout);
    expect(report).toEqual(certain);
    expect(centralValues).toEqual([
      'ua.reservation',
      'ua.weights.military.cap',
      'ua.redlines.no-ceding',
      'ru.reservation',
      'ru.utilities.territory.recognition.de-facto',
      'ru.redlines.neutrality',
    ]);
  });

  test('says so below the matrix', async () => {
    const { stdout } = await runCli(['check', uncertain]);
    expect(stdout).toMatch(
      /note: 6 uncertain parameters taken at central values .*parley robustness samples them\n$/,
    );
  });

  test("with --use estimates, the mediators' estimate is judged in place of the entered position, and the report says so", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'parley-check-estimates-'));
    try {
      await cp(uncertain, dir, { recursive: true });
      await mkdir(join(dir, 'estimates'));
      // The mediators think Russia would not insist on neutrality at all.
      await writeFile(join(dir, 'estimates', 'ru.yaml'), 'party: ru\nreservation: 10\n');
      const entered = JSON.parse((await runCli(['check', dir, '--json'])).stdout);
      const estimated = JSON.parse((await runCli(['check', dir, '--json', '--use', 'estimates'])).stdout);
      expect([entered.uses, entered.estimated]).toEqual(['entered', []]);
      expect([estimated.uses, estimated.estimated]).toEqual(['estimates', ['ru']]);
      const ruRedlines = (report: CheckReport) =>
        report.results.filter((r) => r.party === 'ru').flatMap((r) => r.redlines.map((l) => l.id));
      expect(ruRedlines(entered)).toContain('neutrality');
      expect(ruRedlines(estimated)).toEqual([]);
      expect((await runCli(['check', dir])).stdout).toContain(
        "the mediators' estimates of ru are not used (--use estimates)",
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a certain case carries no note', async () => {
    expect(JSON.parse((await runCli(['check', fixture('mini'), '--json'])).stdout)).not.toHaveProperty(
      'centralValues',
    );
  });
});
