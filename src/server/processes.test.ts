import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { fixtureCase, openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

describe.each(storeTargets())('processes and proposals on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());
  const get = (url: string, role: keyof Harness['tokens'] = 'observer') =>
    h.app.inject({ url, headers: { authorization: `Bearer ${h.tokens[role]}` } });

  test('an option without limit is sent as the value "Infinity", which JSON cannot spell as a number', async () => {
    const process = (await get('/api/processes/talks')).json();
    expect(process.issues[0].options[0]).toEqual({ id: 'none', label: 'No cap', value: 'Infinity' });
    expect(process.access).toEqual({ role: 'observer', party: null });
  });

  test('an observer lists only public proposals, a delegate also its own and those shared with it', async () => {
    const ids = async (role: keyof Harness['tokens']) =>
      (await get('/api/processes/talks/proposals', role)).json().proposals.map((p: { id: string }) => p.id);
    expect(await ids('observer')).toEqual(['public-plan']);
    expect(await ids('delegate-ua')).toEqual(['public-plan', 'ua-draft']);
    expect(await ids('mediator')).toEqual(['public-plan', 'ua-draft', 'ru-note']);
  });

  test('sharing a private proposal with a party lets that party read it', async () => {
    const { version } = (await h.store.readProposal('talks', 'ua-draft'))!;
    const shared = await h.app.inject({
      method: 'PATCH',
      url: '/api/processes/talks/proposals/ua-draft',
      headers: { authorization: `Bearer ${h.tokens['delegate-ua']}`, 'if-match': `"${version}"` },
      payload: { visibility: 'shared', sharedWith: ['ru'] },
    });
    expect(shared.statusCode, shared.body).toBe(200);
    expect((await get('/api/processes/talks/proposals/ua-draft', 'delegate-ru')).statusCode).toBe(200);
    expect((await get('/api/processes/talks/proposals/ua-draft', 'observer')).statusCode).toBe(404);
  });

  test('a compare answer is the same when served again from the cache, and follows a new version', async () => {
    const compare = () =>
      h.app.inject({
        method: 'POST',
        url: '/api/processes/talks/compare',
        headers: { authorization: `Bearer ${h.tokens.mediator}` },
        payload: { a: 'public-plan', b: 'ru-note' },
      });
    const first = (await compare()).json();
    expect((await compare()).json()).toEqual(first);
    const { version, value } = (await h.store.readProposal('talks', 'ru-note'))!;
    await h.store.writeProposal(
      'talks',
      { ...value, provisions: [{ ...value.provisions[0]!, text: 'Something else entirely.' }] },
      version,
    );
    expect((await compare()).json()).not.toEqual(first);
  });

  test('a new proposal may revise one that exists, and naming one that does not is refused with its place', async () => {
    const post = (id: string, revises: string) =>
      h.app.inject({
        method: 'POST',
        url: '/api/processes/talks/proposals',
        headers: { authorization: `Bearer ${h.tokens.mediator}` },
        payload: { id, title: id, authors: ['us'], revises },
      });
    expect((await post('plan-2', 'public-plan')).statusCode).toBe(201);
    const bad = await post('plan-3', 'no-such-plan');
    expect(bad.statusCode).toBe(422);
    expect(bad.json().detail).toMatch(/no-such-plan/);
  });

  test('a process deleted and imported again under the same id never serves the old proposal from a cache', async () => {
    const id = 'again';
    const read = () => get(`/api/processes/${id}/proposals/public-plan`, 'admin');
    await h.store.createProcess({ ...fixtureCase, id });
    expect((await read()).json().title).toBe('Public plan');
    await h.app.inject({
      method: 'DELETE',
      url: `/api/processes/${id}`,
      headers: { authorization: `Bearer ${h.tokens.admin}` },
    });
    await h.store.createProcess({
      ...fixtureCase,
      id,
      proposals: fixtureCase.proposals.map((p) => ({ ...p, title: `${p.title}, again` })),
    });
    expect((await read()).json().title).toBe('Public plan, again');
  });
});
