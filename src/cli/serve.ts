import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { loadCase } from '../io/index.js';
import { createRedisJobRunner, redactUrl } from '../jobs/index.js';
import type { JobRunner } from '../jobs/index.js';
import { formatCaseError } from '../model/index.js';
import { addUser, buildApp, createLoginLink, defaultLoadShedding } from '../server/index.js';
import type { LoadShedding } from '../server/index.js';
import { databaseOptionsFrom, openStore } from '../store/index.js';
import type { Store } from '../store/index.js';
import { cliAuditEntry } from './cli-audit.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { dbOptionHelp } from './user.js';

/** The port `parley serve` listens on unless told otherwise. */
export const defaultPort = 4317;

/** The built web app, served from the same origin as the API when it exists. */
const webRoot = fileURLToPath(new URL('../../web/dist', import.meta.url));
/** The demo case shipped with Parley, resolved from this file so it works from any working directory. */
export const demoCaseDir = fileURLToPath(new URL('../../cases/ukraine-2025', import.meta.url));

/** What `serve` and `start` share: where to listen, which database, whether to load the demo case. */
export interface ServeOptions {
  db?: string;
  port?: string;
  host?: string;
  demo?: boolean;
  /** The case folder `--demo` imports; the shipped demo case by default. */
  caseDir?: string;
  /** Send heavy work to `parley worker` processes through this Redis (or `PARLEY_REDIS_URL`). */
  redis?: string;
  /** Event loop delay in ms past which new requests get 503 `busy`; '0' never sheds load. */
  shedAfter?: string;
}

/** The `--shed-after` option, shared by `serve` and `start`. */
export const shedAfterOption = [
  '--shed-after <ms>',
  `answer 503 (Retry-After) while the event loop is this many ms late (default ${defaultLoadShedding.maxEventLoopDelayMs}; 0 never sheds)`,
] as const;

/** Load shedding as `--shed-after` asks; an error message when it is not a whole number of ms. */
export function loadSheddingFrom(flag: string | undefined): LoadShedding | false | string {
  if (flag === undefined) return defaultLoadShedding;
  const ms = Number(flag);
  if (!Number.isInteger(ms) || ms < 0)
    return `--shed-after '${flag}' is not a whole number of milliseconds (0 never sheds)`;
  return ms === 0 ? false : { ...defaultLoadShedding, maxEventLoopDelayMs: ms };
}

/** The Redis URL of `--redis`, else of `PARLEY_REDIS_URL`; undefined for the in-process pool. */
export const redisUrlFrom = (flag: string | undefined, env: NodeJS.ProcessEnv): string | undefined =>
  flag || env.PARLEY_REDIS_URL || undefined;

/** Imports the demo case when the database holds no process yet; false when the case folder is invalid. */
export async function loadDemo(store: Store, dir: string = demoCaseDir): Promise<boolean> {
  if ((await store.listProcesses()).length > 0) return true;
  const loaded = await loadCase(dir);
  if (!loaded.ok) {
    for (const error of loaded.errors) process.stderr.write(`${formatCaseError(error)}\n`);
    return false;
  }
  const theCase = loaded.value;
  await store.inTransaction(async (tx) => {
    await tx.createProcess(theCase);
    await tx.appendAudit(cliAuditEntry('import', { processId: theCase.id, target: 'demo' }));
  });
  process.stdout.write(`loaded the demo case ${theCase.id}\n`);
  return true;
}

/**
 * Makes sure someone can log in to a fresh server: with no admin yet, creates `admin@localhost` without a
 * password and returns a one-time login link for it (there is no default password). Undefined otherwise.
 * The account, its link and their audit entry are one transaction (`ip: cli`, no user: nobody asked).
 */
export async function firstAdminLink(store: Store): Promise<string | undefined> {
  if ((await store.countAdmins()) > 0) return undefined;
  const now = () => new Date();
  const email = 'admin@localhost';
  return store.inTransaction(async (tx) => {
    const added = await addUser(tx, { email, password: null, isAdmin: true }, now);
    const user = added.ok ? added.user : await tx.findUserByEmail(email);
    if (!user) return undefined;
    const link = await createLoginLink(tx, user.id, now);
    await tx.appendAudit(
      added.ok
        ? cliAuditEntry('create-user', { target: email, detail: 'admin' })
        : cliAuditEntry('create-login-link', { target: user.id }),
    );
    return link;
  });
}

