import type { Command } from 'commander';
import { checkCase, isAllSatisfied } from '../analysis/index.js';
import type {
  AlternativeVerdict,
  CheckReport,
  CheckResult,
  RedLineFinding,
  Verdict,
} from '../analysis/index.js';
import { IsoDate } from '../model/index.js';
import type { Case } from '../model/index.js';
import { centralValuesNote } from './central-values.js';
import { loadCaseToWeigh } from './position-source.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { paint, renderTable, useColor } from './table.js';
import type { Cell, Color } from './table.js';

const marks: Record<Verdict, { mark: string; color: Color }> = {
  violated: { mark: '✗', color: 'red' },
  open: { mark: '?', color: 'yellow' },
  satisfied: { mark: '✓', color: 'green' },
};

/**
 * The compliance matrix for a person: a table of proposals × parties, each cell the overall verdict and
 * the guaranteed utility (`✗ 17.5`, `? 55.0`, `✓ 70.2`, with `*` when not above the party's reservation),
 * then one line per violated or open red line with its evidence. The marks carry the meaning, so the
 * output reads the same without colour.
 * @example renderCheckReport(checkCase(c), c, false) // '<case title>\n\nproposal  ua\n…\nus-28 × ua: ✗ no-ceding — violated by 21a, 21d\n'
 */
export function renderCheckReport(report: CheckReport, theCase: Case, isColored: boolean): string {
  if (report.results.length === 0) {
    return theCase.positions.length === 0
      ? 'no party has a position in this case, so there are no red lines to test\n'
      : 'no proposals to check\n';
  }
  const proposals = [...new Set(report.results.map((r) => r.proposal))];
  const parties = [...new Set(report.results.map((r) => r.party))];
  const cellOf = (result: CheckResult | undefined): Cell => {
    if (!result) return '';
    const { mark, color } = marks[result.verdict];
    return { text: `${mark} ${result.utility.toFixed(1)}${result.aboveReservation ? ' ' : '*'}`, color };
  };
  const rows = proposals.map((proposal) => [
    proposal,
    ...parties.map((party) =>
      cellOf(report.results.find((r) => r.proposal === proposal && r.party === party)),
    ),
  ]);
  const table = renderTable(
    [{ header: 'proposal' }, ...parties.map((party) => ({ header: party, align: 'right' as const }))],
    rows,
    isColored,
  );
  const legend = [
    '✓ every red line holds   ? some open   ✗ some violated',
    "the number is the guaranteed utility, 0..100 (open issues at the party's worst option);",
    "* marks a utility that is not above the party's reservation",
  ]
    .map((line) => paint(line, 'dim', isColored))
    .join('\n');
  // One paragraph per proposal, so a long list still reads row by row like the matrix above it.
  const paragraphs = proposals.map((proposal) =>
    report.results
      .filter((result) => result.proposal === proposal)
      .flatMap((result) =>
        result.redlines
          .filter((redline) => redline.verdict !== 'satisfied' && redline.inForce !== false)
          .map((redline) => `${result.proposal} × ${result.party}: ${describeFinding(redline, isColored)}`)
          .concat(notInForce(result)),
      ),
  );
  const findings = paragraphs.filter((lines) => lines.length > 0).map((lines) => lines.join('\n'));
  const summary =
    findings.length === 0 ? 'every red line of every party holds in every proposal' : findings.join('\n\n');
  return `${theCase.title}\n\n${table}\n${legend}\n\n${summary}\n${renderIncoherence(report, theCase, isColored)}`;
}

/**
 * The coherence rules each proposal breaks, after the red lines: `✗ us-28 breaks guarantee-needs-troops
 * (A guarantee executed by foreign forces needs foreign troops) — by 5, 8`. Empty without coherence rules.
 */
function renderIncoherence(report: CheckReport, theCase: Case, isColored: boolean): string {
  if (report.incoherent === undefined) return '';
  if (report.incoherent.length === 0) return '\nevery proposal obeys every coherence rule of the case\n';
  const lines = report.incoherent.map((found) => {
    const text = theCase.coherence.find((rule) => rule.id === found.rule)?.text;
    const by = [
      ...found.evidence,
      ...(found.impliedBySilence ? [`silence on ${found.impliedBySilence.join(', ')}`] : []),
    ].join(', ');
    return `${paint(`✗ ${found.proposal} breaks ${found.rule}`, 'red', isColored)}${text ? ` (${text})` : ''} — by ${by}`;
  });
  return `\nincoherent (options that make no sense together):\n${lines.join('\n')}\n`;
}

/**
 * `✗ no-ceding — violated by 21a, 21d`, `✗ no-amnesty — violated by silence on amnesty` (the issue's
 * `whenSilent` option decided it), `? neutrality — open until nato.membership is settled`, or for bracketed
 * alternatives `? no-amnesty — open between alternatives in 15: ✓ if amnesty=none, ✗ if amnesty=blanket`.
 */
