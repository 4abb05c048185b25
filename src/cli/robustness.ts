import type { Command } from 'commander';
import type { RobustnessReport } from '../robustness/index.js';
import { createJobPool, runRobustness } from '../jobs/index.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { loadCaseToWeigh } from './position-source.js';
import { renderTable, useColor } from './table.js';
import { wholeNumberOption } from './whole-number.js';

interface RobustnessCommandOptions {
  samples?: string;
  seed?: string;
  workers?: string;
  detailSamples?: string;
  json?: boolean;
  progress?: boolean;
  use?: string;
}

const percent = (p: number): string => `${(p * 100).toFixed(1)}%`;
const signed = (x: number, digits = 1): string => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;

/**
 * The robustness report for a person: the zone, acceptance of each proposal and of the most frequent Nash
 * packages, the ten parameters that matter most, the leverage curves and the concession values.
 */
export function renderRobustness(report: RobustnessReport, isColored: boolean): string {
  const parties = Object.keys(report.proposals[0]?.accept ?? report.solutions[0]?.accept ?? {});
  const out: string[] = [
    `${report.samples} samples (seed ${report.seed}) over ${report.parameters.length} uncertain parameters; ` +
      `leverage and concessions over the first ${report.detailSamples}`,
    '',
    `agreement zone exists in ${percent(report.zone)} of samples` +
      (report.undecided > 0 ? ` (${report.undecided} undecided: the search was stopped)` : ''),
    '',
  ];
  const acceptance = (label: string, accept: Record<string, number>, all: number, extra: string[] = []) => [
    label,
    ...extra,
    ...parties.map((p) => percent(accept[p] ?? 0)),
    percent(all),
  ];
  const right = (header: string) => ({ header, align: 'right' as const });
  if (report.proposals.length > 0)
    out.push(
      renderTable(
        [{ header: 'proposal accepted by' }, ...parties.map(right), right('all')],
        report.proposals.map((p) => acceptance(p.proposal, p.accept, p.all)),
        isColored,
      ),
    );
  if (report.solutions.length > 0) {
    out.push('Nash packages across samples (options that differ from the first one shown):');
    const first = report.solutions[0]!.package;
    out.push(
      renderTable(
        [{ header: 'package' }, right('nash'), ...parties.map(right), right('all')],
        report.solutions.map((s, i) =>
          acceptance(
            i === 0
              ? `#1`
              : `#${i + 1} ` +
                  Object.entries(s.package)
                    .filter(([issue, option]) => first[issue] !== option)
                    .map(([issue, option]) => `${issue}=${option}`)
                    .join(' '),
            s.accept,
            s.all,
            [percent(s.nash)],
          ),
        ),
        isColored,
      ),
      `#1 = ${Object.entries(first)
        .map(([issue, option]) => `${issue}=${option}`)
        .join(', ')}`,
    );
  }
  if (report.sensitivity.length > 0) {
    out.push(
      '',
      'what moves the answer most (change in probability, upper half of a range minus lower half):',
    );
    for (const s of report.sensitivity.slice(0, 10))
      out.push(
        `  ${s.parameter.padEnd(48)} zone ${signed((s.zone ?? 0) * 100)}  nash ${signed((s.nash ?? 0) * 100)}  accept ${signed(s.accept * 100)} (pts)`,
      );
  }
  for (const curve of report.leverage)
    out.push(
      `leverage of ${curve.party}: ` +
        curve.points
          .map(
            (p) =>
              `d=${p.reservation} zone ${percent(p.zone)}${p.nash === null ? '' : ` nash ${p.nash.toFixed(1)}`}`,
          )
          .join(' · '),
    );
  if (report.concessions.length > 0) {
    out.push('', 'value of each concession (others gain, in utility points; zone opens by):');
    for (const c of report.concessions.slice(0, 10))
      out.push(
        `  ${`${c.party}.${c.redline}`.padEnd(40)} ${signed(c.total)}  zone ${signed(c.zone * 100)} pts  ` +
          Object.entries(c.gains)
            .map(([p, g]) => `${p} ${signed(g)}`)
            .join(', '),
      );
  }
  return out.join('\n') + '\n';
}

