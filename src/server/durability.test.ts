import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openStore } from '../store/index.js';
import { addUser, createApiToken } from './accounts.js';
import { fixtureCase, testPasswordCost } from './harness.test-support.js';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const provisionsPerProposal = 20;

/** Starts `parley serve` on a free port and resolves with the child and its base URL. */
function startServer(db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/parley.js', 'serve', '--db', db, '--port', '0'], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /parley serving (http:\/\/[\d.:]+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`parley serve exited with ${code}: ${output}`)));
  });
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode !== null ? resolve() : child.once('exit', () => resolve()),
  );

let dir: string;
let token: string;
let running: ChildProcess | undefined;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parley-durability-'));
  const store = await openStore({ file: join(dir, 'parley.db') });
  await store.createProcess(fixtureCase);
  const clock = () => new Date();
  const added = await addUser(
    store,
    { email: 'writer@example.org', password: null, isAdmin: true },
    clock,
    testPasswordCost,
  );
  if (!added.ok) throw new Error(added.message);
  await store.setMembership({ userId: added.user.id, processId: 'talks', role: 'mediator', party: null });
  token = (await createApiToken(store, added.user.id, 'burst', clock)).token;
  await store.close();
});

afterAll(async () => {
  if (running && running.exitCode === null) {
    running.kill('SIGTERM');
    await exited(running);
  }
  await rm(dir, { recursive: true, force: true });
});

test('after kill -9 in the middle of a write burst, every acknowledged write is there and none is half-written', async () => {
  const db = join(dir, 'parley.db');
  const first = await startServer(db);
  running = first.child;
  const acknowledged: string[] = [];
  let next = 0;
  let killed = false;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const worker = async () => {
    while (!killed) {
      const id = `burst-${next++}`;
      const provisions = Array.from({ length: provisionsPerProposal }, (_, i) => ({
        num: String(i + 1),
        label: `${i + 1}.`,
        text: `Provision ${i + 1} of ${id}.`,
        codes: [],
      }));
      try {
        const response = await fetch(`${first.url}/api/processes/talks/proposals`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ id, title: id, authors: ['us'], provisions }),
        });
        if (response.status === 201) acknowledged.push(id);
        else await response.text();
      } catch {
        return; // the server is gone
      }
    }
  };
  const workers = Array.from({ length: 16 }, worker);
  while (acknowledged.length < 100) await new Promise((r) => setTimeout(r, 10));
  first.child.kill('SIGKILL');
  killed = true;
  await exited(first.child);
  await Promise.all(workers);

  const second = await startServer(db);
  running = second.child;
  const list = await fetch(`${second.url}/api/processes/talks/proposals`, { headers });
  const stored = (await list.json()).proposals as { id: string; provisionCount: number }[];
  const ids = new Set(stored.map((p) => p.id));
  expect(acknowledged.filter((id) => !ids.has(id))).toEqual([]);
  const burst = stored.filter((p) => p.id.startsWith('burst-'));
  expect(burst.length).toBeGreaterThanOrEqual(acknowledged.length);
  expect(burst.filter((p) => p.provisionCount !== provisionsPerProposal)).toEqual([]);
  second.child.kill('SIGTERM');
  await exited(second.child);
}, 60_000);
