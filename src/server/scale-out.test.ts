// Scale-out (docs/DESIGN.md, "Jobs"): two API instances on one PostgreSQL database send their jobs through
// Redis to two `parley worker` processes, and every heavy route answers exactly what one instance with its
// own thread pool answers. The requests are the heavy routes' rows of the route table, as every caller they
// allow. Needs PostgreSQL and Redis; skipped without them unless CI requires either.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { strFromU8, unzipSync } from 'fflate';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createRedisJobRunner, isRedisReachable } from '../jobs/index.js';
import { isRedisRequired, redisTestUrl, testQueueName } from '../jobs/redis.test-support.js';
import type { JobRunner } from '../jobs/index.js';
import { openStore } from '../store/index.js';
import { isPostgresRequired, postgresTestUrl } from '../store/store-targets.test-support.js';
import type { Store } from '../store/index.js';
import type { StoreTarget } from '../store/store-targets.test-support.js';
import { buildApp } from './app.js';
import { routeCases } from './route-cases.test-support.js';
import { openHarness, testPasswordCost } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

const heavyRoutes = ['check', 'compare', 'matrix', 'merge', 'solve', 'draft', 'robustness'].map(
  (action) => `POST /api/processes/:processId/${action}`,
);
const hasRedis = (await isRedisReachable(redisTestUrl())) || isRedisRequired();
const hasPostgres = postgresTestUrl() !== undefined || isPostgresRequired();

/** Starts `parley worker` in a child process and resolves once it takes jobs. */
function startWorker(queueName: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['bin/parley.js', 'worker', '--redis', redisTestUrl(), '--queue', queueName, '--threads', '1'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('parley worker taking jobs')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`parley worker exited with ${code}: ${output}`)));
  });
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await gone;
}

/**
 * Status and body; a Word file as its entries, with the packing time (the zip's own clock, not the app's)
 * left out.
 */
function answerOf(response: LightMyRequestResponse): string {
  const raw = response.rawPayload;
  if (raw.subarray(0, 4).toString('latin1') !== 'PK\u0003\u0004')
    return `${response.statusCode} ${response.body}`;
  const entries = Object.entries(unzipSync(new Uint8Array(raw))).map(
    ([name, bytes]) => `${name}\n${strFromU8(bytes)}`,
  );
  return `${response.statusCode} ${entries.join('\n').replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>')}`;
}

describe.runIf(hasRedis && hasPostgres)('two instances, one PostgreSQL, two workers over Redis', () => {
  const url = postgresTestUrl() ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `parley_test_${randomBytes(6).toString('hex')}`;
  const queueName = testQueueName();
  const stores: Store[] = [];
  const target: StoreTarget = {
    name: 'postgres',
    open: async () => {
      const store = await openStore({ url, schema, poolSize: 4 });
      stores.push(store);
      return store;
    },
  };
  let single: Harness;
  const instances: { app: FastifyInstance; jobs: JobRunner }[] = [];
  const workers: ChildProcess[] = [];

  beforeAll(async () => {
    // The one instance: the fixture, its users, and its own thread pool.
    single = await openHarness(target);
    workers.push(...(await Promise.all([startWorker(queueName), startWorker(queueName)])));
    for (let i = 0; i < 2; i++) {
      const jobs = await createRedisJobRunner({ url: redisTestUrl(), queueName });
      const app = await buildApp({
        store: await target.open(),
        jobs,
        passwordCost: testPasswordCost,
        loadShedding: false,
        clock: () => new Date('2025-11-25T12:00:00Z'), // the harness's clock: drafts carry dates
      });
      instances.push({ app, jobs });
    }
  }, 120_000);

  afterAll(async () => {
    for (const { app, jobs } of instances) {
      await app.close();
      await jobs.close();
    }
    await Promise.all(workers.map(stopWorker));
    await single?.app.close();
    for (const store of stores) await store.close();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  });

  test('every heavy route answers the same through either instance as through one', async () => {
    const calls = heavyRoutes.flatMap((route) =>
      routeCases[route]!.flatMap((row) => row.allow.map((caller) => ({ route, row, caller }))),
    );
    expect(calls.length).toBeGreaterThan(20);
    // The one instance is asked one request at a time (its fair queue would refuse a burst from one user);
    // the two instances eight at a time, alternating, so both workers take jobs from both instances.
    const requests = await Promise.all(calls.map(({ row, caller }) => row.request(single, caller)));
    const alone: string[] = [];
    for (const request of requests) alone.push(answerOf(await single.app.inject(request)));
    const scaled: string[] = [];
    for (let i = 0; i < requests.length; i += 8) {
      const batch = requests.slice(i, i + 8);
      const answers = await Promise.all(batch.map((r, k) => instances[(i + k) % 2]!.app.inject(r)));
      scaled.push(...answers.map(answerOf));
    }
    const differing = calls
      .map(({ route, row, caller }, i) => ({ what: `${route} ${row.variant} as ${caller}`, i }))
      .filter(({ i }) => scaled[i] !== alone[i])
      .map(({ what }) => what);
    expect(differing).toEqual([]);
    // Every answer was a real one, not a refusal both sides shared.
    expect(alone.filter((a) => a.startsWith('200 ')).length).toBeGreaterThan(calls.length / 2);
  }, 120_000);
});
