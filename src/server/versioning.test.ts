import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

describe.each(storeTargets())('versions and If-Match on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());
  const headers = () => ({ authorization: `Bearer ${h.tokens.mediator}` });
  const codes = (option: string) => ({ codes: [{ issue: 'military.cap', option }] });
  const url = '/api/processes/talks/proposals/public-plan/provisions/1/codes';

  test('a read carries its version as ETag, and a write naming it succeeds with the next', async () => {
    const read = await h.app.inject({
      url: '/api/processes/talks/proposals/public-plan',
      headers: headers(),
    });
    const version = read.json().version;
    expect(read.headers.etag).toBe(`"${version}"`);
    const write = await h.app.inject({
      method: 'PUT',
      url,
      headers: { ...headers(), 'if-match': read.headers.etag as string },
      payload: codes('cap-800k'),
    });
    expect(write.statusCode).toBe(200);
    expect(write.headers.etag).toBe(`"${version + 1}"`);
  });

  test('a write without If-Match is refused with 428', async () => {
    const write = await h.app.inject({ method: 'PUT', url, headers: headers(), payload: codes('none') });
    expect(write.statusCode).toBe(428);
  });

  test('a stale write gets 412 with the current version, and changes nothing', async () => {
    const current = (await h.store.readProposal('talks', 'public-plan'))!;
    const write = await h.app.inject({
      method: 'PUT',
      url,
      headers: { ...headers(), 'if-match': `"${current.version - 1}"` },
      payload: codes('none'),
    });
    expect(write.statusCode).toBe(412);
    expect(write.json().currentVersion).toBe(current.version);
    expect(await h.store.readProposal('talks', 'public-plan')).toEqual(current);
  });

  test('of many concurrent writers from one version exactly one wins and the rest get 412', async () => {
    const { version } = (await h.store.readPosition('talks', 'ua'))!;
    const position = (await h.store.readPosition('talks', 'ua'))!.value;
    const writes = await Promise.all(
      [21, 22, 23, 24, 25, 26, 27, 28].map((reservation) =>
        h.app.inject({
          method: 'PUT',
          url: '/api/processes/talks/positions/ua',
          headers: { ...headers(), 'if-match': `"${version}"` },
          payload: { ...position, reservation },
        }),
      ),
    );
    const statuses = writes.map((w) => w.statusCode).sort();
    expect(statuses).toEqual([200, 412, 412, 412, 412, 412, 412, 412]);
    const winner = writes.find((w) => w.statusCode === 200)!.json().reservation;
    expect((await h.store.readPosition('talks', 'ua'))!.value.reservation).toBe(winner);
  });

  test('a code naming an unknown option is refused with its place and the options that exist', async () => {
    const { version } = (await h.store.readProposal('talks', 'public-plan'))!;
    const write = await h.app.inject({
      method: 'PUT',
      url,
      headers: { ...headers(), 'if-match': `"${version}"` },
      payload: codes('cap-700k'),
    });
    expect(write.statusCode).toBe(422);
    expect(write.json().detail).toMatch(/cap-700k/);
  });

  test('a position scoring an option the issue does not have is refused with its path, and nothing changes', async () => {
    const before = (await h.store.readPosition('talks', 'ua'))!;
    const utilities = { ...before.value.utilities, nato: { open: 100, neutral: 50 } };
    const write = await h.app.inject({
      method: 'PUT',
      url: '/api/processes/talks/positions/ua',
      headers: { ...headers(), 'if-match': `"${before.version}"` },
      payload: { ...before.value, utilities },
    });
    expect(write.statusCode).toBe(422);
    expect(write.json().detail).toMatch(/neutral/);
    expect(await h.store.readPosition('talks', 'ua')).toEqual(before);
  });
});
