// A proposal the caller may not read answers exactly like an id nobody uses, whatever else is wrong with the
// request (a stale or missing If-Match, codes that do not fit, a new proposal revising it), so neither its
// existence nor its version leaks. The audit found both in 412 and 422 answers.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

describe.each(storeTargets())('existence of unreadable proposals on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());

  /** The answer as delegate-ru (who may not read ua-draft), with the proposal id replaced by `<id>`. */
  const ask = async (
    id: string,
    request: (id: string) => Omit<InjectOptions, 'headers'> & { headers?: object },
  ) => {
    const options = request(id);
    const response = await h.app.inject({
      ...options,
      headers: { ...options.headers, authorization: `Bearer ${h.tokens['delegate-ru']}` },
    } as InjectOptions);
    return { status: response.statusCode, body: response.body.replaceAll(id, '<id>') };
  };

  const requests: Record<string, (id: string) => Omit<InjectOptions, 'headers'> & { headers?: object }> = {
    'a share with a stale If-Match': (id) => ({
      method: 'PATCH',
      url: `/api/processes/talks/proposals/${id}`,
      headers: { 'if-match': '"1"' },
      payload: { visibility: 'public' },
    }),
    'a share without If-Match': (id) => ({
      method: 'PATCH',
      url: `/api/processes/talks/proposals/${id}`,
      payload: { visibility: 'public' },
    }),
    'codes naming an unknown option, with a stale If-Match': (id) => ({
      method: 'PUT',
      url: `/api/processes/talks/proposals/${id}/provisions/1/codes`,
      headers: { 'if-match': '"1"' },
      payload: { codes: [{ issue: 'nato', option: 'nonsense' }] },
    }),
    'a read': (id) => ({ method: 'GET', url: `/api/processes/talks/proposals/${id}` }),
    'a compare': (id) => ({
      method: 'POST',
      url: '/api/processes/talks/compare',
      payload: { a: 'public-plan', b: id },
    }),
    'a draft on it': (id) => ({
      method: 'POST',
      url: '/api/processes/talks/draft',
      payload: { base: id, package: { nato: 'nonsense' } },
    }),
    'a new proposal revising it': (id) => ({
      method: 'POST',
      url: '/api/processes/talks/proposals',
      payload: { id: `revision-of-${id}`, title: 'Revision', authors: ['ru'], revises: id },
    }),
  };

  for (const [what, request] of Object.entries(requests)) {
    test(`${what}: a private proposal of another party answers like an unused id`, async () => {
      const unreadable = await ask('ua-draft', request);
      const unused = await ask('no-such-draft', request);
      expect(unreadable).toEqual(unused);
      expect(unreadable.status).toBeGreaterThanOrEqual(400);
    });
  }

  test('a new proposal under a taken id is refused alike whether the caller may read the taken one, with no version', async () => {
    const create = (id: string) =>
      ask(id, (i) => ({
        method: 'POST',
        url: '/api/processes/talks/proposals',
        payload: { id: i, title: 'Mine', authors: ['ru'], visibility: 'private' },
      }));
    const unreadable = await create('ua-draft');
    const readable = await create('public-plan');
    expect(unreadable).toEqual(readable);
    expect(unreadable.status).toBe(409);
    expect(JSON.parse(unreadable.body)).toMatchObject({ code: 'id_taken' });
    expect(unreadable.body).not.toMatch(/version/i);
  });
});
