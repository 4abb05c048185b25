import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { createApiToken } from './accounts.js';
import { fixturePassword, openHarness } from './harness.test-support.js';
import type { FixtureRole, Harness } from './harness.test-support.js';

// Members and accounts in the browser (issue 14): invitations with a one-time link, roles changed and members
// removed by mediators, and one's own password.
describe.each(storeTargets())('members and passwords on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());

  const call = (
    who: FixtureRole | string,
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ) =>
    h.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${who in h.tokens ? h.tokens[who as FixtureRole] : who}` },
      ...(payload ? { payload } : {}),
    });

  test('a mediator invites a delegate: the link signs the invitee in once, into that process with that role', async () => {
    const invited = await call('mediator', 'POST', '/api/processes/talks/invitations', {
      email: ' New.Delegate@Example.org ',
      role: 'delegate',
      party: 'ru',
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const { loginLink, email, isNewUser, membership } = invited.json();
    expect({ email, isNewUser, role: membership.role, party: membership.party }).toEqual({
      email: 'new.delegate@example.org',
      isNewUser: true,
      role: 'delegate',
      party: 'ru',
    });
    const first = await h.app.inject({
      method: 'POST',
      url: '/api/session/link',
      payload: { token: loginLink },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().memberships).toEqual([expect.objectContaining({ processId: 'talks', party: 'ru' })]);
    const again = await h.app.inject({
      method: 'POST',
      url: '/api/session/link',
      payload: { token: loginLink },
    });
    expect(again.statusCode).toBe(401);
  });

  test('inviting an existing account gives it the role but no link, so no inviter can sign in as someone else', async () => {
    const invited = await call('mediator', 'POST', '/api/processes/talks/invitations', {
      email: 'admin@example.org',
      role: 'observer',
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ isNewUser: false, loginLink: null });
  });

  test('a bad address, a delegate without a party and an unknown party are refused at their field', async () => {
    const errorsOf = async (payload: object) =>
      (await call('mediator', 'POST', '/api/processes/talks/invitations', payload)).json().errors;
    expect(await errorsOf({ email: 'not-an-address', role: 'observer' })).toEqual([
      { path: 'body/email', message: expect.stringContaining('not an e-mail address') },
    ]);
    expect((await errorsOf({ email: 'x@example.org', role: 'delegate' }))[0].path).toBe('body/party');
    expect((await errorsOf({ email: 'x@example.org', role: 'delegate', party: 'zz' }))[0].path).toBe(
      'body/party',
    );
    expect(await h.store.findUserByEmail('x@example.org')).toBeUndefined();
  });

  test('a removed member loses the process at once, on every token; a changed role holds at once', async () => {
    const invited = (
      await call('mediator', 'POST', '/api/processes/talks/invitations', {
        email: 'temp@example.org',
        role: 'observer',
      })
    ).json();
    const userId = invited.membership.userId as string;
    const { token } = await createApiToken(h.store, userId, 'script', () => new Date());
    expect((await call(token, 'GET', '/api/processes/talks')).statusCode).toBe(200);
    const promoted = await call('mediator', 'PUT', `/api/processes/talks/members/${userId}`, {
      role: 'delegate',
      party: 'ua',
    });
    expect(promoted.statusCode).toBe(200);
    expect((await call(token, 'GET', '/api/processes/talks/positions/ua')).statusCode).toBe(200);
    expect((await call('mediator', 'DELETE', `/api/processes/talks/members/${userId}`)).statusCode).toBe(204);
    expect((await call(token, 'GET', '/api/processes/talks')).statusCode).toBe(404);
    expect((await call(token, 'GET', '/api/processes/talks/positions/ua')).statusCode).toBe(404);
  });

  test('a user changes their own password with the current one; a wrong or short one changes nothing', async () => {
    const wrong = await call('observer', 'PUT', '/api/session/password', {
      currentPassword: 'not the password',
      newPassword: 'a brand new long password',
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().errors[0].path).toBe('body/currentPassword');
    const short = await call('observer', 'PUT', '/api/session/password', {
      currentPassword: fixturePassword,
      newPassword: 'short',
    });
    expect(short.json().errors[0].path).toBe('body/newPassword');
    const changed = await call('observer', 'PUT', '/api/session/password', {
      currentPassword: fixturePassword,
      newPassword: 'a brand new long password',
    });
    expect(changed.statusCode).toBe(204);
    const login = (password: string) =>
      h.app.inject({
        method: 'POST',
        url: '/api/session',
        payload: { email: 'observer@example.org', password },
      });
    expect((await login('a brand new long password')).statusCode).toBe(200);
    expect((await login(fixturePassword)).statusCode).toBe(401);
  });
});
