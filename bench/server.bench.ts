// `npm run bench:server`: throughput and p99 latency of the HTTP API on loopback, 50 concurrent authenticated
// connections, against a `parley serve` child process over SQLite and then PostgreSQL (when reachable).
// Numbers are printed, never asserted. Targets (issue #5): read ≥ 3,000/s with p99 < 50 ms, compare of two
// 28-point proposals ≥ 1,000/s, writes ≥ 500/s on SQLite. Then (issue #10, server-load.ts) another user's
// read p99 while heavy jobs run. `--load-only` skips the throughput scenarios.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { loadCase } from '../src/io/index.js';
import { runUnderLoad } from './server-load.js';
import { addUser, createApiToken } from '../src/server/index.js';
import { openStore } from '../src/store/index.js';
import type { DatabaseOptions } from '../src/store/index.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;
const postgresUrl = process.env.PARLEY_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const loadOnly = process.argv.includes('--load-only');

/** Loads the demo case, a mediator and an observer into a fresh database; returns their API tokens. */
async function prepare(options: DatabaseOptions): Promise<{ token: string; readerToken: string }> {
  const store = await openStore(options);
  try {
    const demo = await loadCase(join(projectRoot, 'cases/ukraine-2025'));
    if (!demo.ok) throw new Error('the demo case does not load');
    await store.createProcess(demo.value);
    const clock = () => new Date();
    const added = await addUser(store, { email: 'bench@example.org', password: null, isAdmin: false }, clock);
    if (!added.ok) throw new Error(added.message);
    await store.setMembership({
      userId: added.user.id,
      processId: demo.value.id,
      role: 'mediator',
      party: null,
    });
    const reader = await addUser(
      store,
      { email: 'reader@example.org', password: null, isAdmin: false },
      clock,
    );
    if (!reader.ok) throw new Error(reader.message);
    await store.setMembership({
      userId: reader.user.id,
      processId: demo.value.id,
      role: 'observer',
      party: null,
    });
    return {
      token: (await createApiToken(store, added.user.id, 'bench', clock)).token,
      readerToken: (await createApiToken(store, reader.user.id, 'bench', clock)).token,
    };
  } finally {
    await store.close();
  }
}

function startServer(args: string[], env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['bin/parley.js', 'serve', '--port', '0', ...args], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /parley serving (http:\/\/[\d.:]+)/.exec(output);
      if (match?.[1]) resolve({ child, url: match[1] });
    });
    child.on('exit', (code) => reject(new Error(`parley serve exited with ${code}: ${output}`)));
  });
}

async function stopServer(child: ChildProcess): Promise<void> {
  const gone = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await gone;
}

interface Scenario {
  name: string;
  target: string;
  request: (url: string, token: string) => autocannon.Options;
}

let written = 0;
const scenarios: Scenario[] = [
  {
    name: 'read a proposal (GET us-28, 52 provisions)',
    target: '≥ 3,000/s, p99 < 50 ms',
    request: (url, token) => ({
      url: `${url}/api/processes/ukraine-2025/proposals/us-28`,
      headers: { authorization: `Bearer ${token}` },
    }),
  },
  {
    name: 'compare us-28 with e3-counter',
    target: '≥ 1,000/s',
    request: (url, token) => ({
      url: `${url}/api/processes/ukraine-2025/compare`,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ a: 'us-28', b: 'e3-counter' }),
    }),
  },
  {
    name: 'write (POST a new 3-provision proposal)',
    target: '≥ 500/s on SQLite',
    request: (url, token) => ({
      url: `${url}/api/processes/ukraine-2025/proposals`,
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      requests: [
        {
          setupRequest: (request) => {
            const id = `bench-${process.pid}-${++written}`;
            const provisions = [1, 2, 3].map((n) => ({
              num: String(n),
              label: `${n}.`,
              text: `Point ${n} of ${id}.`,
              codes: [],
            }));
            return { ...request, body: JSON.stringify({ id, title: id, authors: ['us'], provisions }) };
          },
        },
      ],
    }),
  },
];

async function runScenarios(label: string, url: string, token: string): Promise<void> {
  console.log(`\n${label}`);
  for (const scenario of scenarios) {
    const result = await autocannon({ ...scenario.request(url, token), connections, duration: seconds });
    const errors = result.non2xx + result.errors + result.timeouts;
    console.log(
      `  ${scenario.name.padEnd(46)} ${result.requests.average.toFixed(0).padStart(6)} req/s   p99 ${String(result.latency.p99).padStart(4)} ms   ` +
        `${errors === 0 ? 'no errors' : `${errors} errors/non-2xx`}   (target ${scenario.target})`,
    );
  }
}

async function benchSqlite(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-bench-'));
  try {
    const db = join(dir, 'bench.db');
    const { token, readerToken } = await prepare({ file: db });
    const { child, url } = await startServer(['--db', db], { ...process.env, PARLEY_DATABASE_URL: '' });
    try {
      if (!loadOnly) await runScenarios(`SQLite (${connections} connections, ${seconds} s each)`, url, token);
      await runUnderLoad('SQLite', url, token, readerToken);
    } finally {
      await stopServer(child);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchPostgres(): Promise<void> {
  const admin = new pg.Client({ connectionString: postgresUrl });
  try {
    await admin.connect();
  } catch {
    console.log(`\nPostgreSQL: skipped, nothing answers at ${postgresUrl} (set PARLEY_BENCH_DATABASE_URL)`);
    return;
  }
  const database = `parley_bench_${randomBytes(4).toString('hex')}`;
  await admin.query(`CREATE DATABASE ${database}`);
  const url = new URL(postgresUrl);
  url.pathname = `/${database}`;
  try {
    const { token, readerToken } = await prepare({ url: url.href });
    const { child, url: serverUrl } = await startServer([], {
      ...process.env,
      PARLEY_DATABASE_URL: url.href,
    });
    try {
      if (!loadOnly)
        await runScenarios(`PostgreSQL (${connections} connections, ${seconds} s each)`, serverUrl, token);
      await runUnderLoad('PostgreSQL', serverUrl, token, readerToken);
    } finally {
      await stopServer(child);
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.end();
  }
}

// The machine may be shared: say how busy it was, so the numbers can be read in context.
console.log(
  `${cpus().length} CPUs, load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')} at start`,
);
await benchSqlite();
await benchPostgres();
