import { expect, test } from 'vitest';
import { defaultBase, packageChoices, provenanceSummary } from './draft-choices.js';
import type { ProposalSummary, ScoredPackage } from '../api/contract.js';

const scored = (cap: string): ScoredPackage => ({ options: { 'military.cap': cap }, utilities: {} });

test('the solutions that exist come first in the documented order, then the bridge', () => {
  const choices = packageChoices(
    {
      feasible: true,
      solutions: {
        nash: scored('cap-800k'),
        kalai: null,
        egalitarian: scored('cap-600k'),
        utilitarian: scored('none'),
      },
    },
    false,
    { near: ['us-28', 'e3-counter'], options: { 'military.cap': 'cap-800k' } },
  );
  expect(choices.map((c) => [c.key, c.label])).toEqual([
    ['nash', 'Nash solution'],
    ['egalitarian', 'Egalitarian solution'],
    ['utilitarian', 'Utilitarian solution'],
    ['bridge', 'Bridge near us-28, e3-counter'],
  ]);
  expect(choices[1]!.request).toEqual({ package: { 'military.cap': 'cap-600k' } });
});

test('a what-if answer marks its packages as hypothetical, and no answer offers nothing', () => {
  const choices = packageChoices(
    {
      feasible: true,
      solutions: { nash: scored('none'), kalai: null, egalitarian: null, utilitarian: null },
    },
    true,
    null,
  );
  expect(choices).toEqual([
    {
      key: 'what-if:nash',
      label: 'Nash solution (what-if)',
      request: { package: { 'military.cap': 'none' } },
    },
  ]);
  expect(packageChoices(null, false, null)).toEqual([]);
});

test('when red lines collide, each solution is offered past the cheapest relaxation, found by the server', () => {
  const none = { nash: null, kalai: null, egalitarian: null, utilitarian: null };
  const choices = packageChoices({ feasible: false, solutions: none }, false, null);
  expect(choices.map((c) => c.request)).toEqual([
    { solution: 'nash' },
    { solution: 'kalai' },
    { solution: 'egalitarian' },
    { solution: 'utilitarian' },
  ]);
  expect(choices[0]!.label).toBe('Nash solution once the cheapest relaxation is made');
  expect(packageChoices({ feasible: true, solutions: none }, false, null)).toEqual([]);
});

test('the default base is the latest proposal that is not itself a bridging draft', () => {
  const summary = (id: string, status?: string) => ({ id, status }) as ProposalSummary;
  expect(defaultBase([summary('us-28'), summary('e3-counter'), summary('bridge-x', 'bridging draft')])).toBe(
    'e3-counter',
  );
  expect(defaultBase([])).toBeUndefined();
});

test('the summary counts each kind of point, leaving out kinds with none', () => {
  const entry = (kind: 'kept' | 'replaced' | 'inserted' | 'placeholder') => ({
    num: '1',
    kind,
    source: null,
    replaces: null,
    issues: [],
    note: '',
  });
  expect(
    provenanceSummary({
      provenance: [entry('kept'), entry('kept'), entry('placeholder'), entry('replaced')],
    }),
  ).toBe('2 kept, 1 replaced, 1 to be drafted');
  expect(provenanceSummary({ provenance: [] })).toBe('no points');
});
