import type { Command } from 'commander';

/** A command's handler receives commander's action arguments and returns the exit status. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- commander passes positionals, options and the command
export type Handler = (...args: any[]) => Promise<number> | number;

/** Turns a handler into a commander action that records the handler's exit status. */
export type Run = (handler: Handler) => (...args: unknown[]) => Promise<void>;

/**
 * How a command file plugs into the CLI.
 * @example
 * export const registerCheck: CommandRegistration = (program, run) =>
 *   program.command('check <case>').option('--json').action(run(async (dir: string, opts: { json?: boolean }) => 0));
 */
export type CommandRegistration = (program: Command, run: Run) => void;
