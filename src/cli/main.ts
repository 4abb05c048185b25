import { Command, CommanderError } from 'commander';
import { exitCodes } from './exit-codes.js';
import type { CommandRegistration } from './command.js';
import { registerSegment } from './segment.js';
import { registerImport } from './import.js';
import { registerSuggest } from './suggest.js';
import { registerServe } from './serve.js';
import { registerUser } from './user.js';
import { registerToken } from './token.js';
import { registerMember } from './member.js';
import { registerProcess } from './process.js';
import { registerShow } from './show.js';
import { registerValidate } from './validate.js';
import { registerCompare } from './compare.js';
import { registerMatrix } from './matrix.js';
import { registerMerge } from './merge.js';
import { registerCheck } from './check.js';
import { registerStart } from './start.js';
import { registerSolve } from './solve.js';
import { registerDraft } from './draft.js';
import { registerRobustness } from './robustness.js';

/**
 * Every `parley` command, each in its own file as a thin shell over the core: parse arguments, read through
 * `io`, call the core, print, and return the exit status (STYLE.md §17). Add a new command to this list.
 */
const commands: CommandRegistration[] = [
  // The case and its proposals, in the order a reader works: read, compare, test, converge, draft.
  registerValidate,
  registerSegment,
  registerImport,
  registerSuggest,
  registerShow,
  registerCompare,
  registerMatrix,
  registerMerge,
  registerCheck,
  registerSolve,
  registerDraft,
  registerRobustness,
  // The server and its administration.
  registerStart,
  registerServe,
  registerUser,
  registerToken,
  registerMember,
  registerProcess,
];

/** Runs the CLI with the given arguments and resolves to the exit status: 0 ok, 1 findings or invalid input, 2 usage. */
export async function main(argv: string[]): Promise<number> {
  const outcome = { status: exitCodes.ok as number };
  const program = new Command('parley')
    .description('Parley: capture, compare, test and converge peace proposals.')
    .showHelpAfterError('(run the command with --help for usage)')
    .exitOverride();
  for (const register of commands) {
    register(program, (handler) => async (...args: unknown[]) => {
      outcome.status = await handler(...args);
    });
  }
  // Subcommands inherit exitOverride only when it is set before they are added, so set it on each.
  for (const command of program.commands) command.exitOverride();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome.status;
  } catch (error) {
    // --help and --version end with exit code 0; whatever else commander rejects is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    throw error;
  }
}
