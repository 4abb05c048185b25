import { checkProposal } from '../analysis/index.js';
import type { CheckResult } from '../analysis/index.js';
import type { Case, Proposal } from '../model/index.js';
import type { DraftFlag } from './bridge-draft.js';

/**
 * Every party's verdicts on the draft, exactly as `parley check` computes them once the draft is a proposal
 * of the case (a proposal with the draft's id is replaced by it), and one flag per red line the draft
 * violates or leaves open, in party order then red-line order.
 * @example verdictsOf(ukraine, draft).flags[0].message // "ru's red line 'recognition' is violated by provision 21a"
 */
export function verdictsOf(theCase: Case, draft: Proposal): { verdicts: CheckResult[]; flags: DraftFlag[] } {
  const withDraft: Case = {
    ...theCase,
    proposals: [...theCase.proposals.filter((p) => p.id !== draft.id), draft],
  };
  const verdicts = checkProposal(withDraft, draft, undefined, 'latest');
  const flags: DraftFlag[] = [];
  for (const result of verdicts)
    for (const redline of result.redlines) {
      if (redline.verdict === 'satisfied') continue;
      const text = theCase.positions
        .find((p) => p.party === result.party)
        ?.redlines.find((r) => r.id === redline.id)?.text;
      const said = text ? ` ("${text}")` : '';
      const provisions = redline.evidence.length === 1 ? 'provision' : 'provisions';
      flags.push(
        redline.verdict === 'violated'
          ? {
              code: 'redline_violated',
              message: `${result.party}'s red line '${redline.id}'${said} is violated by ${provisions} ${redline.evidence.join(', ')}`,
              provisions: redline.evidence,
              party: result.party,
              redline: redline.id,
            }
          : {
              code: 'redline_open',
              message: `${result.party}'s red line '${redline.id}'${said} stays open until ${redline.openIssues.join(', ')} is settled`,
              provisions: redline.evidence,
              party: result.party,
              redline: redline.id,
            },
      );
    }
  return { verdicts, flags };
}
