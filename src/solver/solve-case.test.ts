import { expect, test } from 'vitest';
import type { Case, Position } from '../model/index.js';
import {
  buildCase,
  buildIssue,
  buildParty,
  buildPosition,
  buildProposal,
  buildProvision,
  buildRedLine,
} from '../../test/case-builder.test-support.js';
import { generateRandomCase } from './random-case.js';
import { solveCase } from './solve-case.js';

/** Both parties weigh cap and NATO alike and start from ua's utilities; a test overrides what it needs. */
const position = (party: string, overrides: Partial<Position> = {}): Position =>
  buildPosition(party, {
    reservation: 20,
    weights: { cap: 1, nato: 1 },
    utilities: { cap: { none: 100, high: 70, low: 10 }, nato: { open: 100, barred: 0 } },
    ...overrides,
  });

const base: Case = buildCase({
  parties: [buildParty('ua'), buildParty('ru')],
  issues: [
    buildIssue('cap', [
      ['none', Infinity],
      ['high', 800_000],
      ['low', 600_000],
    ]),
    buildIssue('nato', ['open', 'barred']),
  ],
  positions: [
    position('ua', { redlines: [buildRedLine('army-floor', { issue: 'cap', min: 800_000 })] }),
    position('ru', {
      utilities: { cap: { none: 0, high: 40, low: 100 }, nato: { open: 0, barred: 100 } },
      redlines: [buildRedLine('no-nato', { issue: 'nato', in: ['barred'] })],
    }),
  ],
});

test('a worked example: both red lines hold only with the cap at 800,000 or none and NATO barred', () => {
  const report = solveCase(base);
  expect(report.feasible).toBe(true);
  expect(report.agreementZone).toBe(true);
  // ua: (70 + 0)/2 = 35, ru: (40 + 100)/2 = 70 → gains 15 and 50, product 750; 'none' gives ua 50, ru 50 → 30·30 = 900.
  expect(report.solutions.nash).toEqual({
    options: { cap: 'none', nato: 'barred' },
    utilities: { ua: 50, ru: 50 },
  });
  expect(report.solutions.utilitarian?.options).toEqual({ cap: 'high', nato: 'barred' });
  expect(report.conflicts).toEqual([]);
  expect(report.relaxations).toEqual([]);
  expect(report.proven).toBe(true);
});

test('colliding red lines are named as a conflict; the smallest relaxations ignore priorities, the cheapest respect them', () => {
  const input: Case = {
    ...base,
    positions: [
      position('ua', {
        redlines: [buildRedLine('nato-open', { issue: 'nato', in: ['open'] }, { priority: 3 })],
      }),
      position('ru', {
        redlines: [buildRedLine('no-nato', { issue: 'nato', in: ['barred'] }, { priority: 2 })],
      }),
    ],
  };
  const report = solveCase(input);
  expect(report.feasible).toBe(false);
  expect(report.solutions.nash).toBeNull();
  expect(report.conflicts).toEqual([
    [
      { party: 'ua', redline: 'nato-open' },
      { party: 'ru', redline: 'no-nato' },
    ],
  ]);
  expect(report.relaxations).toHaveLength(2);
  expect(report.relaxations).toEqual(
    expect.arrayContaining([[{ party: 'ru', redline: 'no-nato' }], [{ party: 'ua', redline: 'nato-open' }]]),
  );
  expect(report.cheapestRelaxations).toEqual([[{ party: 'ru', redline: 'no-nato' }]]);
  expect(report.relaxationCost).toBe(2);
  expect(report.conflictOwners).toEqual([null]);
});

test("contradictory red lines within one party are reported as that party's own conflict", () => {
  const input: Case = {
    ...base,
    positions: [
      position('ua', {
        redlines: [
          buildRedLine('floor', { issue: 'cap', min: 800_000 }),
          buildRedLine('ceiling', { issue: 'cap', max: 600_000 }),
        ],
      }),
      position('ru'),
    ],
  };
  const report = solveCase(input);
  expect(report.conflicts).toEqual([
    [
      { party: 'ua', redline: 'floor' },
      { party: 'ua', redline: 'ceiling' },
    ],
  ]);
  expect(report.conflictOwners).toEqual(['ua']);
});

test('a case with no party with a position says so, and every package qualifies', () => {
  const report = solveCase({ ...base, positions: [] });
  expect(report.notes).toContain('no party has a position: every package counts as acceptable');
  expect(report.feasible).toBe(true);
  expect(report.solutions.nash).toEqual({ options: { cap: 'none', nato: 'open' }, utilities: {} });
});

test('a case with no issues has one empty package, outside every positive reservation', () => {
  const report = solveCase({
    ...base,
    issues: [],
    positions: [position('ua', { weights: {}, utilities: {} })],
  });
  expect(report.feasible).toBe(true);
  expect(report.agreementZone).toBe(false);
  expect(report.solutions.utilitarian).toEqual({ options: {}, utilities: { ua: 0 } });
});

test('a party without a position does not count, and all-zero weights give utility 0 with a note', () => {
  const report = solveCase({ ...base, positions: [position('ua', { weights: {}, reservation: 0 })] });
  expect(Object.keys(report.solutions.utilitarian!.utilities)).toEqual(['ua']);
  expect(report.solutions.utilitarian!.utilities.ua).toBe(0);
  expect(report.agreementZone).toBe(false);
  expect(report.notes).toContain("every weight of 'ua' is zero: its utility is 0 for every package");
});

test('ties beyond the definitions go to the package with the smallest option indices', () => {
  const flat: Case = {
    ...base,
    positions: [position('ua', { weights: { cap: 1 }, utilities: { cap: { none: 50, high: 50, low: 50 } } })],
  };
  const report = solveCase(flat);
  for (const name of ['nash', 'kalai', 'egalitarian', 'utilitarian'] as const)
    expect(report.solutions[name]?.options).toEqual({ cap: 'none', nato: 'open' });
});

