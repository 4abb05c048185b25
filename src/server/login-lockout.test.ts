// The audit's account findings, as regression tests: concurrent wrong passwords never locked the account
// (each login read a stale count), two servers let 19 guesses through, and an unknown e-mail answered
// differently from a known one. Times are measured in bench:server, never asserted here.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { openStore } from '../store/index.js';
import { storeTargets } from '../store/store-targets.test-support.js';
import type { Store } from '../store/index.js';
import { addUser, lockout } from './accounts.js';
import { buildApp } from './app.js';
import * as secrets from './secrets.js';
import { fixturePassword, fixtureUsers, openHarness, testPasswordCost } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

// Counts argon2 verifications, to show that every login attempt does the same work.
vi.mock('./secrets.js', async (original) => {
  const actual = await original<typeof secrets>();
  return { ...actual, verifyPassword: vi.fn(actual.verifyPassword) };
});
const verifications = () => vi.mocked(secrets.verifyPassword).mock.calls.length;

const clock = () => new Date('2025-11-25T12:00:00Z');
const wrong = 'a wrong password, guessed';

type Injectable = Harness['app'];
const login = (app: Injectable, email: string, password: string) =>
  app.inject({ method: 'POST', url: '/api/session', payload: { email, password } });

async function countAudit(store: Store, action: string): Promise<number> {
  return (await store.listAudit({ limit: 10_000 })).filter((e) => e.action === action).length;
}

describe.each(storeTargets())('logins under concurrency on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target, clock);
  });
  afterAll(async () => h?.close());

  test(`20 simultaneous wrong passwords lock the account after ${lockout.attempts} checked guesses`, async () => {
    const email = fixtureUsers['delegate-ua'].email;
    const answers = await Promise.all(Array.from({ length: 20 }, () => login(h.app, email, wrong)));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(20).fill(401));
    expect(await countAudit(h.store, 'login-failed')).toBe(lockout.attempts);
    expect(await countAudit(h.store, 'login-locked')).toBe(20 - lockout.attempts);
    expect((await login(h.app, email, fixturePassword)).statusCode).toBe(401);
  });

  test('an unknown address, a wrong password and a locked account answer alike, each after one argon2 verification', async () => {
    const ask = async (email: string) => {
      const before = verifications();
      const response = await login(h.app, email, wrong);
      return { status: response.statusCode, body: response.body, verified: verifications() - before };
    };
    const unknown = await ask('nobody-at-all@example.org');
    const known = await ask(fixtureUsers.observer.email);
    const locked = await ask(fixtureUsers['delegate-ua'].email); // locked by the test above
    expect(unknown).toEqual({ status: 401, body: known.body, verified: 1 });
    expect(known).toEqual(locked);
  });
});

describe('two servers over one database', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'parley-lockout-'));
  });
  afterAll(async () => rm(dir, { recursive: true, force: true }));

  test(`check at most ${lockout.attempts} guesses in all, however many arrive at each`, async () => {
    const file = join(dir, 'shared.db');
    const stores = [await openStore({ file }), await openStore({ file })];
    const added = await addUser(
      stores[0]!,
      { email: 'target@example.org', password: fixturePassword, isAdmin: false },
      clock,
      testPasswordCost,
    );
    expect(added.ok).toBe(true);
    const apps = await Promise.all(
      stores.map((store) =>
        buildApp({
          store,
          clock,
          passwordCost: testPasswordCost,
          loginLimit: { max: 1000, timeWindowMs: 60_000 },
          loadShedding: false,
        }),
      ),
    );
    try {
      await Promise.all(
        apps.flatMap((app) => Array.from({ length: 20 }, () => login(app, 'target@example.org', wrong))),
      );
      expect(await countAudit(stores[0]!, 'login-failed')).toBe(lockout.attempts);
      expect(await countAudit(stores[0]!, 'login-locked')).toBe(40 - lockout.attempts);
    } finally {
      for (const app of apps) await app.close();
      for (const store of stores) await store.close();
    }
  });
});
