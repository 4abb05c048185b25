import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { callers, routeCases } from './route-cases.test-support.js';
import type { Caller } from './route-cases.test-support.js';
import { canary, fixtureCase, openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

const parties = fixtureCase.positions.map((p) => p.party);

/** The sealed parties whose canaries a caller must never see: all but its own (mediators see all). */
const forbiddenFor = (caller: Caller): string[] =>
  caller === 'mediator' ? [] : parties.filter((party) => `delegate-${party}` !== caller);

describe.each(storeTargets())('sealed positions on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());

  test('a mediator reading a position does see its canary, so the check below can fail', async () => {
    const response = await h.app.inject(
      await routeCases['GET /api/processes/:processId/positions/:partyId']![1]!.request(h, 'mediator'),
    );
    expect(response.body).toContain(canary('ru'));
  });

  for (const caller of callers.filter((c) => c !== 'mediator')) {
    test(`no answer of any route to ${caller} contains another party's canary`, async () => {
      const leaks: string[] = [];
      for (const [route, cases] of Object.entries(routeCases)) {
        for (const routeCase of cases) {
          const response = await h.app.inject(await routeCase.request(h, caller));
          const seen = response.body + JSON.stringify(response.headers);
          for (const party of forbiddenFor(caller))
            if (seen.includes(canary(party))) leaks.push(`${route} (${routeCase.variant}) leaks ${party}`);
        }
      }
      expect(leaks).toEqual([]);
    });
  }

  test("a delegate's check answers its own party's verdicts only, not even the other party's row", async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/check',
      headers: { authorization: `Bearer ${h.tokens['delegate-ua']}` },
      payload: { proposals: ['public-plan'] },
    });
    expect(response.json().results).toEqual([
      expect.objectContaining({
        party: 'ua',
        sealed: false,
        verdict: 'violated',
        redlines: [expect.objectContaining({ id: canary('ua'), verdict: 'violated', evidence: ['1'] })],
      }),
    ]);
  });

  test("a delegate's solve weighs its own position alone and names the parties it left out", async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/solve',
      headers: { authorization: `Bearer ${h.tokens['delegate-ua']}` },
      payload: { explain: true, pareto: true },
    });
    const answer = response.json();
    expect(answer.withheld).toEqual(['ru']);
    // Alone, ua's best package leaves the army uncapped and NATO open, which ru's red line forbids.
    expect(answer.solutions.utilitarian.options).toEqual({ 'military.cap': 'none', nato: 'open' });
    expect(Object.keys(answer.solutions.utilitarian.utilities)).toEqual(['ua']);
    expect(answer.explain.utilitarian.map((e: { party: string }) => e.party)).toEqual(['ua']);
  });

  test("released verdicts: a delegate sees another party's overall verdict on public proposals it cannot edit, nothing more", async () => {
    const settings = (role: 'mediator' | 'delegate-ua', shareVerdicts: boolean) =>
      h.app.inject({
        method: 'PUT',
        url: '/api/processes/talks/settings',
        headers: { authorization: `Bearer ${h.tokens[role]}` },
        payload: { shareVerdicts },
      });
    expect((await settings('delegate-ua', true)).statusCode).toBe(403);
    expect((await settings('mediator', true)).json()).toEqual({ shareVerdicts: true });
    try {
      const response = await h.app.inject({
        method: 'POST',
        url: '/api/processes/talks/check',
        headers: { authorization: `Bearer ${h.tokens['delegate-ua']}` },
        payload: { proposals: ['public-plan', 'ua-draft'] },
      });
      const rows = response
        .json()
        .results.map((r: { proposal: string; party: string }) => [r.proposal, r.party]);
      // ua's own draft is not on the table: it could be any text ua wants tested against ru.
      expect(rows).toEqual([
        ['public-plan', 'ua'],
        ['public-plan', 'ru'],
        ['ua-draft', 'ua'],
      ]);
      expect(response.json().results[1]).toMatchObject({
        sealed: true,
        verdict: 'satisfied',
        redlines: [],
        utility: null,
      });
      expect(response.body).not.toContain(canary('ru'));
    } finally {
      await settings('mediator', false);
    }
  });
});
