// Issue #10: every write leaves an audit entry in its own transaction — also the accounts and the demo case
// that `parley serve` and `parley start` create on their own before anyone logs in.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { firstAdminLink, loadDemo } from './serve.js';
import { demoMediator, demoMediatorLogin } from './start.js';

let dir: string;
let file: string;
let store: Store;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-first-accounts-'));
  file = join(dir, 'parley.db');
  store = await openStore({ file });
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

const actions = async () =>
  (await store.listAudit({ limit: 100 })).map((e) => [e.action, e.processId, e.detail, e.ip]);

/** Makes every audit insert fail from outside, as a full disk or a crash between two statements would. */
function failAudits(): void {
  const db = new BetterSqlite3(file);
  db.exec(
    "CREATE TRIGGER audit_fails BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'injected audit failure'); END",
  );
  db.close();
}

test('the first admin of a fresh server is created with an audit entry', async () => {
  expect(await firstAdminLink(store)).toMatch(/^\S{20,}$/);
  expect(await store.countAdmins()).toBe(1);
  expect(await actions()).toEqual([['create-user', null, 'admin', 'cli']]);
  // With an admin there, nothing more is written.
  expect(await firstAdminLink(store)).toBeUndefined();
  expect(await actions()).toHaveLength(1);
});

test('when its audit entry cannot be written, no first admin and no login link is stored', async () => {
  failAudits();
  await expect(firstAdminLink(store)).rejects.toThrow(/injected audit failure/);
  expect(await store.countAdmins()).toBe(0);
  expect(await store.findUserByEmail('admin@localhost')).toBeUndefined();
});

test('the demo case and its mediator are stored with their audit entries', async () => {
  expect(await loadDemo(store)).toBe(true);
  const lines = await demoMediatorLogin(store);
  expect(lines).toEqual([expect.stringContaining(`to work as ${demoMediator}`)]);
  expect(await actions()).toEqual([
    ['import', 'ukraine-2025', null, 'cli'],
    ['create-user', null, null, 'cli'],
    ['set-membership', 'ukraine-2025', 'mediator', 'cli'],
    ['create-login-link', null, null, 'cli'],
  ]);
  // A second start adds a fresh link (and its entry), no second account.
  await demoMediatorLogin(store);
  expect((await actions()).map(([action]) => action).slice(4)).toEqual([
    'set-membership',
    'create-login-link',
  ]);
});

test('when the audit log refuses, neither the demo case nor the demo mediator is stored', async () => {
  failAudits();
  await expect(loadDemo(store)).rejects.toThrow(/injected audit failure/);
  expect(await store.listProcesses()).toEqual([]);
  await expect(demoMediatorLogin(store)).rejects.toThrow(/injected audit failure/);
  expect(await store.findUserByEmail(demoMediator)).toBeUndefined();
});
