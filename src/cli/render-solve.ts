import type { Case } from '../model/index.js';
import type {
  Bridge,
  PartyExplanation,
  RedLineRef,
  Solution,
  SolutionName,
  SolveReport,
} from '../solver/index.js';
import { paint, renderTable } from './table.js';

// How `parley solve` reads to a person: the solutions, conflicts, relaxations, frontier and bridge.

const names: SolutionName[] = ['nash', 'kalai', 'egalitarian', 'utilitarian'];
const describe: Record<SolutionName, string> = {
  nash: 'maximises the product of gains over reservations',
  kalai: 'gives every party the same share of its best possible gain (Kalai–Smorodinsky)',
  egalitarian: 'maximises the smallest gain over reservations',
  utilitarian: 'maximises the sum of utilities (red lines kept, reservations ignored)',
};

const optionLabel = (theCase: Case, issueId: string, optionId: string): string =>
  theCase.issues.find((issue) => issue.id === issueId)?.options.find((o) => o.id === optionId)?.label ??
  optionId;

function redLineText(theCase: Case, ref: RedLineRef): string {
  const text = theCase.positions
    .find((p) => p.party === ref.party)
    ?.redlines.find((r) => r.id === ref.redline)?.text;
  // The first clause is enough to recognise a red line; the whole text is in the party's position file.
  const short = text && text.length > 72 ? `${text.slice(0, 71).trimEnd()}…` : text;
  return `${ref.party}: ${ref.redline}${short ? ` (${short})` : ''}`;
}

/** `coherence: guarantee-needs-troops (…)`: a coherence rule of the case in a conflict. */
function coherenceText(theCase: Case, id: string): string {
  const text = theCase.coherence.find((rule) => rule.id === id)?.text;
  const short = text && text.length > 72 ? `${text.slice(0, 71).trimEnd()}…` : text;
  return `coherence: ${id}${short ? ` (${short})` : ''}`;
}

const signed = (x: number): string => (x >= 0 ? `+${x.toFixed(1)}` : x.toFixed(1));

function renderExplanation(explanation: PartyExplanation[], isColored: boolean): string {
  return explanation
    .map((party) => {
      const mark = party.surplus > 0 ? paint('✓', 'green', isColored) : paint('✗', 'red', isColored);
      const head = `  ${mark} ${party.party}: utility ${party.utility.toFixed(1)} (reservation ${party.reservation}, ${signed(party.surplus)})`;
      const redlines = party.redlines.length
        ? `    red lines: ${party.redlines.map((r) => `${r.holds ? '✓' : '✗'} ${r.id}`).join(', ')}`
        : '    red lines: none';
      const costs = party.issues
        .filter((issue) => issue.delta < 0)
        .sort((a, b) => a.delta - b.delta)
        .map(
          (issue) => `${issue.issue} ${issue.option} (best ${issue.bestOption}, ${issue.delta.toFixed(1)})`,
        );
      const gets = party.issues.filter((issue) => issue.delta === 0).map((issue) => issue.issue);
      return [
        head,
        redlines,
        costs.length ? `    gives up: ${costs.join('; ')}` : '    gives up: nothing',
        gets.length ? `    gets its best on: ${gets.join(', ')}` : '',
      ]
        .filter((line) => line !== '')
        .join('\n');
    })
    .join('\n');
}

function renderPackage(theCase: Case, solution: Solution, isColored: boolean): string {
  const rows = Object.entries(solution.options).map(([issue, option]) => [
    issue,
    option,
    paint(optionLabel(theCase, issue, option), 'dim', isColored),
  ]);
  return renderTable([{ header: 'issue' }, { header: 'option' }, { header: 'label' }], rows, isColored)
    .split('\n')
    .map((line) => (line ? `  ${line}` : line))
    .join('\n');
}

const utilitiesLine = (solution: Solution): string =>
  Object.entries(solution.utilities)
    .map(([party, u]) => `${party} ${u.toFixed(1)}`)
    .join('  ');

