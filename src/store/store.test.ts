import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Case } from '../model/index.js';
import {
  isPostgresRequired,
  postgresSkippedTitle,
  postgresTestUrl,
  storeTargets,
} from './store-targets.test-support.js';
import type { Store } from './index.js';

const sample = Case.parse({
  id: 'demo',
  title: 'A small process',
  parties: [
    { id: 'ua', name: 'Ukraine' },
    { id: 'ru', name: 'Russia' },
  ],
  tracks: [{ id: 'main', name: 'Main track', parties: ['ua', 'ru'] }],
  issues: [
    {
      id: 'military.cap',
      title: 'Army cap',
      options: [
        { id: 'none', label: 'No cap', value: Infinity },
        { id: 'cap-600k', label: '600,000', value: 600000 },
      ],
    },
  ],
  proposals: [
    {
      id: 'p1',
      title: 'First',
      provisions: [
        { num: '1', label: '1.', text: 'Caps.', codes: [{ issue: 'military.cap', option: 'cap-600k' }] },
      ],
    },
    { id: 'p2', title: 'Second', visibility: 'shared', sharedWith: ['ru'] },
  ],
  positions: [
    {
      party: 'ua',
      reservation: 20,
      weights: { 'military.cap': 1 },
      redlines: [{ id: 'floor', text: 'no cap', rule: { issue: 'military.cap', min: 800000 } }],
    },
  ],
});

if (!postgresTestUrl()) {
  describe.skip(postgresSkippedTitle, () => {
    test('runs the store suite against PostgreSQL', () => {});
  });
  test('PostgreSQL is configured whenever CI requires it', () => {
    expect(isPostgresRequired(), 'PARLEY_REQUIRE_POSTGRES=1 but PARLEY_TEST_DATABASE_URL is not set').toBe(
      false,
    );
  });
}

describe.each(storeTargets())('the store on $name', (target) => {
  let store: Store;
  beforeAll(async () => {
    store = await target.open();
    await store.createProcess(sample);
  });
  afterAll(async () => store?.close());

  test('a stored case reads back equal, infinities included', async () => {
    expect(await store.readCase('demo')).toEqual(sample);
  });

  test('a second process with the same id is refused', async () => {
    expect(await store.createProcess(sample)).toEqual({ ok: false, reason: 'exists' });
  });

  test('a write naming the current version succeeds and bumps it', async () => {
    const current = await store.readProposal('demo', 'p1');
    const next = { ...current!.value, title: 'First, revised' };
    expect(await store.writeProposal('demo', next, current!.version)).toEqual({
      ok: true,
      version: current!.version + 1,
    });
    expect((await store.readProposal('demo', 'p1'))?.value.title).toBe('First, revised');
  });

  test('a stale write is refused with the current version', async () => {
    const current = await store.readPosition('demo', 'ua');
    expect(await store.writePosition('demo', current!.value, current!.version + 5)).toEqual({
      ok: false,
      reason: 'stale',
      currentVersion: current!.version,
    });
  });

  test('concurrent writers from the same version: exactly one wins, so no update is lost', async () => {
    const current = await store.readPosition('demo', 'ua');
    const writes = await Promise.all(
      [30, 40, 50, 60].map((reservation) =>
        store.writePosition('demo', { ...current!.value, reservation }, current!.version),
      ),
    );
    expect(writes.filter((w) => w.ok)).toHaveLength(1);
  });

  test('users, memberships, tokens and sessions round-trip', async () => {
    const user = await store.createUser({
      id: 'u1',
      email: 'a@example.org',
      passwordHash: 'h',
      isAdmin: true,
      createdAt: '2025-01-01T00:00:00Z',
    });
    expect(user).toMatchObject({ id: 'u1', isAdmin: true });
    expect(
      await store.createUser({
        id: 'u2',
        email: 'a@example.org',
        passwordHash: null,
        isAdmin: false,
        createdAt: 'x',
      }),
    ).toBe('exists');
    await store.setMembership({ userId: 'u1', processId: 'demo', role: 'delegate', party: 'ua' });
    await store.setMembership({ userId: 'u1', processId: 'demo', role: 'mediator', party: null });
    expect(await store.listMemberships('u1')).toEqual([
      { userId: 'u1', processId: 'demo', role: 'mediator', party: null },
    ]);
    await store.createToken({
      id: 't1',
      userId: 'u1',
      name: 'script',
      createdAt: 'x',
      revokedAt: null,
      tokenHash: 'hash1',
    });
    expect(await store.findTokenUser('hash1')).toBe('u1');
    expect((await store.findUserByToken('hash1'))?.email).toBe('a@example.org');
    expect(await store.listMembershipsByToken('hash1')).toEqual(await store.listMemberships('u1'));
    expect(await store.listMembershipsByToken('no-such-hash')).toEqual([]);
    await store.revokeToken('t1', 'y');
    expect(await store.findTokenUser('hash1')).toBeUndefined();
    expect(await store.listMembershipsByToken('hash1')).toEqual([]);
    await store.createSession('s1', { userId: 'u1', csrfToken: 'c', expiresAt: 'z' });
    expect(await store.readSession('s1')).toEqual({ userId: 'u1', csrfToken: 'c', expiresAt: 'z' });
  });

  test('a login link works once and not after it expires', async () => {
    await store.createLoginLink('l1', 'u1', '2030-01-01T00:00:00Z');
    await store.createLoginLink('l2', 'u1', '2020-01-01T00:00:00Z');
    expect(await store.consumeLoginLink('l1', '2025-01-01T00:00:00Z')).toBe('u1');
    expect(await store.consumeLoginLink('l1', '2025-01-01T00:00:00Z')).toBeUndefined();
    expect(await store.consumeLoginLink('l2', '2025-01-01T00:00:00Z')).toBeUndefined();
  });

  test('the audit log appends in order and refuses to be rewritten', async () => {
    const entry = {
      at: 't',
      userId: 'u1',
      action: 'login',
      processId: null,
      target: null,
      ip: '127.0.0.1',
      detail: null,
    };
    await store.appendAudit(entry);
    await store.appendAudit({ ...entry, action: 'read-position', processId: 'demo', target: 'ua' });
    expect((await store.listAudit({ limit: 10 })).map((e) => e.action)).toEqual(['login', 'read-position']);
    expect((await store.listAudit({ processId: 'demo', limit: 10 })).map((e) => e.target)).toEqual(['ua']);
  });
});
