import { checkProposal } from '../analysis/index.js';
import type { CheckResult } from '../analysis/index.js';
import type { Case, Proposal } from '../model/index.js';
import type { DraftFlag } from './bridge-draft.js';

/**
 * Every party's verdicts on the draft, exactly as `parley check` computes them once the draft is a proposal
 * of the case (a proposal with the draft's id is replaced by it), and one flag per red line the draft
 * violates or leaves open, in party order then red-line order.
 * Flags speak in the parties' names and the red lines' own words.
 * @example verdictsOf(ukraine, draft).flags[0].message // 'Russia's red line “Recognition of …” is broken by provision 21a: it would have to give way.'
 */
export function verdictsOf(theCase: Case, draft: Proposal): { verdicts: CheckResult[]; flags: DraftFlag[] } {
  const withDraft: Case = {
    ...theCase,
    proposals: [...theCase.proposals.filter((p) => p.id !== draft.id), draft],
  };
  const verdicts = checkProposal(withDraft, draft, undefined, 'latest');
  const flags: DraftFlag[] = [];
  const issueTitle = (id: string) => theCase.issues.find((i) => i.id === id)?.title ?? id;
  for (const result of verdicts)
    for (const redline of result.redlines) {
      if (redline.verdict === 'satisfied' || redline.inForce === false) continue;
      const text = theCase.positions
        .find((p) => p.party === result.party)
        ?.redlines.find((r) => r.id === redline.id)?.text;
      const party = theCase.parties.find((p) => p.id === result.party)?.name ?? result.party;
      const named = `${party}'s red line “${text ?? redline.id}”`;
      const provisions = redline.evidence.length === 1 ? 'provision' : 'provisions';
      const silent = (redline.impliedBySilence ?? []).map(issueTitle);
      const by = [
        ...(redline.evidence.length > 0 ? [`${provisions} ${redline.evidence.join(', ')}`] : []),
        ...(silent.length > 0 ? [`the draft's silence on ${silent.join(', ')}`] : []),
      ].join(' and ');
      flags.push(
        redline.verdict === 'violated'
          ? {
              code: 'redline_violated',
              message: `${named} is broken by ${by}: it would have to give way.`,
              provisions: redline.evidence,
              party: result.party,
              redline: redline.id,
            }
          : {
              code: 'redline_open',
              message: `${named} stays open until the draft settles ${redline.openIssues.map(issueTitle).join(', ')}.`,
              provisions: redline.evidence,
              party: result.party,
              redline: redline.id,
            },
      );
    }
  return { verdicts, flags };
}
