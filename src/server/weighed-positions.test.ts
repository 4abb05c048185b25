import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { callerFor, fixtureCase, openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

// Check and solve weigh the mediators' estimates on a mediator's request (issue 17); nobody else may ask.
describe.each(storeTargets())("check and solve with the mediators' estimates on $name", (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());
  const call = callerFor(() => h);
  const uaVerdict = (body: { results: { proposal: string; party: string; verdict: string }[] }) =>
    body.results.find((r) => r.proposal === 'public-plan' && r.party === 'ua')?.verdict;

  test('without estimates, asking for them is no_estimates, and the answers say nothing about estimates', async () => {
    for (const action of ['check', 'solve']) {
      const asked = await call('mediator', 'POST', `/api/processes/talks/${action}`, { use: 'estimates' });
      expect(asked.statusCode, asked.body).toBe(400);
      expect(asked.json().code).toBe('no_estimates');
      const plain = await call('mediator', 'POST', `/api/processes/talks/${action}`, {});
      expect(plain.statusCode, plain.body).toBe(200);
      expect(plain.json()).not.toHaveProperty('uses');
      expect(plain.json()).not.toHaveProperty('estimated');
    }
  });

  test("a mediator's check weighs the estimate in place of the entered position, and says which it weighed", async () => {
    const entered = fixtureCase.positions.find((p) => p.party === 'ua')!;
    // The mediators judge that Ukraine's red line on the army cap would give way.
    const written = await call(
      'mediator',
      'PUT',
      '/api/processes/talks/estimates/ua',
      { ...entered, redlines: [] },
      { 'if-none-match': '*' },
    );
    expect(written.statusCode, written.body).toBe(200);
    const weighed = await call('mediator', 'POST', '/api/processes/talks/check', { use: 'estimates' });
    expect(weighed.statusCode, weighed.body).toBe(200);
    expect(weighed.json()).toMatchObject({ uses: 'estimates', estimated: ['ua'] });
    expect(uaVerdict(weighed.json())).not.toBe('violated');
    const plain = await call('mediator', 'POST', '/api/processes/talks/check', {});
    expect(plain.json()).toMatchObject({ uses: 'entered', estimated: [] });
    expect(uaVerdict(plain.json())).toBe('violated');
  });

  test("a mediator's solve weighs the estimates too, and says so", async () => {
    const weighed = await call('mediator', 'POST', '/api/processes/talks/solve', { use: 'estimates' });
    expect(weighed.statusCode, weighed.body).toBe(200);
    expect(weighed.json()).toMatchObject({ uses: 'estimates', estimated: ['ua'], withheld: [] });
    const plain = await call('mediator', 'POST', '/api/processes/talks/solve', {});
    expect(plain.json()).toMatchObject({ uses: 'entered', estimated: [] });
  });

  test('anyone but a mediator asking for estimates is refused, the estimated party included, and told nothing', async () => {
    for (const role of ['delegate-ua', 'delegate-ru', 'observer'] as const)
      for (const action of ['check', 'solve']) {
        const asked = await call(role, 'POST', `/api/processes/talks/${action}`, { use: 'estimates' });
        expect(asked.statusCode, asked.body).toBe(403);
        expect(asked.json().code).toBe('forbidden');
        expect(asked.body).not.toContain('ua');
        const plain = await call(role, 'POST', `/api/processes/talks/${action}`, { use: 'entered' });
        expect(plain.statusCode, plain.body).toBe(200);
        expect(plain.json()).not.toHaveProperty('uses');
      }
  });
});
