import type { CaseError } from '../model/index.js';
import { formatCaseError } from '../model/index.js';
import { exitCodes } from './exit-codes.js';

/**
 * Prints a case's mistakes to stderr, one `file:line: message` per line (STYLE.md §6), and returns the
 * exit status for invalid input (1), so a command can end with `return reportErrors(loaded.errors)`.
 * @example reportErrors([{ file: 'positions/ua.yaml', line: 14, code: 'unknown_option', message: "unknown option 'cap-700k' for issue military.cap" }]) // 1
 */
export function reportErrors(errors: readonly CaseError[]): number {
  process.stderr.write(errors.map((error) => `${formatCaseError(error)}\n`).join(''));
  return exitCodes.invalid;
}
