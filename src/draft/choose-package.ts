import type { Case, Package } from '../model/index.js';
import { solveCase } from '../solver/index.js';
import type { RedLineRef, SearchControl, SolutionName } from '../solver/index.js';

/** Which package to draft towards: a bargaining solution, or the bridge closest to some proposals. */
export type PackageRequest = { solution: SolutionName } | { near: string[] };

/**
 * The package found, and the red lines that had to be set aside to find it (empty when the case is
 * feasible as it stands). `description` says in words what the package is, for titles and messages.
 */
export type ChosenPackage =
  { ok: true; package: Package; relaxed: RedLineRef[]; description: string } | { ok: false; message: string };

/**
 * Finds the package a draft should reach. When the case is feasible it is the named solution (or the
 * bridge `near` the given proposals). When no package keeps every red line, it is the same solution of the
 * case with the cheapest relaxation applied (the solver's first, so the choice is deterministic): the
 * red lines in `relaxed` are the collisions the draft will break and flag. Fails with a message when even
 * then the solution does not exist (e.g. an empty agreement zone for `nash`).
 * @example choosePackage(ukraine, { solution: 'nash' }) // { ok: true, relaxed: [{ party: 'ru', redline: 'donbas-before-ceasefire' }, …], … }
 */
export function choosePackage(
  theCase: Case,
  request: PackageRequest,
  control?: SearchControl,
): ChosenPackage {
  // Only what is asked for is solved: a bridge needs no bargaining solution, a solution no bridge.
  const wanted =
    'near' in request ? { near: request.near, solutions: [] } : { solutions: [request.solution] };
  const solve = (c: Case) => solveCase(c, { ...(control ? { control } : {}), ...wanted });
  const what =
    'near' in request ? `the bridge near ${request.near.join(', ')}` : `the ${request.solution} package`;
  const pick = (report: ReturnType<typeof solveCase>) =>
    'near' in request ? (report.bridge?.solution ?? null) : report.solutions[request.solution];
  const report = solve(theCase);
  const found = pick(report);
  if (found) return { ok: true, package: found.options, relaxed: [], description: what };
  // Draft towards what the parties value least to give up: the cheapest relaxation by their priorities.
  const relaxed =
    report.feasible === false ? (report.cheapestRelaxations?.[0] ?? report.relaxations[0] ?? []) : [];
  if (relaxed.length > 0) {
    const again = pick(solve(withoutRedLines(theCase, relaxed)));
    if (again) {
      const names = relaxed.map((r) => redLineInWords(theCase, r)).join(', ');
      return { ok: true, package: again.options, relaxed, description: `${what} once ${names} give way` };
    }
  }
  const why = report.stopped
    ? 'the search stopped at its time limit before finding it'
    : !report.feasible
      ? relaxed.length > 0
        ? 'no package keeps every red line, and none exists even with the cheapest relaxation'
        : 'no package keeps every red line'
      : 'no package of the agreement zone gives every party more than its reservation';
  return {
    ok: false,
    message: `there is no ${what.replace(/^the /, '')}: ${why}; give a package by hand with --package <file>`,
  };
}

/**
 * A red line for a reader: `Russia's red line “Donbas before any ceasefire”`, by the party's name and the red
 * line's own text (its id when the text is missing).
 */
export function redLineInWords(theCase: Case, ref: RedLineRef): string {
  const party = theCase.parties.find((p) => p.id === ref.party)?.name ?? ref.party;
  const text = theCase.positions
    .find((p) => p.party === ref.party)
    ?.redlines.find((r) => r.id === ref.redline)?.text;
  return `${party}'s red line “${text ?? ref.redline}”`;
}

/** The case with some red lines removed from the parties' positions. */
function withoutRedLines(theCase: Case, relaxed: readonly RedLineRef[]): Case {
  return {
    ...theCase,
    positions: theCase.positions.map((position) => ({
      ...position,
      redlines: position.redlines.filter(
        (r) => !relaxed.some((x) => x.party === position.party && x.redline === r.id),
      ),
    })),
  };
}
