import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PartyRobustnessReport, RobustnessReport } from '../../robustness/index.js';
import { storeTargets } from '../../store/store-targets.test-support.js';
import { fixtureCase, openHarness } from '../harness.test-support.js';
import type { FixtureRole, Harness } from '../harness.test-support.js';

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

  const ask = (role: FixtureRole, payload: object) =>
    h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/robustness',
      headers: { authorization: `Bearer ${h.tokens[role]}` },
      payload: { samples: 20, seed: 2, detailSamples: 0, ...payload },
    });
  const release = (packages: object[]) =>
    h.app.inject({
      method: 'PUT',
      url: '/api/processes/talks/released-packages',
      headers: { authorization: `Bearer ${h.tokens.mediator}` },
      payload: { packages },
    });

  test("once a mediator releases a package, a delegate's answer has its own party's acceptance of it, as the mediator sees it", async () => {
    const pkg = { 'military.cap': 'cap-800k', nato: 'excluded' };
    const before = PartyRobustnessReport.parse((await ask('delegate-ru', {})).json());
    expect(before.packages).toEqual([]);
    expect((await release([pkg])).statusCode).toBe(200);
    try {
      const own = PartyRobustnessReport.parse((await ask('delegate-ru', {})).json());
      const full = RobustnessReport.parse((await ask('mediator', {})).json());
      expect(own.packages).toEqual([{ package: pkg, accept: { ru: full.packages[0]!.accept.ru } }]);
      expect(Object.keys(full.packages[0]!.accept).sort()).toEqual(['ru', 'ua']);
      expect(own.uses).toBe('entered');
    } finally {
      await release([]);
    }
  });

  test('a delegate asking about a package nobody released is refused, and a mediator may ask about any', async () => {
    const pkg = { 'military.cap': 'cap-600k', nato: 'excluded' };
    const refused = await ask('delegate-ua', { packages: [pkg] });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toMatch(/package 1 was not released by the mediators/);
    const full = RobustnessReport.parse((await ask('mediator', { packages: [pkg] })).json());
    expect(full.packages.map((p) => p.package)).toEqual([pkg]);
  });

  test("a mediator weighs the mediators' estimates on request, and the answer says which positions it weighed", async () => {
    const ru = fixtureCase.positions.find((p) => p.party === 'ru')!;
    const put = await h.app.inject({
      method: 'PUT',
      url: '/api/processes/talks/estimates/ru',
      headers: { authorization: `Bearer ${h.tokens.mediator}`, 'if-none-match': '*' },
      payload: { ...ru, reservation: '60..90' },
    });
    expect(put.statusCode, put.body).toBe(200);
    try {
      const entered = RobustnessReport.parse((await ask('mediator', {})).json());
      const estimated = RobustnessReport.parse((await ask('mediator', { use: 'estimates' })).json());
      expect([entered.uses, entered.estimated]).toEqual(['entered', []]);
      expect([estimated.uses, estimated.estimated]).toEqual(['estimates', ['ru']]);
      expect(estimated.parameters).toContain('ru.reservation');
      expect(entered.parameters).not.toContain('ru.reservation');
      // The delegate of the estimated party weighs what it entered, and may not ask for the estimate.
      expect((await ask('delegate-ru', { use: 'estimates' })).statusCode).toBe(403);
    } finally {
      await h.store.deleteEstimate('talks', 'ru');
    }
    const none = await ask('mediator', { use: 'estimates' });
    expect([none.statusCode, none.json().code]).toEqual([400, 'no_estimates']);
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