/**
 * Runs the server until SIGINT or SIGTERM; resolves to the exit status. `prepare` runs on the open store
 * before listening and returns lines to print once the address is known (as `{url}` placeholders).
 */
export async function serve(
  options: ServeOptions,
  prepare?: (store: Store) => Promise<string[] | undefined>,
): Promise<number> {
  const port = Number(options.port ?? defaultPort);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`parley serve: --port '${options.port}' is not a port number (0–65535)\n`);
    return exitCodes.usage;
  }
  const loadShedding = loadSheddingFrom(options.shedAfter);
  if (typeof loadShedding === 'string') {
    process.stderr.write(`parley serve: ${loadShedding}\n`);
    return exitCodes.usage;
  }
  const where = databaseOptionsFrom(options.db, process.env);
  const store = await openStore(where).catch((error: Error) => error);
  if (store instanceof Error) {
    const target = where.url ? 'the PostgreSQL database of PARLEY_DATABASE_URL' : `'${where.file}'`;
    process.stderr.write(`parley serve: cannot open ${target}: ${store.message}\n`);
    return exitCodes.invalid;
  }
  if (options.demo && !(await loadDemo(store, options.caseDir))) {
    await store.close();
    return exitCodes.invalid;
  }
  const redisUrl = redisUrlFrom(options.redis, process.env);
  let jobs: JobRunner | undefined;
  if (redisUrl) {
    const runner = await createRedisJobRunner({ url: redisUrl }).catch((error: Error) => error);
    if (runner instanceof Error) {
      process.stderr.write(`parley serve: cannot use the job queue: ${runner.message}\n`);
      await store.close();
      return exitCodes.invalid;
    }
    jobs = runner;
  }
  const lines = (await prepare?.(store)) ?? [];
  const adminLink = await firstAdminLink(store);
  const app = await buildApp({
    store,
    webRoot,
    logger: true,
    logLevel: 'warn',
    loadShedding,
    ...(jobs ? { jobs } : {}),
  });
  const address = await app
    .listen({ port, host: options.host ?? '127.0.0.1' })
    .catch((error: NodeJS.ErrnoException) => error);
  if (address instanceof Error) {
    const reason =
      address.code === 'EADDRINUSE' ? 'the port is in use; choose another with --port' : address.message;
    process.stderr.write(
      `parley serve: cannot listen on ${options.host ?? '127.0.0.1'}:${port}: ${reason}\n`,
    );
    await app.close();
    await jobs?.close();
    await store.close();
    return exitCodes.invalid;
  }
  const database = where.url ? 'PostgreSQL' : where.file;
  const jobsAt = redisUrl ? `parley worker processes via ${redactUrl(redisUrl)}` : 'threads of this process';
  process.stdout.write(
    `parley serving ${address} (database: ${database}; jobs: ${jobsAt}); API reference at ${address}/api/docs\n`,
  );
  for (const line of lines) process.stdout.write(line.replaceAll('{url}', address) + '\n');
  if (adminLink) {
    process.stdout.write(
      `no admin yet: log in once as admin@localhost within 30 minutes at ${address}/?login=${adminLink}\n` +
        `  (or create one: parley user add <email> --admin --password-stdin)\n`,
    );
  }
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await app.close();
  await jobs?.close();
  await store.close();
  return exitCodes.ok;
}

/** Registers `parley serve`. */
export const registerServe: CommandRegistration = (program: Command, run) => {
  program
    .command('serve')
    .description('serve the HTTP API (and the web app when built) over the database')
    .option('--db <file>', dbOptionHelp)
    .option('--port <n>', `port to listen on (default ${defaultPort}; 0 picks a free one)`)
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--demo', 'import the demo case (cases/ukraine-2025) when the database has no process yet')
    .option(
      '--redis <url>',
      'run heavy work on `parley worker` processes through this Redis (default: PARLEY_REDIS_URL; unset: threads of this process)',
    )
    .option(...shedAfterOption)
    .addHelpText(
      'after',
      `\nExample:\n  parley serve --db parley.db --port ${defaultPort} --demo\n  PARLEY_DATABASE_URL=postgres://parley@localhost/parley parley serve --redis redis://127.0.0.1:6379`,
    )
    .action(run((options: ServeOptions) => serve(options)));
};
