import type { Command } from 'commander';
import { loadCase } from '../io/load-case.js';
import type { Case } from '../model/index.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { reportErrors } from './report-errors.js';

const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The one-line summary of a valid case.
 * @example summarizeCase(c) // 'ok: 4 parties, 24 issues, 3 proposals, 4 positions'
 */
export function summarizeCase(c: Case): string {
  return `ok: ${c.parties.length} ${c.parties.length === 1 ? 'party' : 'parties'}, ${count(c.issues.length, 'issue')}, ${count(c.proposals.length, 'proposal')}, ${count(c.positions.length, 'position')}`;
}

/**
 * `parley validate <case>`: reads a case folder and checks its schema and cross-references. Prints the
 * summary line (exit 0) or every mistake as `file:line: message` on stderr (exit 1). With `--json`:
 * `{ "ok": boolean, "errors": [ { "file", "line", "code", "message", "expected"? } ] }` on stdout.
 */
export async function validate(dir: string, options: { json?: boolean }): Promise<number> {
  const loaded = await loadCase(dir);
  if (options.json) {
    const errors = loaded.ok ? [] : loaded.errors;
    process.stdout.write(`${JSON.stringify({ ok: loaded.ok, errors })}\n`);
    return loaded.ok ? exitCodes.ok : exitCodes.invalid;
  }
  if (!loaded.ok) return reportErrors(loaded.errors);
  process.stdout.write(`${summarizeCase(loaded.value)}\n`);
  return exitCodes.ok;
}

/** Registers `parley validate <case> [--json]`. */
export const registerValidate: CommandRegistration = (program: Command, run) => {
  program
    .command('validate <case>')
    .description('check a case folder: YAML, fields, and that every id it names exists')
    .option(
      '--json',
      'print { "ok": boolean, "errors": [ { "file", "line", "code", "message", "expected"? } ] }',
    )
    .addHelpText(
      'after',
      '\nEvery mistake is printed as file:line: message; docs/errors.md says how to fix each code.\n' +
        'Example:\n  parley validate cases/ukraine-2025\n  parley validate cases/ukraine-2025 --json',
    )
    .action(run(validate));
};
