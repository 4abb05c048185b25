import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { checkCase } from '../analysis/index.js';
import { loadCase } from '../io/index.js';
import { renderCheckReport } from './check.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { reportErrors } from './report-errors.js';
import { useColor } from './table.js';

/** The demo case shipped with Parley, resolved from this file so it works from any working directory. */
export const demoCaseDir = fileURLToPath(new URL('../../cases/ukraine-2025', import.meta.url));

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

/** Registers `parley start`, what `npm start` runs: for now, the compliance matrix of the demo case. */
export const registerStart: CommandRegistration = (program: Command, run) => {
  program
    .command('start')
    .description('show the compliance matrix of the demo case (or of --case <dir>)')
    .option('--case <dir>', 'case folder to show instead of the demo case')
    .addHelpText('after', '\nExample:\n  npm start\n  parley start --case cases/ukraine-2025\n')
    .action(run((options: { case?: string }) => printCaseMatrix(options.case)));
};
