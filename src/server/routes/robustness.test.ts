import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PartyRobustnessReport, RobustnessReport } from '../../robustness/index.js';
import { storeTargets } from '../../store/index.js';
import { openHarness } from '../test-harness.js';
import type { FixtureRole, Harness } from '../test-harness.js';

describe.each(storeTargets())('robustness over the API on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());
  const run = (role: FixtureRole) =>
    h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/robustness',
      headers: { authorization: `Bearer ${h.tokens[role]}` },
      payload: { samples: 30, seed: 2, detailSamples: 3 },
    });

  test('a mediator gets the whole report: zone, every party, leverage and concessions', async () => {
    const response = await run('mediator');
    expect(response.statusCode, response.body).toBe(200);
    const report = RobustnessReport.parse(response.json());
    expect(report.samples).toBe(30);
    expect(report.leverage.map((l) => l.party).sort()).toEqual(['ru', 'ua']);
  });

  test("a delegate gets its own party's acceptance alone, the same numbers the mediator sees for it", async () => {
    const own = await run('delegate-ua');
    expect(own.statusCode, own.body).toBe(200);
    const answer = own.json();
    expect(answer).not.toHaveProperty('zone');
    expect(answer).not.toHaveProperty('concessions');
    const report = PartyRobustnessReport.parse(answer);
    expect(report.party).toBe('ua');
    expect(report.sensitivity.every((s) => s.parameter.startsWith('ua.'))).toBe(true);
    const full = RobustnessReport.parse((await run('mediator')).json());
    for (const p of report.proposals)
      expect(p.accept.ua).toBe(full.proposals.find((q) => q.proposal === p.proposal)!.accept.ua);
  });

  test("a delegate asking about a released package gets its own party's acceptance of it, as the mediator sees it", async () => {
    const pkg = { 'military.cap': 'cap-800k', nato: 'excluded' };
    const ask = (role: FixtureRole) =>
      h.app.inject({
        method: 'POST',
        url: '/api/processes/talks/robustness',
        headers: { authorization: `Bearer ${h.tokens[role]}` },
        payload: { samples: 20, seed: 2, detailSamples: 0, packages: [pkg] },
      });
    const own = PartyRobustnessReport.parse((await ask('delegate-ru')).json());
    const full = RobustnessReport.parse((await ask('mediator')).json());
    expect(own.packages).toEqual([{ package: pkg, accept: { ru: full.packages[0]!.accept.ru } }]);
    expect(Object.keys(full.packages[0]!.accept).sort()).toEqual(['ru', 'ua']);
  });

  test('a package naming an unknown option is a 400 that says which and what would do', async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/robustness',
      headers: { authorization: `Bearer ${h.tokens['delegate-ua']}` },
      payload: { samples: 5, packages: [{ 'military.cap': 'cap-700k', nato: 'open' }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'invalid_package',
      errors: [
        {
          path: 'body/packages/0/military.cap',
          message:
            "unknown option 'cap-700k' for issue military.cap (expected one of: none, cap-800k, cap-600k)",
        },
      ],
    });
  });

  test('an observer holds no position, so it is refused', async () => {
    expect((await run('observer')).statusCode).toBe(403);
  });
});