/** The bridge package and the coded positions it changes in each named proposal. */
function renderBridge(bridge: Bridge, when: string): string[] {
  const out = [
    '',
    `Bridge closest to ${bridge.near.join(' + ')}${when}${bridge.inAgreementZone ? ' (in the agreement zone)' : ''}:`,
  ];
  if (!bridge.solution) out.push('  none: no package keeps every red line');
  else {
    out.push(`  ${utilitiesLine(bridge.solution)}; weighted changes ${bridge.cost}`);
    for (const change of bridge.changes)
      out.push(`  ${change.proposal}: ${change.issue} ${change.from} → ${change.to}`);
  }
  return out;
}

/** The Nash package with its explanation, then the other solutions one line each. */
function renderSolutions(
  theCase: Case,
  solutions: Record<SolutionName, Solution | null>,
  explain: SolveReport['explain'],
  isColored: boolean,
  explainAll: boolean,
): string[] {
  const out: string[] = [];
  const nash = solutions.nash;
  if (nash) {
    out.push('', `Nash package (${describe.nash}):`, renderPackage(theCase, nash, isColored));
    const explanation = explain?.nash;
    if (explanation) out.push(renderExplanation(explanation, isColored));
  }
  const others = names.filter((name) => name !== 'nash' && solutions[name]);
  if (others.length > 0) out.push('', 'Other solutions:');
  for (const name of others) {
    const solution = solutions[name]!;
    const differs = nash
      ? Object.keys(solution.options).filter((i) => solution.options[i] !== nash.options[i])
      : [];
    out.push(`  ${name.padEnd(11)}  ${utilitiesLine(solution)}   ${paint(describe[name], 'dim', isColored)}`);
    if (nash)
      out.push(
        `               ${differs.length ? `differs from Nash on ${differs.join(', ')}` : 'same package as Nash'}`,
      );
    const explanation = explain?.[name];
    if (explainAll && explanation) out.push(renderExplanation(explanation, isColored));
  }
  return out;
}

/** What a search stopped by its time limit left unproven: each solution's gap, or that none was found. */
function renderStopped(report: SolveReport, isColored: boolean): string[] {
  const unproven = names.filter((name) => !report.optimality[name].proven);
  const found = unproven.filter((name) => report.solutions[name]);
  const missing = unproven.filter((name) => !report.solutions[name]);
  const gap = (name: SolutionName) => report.optimality[name].gap;
  const lines = ['time limit reached:'];
  if (found.length > 0)
    lines.push(
      `  not proven optimal: ${found.map((n) => `${n} (${gap(n) === null ? 'gap unknown' : `gap ≤ ${gap(n)}`})`).join(', ')}`,
    );
  if (missing.length > 0) lines.push(`  not found before the limit: ${missing.join(', ')}`);
  if (!report.conflictsComplete && report.feasible === false)
    lines.push('  the conflicts and relaxations listed may be incomplete');
  return lines.map((line) => paint(line, 'yellow', isColored));
}

/**
 * The answer for a person: feasible or not, the agreement zone, the Nash package with each party's
 * explanation, the other solutions in one line each; when infeasible, the conflicts and the smallest
 * relaxations. Marks carry the meaning, so it reads the same without colour.
 */