test('the same case always gives the same answer', () => {
  const input = generateRandomCase({ issues: 12, options: 4, parties: 3, redLinesPerParty: 3, seed: 9 });
  expect(JSON.stringify(solveCase(input, { pareto: {} }))).toBe(
    JSON.stringify(solveCase(input, { pareto: {} })),
  );
});

test('a search stopped at once returns unproven answers and says so', () => {
  const input = generateRandomCase({ issues: 40, options: 6, parties: 6, redLinesPerParty: 3, seed: 1 });
  const report = solveCase(input, { control: { shouldStop: () => true } });
  expect(report.proven).toBe(false);
  expect(Object.values(report.optimality).some((o) => !o.proven)).toBe(true);
});

test('progress is reported through the callback on long searches', () => {
  const input = generateRandomCase({ issues: 40, options: 6, parties: 6, redLinesPerParty: 3, seed: 3 });
  const phases = new Set<string>();
  let calls = 0;
  solveCase(input, {
    solutions: ['kalai'],
    control: {
      onProgress: (p) => phases.add(p.phase),
      shouldStop: () => ++calls > 200,
    },
  });
  expect(phases.size).toBeGreaterThan(0);
});

test('10,000 red lines end with an answer or, stopped by the caller, an unproven one with progress on the way', () => {
  const input = generateRandomCase({ issues: 30, options: 5, parties: 4, redLinesPerParty: 2500, seed: 5 });
  let polls = 0;
  const phases = new Set<string>();
  const report = solveCase(input, {
    control: { shouldStop: () => ++polls > 300, onProgress: (p) => phases.add(p.phase) },
  });
  expect(report.feasible).toBe(false);
  if (!report.proven) expect(report.conflictsComplete).toBe(false);
  expect(report.relaxations.length + (report.proven ? 0 : 1)).toBeGreaterThan(0);
}, 120_000); // a big case on a shared machine: the limit is the caller's polls, not the clock

test('a bridge between two proposals changes as few weighted positions as the red lines allow', () => {
  const proposal = (id: string, cap: string, nato: string) =>
    buildProposal(id, [buildProvision('1', 'cap', { cap }), buildProvision('2', 'nato', { nato })]);
  const input: Case = { ...base, proposals: [proposal('a', 'low', 'barred'), proposal('b', 'high', 'open')] };
  const report = solveCase(input, { near: ['a', 'b'] });
  // ua needs cap ≥ 800k, ru needs nato barred: {high, barred} changes a's cap and b's nato — two changes.
  expect(report.bridge?.solution?.options).toEqual({ cap: 'high', nato: 'barred' });
  expect(report.bridge?.changes).toEqual([
    { proposal: 'a', issue: 'cap', from: 'low', to: 'high' },
    { proposal: 'b', issue: 'nato', from: 'open', to: 'barred' },
  ]);
});

test('a bridge treats bracketed alternatives as open among the listed options: choosing one changes nothing', () => {
  const a = buildProposal('a', [
    buildProvision('1', '[high / low]', { cap: ['high', 'low'] }),
    buildProvision('2', 'nato', { nato: 'open' }),
  ]);
  const b = buildProposal('b', [
    buildProvision('1', 'cap', { cap: 'low' }),
    buildProvision('2', 'nato', { nato: 'barred' }),
  ]);
  const report = solveCase({ ...base, proposals: [a, b] }, { near: ['a', 'b'] });
  // ua needs cap ≥ 800k, ru nato barred: {high, barred} keeps a's bracket and changes a's nato and b's cap.
  expect(report.bridge?.solution?.options).toEqual({ cap: 'high', nato: 'barred' });
  expect(report.bridge?.changes).toEqual([
    { proposal: 'a', issue: 'nato', from: 'open', to: 'barred' },
    { proposal: 'b', issue: 'cap', from: 'low', to: 'high' },
  ]);
  // Of c's bracket, only 'none' keeps ua's floor: the bridge takes it rather than 'high', which would change c.
  const c = buildProposal('c', [buildProvision('1', '[none / low]', { cap: ['none', 'low'] })]);
  const nearC = solveCase({ ...base, proposals: [c] }, { near: ['c'] }).bridge;
  expect([nearC?.solution?.options.cap, nearC?.changes]).toEqual(['none', []]);
});

test('a coherence rule takes part in a conflict as { coherence } and is never relaxed', () => {
  // Alone, the army floor and the NATO bar can both hold; the coherence rule forbids exactly that pair.
  const coherent: Case = {
    ...base,
    coherence: [
      {
        id: 'floor-needs-nato',
        text: 'An army above the cap goes with an open door',
        rule: { if: { issue: 'cap', min: 800_000 }, then: { issue: 'nato', in: ['open'] } },
      },
    ],
  };
  const report = solveCase(coherent);
  expect(report.feasible).toBe(false);
  expect(report.conflicts).toEqual([
    [
      { party: 'ua', redline: 'army-floor' },
      { party: 'ru', redline: 'no-nato' },
      { coherence: 'floor-needs-nato' },
    ],
  ]);
  expect(report.relaxations).toHaveLength(2);
  expect(report.relaxations).toContainEqual([{ party: 'ua', redline: 'army-floor' }]);
  expect(report.relaxations).toContainEqual([{ party: 'ru', redline: 'no-nato' }]);
  // Every package the relaxed case offers obeys the rule.
  for (const solution of Object.values(report.afterRelaxation?.solutions ?? {}))
    if (solution) expect(solution.options.cap === 'low' || solution.options.nato === 'open').toBe(true);
});
