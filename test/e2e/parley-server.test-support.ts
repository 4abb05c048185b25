import { spawn, execFile } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { hasChromium, requireChromium } from '../chromium.test-support.js';
import type { Browser, Page } from 'playwright-core';

const run = promisify(execFile);

/** The project root, from this file's place (test/e2e/). */
export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const parley = join(projectRoot, 'bin', 'parley.js');

/** A running `parley serve` (or `parley start`) over a temporary SQLite database. */
export interface RunningServer {
  url: string;
  db: string;
  /** Everything the server printed on stdout up to the moment it was ready. */
  output: string;
  stop: () => Promise<void>;
}

/** Runs one `parley` command against a database; rejects with its stderr when it fails. */
export async function parleyCli(db: string, args: string[], stdin?: string): Promise<string> {
  if (stdin === undefined)
    return (await run('node', [parley, ...args, '--db', db], { cwd: projectRoot })).stdout;
  return new Promise((resolve, reject) => {
    const child = spawn('node', [parley, ...args, '--db', db], { cwd: projectRoot });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`parley ${args.join(' ')}: ${err || out}`)),
    );
    child.stdin.end(stdin);
  });
}

/** Builds the web app when web/dist is missing or stale (as `npm start` does). */
export async function ensureWebBuilt(): Promise<void> {
  await run('node', [join(projectRoot, 'web', 'ensure-built.js')], { cwd: projectRoot });
}

/**
 * Prepares a fresh database with `setup` (CLI commands before the server opens it), then runs `command`
 * (`parley serve` by default) on a free port and resolves once its output matches `ready` (by default,
 * once it prints its address).
 */
export async function startServer(
  setup: (db: string) => Promise<void>,
  command: string[] = ['serve'],
  ready = /parley serving http/,
): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-e2e-'));
  const db = join(dir, 'e2e.db');
  await setup(db);
  // Load shedding off: a CI machine busy with other suites stalls the loop past 1 s, and a 503 there would
  // say nothing about the page under test (src/server/hardening.test.ts tests shedding itself).
  const args = [parley, ...command, '--db', db, '--port', '0', '--shed-after', '0'];
  const child: ChildProcess = spawn('node', args, {
    cwd: projectRoot,
  });
  let out = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`parley ${command[0]} did not start: ${out}`)), 60_000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const match = /parley serving (http:\/\/[^\s;]+)/.exec(out);
      if (match?.[1] && ready.test(out)) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`parley ${command[0]} exited with ${code}: ${out}`)));
  });
  return {
    url,
    db,
    output: out,
    stop: async () => {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export { hasChromium };
/** The demo case every browser test starts from. */
export const demoCase = join(projectRoot, 'cases', 'ukraine-2025');

/** An account a test signs in with, and its role in the demo process (a delegate with its party). */
export interface TestAccount {
  email: string;
  password: string;
  /** An administrator of the server (`user add --admin`). */
  admin?: boolean;
  role?: 'mediator' | 'delegate' | 'observer';
  party?: string;
}

/** The demo's mediator. */
export const demoMediator: TestAccount = {
  email: 'mediator@example.org',
  password: 'mediator-e2e-password',
  role: 'mediator',
};
/** An admin who is no member of the demo: creates processes and manages accounts. */
export const demoAdmin: TestAccount = {
  email: 'admin@example.org',
  password: 'admin-e2e-password',
  admin: true,
};
/** Ukraine's delegate. */
export const demoDelegate: TestAccount = {
  email: 'kyiv@example.org',
  password: 'delegate-e2e-password',
  role: 'delegate',
  party: 'ua',
};

/**
 * `parley serve` over the demo case (or `caseFolder`), with each account added as a user and, when it has
 * a role, as a member of the process `processId`.
 */
export function startCaseServer(
  accounts: readonly TestAccount[],
  caseFolder = demoCase,
  processId = 'ukraine-2025',
): Promise<RunningServer> {
  return startServer(async (db) => {
    await parleyCli(db, ['process', 'import', caseFolder]);
    for (const account of accounts) {
      const admin = account.admin ? ['--admin'] : [];
      await parleyCli(db, ['user', 'add', account.email, ...admin, '--password-stdin'], account.password);
      if (!account.role) continue;
      await parleyCli(db, [
        ...['member', 'add', account.email, '--process', processId, '--role', account.role],
        ...(account.party ? ['--party', account.party] : []),
      ]);
    }
  });
}

/**
 * `startCaseServer` over a copy of the demo case that `alter` changes first (a revision added, an estimate
 * written…); stopping the server removes the copy.
 */
export async function startAlteredDemoServer(
  accounts: readonly TestAccount[],
  alter: (caseFolder: string) => Promise<void>,
): Promise<RunningServer> {
  const dir = await mkdtemp(join(tmpdir(), 'parley-e2e-case-'));
  const removeCopy = () => rm(dir, { recursive: true, force: true });
  try {
    const folder = join(dir, 'ukraine-2025');
    await cp(demoCase, folder, { recursive: true });
    await alter(folder);
    const server = await startCaseServer(accounts, folder);
    return { ...server, stop: () => server.stop().finally(removeCopy) };
  } catch (error) {
    await removeCopy();
    throw error;
  }
}

/** Chromium (`requireChromium`), headless, as every browser test runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: requireChromium(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
}

/** A new browser context signed in as `account` through the sign-in form, on the process picker. */
export async function signIn(browser: Browser, url: string, account: TestAccount): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('E-mail').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Your negotiation processes' }).waitFor();
  return page;
}
