import { Command, CommanderError } from 'commander';
import { exitCodes } from './exit-codes.js';
import type { CommandRegistration } from './command.js';

/**
 * Every `parley` command, each in its own file as a thin shell over the core: parse arguments, read through
 * `io`, call the core, print, and return the exit status (STYLE.md §17). Add a new command to this list.
 * A command's file is loaded only when it runs (or for the full help), so a command pays at start-up for
 * what it uses and nothing else: `check` never loads the server, `--help` never loads the solver.
 */
const commands: Record<string, () => Promise<CommandRegistration>> = {
  // The case and its proposals, in the order a reader works: read, compare, test, converge, draft.
  validate: async () => (await import('./validate.js')).registerValidate,
  segment: async () => (await import('./segment.js')).registerSegment,
  import: async () => (await import('./import.js')).registerImport,
  suggest: async () => (await import('./suggest.js')).registerSuggest,
  show: async () => (await import('./show.js')).registerShow,
  compare: async () => (await import('./compare.js')).registerCompare,
  matrix: async () => (await import('./matrix.js')).registerMatrix,
  merge: async () => (await import('./merge.js')).registerMerge,
  check: async () => (await import('./check.js')).registerCheck,
  solve: async () => (await import('./solve.js')).registerSolve,
  draft: async () => (await import('./draft.js')).registerDraft,
  robustness: async () => (await import('./robustness.js')).registerRobustness,
  // The server and its administration.
  start: async () => (await import('./start.js')).registerStart,
  serve: async () => (await import('./serve.js')).registerServe,
  worker: async () => (await import('./worker.js')).registerWorker,
  user: async () => (await import('./user.js')).registerUser,
  token: async () => (await import('./token.js')).registerToken,
  member: async () => (await import('./member.js')).registerMember,
  process: async () => (await import('./process.js')).registerProcess,
};

/**
 * The commands to register for these arguments: only the one named first, when it is a command; all of them
 * otherwise, so the overall help, `help <command>` and commander's "did you mean" see every command.
 */
function commandsFor(argv: readonly string[]): string[] {
  const named = argv.find((arg) => !arg.startsWith('-'));
  return named !== undefined && Object.hasOwn(commands, named) ? [named] : Object.keys(commands);
}

/** The `parley` program with the named commands registered; each command's exit status lands in `outcome`. */
async function buildProgram(names: readonly string[], outcome: { status: number }): Promise<Command> {
  const program = new Command('parley')
    .description('Parley: capture, compare, test and converge peace proposals.')
    .showHelpAfterError('(run the command with --help for usage)')
    .exitOverride();
  const registrations = await Promise.all(names.map((name) => commands[name]!()));
  for (const register of registrations) {
    register(program, (handler) => async (...args: unknown[]) => {
      outcome.status = await handler(...args);
    });
  }
  // Subcommands inherit exitOverride only when it is set before they are added, so set it on each.
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * The overall help, as `parley --help` prints it to a pipe. The ahead-of-time build saves it beside the
 * compiled CLI (scripts/build-cli.js), so that `parley --help` need not load every command to print it.
 */
export async function renderHelp(): Promise<string> {
  const program = await buildProgram(Object.keys(commands), { status: exitCodes.ok });
  program.configureOutput({ getOutHelpWidth: () => 80, getOutHasColors: () => false });
  return program.helpInformation();
}

/** Runs the CLI with the given arguments and resolves to the exit status: 0 ok, 1 findings or invalid input, 2 usage. */
export async function main(argv: string[]): Promise<number> {
  const outcome = { status: exitCodes.ok as number };
  const program = await buildProgram(commandsFor(argv), outcome);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return outcome.status;
  } catch (error) {
    // --help and --version end with exit code 0; whatever else commander rejects is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.ok : exitCodes.usage;
    throw error;
  }
}
