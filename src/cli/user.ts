import { text } from 'node:stream/consumers';
import type { Command } from 'commander';
import { createLoginLink, prepareUser, storeUser } from '../server/index.js';
import { databaseOptionsFrom, openStore } from '../store/index.js';
import { cliAuditEntry } from './cli-audit.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';

/** The option every administration command takes to find its database. */
export const dbOptionHelp =
  'SQLite file (default ./parley.db; PARLEY_DATABASE_URL=postgres://… selects PostgreSQL)';

/**
 * `parley user add <email> [--admin] [--password-stdin]`: adds a user. With `--password-stdin` the password
 * is read from standard input (the whole input, without its final newline); without it the user gets a
 * one-time login link instead. There is never a default password.
 */
export async function userAdd(
  email: string,
  options: { admin?: boolean; passwordStdin?: boolean; db?: string },
): Promise<number> {
  const password = options.passwordStdin ? (await text(process.stdin)).replace(/\r?\n$/, '') : null;
  const store = await openStore(databaseOptionsFrom(options.db, process.env));
  try {
    const prepared = await prepareUser(
      { email, password, isAdmin: options.admin ?? false },
      () => new Date(),
    );
    const added = prepared.ok
      ? await store.inTransaction(async (tx) => {
          const stored = await storeUser(tx, prepared.user);
          if (!stored.ok) return stored;
          const link = password === null ? await createLoginLink(tx, stored.user.id, () => new Date()) : null;
          const detail = stored.user.isAdmin ? 'admin' : undefined;
          await tx.appendAudit(cliAuditEntry('create-user', { target: stored.user.email, detail }));
          return { ...stored, link };
        })
      : prepared;
    if (!added.ok) {
      process.stderr.write(`parley user add: ${added.message}\n`);
      return exitCodes.invalid;
    }
    process.stdout.write(
      `added ${added.user.isAdmin ? 'admin ' : ''}${added.user.email} (id ${added.user.id})\n`,
    );
    if (added.link !== null) {
      process.stdout.write(
        `one-time login (30 minutes): open http://127.0.0.1:4317/?login=${added.link}\n  or POST /api/session/link {"token":"${added.link}"}\n`,
      );
    }
    return exitCodes.ok;
  } finally {
    await store.close();
  }
}

/** Registers `parley user add`. */
export const registerUser: CommandRegistration = (program: Command, run) => {
  const user = program.command('user').description('manage user accounts of the server');
  user
    .command('add <email>')
    .description(
      'add a user; with --password-stdin the password is read from standard input, otherwise a one-time login link is printed',
    )
    .option('--admin', 'the user manages accounts and memberships')
    .option('--password-stdin', 'read the password from standard input (at least 12 characters)')
    .option('--db <file>', dbOptionHelp)
    .addHelpText(
      'after',
      "\nExample:\n  printf '%s' 'a long passphrase here' | parley user add chair@example.org --admin --password-stdin",
    )
    .action(
      run((email: string, options: { admin?: boolean; passwordStdin?: boolean; db?: string }) =>
        userAdd(email, options),
      ),
    );
};
