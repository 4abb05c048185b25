import type { Command } from 'commander';
import { loadCase, saveCase } from '../io/index.js';
import { formatCaseError } from '../model/index.js';
import { databaseOptionsFrom, openStore } from '../store/index.js';
import { cliAuditEntry } from './cli-audit.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { dbOptionHelp } from './user.js';

/** `parley process import <case-folder>`: stores a case folder as a new process. */
export async function processImport(dir: string, options: { db?: string }): Promise<number> {
  const loaded = await loadCase(dir);
  if (!loaded.ok) {
    for (const error of loaded.errors) process.stderr.write(`${formatCaseError(error)}\n`);
    return exitCodes.invalid;
  }
  const store = await openStore(databaseOptionsFrom(options.db, process.env));
  try {
    const created = await store.inTransaction(async (tx) => {
      const outcome = await tx.createProcess(loaded.value);
      if (outcome.ok)
        await tx.appendAudit(cliAuditEntry('import', { processId: loaded.value.id, target: dir }));
      return outcome;
    });
    if (!created.ok) {
      process.stderr.write(
        `parley process import: a process '${loaded.value.id}' already exists; change the id in case.yaml\n`,
      );
      return exitCodes.invalid;
    }
    const c = loaded.value;
    process.stdout.write(
      `imported ${c.id}: ${c.parties.length} parties, ${c.issues.length} issues, ${c.proposals.length} proposals, ${c.positions.length} positions\n`,
    );
    return exitCodes.ok;
  } finally {
    await store.close();
  }
}

/** `parley process export <id> <folder>`: writes a process back out as a case folder. */
export async function processExport(
  processId: string,
  dir: string,
  options: { db?: string },
): Promise<number> {
  const store = await openStore(databaseOptionsFrom(options.db, process.env));
  try {
    const theCase = await store.readCase(processId);
    if (!theCase) {
      process.stderr.write(`parley process export: no process '${processId}'\n`);
      return exitCodes.invalid;
    }
    await saveCase(theCase, dir);
    await store.appendAudit(cliAuditEntry('export', { processId, target: dir }));
    process.stdout.write(`exported ${processId} to ${dir}\n`);
    return exitCodes.ok;
  } finally {
    await store.close();
  }
}

/** Registers `parley process import` and `parley process export`. */
export const registerProcess: CommandRegistration = (program: Command, run) => {
  const command = program
    .command('process')
    .description('move processes between case folders and the server database');
  command
    .command('import <case-folder>')
    .description('store a case folder as a new process')
    .option('--db <file>', dbOptionHelp)
    .addHelpText('after', '\nExample:\n  parley process import cases/ukraine-2025')
    .action(run((dir: string, options: { db?: string }) => processImport(dir, options)));
  command
    .command('export <id> <folder>')
    .description('write a process out as a case folder')
    .option('--db <file>', dbOptionHelp)
    .addHelpText('after', '\nExample:\n  parley process export ukraine-2025 /tmp/ukraine-2025')
    .action(
      run((processId: string, dir: string, options: { db?: string }) =>
        processExport(processId, dir, options),
      ),
    );
};
