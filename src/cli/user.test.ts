import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { openStore } from '../store/index.js';
import { main } from './main.js';

let dir: string;
let db: string;

/** Runs the CLI and returns its exit status with what it printed. */
async function run(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => (out.push(String(chunk)), true));
  const stderr = vi
    .spyOn(process.stderr, 'write')
    .mockImplementation((chunk) => (err.push(String(chunk)), true));
  try {
    return { status: await main([...args, '--db', db]), out: out.join(''), err: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-cli-'));
  db = join(dir, 'parley.db');
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

test('user add without a password prints a one-time login link, never a password', async () => {
  const result = await run('user', 'add', 'Chair@Example.org', '--admin');
  expect(result.status).toBe(0);
  expect(result.out).toMatch(/added admin chair@example\.org/);
  expect(result.out).toMatch(/\?login=[A-Za-z0-9_-]{43}/);
});

test('adding the same user twice is refused with exit 1', async () => {
  const result = await run('user', 'add', 'chair@example.org');
  expect(result.status).toBe(1);
  expect(result.err).toMatch(/already exists/);
});

test('token create prints a bearer token that the store knows only by its hash', async () => {
  const result = await run('token', 'create', 'chair@example.org');
  expect(result.status).toBe(0);
  const token = result.out.trim();
  expect(token).toMatch(/^parley_[A-Za-z0-9_-]{43}$/);
  const store = await openStore({ file: db });
  const user = await store.findUserByEmail('chair@example.org');
  expect((await store.listTokens(user!.id)).map((t) => t.name)).toEqual(['cli']);
  expect(JSON.stringify(await store.listTokens(user!.id))).not.toContain(token);
  await store.close();
});

test('process import, member add and process export work on one database', async () => {
  const demo = join(process.cwd(), 'cases/ukraine-2025');
  expect((await run('process', 'import', demo)).out).toMatch(/imported ukraine-2025: 4 parties/);
  expect((await run('process', 'import', demo)).status).toBe(1);
  const member = await run(
    'member',
    'add',
    'chair@example.org',
    '--process',
    'ukraine-2025',
    '--role',
    'delegate',
    '--party',
    'ua',
  );
  expect(member.out).toMatch(/now delegate ua in ukraine-2025/);
  const badParty = await run(
    'member',
    'add',
    'chair@example.org',
    '--process',
    'ukraine-2025',
    '--role',
    'delegate',
    '--party',
    'xx',
  );
  expect(badParty.err).toMatch(/'xx' is not a party of ukraine-2025 \(expected one of: ua, ru, us, eu\)/);
  expect((await run('process', 'export', 'ukraine-2025', join(dir, 'out'))).status).toBe(0);
  expect((await run('process', 'export', 'nope', join(dir, 'out2'))).status).toBe(1);
});
