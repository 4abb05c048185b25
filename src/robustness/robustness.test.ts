import { expect, test } from 'vitest';
import {
  buildCase,
  buildIssue,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import { checkCase } from '../analysis/index.js';
import type { Case, Position } from '../model/index.js';
import { solveCase } from '../solver/index.js';
import { planTasks } from './plan-tasks.js';
import { packagesToJudge, partyRobustness, summariseRobustness } from './summarise-robustness.js';
import { robustness } from './robustness.js';
import { runTask } from './run-task.js';
import { uncertainParameters } from './parameters.js';
import { addTallies, emptyTally, packageProblems, tallyPackages } from './package-acceptance.js';

/** Three issues, two parties; each party's three red lines have firmness, so 2^6 hold patterns. */
function firmnessCase(): Case {
  const issues = [
    buildIssue('land', ['keep', 'split', 'cede']),
    buildIssue('army', [
      ['none', Infinity],
      ['cap', 600_000],
    ]),
    buildIssue('bloc', ['open', 'neutral']),
  ];
  const proposal = (id: string, land: string, army: string, bloc: string) =>
    buildProposal(id, [buildProvision('1', 'all of it', { land, army, bloc })]);
  return buildCase({
    parties: [buildParty('ua'), buildParty('ru')],
    issues,
    proposals: [proposal('p1', 'split', 'none', 'neutral'), proposal('p2', 'cede', 'cap', 'neutral')],
    positions: [
      buildPosition('ua', {
        reservation: 30,
        weights: { land: 5, army: 3, bloc: 2 },
        utilities: {
          land: { keep: 100, split: 50 },
          army: { none: 100, cap: 20 },
          bloc: { open: 100, neutral: 40 },
        },
        redlines: [
          buildRedLine('no-cede', { issue: 'land', notIn: ['cede'] }, { firmness: 0.9 }),
          buildRedLine('no-split', { issue: 'land', in: ['keep'] }, { firmness: 'soft' }),
          buildRedLine('army', { issue: 'army', min: 800_000 }, { firmness: 'likely' }),
        ],
      }),
      buildPosition('ru', {
        reservation: 25,
        weights: { land: 6, army: 2, bloc: 2 },
        utilities: { land: { cede: 100, split: 60 }, army: { cap: 100, none: 10 }, bloc: { neutral: 100 } },
        redlines: [
          buildRedLine('land', { issue: 'land', in: ['split', 'cede'] }, { firmness: 0.7 }),
          buildRedLine('neutral', { issue: 'bloc', in: ['neutral'] }, { firmness: 0.95 }),
          buildRedLine('cap', { issue: 'army', max: 800_000 }, { firmness: 0.4 }),
        ],
      }),
    ],
  });
}

/** The exact statistics by full enumeration of the red lines' hold patterns, each weighed by its probability. */
function enumerate(theCase: Case) {
  const parameters = uncertainParameters(theCase).filter((p) => p.kind === 'redline');
  let zone = 0;
  const nash = new Map<string, number>();
  const accept = new Map<string, number>();
  for (let mask = 0; mask < 1 << parameters.length; mask++) {
    let weight = 1;
    const dropped = new Set<string>();
    parameters.forEach((p, k) => {
      const holds = (mask >> k) & 1;
      weight *= holds ? p.hold : 1 - p.hold;
      if (!holds) dropped.add(p.name);
    });
    const drawn: Case = {
      ...theCase,
      positions: theCase.positions.map((position: Position) => ({
        ...position,
        redlines: position.redlines.filter((r) => !dropped.has(`${position.party}.redlines.${r.id}`)),
      })),
    };
    const solved = solveCase(drawn, { solutions: ['nash'], conflicts: false });
    if (solved.agreementZone) zone += weight;
    const key = JSON.stringify(solved.solutions.nash?.options ?? null);
    nash.set(key, (nash.get(key) ?? 0) + weight);
    for (const r of checkCase(drawn).results) {
      const k = `${r.proposal}/${r.party}`;
      accept.set(k, (accept.get(k) ?? 0) + (r.verdict === 'satisfied' && r.aboveReservation ? weight : 0));
    }
  }
  return { zone, nash, accept };
}

/** Within 4.5 standard errors of a share over n samples (the seed is fixed, so this cannot flake). */
const near = (estimate: number, exact: number, n: number): boolean =>
  Math.abs(estimate - exact) <= 4.5 * Math.sqrt(Math.max(0, exact * (1 - exact)) / n) + 1e-4;

test('on a small grid of red-line hold patterns, the sampled statistics agree with full enumeration', () => {
  const theCase = firmnessCase();
  const samples = 3000;
  const report = robustness(theCase, { samples, seed: 7, detailSamples: 0 });
  const exact = enumerate(theCase);
  expect(exact.zone).toBeGreaterThan(0.05); // the case is uncertain enough to test something
  expect(exact.zone).toBeLessThan(0.95);
  expect(near(report.zone, exact.zone, samples)).toBe(true);
  const misses: unknown[] = [];
  for (const solution of report.solutions) {
    const p = exact.nash.get(JSON.stringify(solution.package)) ?? 0;
    if (!near(solution.nash, p, samples)) misses.push([solution.package, solution.nash, p]);
  }
  for (const proposal of report.proposals)
    for (const [party, p] of Object.entries(proposal.accept)) {
      const q = exact.accept.get(`${proposal.proposal}/${party}`)!;
      if (!near(p, q, samples)) misses.push([proposal.proposal, party, p, q]);
    }
  expect(misses).toEqual([]);
});

test('a uniform or triangular reservation is accepted as often as its distribution lies below the utility', () => {
  const withReservation = (reservation: Position['reservation']) =>
    buildCase({
      parties: [buildParty('ua')],
      issues: [buildIssue('x', ['a', 'b'])],
      proposals: [buildProposal('pa', [buildProvision('1', 'a', { x: 'a' })])],
      positions: [
        buildPosition('ua', { reservation, weights: { x: 1 }, utilities: { x: { a: 40, b: 70 } } }),
      ],
    });
  const samples = 4000;
  const uniform = robustness(withReservation('20..60'), { samples, seed: 3, detailSamples: 0 });
  // P(d < 40) for d uniform on 20..60 is 1/2; for the triangle (20, 30, 60) it is 1 − 20²/(40·30) = 2/3.
  expect(near(uniform.proposals[0]!.accept.ua!, 0.5, samples)).toBe(true);
  const triangle = robustness(withReservation({ low: 20, mode: 30, high: 60 }), {
    samples,
    seed: 3,
    detailSamples: 0,
  });
  expect(near(triangle.proposals[0]!.accept.ua!, 2 / 3, samples)).toBe(true);
  expect(uniform.sensitivity).toEqual([
    { parameter: 'ua.reservation', effect: 1, zone: 0, nash: 0, accept: -1 },
  ]);
});

test('the outcomes may be computed in any order or split: the report is the same', () => {
  const theCase = firmnessCase();
  const options = { samples: 60, seed: 11, detailSamples: 5, leverageGrid: [0, 50] };
  const parameters = uncertainParameters(theCase);
  const tasks = planTasks(theCase, options);
  const outcomes = tasks.map(() => null as unknown as ReturnType<typeof runTask>);
  // Two "workers": odd and even indices, the second running backwards.
  tasks.forEach((task, i) => {
    if (i % 2 === 0) outcomes[i] = runTask(theCase, parameters, options.seed, task);
  });
  for (let i = tasks.length - 1; i >= 0; i--)
    if (i % 2 === 1) outcomes[i] = runTask(theCase, parameters, options.seed, tasks[i]!);
  expect(summariseRobustness(theCase, options, outcomes)).toEqual(robustness(theCase, options));
});

test('the packages judged may be tallied in slices added in any order: the report is the same', () => {
  const theCase = firmnessCase();
  const asked = { land: 'cede', army: 'cap', bloc: 'open' };
  const options = { samples: 90, seed: 5, detailSamples: 4, leverageGrid: [20], packages: [asked] };
  const parameters = uncertainParameters(theCase);
  const outcomes = planTasks(theCase, options).map((task) =>
    runTask(theCase, parameters, options.seed, task),
  );
  const judged = packagesToJudge(theCase, options, outcomes);
  expect(judged.at(-1)).toEqual(asked);
  expect(judged.length).toBeGreaterThan(1); // some Nash package was found, so its tally is tested too
  const whole = tallyPackages(theCase, parameters, options.seed, 0, options.samples, judged);
  const sliced = emptyTally(theCase, judged.length);
  for (const [from, to] of [
    [60, 90],
    [0, 7],
    [7, 60],
  ] as const)
    addTallies(sliced, tallyPackages(theCase, parameters, options.seed, from, to, judged));
  expect(sliced).toEqual(whole);
  expect(whole.all.some((n) => n > 0 && n < options.samples)).toBe(true);
  expect(summariseRobustness(theCase, options, outcomes, sliced)).toEqual(robustness(theCase, options));
  // A tally of other packages is refused, not merged into the wrong rows.
  expect(() => summariseRobustness(theCase, options, outcomes, emptyTally(theCase, 1))).toThrow(
    /a tally of \d+ packages, got 1/,
  );
});

test('another seed draws other samples', () => {
  const theCase = firmnessCase();
  const a = robustness(theCase, { samples: 200, seed: 1, detailSamples: 0 });
  const b = robustness(theCase, { samples: 200, seed: 2, detailSamples: 0 });
  expect(a.zone).not.toBe(b.zone);
});

test("a delegate's report equals its party's numbers in the full report and ignores every other position", () => {
  const theCase = firmnessCase();
  const options = { samples: 300, seed: 5, detailSamples: 0 };
  const full = robustness(theCase, options);
  const own = partyRobustness(theCase, 'ua', options);
  expect(own.proposals).toEqual(
    full.proposals.map((p) => ({ proposal: p.proposal, accept: { ua: p.accept.ua } })),
  );
  expect(own.parameters).toEqual(full.parameters.filter((name) => name.startsWith('ua.')));
  const changed: Case = {
    ...theCase,
    positions: theCase.positions.map((p) =>
      p.party === 'ru' ? { ...p, reservation: '0..90', redlines: [] } : p,
    ),
  };
  expect(partyRobustness(changed, 'ua', options)).toEqual(own);
});

test('a concession that opens the zone is worth more to the others than one that changes nothing', () => {
  const report = robustness(firmnessCase(), {
    samples: 40,
    seed: 9,
    detailSamples: 40,
    leverageGrid: [0, 90],
  });
  const byName = new Map(report.concessions.map((c) => [`${c.party}.${c.redline}`, c]));
  expect(report.concessions.map((c) => c.total)).toEqual(
    [...report.concessions.map((c) => c.total)].sort((a, b) => b - a),
  );
  expect(byName.get('ru.land')!.total).toBeGreaterThanOrEqual(0);
  // A higher reservation never makes an agreement zone more likely.
  for (const curve of report.leverage)
    expect(curve.points[1]!.zone).toBeLessThanOrEqual(curve.points[0]!.zone);
});

test('a package asked about is accepted exactly as often as a proposal coding the same options, for the mediators and the delegate', () => {
  const theCase = firmnessCase();
  const pkg = { land: 'split', army: 'none', bloc: 'neutral' }; // what proposal p1 codes
  const options = { samples: 400, seed: 4, detailSamples: 0, packages: [pkg] };
  const full = robustness(theCase, options);
  const p1 = full.proposals.find((p) => p.proposal === 'p1')!;
  expect(full.packages).toEqual([{ package: pkg, accept: p1.accept, all: p1.all }]);
  expect(p1.accept.ua).toBeGreaterThan(0); // the oracle is not trivially zero
  expect(p1.accept.ua).toBeLessThan(1);
  expect(partyRobustness(theCase, 'ua', options).packages).toEqual([
    { package: pkg, accept: { ua: p1.accept.ua } },
  ]);
});

test('a package with an unknown issue or option, or one that leaves an issue out, is refused with its place', () => {
  expect(
    packageProblems(firmnessCase(), [
      { land: 'split', army: 'none', bloc: 'neutral' },
      { land: 'halve', army: 'none', blok: 'neutral' },
    ]),
  ).toEqual([
    {
      path: 'packages/1/land',
      message: "unknown option 'halve' for issue land (expected one of: keep, split, cede)",
    },
    { path: 'packages/1/blok', message: "'blok' is not an issue of case test (did you mean bloc?)" },
    { path: 'packages/1', message: 'package 2 leaves out bloc: give one option for every issue' },
  ]);
});
