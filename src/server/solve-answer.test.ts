import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Case } from '../model/index.js';
import { storeTargets } from '../store/store-targets.test-support.js';
import { fixtureCase, openHarness } from './harness.test-support.js';
import type { FixtureRole, Harness } from './harness.test-support.js';

// The fixture with Russia's red line turned against Ukraine's army floor: no package keeps both.
const collidingCase = Case.parse({
  ...fixtureCase,
  positions: fixtureCase.positions.map((position) =>
    position.party === 'ru'
      ? {
          ...position,
          redlines: position.redlines.map((redLine) => ({
            ...redLine,
            rule: { issue: 'military.cap', in: ['cap-600k'] },
          })),
        }
      : position,
  ),
});

const [target] = storeTargets();

describe('the solve answer over the API', () => {
  let h: Harness;
  let colliding: Harness;
  beforeAll(async () => {
    h = await openHarness(target!);
    colliding = await openHarness(target!, undefined, collidingCase);
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await colliding?.close();
  });
  const solve = async (harness: Harness, role: FixtureRole) => {
    const response = await harness.app.inject({
      method: 'POST',
      url: '/api/processes/talks/solve',
      headers: { authorization: `Bearer ${harness.tokens[role]}` },
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    return response.json();
  };

  test('the mediator gets every party’s ideal point; a delegate, whose answer combines no positions, none', async () => {
    const mediator = await solve(h, 'mediator');
    expect(Object.keys(mediator.idealPoints).sort()).toEqual(['ru', 'ua']);
    // Ukraine's best over the zone (Russia needs NATO excluded): no cap, 100·2/3.
    expect(mediator.idealPoints.ua).toBeCloseTo(66.6667, 4);
    expect(mediator.solutions.kalai).not.toBeNull();
    const delegate = await solve(h, 'delegate-ua');
    expect(delegate.idealPoints).toBeUndefined();
  }, 120_000);

  test('each solution says whether it is proven; its gap and bound reach only a reader who sees every party', async () => {
    const mediator = await solve(h, 'mediator');
    expect(mediator.optimality.nash).toEqual({ proven: true, gap: 0, bound: expect.any(Number) });
    const delegate = await solve(h, 'delegate-ua');
    expect(delegate.optimality.nash).toEqual({ proven: true });
    expect(Object.keys(delegate.optimality).sort()).toEqual(['egalitarian', 'kalai', 'nash', 'utilitarian']);
  }, 120_000);

  test('an infeasible case answers with the solutions after the cheapest relaxation', async () => {
    const mediator = await solve(colliding, 'mediator');
    expect(mediator.feasible).toBe(false);
    expect(mediator.afterRelaxation.without).toHaveLength(1);
    expect(mediator.afterRelaxation.feasible).toBe(true);
    expect(Object.keys(mediator.afterRelaxation.solutions.utilitarian.utilities).sort()).toEqual([
      'ru',
      'ua',
    ]);
  }, 120_000);
});
