import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { callerFor, canary, openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

// History (issue 14): every saved version, who saved it and when, and restore as a new version.
describe.each(storeTargets())('history on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());
  const call = callerFor(() => h);

  test('a saved position keeps its old version, lists who saved each, and restore makes a new version', async () => {
    const first = (await call('delegate-ua', 'GET', '/api/processes/talks/positions/ua')).json();
    const { version, ...position } = first;
    const saved = await call(
      'delegate-ua',
      'PUT',
      '/api/processes/talks/positions/ua',
      { ...position, reservation: 55 },
      {
        'if-match': `"${version}"`,
      },
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const versions = (await call('delegate-ua', 'GET', '/api/processes/talks/positions/ua/versions')).json()
      .versions;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([version + 1, version]);
    expect(versions[0]).toMatchObject({ author: 'ua@example.org', at: '2025-11-25T12:00:00.000Z' });
    expect(versions[1].author).toBeNull();
    const old = (
      await call('delegate-ua', 'GET', `/api/processes/talks/positions/ua/versions/${version}`)
    ).json();
    expect(old.reservation).toBe(20);
    const restored = await call(
      'delegate-ua',
      'POST',
      `/api/processes/talks/positions/ua/versions/${version}/restore`,
      undefined,
      {
        'if-match': `"${version + 1}"`,
      },
    );
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toMatchObject({ reservation: 20, version: version + 2 });
    const stale = await call(
      'delegate-ua',
      'POST',
      `/api/processes/talks/positions/ua/versions/${version}/restore`,
      undefined,
      {
        'if-match': `"${version}"`,
      },
    );
    expect(stale.statusCode).toBe(412);
  });

  test("a delegate sees no version of another party's position, nor of a proposal it cannot read now", async () => {
    const list = await call('delegate-ua', 'GET', '/api/processes/talks/positions/ru/versions');
    expect(list.statusCode).toBe(404);
    expect(list.body).not.toContain(canary('ru'));
    const { version } = (await h.store.readPosition('talks', 'ru'))!;
    const one = await call('delegate-ua', 'GET', `/api/processes/talks/positions/ru/versions/${version}`);
    expect(one.statusCode).toBe(404);
    expect(
      (await call('delegate-ua', 'GET', '/api/processes/talks/proposals/ru-note/versions')).statusCode,
    ).toBe(404);
    expect(
      (await call('mediator', 'GET', '/api/processes/talks/proposals/ru-note/versions')).statusCode,
    ).toBe(200);
  });

  test("an estimate's versions are the mediators' alone: listed, read, restored, and audited", async () => {
    const entered = (await h.store.readPosition('talks', 'ru'))!.value;
    const created = await call(
      'mediator',
      'PUT',
      '/api/processes/talks/estimates/ru',
      { ...entered, reservation: '20..40' },
      { 'if-none-match': '*' },
    );
    expect(created.statusCode, created.body).toBe(200);
    const { version } = created.json();
    const changed = await call(
      'mediator',
      'PUT',
      '/api/processes/talks/estimates/ru',
      { ...entered, reservation: 45 },
      { 'if-match': `"${version}"` },
    );
    expect(changed.statusCode, changed.body).toBe(200);
    const versions = (await call('mediator', 'GET', '/api/processes/talks/estimates/ru/versions')).json()
      .versions;
    expect(versions).toEqual([
      { version: version + 1, author: 'mediator@example.org', at: '2025-11-25T12:00:00.000Z' },
      { version, author: 'mediator@example.org', at: '2025-11-25T12:00:00.000Z' },
    ]);
    const old = await call('mediator', 'GET', `/api/processes/talks/estimates/ru/versions/${version}`);
    expect(old.json()).toMatchObject({ reservation: '20..40', version });
    const restored = await call(
      'mediator',
      'POST',
      `/api/processes/talks/estimates/ru/versions/${version}/restore`,
      undefined,
      { 'if-match': `"${version + 1}"` },
    );
    expect(restored.statusCode, restored.body).toBe(200);
    expect((await h.store.readEstimate('talks', 'ru'))?.value.reservation).toBe('20..40');
    // The position the party entered has a history of its own, untouched.
    expect((await h.store.readPosition('talks', 'ru'))?.value.reservation).toBe(entered.reservation);
    const actions = (await call('mediator', 'GET', '/api/processes/talks/audit')).json();
    const logged = JSON.stringify(actions);
    for (const action of ['read-estimate-history', 'restore-estimate']) expect(logged).toContain(action);
    // The estimated party's delegate is refused as everyone else is, whether or not the estimate exists.
    for (const party of ['ru', 'ua'])
      for (const url of [`estimates/${party}/versions`, `estimates/${party}/versions/${version}`]) {
        const refused = await call('delegate-ru', 'GET', `/api/processes/talks/${url}`);
        expect(refused.statusCode).toBe(403);
        expect(refused.body).not.toContain('20..40');
      }
  });

  test('two versions of a proposal compare word by word, the later against the earlier', async () => {
    const { version, value } = (await h.store.readProposal('talks', 'public-plan'))!;
    const reworded = {
      ...value,
      provisions: value.provisions.map((p) =>
        p.num === '1' ? { ...p, text: 'The army is capped at 800,000.' } : p,
      ),
    };
    const written = await h.store.writeProposal('talks', reworded, version, undefined);
    expect(written.ok).toBe(true);
    const answer = await call(
      'delegate-ua',
      'GET',
      `/api/processes/talks/proposals/public-plan/versions/${version}/compare/${version + 1}`,
    );
    expect(answer.statusCode, answer.body).toBe(200);
    const first = answer.json().pairs.find((p: { from: string | null }) => p.from === '1');
    expect(first.kind).toBe('modified');
    expect(first.redline).toEqual(
      expect.arrayContaining([
        { op: 'delete', text: '600,000' },
        { op: 'insert', text: '800,000' },
      ]),
    );
    const missing = await call(
      'delegate-ua',
      'GET',
      `/api/processes/talks/proposals/public-plan/versions/${version}/compare/${version + 5}`,
    );
    expect(missing.statusCode).toBe(404);
    const unreadable = await call(
      'delegate-ua',
      'GET',
      '/api/processes/talks/proposals/ru-note/versions/1/compare/1',
    );
    expect(unreadable.statusCode).toBe(404);
  });
});
