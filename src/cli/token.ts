import type { Command } from 'commander';
import { createApiToken, normaliseEmail } from '../server/index.js';
import { databaseOptionsFrom, openStore } from '../store/index.js';
import { cliAuditEntry } from './cli-audit.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { dbOptionHelp } from './user.js';

/**
 * `parley token create <email> [--name N]`: prints a new API token for the user, for scripts to send as
 * `Authorization: Bearer <token>`. Only its hash is stored, so it is shown this once.
 */
export async function tokenCreate(email: string, options: { name?: string; db?: string }): Promise<number> {
  const store = await openStore(databaseOptionsFrom(options.db, process.env));
  try {
    const user = await store.findUserByEmail(normaliseEmail(email));
    if (!user) {
      process.stderr.write(
        `parley token create: no user '${email}' (add one with parley user add ${email})\n`,
      );
      return exitCodes.invalid;
    }
    const { token } = await store.inTransaction(async (tx) => {
      const created = await createApiToken(tx, user.id, options.name ?? 'cli', () => new Date());
      await tx.appendAudit(cliAuditEntry('create-token', { userId: user.id, target: created.info.id }));
      return created;
    });
    process.stdout.write(`${token}\n`);
    return exitCodes.ok;
  } finally {
    await store.close();
  }
}

/** Registers `parley token create`. */
export const registerToken: CommandRegistration = (program: Command, run) => {
  program
    .command('token')
    .description('manage API tokens')
    .command('create <email>')
    .description('print a new API token for a user (shown once; send it as Authorization: Bearer <token>)')
    .option('--name <name>', 'what the token is for', 'cli')
    .option('--db <file>', dbOptionHelp)
    .addHelpText(
      'after',
      '\nExample:\n  TOKEN=$(parley token create analyst@example.org)\n  curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:4317/api/processes',
    )
    .action(run((email: string, options: { name?: string; db?: string }) => tokenCreate(email, options)));
};
