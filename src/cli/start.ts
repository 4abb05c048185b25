import type { Command } from 'commander';
import { checkCase } from '../analysis/index.js';
import { loadCase } from '../io/load-case.js';
import { addUser, createLoginLink } from '../server/index.js';
import type { Store } from '../store/index.js';
import { renderCheckReport } from './check.js';
import { cliAuditEntry } from './cli-audit.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { reportErrors } from './report-errors.js';
import { demoCaseDir, serve, shedAfterOption } from './serve.js';
import type { ServeOptions } from './serve.js';
import { useColor } from './table.js';

/** The demo's mediator account; it has no password and logs in through the link `parley start` prints. */
export const demoMediator = 'mediator@localhost';

/**
 * Prints the compliance matrix of a case folder (the demo case by default) after a one-line explanation.
 * Findings are the point of the demo, so they do not fail it: 0 when the case loads, 1 when it is invalid.
 * @example await printCaseMatrix() // prints the ukraine-2025 matrix and resolves to 0
 */
export async function printCaseMatrix(dir: string = demoCaseDir): Promise<number> {
  const loaded = await loadCase(dir);
  if (!loaded.ok) return reportErrors(loaded.errors);
  const intro =
    "Parley tests each proposal against each party's red lines; `parley check <case>` does the same for " +
    'any case folder.\n\n';
  process.stdout.write(
    intro + renderCheckReport(checkCase(loaded.value), loaded.value, useColor(process.stdout)),
  );
  return exitCodes.ok;
}

/**
 * Makes `mediator@localhost` a mediator of every process in the store and returns the lines that tell the
 * person at the console how to log in as it once (a fresh one-time link on every start; no password).
 */
export async function demoMediatorLogin(store: Store): Promise<string[]> {
  const now = () => new Date();
  // The account, its memberships, the link and their audit entries commit together, as `parley user add` does.
  const link = await store.inTransaction(async (tx) => {
    const added = await addUser(tx, { email: demoMediator, password: null, isAdmin: false }, now);
    const user = added.ok ? added.user : await tx.findUserByEmail(demoMediator);
    if (!user) return undefined;
    if (added.ok) await tx.appendAudit(cliAuditEntry('create-user', { target: demoMediator }));
    for (const process of await tx.listProcesses()) {
      await tx.setMembership({ userId: user.id, processId: process.id, role: 'mediator', party: null });
      await tx.appendAudit(
        cliAuditEntry('set-membership', { processId: process.id, target: user.id, detail: 'mediator' }),
      );
    }
    const secret = await createLoginLink(tx, user.id, now);
    await tx.appendAudit(cliAuditEntry('create-login-link', { target: user.id }));
    return secret;
  });
  if (!link) return [];
  return [
    `open {url}/?login=${link} to work as ${demoMediator}, mediator of the demo case (one-time link, 30 minutes)`,
  ];
}

interface StartOptions extends ServeOptions {
  case?: string;
  matrix?: boolean;
}

/**
 * `parley start` (what `npm start` runs): prints the demo case's compliance matrix, then serves the API and
 * the web app over `./parley.db` with the demo case loaded and a mediator's one-time login link printed.
 */
export async function start(options: StartOptions): Promise<number> {
  if (options.matrix !== false) {
    const status = await printCaseMatrix(options.case);
    if (status !== exitCodes.ok) return status;
    process.stdout.write('\n');
  }
  return serve({ ...options, demo: true, caseDir: options.case ?? demoCaseDir }, demoMediatorLogin);
}

/** Registers `parley start`. */
export const registerStart: CommandRegistration = (program: Command, run) => {
  program
    .command('start')
    .description(
      'show the demo case compliance matrix, then serve it (API and web app) with a mediator login link',
    )
    .option(
      '--case <dir>',
      'case folder to load instead of the demo case (when the database has no process yet)',
    )
    .option('--db <file>', 'SQLite file (default ./parley.db)')
    .option('--port <n>', 'port to listen on (default 4317)')
    .option('--host <host>', 'address to listen on (default 127.0.0.1)')
    .option('--no-matrix', 'do not print the compliance matrix first')
    .option(...shedAfterOption)
    .addHelpText('after', '\nExample:\n  npm start\n  parley start --port 8080 --no-matrix')
    .action(run((options: StartOptions) => start(options)));
};
