import type { Command } from 'commander';
import { normaliseEmail } from '../server/index.js';
import { databaseOptionsFrom, openStore, Role } from '../store/index.js';
import { cliAuditEntry } from './cli-audit.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { dbOptionHelp } from './user.js';

interface MemberOptions {
  process: string;
  role: string;
  party?: string;
  db?: string;
}

/**
 * `parley member add <email> --process <id> --role mediator|delegate|observer [--party <id>]`: gives a user a
 * role in a process (replacing the one they had there). A delegate must name its party.
 */
export async function memberAdd(email: string, options: MemberOptions): Promise<number> {
  const fail = (message: string) => {
    process.stderr.write(`parley member add: ${message}\n`);
    return exitCodes.invalid;
  };
  const role = Role.safeParse(options.role);
  if (!role.success)
    return fail(`unknown role '${options.role}' (expected one of: ${Role.options.join(', ')})`);
  if ((role.data === 'delegate') !== (options.party !== undefined))
    return fail('a delegate needs --party <id>, and only a delegate takes one');
  const store = await openStore(databaseOptionsFrom(options.db, process.env));
  try {
    const user = await store.findUserByEmail(normaliseEmail(email));
    if (!user) return fail(`no user '${email}' (add one with parley user add ${email})`);
    const manifest = await store.readManifest(options.process);
    if (!manifest) {
      const known = (await store.listProcesses()).map((p) => p.id);
      return fail(
        `no process '${options.process}'${known.length ? ` (expected one of: ${known.join(', ')})` : ' (import one with parley process import <folder>)'}`,
      );
    }
    if (options.party !== undefined && !manifest.parties.some((p) => p.id === options.party)) {
      return fail(
        `'${options.party}' is not a party of ${options.process} (expected one of: ${manifest.parties.map((p) => p.id).join(', ')})`,
      );
    }
    const what = `${role.data}${options.party ? ` ${options.party}` : ''}`;
    await store.inTransaction(async (tx) => {
      await tx.setMembership({
        userId: user.id,
        processId: options.process,
        role: role.data,
        party: options.party ?? null,
      });
      await tx.appendAudit(
        cliAuditEntry('set-membership', { processId: options.process, target: user.id, detail: what }),
      );
    });
    process.stdout.write(`${user.email} is now ${what} in ${options.process}\n`);
    return exitCodes.ok;
  } finally {
    await store.close();
  }
}

/** Registers `parley member add`. */
export const registerMember: CommandRegistration = (program: Command, run) => {
  program
    .command('member')
    .description('manage who takes part in a process')
    .command('add <email>')
    .description('give a user a role in a process')
    .requiredOption('--process <id>', 'the process')
    .requiredOption('--role <role>', 'mediator | delegate | observer')
    .option('--party <id>', 'the party a delegate acts for')
    .option('--db <file>', dbOptionHelp)
    .addHelpText(
      'after',
      '\nExample:\n  parley member add kyiv@example.org --process ukraine-2025 --role delegate --party ua',
    )
    .action(run((email: string, options: MemberOptions) => memberAdd(email, options)));
};
