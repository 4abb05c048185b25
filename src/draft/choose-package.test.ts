import { expect, test } from 'vitest';
import { solveCase } from '../solver/index.js';
import type { Case } from '../model/index.js';
import { choosePackage } from './choose-package.js';
import { smallCase } from './fixtures.test-support.js';

/** The small case with utilities, so that the agreement zone is not empty. */
function weighted(): Case {
  const c = smallCase();
  c.positions[0]!.weights = { 'military.cap': 2, 'territory.recognition': 1 };
  c.positions[0]!.utilities = {
    'military.cap': { none: 100, 'cap-800k': 60 },
    'territory.recognition': { none: 100 },
  };
  c.positions[1]!.weights = { 'nato.membership': 1, 'territory.recognition': 1 };
  c.positions[1]!.utilities = {
    'nato.membership': { barred: 100 },
    'territory.recognition': { 'de-facto': 100 },
  };
  return c;
}

test('a feasible case gives the named solution as the solver finds it, with nothing relaxed', () => {
  const c = weighted();
  expect(choosePackage(c, { solution: 'nash' })).toEqual({
    ok: true,
    package: solveCase(c).solutions.nash!.options,
    relaxed: [],
    description: 'the nash package',
  });
});

test('when red lines collide, the solution of the relaxed case is chosen and the relaxed red lines named', () => {
  const c = weighted();
  c.positions[1]!.redlines.push({
    id: 'recognition',
    text: 'Recognition',
    rule: { issue: 'territory.recognition', in: ['de-facto'] },
  });
  const chosen = choosePackage(c, { solution: 'nash' });
  expect(chosen.ok).toBe(true);
  if (!chosen.ok) return;
  expect(chosen.relaxed).toHaveLength(1);
  expect(chosen.description).toMatch(/^the nash package once (Ukraine|ru)'s red line “.+” give way$/);
  // Every red line but the relaxed one holds in the package.
  const recognition = chosen.package['territory.recognition'];
  expect(recognition).toBe(chosen.relaxed[0]!.party === 'ua' ? 'de-facto' : 'none');
});

test('a bridge near proposals is the package the solver finds closest to them', () => {
  const c = weighted();
  const chosen = choosePackage(c, { near: ['e3'] });
  expect(chosen).toMatchObject({
    ok: true,
    package: solveCase(c, { near: ['e3'] }).bridge!.solution!.options,
  });
});

test('an empty agreement zone is a message that says what to do instead', () => {
  expect(choosePackage(smallCase(), { solution: 'nash' })).toEqual({
    ok: false,
    message:
      'there is no nash package: no package of the agreement zone gives every party more than its reservation; give a package by hand with --package <file>',
  });
});
