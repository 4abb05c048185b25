import type { Command } from 'commander';
import { loadCase } from '../io/load-case.js';
import { closestId, optionsOfCode } from '../model/index.js';
import type { Case, Proposal } from '../model/index.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { reportErrors } from './report-errors.js';
import { paint, useColor } from './table.js';

/**
 * `[military.cap = 600,000]`: an issue and the label of the option a provision codes; alternatives read
 * `[amnesty = No amnesty / Full amnesty]`, as bracketed text does.
 */
function chipOf(c: Case, issueId: string, optionIds: readonly string[]): string {
  const options = c.issues.find((issue) => issue.id === issueId)?.options ?? [];
  const labels = optionIds.map((id) => options.find((o) => o.id === id)?.label ?? id);
  return `[${issueId} = ${labels.join(' / ')}]`;
}

/**
 * The human view of a proposal: its title and front matter, the preamble, then each provision as the
 * document numbers it, indented two spaces per level, followed by a chip per code. Colour only marks
 * what the text already says (labels bold, chips yellow, the preamble dim).
 * @example renderProposal(usPlan, c, false) // 'US 28-point plan (us-28)\n…\n6. Ukraine's armed forces … [military.cap = 600,000]\n'
 */
export function renderProposal(proposal: Proposal, c: Case, isColored: boolean): string {
  const facts = [
    proposal.authors.length > 0 ? `by ${proposal.authors.join(', ')}` : '',
    proposal.track ? `track ${proposal.track}` : '',
    proposal.date ?? '',
    proposal.status ?? '',
    proposal.revises ? `revises ${proposal.revises}` : '',
    proposal.visibility === 'shared' ? `shared with ${proposal.sharedWith.join(', ')}` : proposal.visibility,
  ].filter((fact) => fact !== '');
  const lines = [
    paint(`${proposal.title} (${proposal.id})`, 'bold', isColored),
    paint(facts.join(' · '), 'dim', isColored),
    '',
  ];
  if (proposal.preamble !== '') lines.push(paint(proposal.preamble, 'dim', isColored), '');
  const depths = new Map<string, number>();
  for (const provision of proposal.provisions) {
    const depth = provision.parent === undefined ? 0 : (depths.get(provision.parent) ?? 0) + 1;
    depths.set(provision.num, depth);
    const chips = provision.codes.map((code) =>
      paint(chipOf(c, code.issue, optionsOfCode(code)), 'yellow', isColored),
    );
    const label = paint(provision.label, 'bold', isColored);
    lines.push(
      '  '.repeat(depth) + [label, provision.text, ...chips].filter((part) => part !== '').join(' '),
    );
  }
  const coded = proposal.provisions.filter((p) => p.codes.length > 0).length;
  lines.push('', paint(`${proposal.provisions.length} provisions, ${coded} coded`, 'dim', isColored));
  return `${lines.join('\n')}\n`;
}

/**
 * `parley show <case> <proposal>`: prints one proposal of a case with its provisions and codes; with
 * `--json`, the Proposal object as the model defines it. Exit 1 when the case has mistakes or no such proposal.
 */
export async function show(dir: string, proposalId: string, options: { json?: boolean }): Promise<number> {
  const loaded = await loadCase(dir);
  if (!loaded.ok) return reportErrors(loaded.errors);
  const proposal = loaded.value.proposals.find((p) => p.id === proposalId);
  if (!proposal) {
    const ids = loaded.value.proposals.map((p) => p.id);
    const suggestion = closestId(proposalId, ids);
    process.stderr.write(
      `${dir}: no proposal '${proposalId}' in this case` +
        (suggestion ? ` (did you mean ${suggestion}?)\n` : ` (expected one of: ${ids.join(', ')})\n`),
    );
    return exitCodes.invalid;
  }
  process.stdout.write(
    options.json
      ? `${JSON.stringify(proposal)}\n`
      : renderProposal(proposal, loaded.value, useColor(process.stdout)),
  );
  return exitCodes.ok;
}

/** Registers `parley show <case> <proposal> [--json]`. */
export const registerShow: CommandRegistration = (program: Command, run) => {
  program
    .command('show <case> <proposal>')
    .description('print a proposal of a case: its numbered provisions and the issue codes of each')
    .option(
      '--json',
      'print the proposal as JSON (id, title, …, preamble, provisions with codes and offsets)',
    )
    .addHelpText(
      'after',
      '\nExample:\n  parley show cases/ukraine-2025 us-28\n  parley show cases/ukraine-2025 e3-counter --json',
    )
    .action(run(show));
};
