import type { Command } from 'commander';
import { solveCase } from '../solver/index.js';
import type { CommandRegistration } from './command.js';
import { centralValuesNote } from './central-values.js';
import { loadCaseToWeigh } from './position-source.js';
import { exitCodes } from './exit-codes.js';
import { renderSolveReport } from './render-solve.js';
import { useColor } from './table.js';

interface SolveCommandOptions {
  json?: boolean;
  pareto?: boolean;
  limit?: string;
  near?: string[];
  explain?: boolean;
  timeLimit?: string;
  progress?: boolean;
  use?: string;
}

/**
 * `parley solve <case>`: searches every package for the four bargaining solutions, and when none keeps every
 * red line, the conflicts and the smallest relaxations. Exit 0 when an agreement zone exists, 1 when the
 * case is infeasible, has no agreement zone, or is invalid, or when the time limit stopped the search before
 * it found a package of the agreement zone or proved there is none (a finding: DESIGN.md keeps three
 * statuses), 2 on a usage error.
 */
export async function solve(dir: string, options: SolveCommandOptions): Promise<number> {
  const limit = options.limit === undefined ? undefined : Number(options.limit);
  const seconds = options.timeLimit === undefined ? undefined : Number(options.timeLimit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    process.stderr.write(
      `parley solve: --limit '${options.limit}' is not a positive whole number (try --limit 20)\n`,
    );
    return exitCodes.usage;
  }
  if (seconds !== undefined && !(seconds > 0)) {
    process.stderr.write(
      `parley solve: --time-limit '${options.timeLimit}' is not a positive number of seconds\n`,
    );
    return exitCodes.usage;
  }
  const chosen = await loadCaseToWeigh('solve', dir, options);
  if (typeof chosen === 'number') return chosen;
  const theCase = chosen.theCase;
  const proposals = theCase.proposals.map((p) => p.id);
  const unknown = options.near?.find((id) => !proposals.includes(id));
  if (unknown !== undefined) {
    process.stderr.write(
      `parley solve: unknown proposal '${unknown}' for --near (expected one of: ${proposals.join(', ')})\n`,
    );
    return exitCodes.usage;
  }
  const deadline = seconds === undefined ? Infinity : Date.now() + seconds * 1000;
  const showProgress = options.progress === true || process.stderr.isTTY === true;
  const started = Date.now();
  const report = solveCase(theCase, {
    control: {
      shouldStop: () => Date.now() > deadline,
      remaining: () => deadline - Date.now(),
      onProgress: showProgress
        ? (p) =>
            process.stderr.write(
              `solving: ${p.phase}, ${p.nodes} nodes, ${((Date.now() - started) / 1000).toFixed(1)} s` +
                `${p.proven?.length ? `; proven: ${p.proven.join(', ')}` : ''}\n`,
            )
        : undefined,
    },
    pareto: options.pareto ? { limit } : undefined,
    near: options.near,
    explain: true,
  });
  const central = centralValuesNote(theCase);
  if (options.json) {
    const { explain: _explain, ...rest } = report;
    const shown = options.explain ? report : rest;
    process.stdout.write(
      JSON.stringify({
        ...shown,
        ...(central.names.length > 0 ? { centralValues: central.names } : {}),
        ...chosen.fields,
      }) + '\n',
    );
  } else
    process.stdout.write(
      renderSolveReport(report, theCase, useColor(process.stdout), options.explain === true) +
        central.line +
        chosen.line,
    );
  return report.agreementZone
    ? exitCodes.ok
    : report.agreementZone === null
      ? exitCodes.undecided
      : exitCodes.findings;
}

/** Registers `parley solve` (see `solve`). */
export const registerSolve: CommandRegistration = (program: Command, run) => {
  program
    .command('solve')
    .description(
      'search every package: does any keep all red lines, and which is best by Nash, Kalai, egalitarian, utilitarian',
    )
    .argument('<case>', 'case folder (case.yaml, proposals/, positions/)')
    .option('--json', 'print the answer as one JSON document')
    .option('--pareto', 'also list the Pareto frontier (one package per non-dominated utility vector)')
    .option('--limit <n>', 'list at most n frontier packages (with --pareto)')
    .option(
      '--near <proposals...>',
      'find the feasible package that changes the fewest weighted positions of these proposals',
    )
    .option('--explain', 'explain every solution per party (the Nash package is always explained)')
    .option(
      '--time-limit <seconds>',
      'stop searching after this long and report the best packages found, unproven',
    )
    .option('--progress', 'report progress on stderr even when it is not a terminal')
    .option(
      '--use <positions>',
      "entered (default) or estimates: the mediators' estimates where there are some",
    )
    .addHelpText(
      'after',
      '\nExamples:\n  parley solve cases/ukraine-2025\n  parley solve cases/ukraine-2025 --pareto --limit 10 --json\n' +
        '  parley solve cases/ukraine-2025 --near us-28 e3-counter --time-limit 30\n\n' +
        'Exit status: 0 an agreement zone exists, 1 infeasible or no agreement zone (or the case is invalid, or\n' +
        'the time limit stopped the search before it could tell whether an agreement zone exists), 2 usage.\n',
    )
    .action(run(solve));
};
