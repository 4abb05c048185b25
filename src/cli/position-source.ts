import { loadCase } from '../io/load-case.js';
import { PositionSource, positionsToUse } from '../model/index.js';
import type { Case } from '../model/index.js';
import { exitCodes } from './exit-codes.js';
import { reportErrors } from './report-errors.js';

/** The positions a command weighs (`--use entered|estimates`), and how its output says so. */
export interface ChosenPositions {
  /** The case the analysis is given: its positions are the ones weighed, and it holds no estimates. */
  theCase: Case;
  uses: PositionSource;
  /** The parties whose estimate was weighed instead of their entered position. */
  estimated: string[];
  /** `{ uses, estimated }` for `--json` when the case has estimates (or always, with `always`); else `{}`. */
  fields: { uses?: PositionSource; estimated?: string[] };
  /** A `note:` line for a person when the case has estimates; else empty. */
  line: string;
}

/**
 * Picks the positions a command weighs (DESIGN.md, mediators' estimates): the entered ones by default, or with
 * `--use estimates` the mediators' estimates where there are some. A wrong `--use`, or `estimates` for a case
 * without any, is a usage message. Commands that predate estimates add `uses`/`estimated` to their JSON only
 * when the case has estimates, so their shape does not change for other cases; `always` adds them anyway.
 * @example choosePositions(c, 'estimates').line // "note: the mediators' estimates of ru weighed in place of the positions they entered\n"
 */
export function choosePositions(
  theCase: Case,
  use: string | undefined,
  always = false,
): ChosenPositions | { usage: string } {
  const source = PositionSource.safeParse(use ?? 'entered');
  if (!source.success) return { usage: `--use '${use}' must be entered or estimates` };
  const estimates = (theCase.estimates ?? []).map((e) => e.party);
  if (source.data === 'estimates' && estimates.length === 0)
    return {
      usage: `--use estimates: case ${theCase.id} has no estimates (estimates/<party>.yaml, the mediators' own)`,
    };
  const chosen = positionsToUse(theCase, source.data);
  const hasEstimates = estimates.length > 0;
  return {
    theCase: chosen.theCase,
    uses: source.data,
    estimated: chosen.estimated,
    fields: hasEstimates || always ? { uses: source.data, estimated: chosen.estimated } : {},
    line: !hasEstimates
      ? ''
      : source.data === 'estimates'
        ? `note: the mediators' estimates of ${chosen.estimated.join(', ')} weighed in place of the positions they entered\n`
        : `note: the positions the parties entered; the mediators' estimates of ${estimates.join(', ')} are not used (--use estimates)\n`,
  };
}

/**
 * Loads a case folder for `parley <command>` and picks the positions it weighs (`choosePositions`): the
 * chosen positions, or the exit code once the case's mistakes (with `--json` also as `{ "errors" }` on
 * stdout, the one document it promises) or the usage message were printed.
 */
export async function loadCaseToWeigh(
  command: string,
  dir: string,
  options: { json?: boolean; use?: string },
  always = false,
): Promise<ChosenPositions | number> {
  const loaded = await loadCase(dir);
  if (!loaded.ok) {
    if (options.json) process.stdout.write(JSON.stringify({ errors: loaded.errors }) + '\n');
    return reportErrors(loaded.errors);
  }
  const chosen = choosePositions(loaded.value, options.use, always);
  if ('usage' in chosen) {
    process.stderr.write(`parley ${command}: ${chosen.usage}\n`);
    return exitCodes.usage;
  }
  return chosen;
}