export function renderSolveReport(
  report: SolveReport,
  theCase: Case,
  isColored: boolean,
  explainAll: boolean,
): string {
  const out: string[] = [theCase.title, ''];
  for (const note of report.notes) out.push(paint(`note: ${note}`, 'yellow', isColored));
  if (report.feasible === null) {
    out.push(
      paint(
        'The search stopped at its time limit before finding any package that keeps every red line: whether one exists is not known.',
        'yellow',
        isColored,
      ),
    );
  } else if (!report.feasible) {
    out.push(paint('No package satisfies every red line.', 'red', isColored), '');
    out.push(
      report.conflictsComplete
        ? 'Conflicts (minimal sets of red lines that cannot hold together):'
        : 'Conflicts found (the list may be incomplete):',
    );
    report.conflicts.forEach((conflict, k) => {
      const owner = report.conflictOwners[k];
      const own = owner
        ? paint(`  [${owner}'s own red lines contradict each other]`, 'yellow', isColored)
        : '';
      const parts = conflict.map((ref) =>
        'coherence' in ref ? coherenceText(theCase, ref.coherence) : redLineText(theCase, ref),
      );
      out.push(`  ${k + 1}. ${parts.join(' ⟂ ')}${own}`);
    });
    const size = report.relaxations[0]?.length ?? 0;
    out.push('', `Smallest relaxations (give up these ${size} red lines and the rest can all hold):`);
    report.relaxations.forEach((relaxation, k) =>
      out.push(`  ${k + 1}. ${relaxation.map((ref) => redLineText(theCase, ref)).join(' + ')}`),
    );
    const cheapest = report.cheapestRelaxations ?? [];
    if (cheapest.length > 0 && JSON.stringify(cheapest) !== JSON.stringify(report.relaxations)) {
      const cost = report.relaxationCost ?? 0;
      out.push('', `Cheapest by the parties' own priorities (cost ${cost}):`);
      cheapest.forEach((set, k) =>
        out.push(`  ${k + 1}. ${set.map((ref) => `${ref.party}: ${ref.redline}`).join(' + ')}`),
      );
    }
  } else {
    out.push(paint('Some package keeps every red line of every party.', 'green', isColored));
    out.push(
      report.agreementZone === null
        ? paint(
            'The search stopped at its time limit before finding a package that gives every party more than its reservation: whether one exists is not known.',
            'yellow',
            isColored,
          )
        : report.agreementZone
          ? paint(
              'Agreement zone: some such package gives every party more than its reservation.',
              'green',
              isColored,
            )
          : paint(
              'No agreement zone: every such package leaves some party at or below its reservation.',
              'red',
              isColored,
            ),
    );
  }
  out.push(...renderSolutions(theCase, report.solutions, report.explain, isColored, explainAll));
  const relaxed = report.afterRelaxation;
  if (relaxed) {
    out.push(
      '',
      `If ${relaxed.without.map((ref) => `${ref.party}: ${ref.redline}`).join(' + ')} were given up:`,
    );
    out.push(
      relaxed.feasible === null || (relaxed.feasible && relaxed.agreementZone === null)
        ? '  the search stopped at its time limit before deciding.'
        : !relaxed.feasible
          ? '  still no package keeps every other red line.'
          : relaxed.agreementZone
            ? paint(
                '  some package keeps every other red line and gives every party more than its reservation.',
                'green',
                isColored,
              )
            : paint(
                '  some package keeps every other red line, but none beats every reservation.',
                'yellow',
                isColored,
              ),
    );
    out.push(...renderSolutions(theCase, relaxed.solutions, relaxed.explain, isColored, explainAll));
  }
  if (report.stopped) out.push('', ...renderStopped(report, isColored));
  if (report.pareto) {
    const capped = report.paretoCapped ? ` (showing ${report.pareto.length} of ${report.paretoCount})` : '';
    out.push(
      '',
      report.paretoProven === false
        ? paint(
            `Pareto frontier found so far: ${report.paretoCount} packages${capped} that none of the others beats for every party, not proven Pareto-optimal (the search stopped or reached its cap), best total first:`,
            'yellow',
            isColored,
          )
        : `Pareto frontier: ${report.paretoCount} packages${capped}, best total first:`,
    );
    for (const point of report.pareto) out.push(`  ${utilitiesLine(point)}`);
  }
  if (report.bridge) out.push(...renderBridge(report.bridge, ''));
  if (report.afterRelaxation?.bridge)
    out.push(...renderBridge(report.afterRelaxation.bridge, ' once the relaxation above is made'));
  return out.join('\n') + '\n';
}
