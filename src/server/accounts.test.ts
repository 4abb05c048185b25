import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { lockout } from './accounts.js';
import { buildApp } from './app.js';
import { fixturePassword, fixtureUsers, openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

const cookieOf = (setCookie: string | string[] | undefined): string => {
  const header = Array.isArray(setCookie) ? setCookie[0] : setCookie;
  return header?.split(';')[0] ?? '';
};

describe.each(storeTargets())('accounts and sessions on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());

  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    h.app.inject({ method: 'POST', url: '/api/session', payload: { email, password }, headers });

  test('a login sets an httpOnly SameSite=Strict cookie that is Secure only behind TLS', async () => {
    const plain = await login(fixtureUsers.mediator.email, fixturePassword);
    expect(plain.statusCode).toBe(200);
    const cookie = String(plain.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const tls = await login(fixtureUsers.mediator.email, fixturePassword, { 'x-forwarded-proto': 'https' });
    expect(String(tls.headers['set-cookie'])).toMatch(/Secure/);
  });

  test('a cookie session reads freely but writes only with its CSRF token', async () => {
    const session = await login(fixtureUsers.mediator.email, fixturePassword);
    const cookie = cookieOf(session.headers['set-cookie']);
    const { csrfToken } = session.json();
    const read = await h.app.inject({ url: '/api/processes', headers: { cookie } });
    expect(read.statusCode).toBe(200);
    const withoutToken = await h.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie },
      payload: { name: 'x' },
    });
    expect(withoutToken.statusCode).toBe(403);
    expect(withoutToken.json().code).toBe('csrf_failed');
    const withToken = await h.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { cookie, 'x-csrf-token': csrfToken },
      payload: { name: 'x' },
    });
    expect(withToken.statusCode).toBe(201);
  });

  test('logging out ends the session', async () => {
    const session = await login(fixtureUsers.observer.email, fixturePassword);
    const cookie = cookieOf(session.headers['set-cookie']);
    const out = await h.app.inject({
      method: 'DELETE',
      url: '/api/session',
      headers: { cookie, 'x-csrf-token': session.json().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect((await h.app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
  });

  test(`${lockout.attempts} wrong passwords lock the account, even against the right one`, async () => {
    const email = fixtureUsers['delegate-ru'].email;
    const statuses = [];
    for (let i = 0; i < lockout.attempts; i++)
      statuses.push((await login(email, 'wrong password!')).statusCode);
    expect(statuses).toEqual(Array(lockout.attempts).fill(401));
    const right = await login(email, fixturePassword);
    expect(right.statusCode).toBe(401);
    expect(right.json().detail).toMatch(/locked/);
  });

  test('a revoked API token no longer authenticates', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/tokens',
      headers: { authorization: `Bearer ${h.tokens.observer}` },
      payload: { name: 'temp' },
    });
    const { token, info } = created.json();
    expect(
      (await h.app.inject({ url: '/api/session', headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(200);
    await h.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${info.id}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(
      (await h.app.inject({ url: '/api/session', headers: { authorization: `Bearer ${token}` } })).statusCode,
    ).toBe(401);
    expect(JSON.stringify(await h.store.listTokens(info.userId))).not.toContain(token);
  });

  test("a user cannot revoke someone else's token", async () => {
    const [mine] = await h.store.listTokens(h.userIds.mediator);
    const response = await h.app.inject({
      method: 'DELETE',
      url: `/api/tokens/${mine!.id}`,
      headers: { authorization: `Bearer ${h.tokens.observer}` },
    });
    expect(response.statusCode).toBe(404);
  });

  test('an admin-created user without a password logs in once with the link', async () => {
    const created = await h.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { authorization: `Bearer ${h.tokens.admin}` },
      payload: { email: 'New@Example.org' },
    });
    const { loginLink, user } = created.json();
    expect(user.email).toBe('new@example.org');
    const first = await h.app.inject({
      method: 'POST',
      url: '/api/session/link',
      payload: { token: loginLink },
    });
    expect(first.statusCode).toBe(200);
    const again = await h.app.inject({
      method: 'POST',
      url: '/api/session/link',
      payload: { token: loginLink },
    });
    expect(again.statusCode).toBe(401);
  });

  test('logins, sealed reads and writes are in the audit log with who and from where', async () => {
    await h.app.inject({
      url: '/api/processes/talks/positions/ua',
      headers: { authorization: `Bearer ${h.tokens['delegate-ua']}` },
    });
    const log = await h.app.inject({
      url: '/api/processes/talks/audit',
      headers: { authorization: `Bearer ${h.tokens.mediator}` },
    });
    const entries = log.json().entries as { action: string; userId: string; ip: string; target: string }[];
    expect(entries).toContainEqual(
      expect.objectContaining({
        action: 'read-position',
        userId: h.userIds['delegate-ua'],
        target: 'ua',
        ip: '127.0.0.1',
      }),
    );
    const all = await h.app.inject({
      url: '/api/audit/export',
      headers: { authorization: `Bearer ${h.tokens.admin}` },
    });
    const lines = all.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.action)).toEqual(
      expect.arrayContaining([
        'login',
        'login-failed',
        'login-locked',
        'create-token',
        'revoke-token',
        'read-position',
      ]),
    );
  });

  test('logins beyond the rate limit of an address get 429 before any password is checked', async () => {
    const app = await buildApp({
      store: h.store,
      loadShedding: false,
      loginLimit: { max: 2, timeWindowMs: 60_000 },
    });
    const statuses = [];
    for (let i = 0; i < 3; i++) {
      statuses.push(
        (
          await app.inject({
            method: 'POST',
            url: '/api/session',
            payload: { email: 'nobody@example.org', password: 'x' },
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([401, 401, 429]);
    await app.close();
  });

  test('a session no longer authenticates once it has expired', async () => {
    const session = await login(fixtureUsers.observer.email, fixturePassword);
    const cookie = cookieOf(session.headers['set-cookie']);
    const later = await buildApp({
      store: h.store,
      loadShedding: false,
      clock: () => new Date('2025-11-26T01:00:00Z'),
    });
    expect((await later.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
    expect((await h.app.inject({ url: '/api/session', headers: { cookie } })).statusCode).toBe(401);
    await later.close();
  });
});
