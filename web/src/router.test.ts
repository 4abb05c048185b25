import { expect, test } from 'vitest';
import fc from 'fast-check';
import { formatRoute, parseRoute } from './router.js';
import type { Route } from './router.js';

test('an empty hash is the process picker', () => {
  expect(parseRoute('')).toEqual({ name: 'processes' });
  expect(parseRoute('#/')).toEqual({ name: 'processes' });
});

test('a compare address carries the proposals in order and the mode', () => {
  expect(parseRoute('#/p/ukraine-2025/compare?ids=us-28,e3-counter&mode=pair')).toEqual({
    name: 'compare',
    processId: 'ukraine-2025',
    ids: ['us-28', 'e3-counter'],
    mode: 'pair',
  });
});

test('three proposals without a mode open the n-way matrix', () => {
  const route = parseRoute('#/p/x/compare?ids=a,b,c');
  expect(route).toMatchObject({ name: 'compare', mode: 'matrix' });
});

test('a proposal address may name the point to show', () => {
  expect(parseRoute('#/p/x/proposals/us-28?point=21a')).toEqual({
    name: 'proposal',
    processId: 'x',
    proposalId: 'us-28',
    point: '21a',
  });
});

test('a position address names the party whose position it is', () => {
  expect(parseRoute('#/p/x/positions/ua')).toEqual({ name: 'position', processId: 'x', partyId: 'ua' });
});

test('an estimate address names the party whose position the mediators estimate, and so may a history address', () => {
  expect(parseRoute('#/p/x/estimates/ru')).toEqual({ name: 'estimate', processId: 'x', partyId: 'ru' });
  expect(formatRoute({ name: 'estimate', processId: 'x', partyId: 'ru' })).toBe('#/p/x/estimates/ru');
  expect(parseRoute('#/p/x/history?doc=estimate:ru')).toEqual({
    name: 'history',
    processId: 'x',
    doc: { kind: 'estimate', id: 'ru' },
  });
});

test('the robustness address names its process', () => {
  expect(parseRoute('#/p/x/robustness')).toEqual({ name: 'robustness', processId: 'x' });
  expect(formatRoute({ name: 'robustness', processId: 'x' })).toBe('#/p/x/robustness');
});

test('a history address may name the proposal or position whose versions it shows', () => {
  expect(parseRoute('#/p/x/history?doc=position:ua')).toEqual({
    name: 'history',
    processId: 'x',
    doc: { kind: 'position', id: 'ua' },
  });
  expect(parseRoute('#/p/x/history')).toEqual({ name: 'history', processId: 'x' });
  expect(formatRoute({ name: 'history', processId: 'x', doc: { kind: 'proposal', id: 'us-28' } })).toBe(
    '#/p/x/history?doc=proposal:us-28',
  );
});

test('an unknown section is not found, with its path', () => {
  expect(parseRoute('#/p/x/elsewhere')).toEqual({ name: 'not-found', path: '/p/x/elsewhere' });
});

const id = fc.stringMatching(/^[a-z0-9][a-z0-9.-]{0,12}$/);
const route: fc.Arbitrary<Route> = fc.oneof(
  fc.constant<Route>({ name: 'processes' }),
  id.map((processId): Route => ({ name: 'dashboard', processId })),
  fc.tuple(id, id).map(([processId, proposalId]): Route => ({ name: 'proposal', processId, proposalId })),
  fc
    .tuple(id, id, fc.stringMatching(/^[0-9]{1,3}[a-z]?$/))
    .map(([processId, proposalId, point]): Route => ({ name: 'proposal', processId, proposalId, point })),
  fc
    .tuple(
      id,
      fc.array(id, { minLength: 1, maxLength: 5 }),
      fc.constantFrom('pair', 'matrix', 'merge' as const),
    )
    .map(([processId, ids, mode]): Route => ({ name: 'compare', processId, ids, mode })),
  id.map((processId): Route => ({ name: 'matrix', processId })),
  id.map((processId): Route => ({ name: 'converge', processId })),
  id.map((processId): Route => ({ name: 'setup', processId })),
  id.map((processId): Route => ({ name: 'members', processId })),
  fc.constant<Route>({ name: 'account' }),
  id.map((processId): Route => ({ name: 'robustness', processId })),
  fc.tuple(id, id).map(([processId, partyId]): Route => ({ name: 'position', processId, partyId })),
  fc.tuple(id, id).map(([processId, partyId]): Route => ({ name: 'estimate', processId, partyId })),
  id.map((processId): Route => ({ name: 'history', processId })),
  fc
    .tuple(id, fc.constantFrom('proposal', 'position', 'estimate' as const), id)
    .map(([processId, kind, docId]): Route => ({ name: 'history', processId, doc: { kind, id: docId } })),
);

test('every route survives a trip through its address', () => {
  fc.assert(
    fc.property(route, (r) => {
      expect(parseRoute(formatRoute(r))).toEqual(r);
    }),
  );
});