function wholeNumber(
  name: string,
  text: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number | string {
  const n = wholeNumberOption(text, min, max);
  return n === undefined
    ? fallback
    : (n ?? `--${name} '${text}' must be a whole number from ${min} to ${max}`);
}

/**
 * `parley robustness <case>`: Monte Carlo over the case's uncertain parameters on worker threads. Exit 0
 * with a report, 1 for an invalid case, 2 for a usage error. The same seed gives the same report whatever
 * `--workers` says.
 */
export async function robustnessCommand(dir: string, options: RobustnessCommandOptions): Promise<number> {
  const samples = wholeNumber('samples', options.samples, 1000, 1, 1_000_000);
  const seed = wholeNumber('seed', options.seed, 1, 0, 2 ** 32 - 1);
  const workers = wholeNumber('workers', options.workers, 1, 1, 64);
  const detail = wholeNumber('detail-samples', options.detailSamples, 100, 0, 1_000_000);
  const usage = [samples, seed, workers, detail].find((v) => typeof v === 'string');
  if (usage !== undefined) {
    process.stderr.write(`parley robustness: ${usage}\n`);
    return exitCodes.usage;
  }
  const chosen = await loadCaseToWeigh('robustness', dir, options, true);
  if (typeof chosen === 'number') return chosen;
  const showProgress = options.progress === true || process.stderr.isTTY === true;
  let shown = -1;
  // The CLI's own job pool: `--workers` threads, and one owner, so the fair queue plays no part. Its threads
  // run at the command's own priority: no request thread here needs them to yield.
  const jobs = createJobPool({ threads: workers as number, queue: { total: 64, perUser: 64 }, nice: 0 });
  const computed = await runRobustness(
    jobs,
    chosen.theCase,
    { samples: samples as number, seed: seed as number, detailSamples: detail as number },
    {
      owner: { processId: chosen.theCase.id, userId: 'cli' },
      onProgress: showProgress
        ? (done, total) => {
            const tenth = Math.floor((done / total) * 10);
            if (tenth === shown) return;
            shown = tenth;
            process.stderr.write(`robustness: ${done} of ${total} solves\n`);
          }
        : undefined,
    },
  ).finally(() => jobs.close());
  const report: RobustnessReport = { ...computed, ...chosen.fields };
  process.stdout.write(
    options.json
      ? JSON.stringify(report) + '\n'
      : renderRobustness(report, useColor(process.stdout)) + chosen.line,
  );
  return exitCodes.ok;
}

/** Registers `parley robustness` (see `robustnessCommand`). */
export const registerRobustness: CommandRegistration = (program: Command, run) => {
  program
    .command('robustness')
    .description(
      'Monte Carlo over uncertain positions: zone and acceptance probabilities, Nash frequency, sensitivity, leverage, concession values',
    )
    .argument('<case>', 'case folder (case.yaml, proposals/, positions/)')
    .option('--samples <n>', 'how many samples to draw (default 1000)')
    .option('--seed <s>', 'the seed; the same seed gives the same answer (default 1)')
    .option('--workers <n>', 'worker threads; any number gives the same answer (default 1)')
    .option('--detail-samples <n>', 'samples for leverage curves and concession values (default 100)')
    .option('--json', 'print the report as one JSON document')
    .option('--progress', 'report progress on stderr even when it is not a terminal')
    .option(
      '--use <positions>',
      "entered (default) or estimates: the mediators' estimates where there are some",
    )
    .addHelpText(
      'after',
      '\nExample:\n  parley robustness cases/ukraine-2025 --samples 10000 --workers 2\n\n' +
        'Exit status: 0 a report, 1 the case is invalid, 2 usage.\n',
    )
    .action(run(robustnessCommand));
};