function describeFinding(redline: RedLineFinding, isColored: boolean): string {
  const { mark, color } = marks[redline.verdict];
  const silent = redline.impliedBySilence ?? [];
  const settled = [
    ...redline.evidence,
    ...(silent.length > 0 ? [`silence on ${silent.join(', ')}`] : []),
  ].join(', ');
  const open = redline.openIssues.join(', ');
  const why =
    redline.verdict === 'violated'
      ? `violated by ${settled}`
      : redline.alternatives
        ? `open between alternatives in ${settled}: ${describeAlternatives(redline.alternatives)}`
        : `open until ${open} ${redline.openIssues.length === 1 ? 'is' : 'are'} settled` +
          (settled ? ` (settled so far: ${settled})` : '');
  return `${paint(`${mark} ${redline.id}`, color, isColored)} — ${why}`;
}

/**
 * `us-28 × ua: not in force as of 2022-03-29: no-amnesty (since 2025-11-20)`: red lines left out of the verdict
 * because the position judged (dated `asOf`) did not hold them at the proposal's date.
 */
function notInForce(result: CheckResult): string[] {
  const out = result.redlines.filter((r) => r.inForce === false).map((r) => r.id);
  if (out.length === 0) return [];
  const version = result.asOf !== undefined ? ` (position as of ${result.asOf})` : '';
  return [`${result.proposal} × ${result.party}: not in force at its date${version}: ${out.join(', ')}`];
}

/** `✓ if amnesty=none, ✗ if amnesty=blanket`: a red line's verdict under each bracketed alternative. */
function describeAlternatives(alternatives: readonly AlternativeVerdict[]): string {
  return alternatives
    .map(({ issue, option, verdict }) => `${marks[verdict].mark} if ${issue}=${option}`)
    .join(', ');
}

interface CheckOptions {
  json?: boolean;
  proposal?: string[];
  party?: string[];
  asOf?: string;
  use?: string;
}

/**
 * `parley check <case>`: loads a case folder, tests every proposal against every party's red lines, and
 * prints the matrix (or the report with `--json`). Exit 0 when every red line holds everywhere, 1 when any
 * is violated or open or the case is invalid, 2 for an unknown `--proposal` or `--party`. An invalid case
 * prints its mistakes as `file:line: message` on stderr, and with `--json` also `{ "errors": [CaseError…] }`.
 */
export async function check(dir: string, options: CheckOptions): Promise<number> {
  const chosen = await loadCaseToWeigh('check', dir, options);
  if (typeof chosen === 'number') return chosen;
  const theCase = chosen.theCase;
  if (options.asOf !== undefined && options.asOf !== 'latest' && !IsoDate.safeParse(options.asOf).success) {
    process.stderr.write(`parley check: --as-of '${options.asOf}' is neither YYYY-MM-DD nor latest\n`);
    return exitCodes.usage;
  }
  const unknown = unknownSelection(theCase, options);
  if (unknown) {
    process.stderr.write(`parley check: ${unknown}\n`);
    return exitCodes.usage;
  }
  const report = checkCase(theCase, {
    proposals: options.proposal,
    parties: options.party,
    ...(options.asOf !== undefined ? { asOf: options.asOf } : {}),
  });
  const central = centralValuesNote(theCase);
  process.stdout.write(
    options.json
      ? JSON.stringify({
          ...report,
          ...(central.names.length > 0 ? { centralValues: central.names } : {}),
          ...chosen.fields,
        }) + '\n'
      : renderCheckReport(report, theCase, useColor(process.stdout)) + central.line + chosen.line,
  );
  return isAllSatisfied(report) ? exitCodes.ok : exitCodes.findings;
}

/** The first `--proposal` or `--party` id the case does not have, as a message; undefined when all exist. */
function unknownSelection(theCase: Case, options: CheckOptions): string | undefined {
  const proposalIds = theCase.proposals.map((p) => p.id);
  const partyIds = theCase.parties
    .filter((party) => theCase.positions.some((p) => p.party === party.id))
    .map((party) => party.id);
  const badProposal = options.proposal?.find((id) => !proposalIds.includes(id));
  if (badProposal !== undefined) {
    return `unknown proposal '${badProposal}' in case ${theCase.id} (expected one of: ${proposalIds.join(', ')})`;
  }
  const badParty = options.party?.find((id) => !partyIds.includes(id));
  if (badParty !== undefined) {
    return `no position for party '${badParty}' in case ${theCase.id} (expected one of: ${partyIds.join(', ')})`;
  }
  return undefined;
}

/** Registers `parley check` (see `check`). */
export const registerCheck: CommandRegistration = (program: Command, run) => {
  program
    .command('check')
    .description("test every proposal against every party's red lines: a matrix of proposals × parties")
    .argument('<case>', 'case folder (case.yaml, proposals/, positions/)')
    .option('--json', 'print the report as one JSON document')
    .option('--proposal <ids...>', 'check only these proposals')
    .option('--party <ids...>', 'check only against these parties')
    .option(
      '--as-of <date>',
      "judge against the positions in force on YYYY-MM-DD, or 'latest'; by default each proposal's own date",
    )
    .option(
      '--use <positions>',
      "entered (default) or estimates: the mediators' estimates where there are some",
    )
    .addHelpText(
      'after',
      '\nExample:\n  parley check cases/ukraine-2025 --proposal us-28 --party ua\n\n' +
        'Exit status: 0 every red line holds, 1 a red line is violated or open (or the case is invalid), 2 usage.\n',
    )
    .action(run(check));
};
