import type { Command } from 'commander';
import { addProposalCodes, loadCase } from '../io/index.js';
import { closestId } from '../model/index.js';
import type { Code } from '../model/index.js';
import { suggestCodes, suggestionThreshold, type Suggestion } from '../suggest/index.js';
import type { CommandRegistration } from './command.js';
import { exitCodes } from './exit-codes.js';
import { reportErrors } from './report-errors.js';

interface SuggestOptions {
  json?: boolean;
  apply?: boolean;
  minConfidence?: string;
}

/**
 * `parley suggest <case> <proposal-id>`: the codes each provision most likely carries and does not carry
 * yet, with a confidence and the reason (docs/suggest.md); `--json` prints `{ "suggestions": [...] }`.
 * Only suggestions at or above `--min-confidence` (default: the documented threshold) are shown, and with
 * `--apply` written into the proposal file, which is then validated with the case (nothing is written
 * when that fails). Exit 0, 1 on an invalid case or unknown proposal, 2 on a bad option.
 */
export async function suggest(dir: string, proposalId: string, options: SuggestOptions): Promise<number> {
  const minConfidence =
    options.minConfidence === undefined ? suggestionThreshold : Number(options.minConfidence);
  if (!Number.isFinite(minConfidence) || minConfidence < 0 || minConfidence > 1) {
    process.stderr.write(`--min-confidence must be a number from 0 to 1, not '${options.minConfidence}'\n`);
    return exitCodes.usage;
  }
  const loaded = await loadCase(dir);
  if (!loaded.ok) return reportErrors(loaded.errors);
  const c = loaded.value;
  const target = c.proposals.find((p) => p.id === proposalId);
  if (!target) {
    const ids = c.proposals.map((p) => p.id);
    const close = closestId(proposalId, ids);
    process.stderr.write(
      `${dir}: no proposal '${proposalId}' in this case` +
        (close ? ` (did you mean ${close}?)\n` : ` (expected one of: ${ids.join(', ') || 'none'})\n`),
    );
    return exitCodes.invalid;
  }
  const report = suggestCodes(target, { issues: c.issues, proposals: c.proposals }, minConfidence);
  if (options.apply) {
    const written = await addProposalCodes(dir, proposalId, codesByProvision(report.suggestions));
    if (!written.ok) return reportErrors(written.errors);
    if (options.json) process.stdout.write(JSON.stringify(report) + '\n');
    else
      process.stdout.write(
        renderSuggestions(report.suggestions) +
          `wrote ${written.added} code${written.added === 1 ? '' : 's'} into ${written.file}; the case is valid\n`,
      );
    return exitCodes.ok;
  }
  process.stdout.write(options.json ? JSON.stringify(report) + '\n' : renderSuggestions(report.suggestions));
  return exitCodes.ok;
}

/** The codes to write, per provision, in the order suggested (one per issue: the suggestion is the best option). */
function codesByProvision(suggestions: readonly Suggestion[]): Map<string, Code[]> {
  const codes = new Map<string, Code[]>();
  for (const s of suggestions)
    codes.set(s.provision, [...(codes.get(s.provision) ?? []), { issue: s.issue, option: s.option }]);
  return codes;
}

/** One block per suggestion: `6  military.cap=cap-800k  0.83` and the reason, indented. */
function renderSuggestions(suggestions: readonly Suggestion[]): string {
  if (suggestions.length === 0) return 'no suggestions at this confidence\n';
  return suggestions
    .map(
      (s) =>
        `${s.provision.padEnd(6)} ${s.issue}=${s.option}  ${s.confidence.toFixed(2)}\n       because ${s.because}\n`,
    )
    .join('');
}

/** Registers `parley suggest <case> <proposal-id> [--json] [--apply] [--min-confidence X]`. */
export const registerSuggest: CommandRegistration = (program: Command, run) => {
  program
    .command('suggest <case> <proposal-id>')
    .description("suggest issue codes for a proposal's provisions, with a confidence and the reason")
    .option('--json', 'print { "suggestions": [ { provision, issue, option, confidence, because } ] }')
    .option('--apply', 'write the suggested codes into the proposal file, then validate the case')
    .option(
      '--min-confidence <x>',
      `only suggestions at or above this confidence, 0..1 (default ${suggestionThreshold})`,
    )
    .addHelpText(
      'after',
      '\nEvidence, confidence and threshold: docs/suggest.md.\nExample:\n' +
        '  parley suggest cases/ukraine-2025 e3-counter\n' +
        '  parley suggest cases/ukraine-2025 e3-counter --apply --min-confidence 0.7',
    )
    .action(run(suggest));
};
