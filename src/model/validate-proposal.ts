import type { Case } from './case.js';
import { checkOption, checkUnique, knownIssue, reportUnknown } from './case-references.js';
import type { Index, Report } from './case-references.js';
import { formatCode, isSameCoding, optionsOfCode } from './proposal.js';
import type { Code, Proposal } from './proposal.js';

/**
 * A proposal's cross-references: its authors, track, `revises`, `sharedWith` and every code name what the case
 * defines; provision numbers are unique; a provision codes an issue at most once, and the proposal never
 * codes one issue two ways.
 */
export function checkProposal(proposal: Proposal, index: Index, report: Report): void {
  proposal.authors.forEach((author, i) => {
    if (!index.parties.includes(author))
      reportUnknown(
        report,
        ['authors', i],
        'unknown_party',
        `author '${author}' is not a party of this case`,
        author,
        index.parties,
      );
  });
  if (proposal.track !== undefined && !index.tracks.includes(proposal.track))
    reportUnknown(
      report,
      ['track'],
      'unknown_track',
      `'${proposal.track}' is not a track of this case`,
      proposal.track,
      index.tracks,
    );
  if (proposal.revises !== undefined && !index.proposals.includes(proposal.revises))
    reportUnknown(
      report,
      ['revises'],
      'unknown_proposal',
      `'${proposal.revises}' is not a proposal of this case`,
      proposal.revises,
      index.proposals,
    );
  proposal.sharedWith.forEach((party, i) => {
    if (!index.parties.includes(party))
      reportUnknown(
        report,
        ['sharedWith', i],
        'unknown_party',
        `'${party}' in sharedWith is not a party of this case`,
        party,
        index.parties,
      );
  });
  if (proposal.sharedWith.length > 0 && proposal.visibility !== 'shared')
    report(
      ['sharedWith'],
      'invalid_sharing',
      `sharedWith needs visibility 'shared', not '${proposal.visibility}'`,
    );
  checkUnique(
    report,
    proposal.provisions.map((p) => p.num),
    (i) => ['provisions', i, 'num'],
    (num) => `provision ${num}`,
  );
  // issue → the first code of it and its provision, to catch a proposal coding an issue two ways.
  const coded = new Map<string, { code: Code; num: string }>();
  proposal.provisions.forEach((provision, i) => {
    const inProvision = new Set<string>();
    provision.codes.forEach((code, k) => {
      const path = ['provisions', i, 'codes', k];
      if (inProvision.has(code.issue)) {
        report(
          [...path, 'issue'],
          'duplicate_code',
          `provision ${provision.num} codes issue ${code.issue} more than once`,
        );
        return;
      }
      inProvision.add(code.issue);
      const issue = knownIssue(index, report, [...path, 'issue'], code.issue);
      if (!issue) return;
      if ('options' in code) {
        code.options.forEach((o, j) => checkOption(report, [...path, 'options', j], issue, o));
        if (new Set(code.options).size < code.options.length)
          report(
            [...path, 'options'],
            'invalid_code',
            `provision ${provision.num} lists an alternative twice in ${formatCode(code)}: name each option once`,
          );
      } else checkOption(report, [...path, 'option'], issue, code.option);
      const earlier = coded.get(code.issue);
      if (earlier && !isSameCoding(earlier.code, code))
        report(
          [...path, 'options' in code ? 'options' : 'option'],
          'conflicting_codes',
          `provision ${provision.num} codes ${formatCode(code)}, but provision ${earlier.num} codes it as ${optionsOfCode(earlier.code).join('|')}`,
        );
      else if (!earlier) coded.set(code.issue, { code, num: provision.num });
    });
  });
}

/** Reports each proposal whose `revises` chain leads back to itself, naming the cycle. */
export function checkRevisions(c: Case, reportFor: (i: number) => Report): void {
  const revises = new Map(c.proposals.map((p) => [p.id, p.revises]));
  c.proposals.forEach((proposal, i) => {
    const chain = [proposal.id];
    let next = proposal.revises;
    while (next !== undefined && !chain.includes(next)) {
      chain.push(next);
      next = revises.get(next);
    }
    if (next === proposal.id)
      reportFor(i)(
        ['revises'],
        'revises_cycle',
        `proposal '${proposal.id}' revises itself through ${[...chain, next].join(' → ')}`,
      );
  });
}
