// Issue #10: anonymous 20 MiB bodies were read before authentication. Now a request with a body is
// authenticated in `onRequest`, before a byte of its body is read; only the login routes take anonymous
// bodies, and those are capped at 16 KiB.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

const mebibyte = 1024 * 1024;

/** A 20 MiB body made on demand, counting how many bytes the server pulled from it. */
function countedBody(total = 20 * mebibyte): { stream: Readable; pulled: () => number } {
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  const stream = new Readable({
    read() {
      if (sent >= total) return void this.push(null);
      sent += chunk.length;
      this.push(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

describe.each(storeTargets())('authentication before the body on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());

  test('an anonymous 20 MiB archive upload is answered 401 with almost none of it read', async () => {
    const body = countedBody();
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/processes',
      headers: { 'content-type': 'application/zip', 'content-length': String(20 * mebibyte) },
      payload: body.stream,
    });
    expect(response.statusCode, response.body).toBe(401);
    expect(response.json().code).toBe('unauthenticated');
    expect(body.pulled()).toBeLessThan(mebibyte);
  });

  test('an unknown bearer token is refused before its 20 MiB body is read', async () => {
    const body = countedBody();
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/processes',
      headers: {
        authorization: 'Bearer parley_not-a-real-token-at-all',
        'content-type': 'application/zip',
        'content-length': String(20 * mebibyte),
      },
      payload: body.stream,
    });
    expect(response.statusCode, response.body).toBe(401);
    expect(response.json().code).toBe('bad_token');
    expect(body.pulled()).toBeLessThan(mebibyte);
  });

  test('the same upload by an admin is read (the counter can see a read body)', async () => {
    const body = countedBody(2 * mebibyte);
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/processes',
      headers: {
        authorization: `Bearer ${h.tokens.admin}`,
        'content-type': 'application/zip',
        'content-length': String(2 * mebibyte),
      },
      payload: body.stream,
    });
    expect(response.statusCode, response.body).toBe(400); // read, and refused as no zip
    expect(body.pulled()).toBe(2 * mebibyte);
  });

  test('an anonymous JSON body to any route but the login ones is 401, whatever its size', async () => {
    for (const url of ['/api/processes/talks/check', '/api/tokens', '/api/processes/talks/proposals']) {
      const response = await h.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        payload: `{"x":"${'a'.repeat(2 * mebibyte)}"}`,
      });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(401);
    }
  });

  test('a login body over 16 KiB is refused as too large, an ordinary one is read', async () => {
    const large = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'admin@example.org', password: 'x'.repeat(17 * 1024) },
    });
    expect(large.statusCode, large.body).toBe(413);
    const wrong = await h.app.inject({
      method: 'POST',
      url: '/api/session',
      payload: { email: 'admin@example.org', password: 'not the password' },
    });
    expect(wrong.statusCode, wrong.body).toBe(401);
    expect(wrong.json().code).toBe('bad_credentials');
  });
});
