// POST …/check on the demo case (issue 15): dated positions (asOf), bracketed alternatives and coherence
// rules reach the API as they reach `parley check --json`, and a delegate's answer never depends on another
// party's sealed position, earlier versions included.
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RedactedCheckResult } from '../analysis/index.js';
import { loadCase } from '../io/index.js';
import { Proposal } from '../model/index.js';
import type { Case } from '../model/index.js';
import { storeTargets } from '../store/store-targets.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { FixtureRole, Harness } from './harness.test-support.js';

const demoDir = fileURLToPath(new URL('../../cases/ukraine-2025', import.meta.url));

interface CheckAnswer {
  results: RedactedCheckResult[];
  incoherent?: { proposal: string; rule: string; evidence: string[] }[];
}

describe.each(storeTargets())('POST …/check on the demo case on $name', (target) => {
  let h: Harness;
  let demo: Case;
  // A copy of the demo whose Ukrainian positions (current and earlier) say something else entirely.
  const altered = (c: Case): Case => ({
    ...c,
    id: 'ukraine-altered',
    positions: c.positions.map((p) => (p.party === 'ua' ? { ...p, reservation: 90, redlines: [] } : p)),
    earlierPositions: (c.earlierPositions ?? []).map((p) => ({
      ...p,
      reservation: 5,
      redlines: p.redlines.map((r) => ({ ...r, rule: { issue: 'guarantees', in: ['none'] } })),
    })),
  });

  // A copy of the demo with one more public text that offers an Article 5-style guarantee and bans every
  // foreign contingent, which the rule guarantee-needs-presence forbids.
  const withIncoherentText = (c: Case): Case => ({
    ...c,
    id: 'ukraine-incoherent',
    proposals: [
      ...c.proposals,
      Proposal.parse({
        id: 'muddle',
        title: 'A muddled text',
        authors: ['us'],
        visibility: 'public',
        provisions: [
          {
            num: '1',
            label: '1.',
            text: 'Article 5-style guarantees from the US, NATO and Europe.',
            codes: [{ issue: 'guarantees', option: 'western-article-5' }],
          },
          {
            num: '2',
            label: '2.',
            text: 'No foreign troops at all.',
            codes: [{ issue: 'troops.foreign', option: 'no-foreign-troops' }],
          },
        ],
      }),
    ],
  });

  beforeAll(async () => {
    h = await openHarness(target);
    const loaded = await loadCase(demoDir);
    if (!loaded.ok) throw new Error('the demo case does not load');
    demo = loaded.value;
    for (const theCase of [demo, altered(demo), withIncoherentText(demo)]) {
      await h.store.createProcess(theCase);
      for (const [role, party] of [
        ['mediator', null],
        ['delegate-ua', 'ua'],
        ['delegate-ru', 'ru'],
        ['observer', null],
      ] as const)
        await h.store.setMembership({
          userId: h.userIds[role],
          processId: theCase.id,
          role: party ? 'delegate' : role === 'mediator' ? 'mediator' : 'observer',
          party,
        });
    }
  });
  afterAll(async () => h?.close());

  const check = async (role: FixtureRole, body: object, processId = 'ukraine-2025'): Promise<CheckAnswer> => {
    const res = await h.app.inject({
      method: 'POST',
      url: `/api/processes/${processId}/check`,
      headers: { authorization: `Bearer ${h.tokens[role]}` },
      payload: body,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<CheckAnswer>();
  };
  const row = (answer: CheckAnswer, proposal: string, party: string) =>
    answer.results.find((r) => r.proposal === proposal && r.party === party);

  test('judges each proposal at its own date by default, at a given date, or at the latest positions', async () => {
    const byDate = await check('mediator', { proposals: ['istanbul-2022'], parties: ['ua'] });
    expect(row(byDate, 'istanbul-2022', 'ua')).toMatchObject({ asOf: '2022-03-29', verdict: 'satisfied' });
    const at2023 = await check('mediator', {
      proposals: ['istanbul-2022'],
      parties: ['ua'],
      asOf: '2023-06-01',
    });
    expect(row(at2023, 'istanbul-2022', 'ua')?.asOf).toBe('2022-03-29');
    const latest = await check('mediator', { proposals: ['istanbul-2022'], parties: ['ua'], asOf: 'latest' });
    expect(row(latest, 'istanbul-2022', 'ua')).toMatchObject({ asOf: '2025-11-20', verdict: 'open' });
    expect(row(latest, 'istanbul-2022', 'ua')?.redlines.map((r) => r.id)).toContain('army-floor');
  });

  test('reports a red line left open by bracketed alternatives with its verdict under each, to the party itself', async () => {
    for (const role of ['mediator', 'delegate-ua'] as const) {
      const answer = await check(role, { proposals: ['framework-20'] });
      const line = row(answer, 'framework-20', 'ua')?.redlines.find((r) => r.id === 'no-donbas-transfer');
      expect(line).toMatchObject({
        verdict: 'open',
        alternatives: [
          { issue: 'territory.donbas', option: 'no-withdrawal', verdict: 'satisfied' },
          { issue: 'territory.donbas', option: 'free-economic-zone', verdict: 'violated' },
        ],
      });
    }
  });

  test('answers incoherent, here empty, to every member whenever the case has coherence rules, like check --json', async () => {
    for (const role of ['mediator', 'delegate-ua', 'delegate-ru', 'observer'] as const)
      expect((await check(role, {})).incoherent, role).toEqual([]);
  });

  test('names a proposal that breaks a coherence rule, with its evidence, to every member alike', async () => {
    const answers = await Promise.all(
      (['mediator', 'delegate-ua', 'delegate-ru', 'observer'] as const).map((role) =>
        check(role, {}, 'ukraine-incoherent'),
      ),
    );
    for (const answer of answers)
      expect(answer.incoherent).toEqual([
        { proposal: 'muddle', rule: 'guarantee-needs-presence', evidence: ['1', '2'] },
      ]);
  });

  test('a delegate sees its own party’s rows only, and nothing of another party’s positions, current or earlier', async () => {
    for (const body of [{}, { asOf: 'latest' }, { asOf: '2022-04-01' }]) {
      const ru = await check('delegate-ru', body);
      expect(new Set(ru.results.map((r) => r.party))).toEqual(new Set(['ru']));
      // The same answer when Ukraine's sealed positions, earlier versions included, are quite different.
      expect(await check('delegate-ru', body, 'ukraine-altered')).toEqual(ru);
      const ua = await check('delegate-ua', body, 'ukraine-altered');
      expect(ua).not.toEqual(await check('delegate-ua', body));
    }
  });
});
