import { redactCheck } from '../analysis/index.js';
import type { CheckReport, CheckSelection, RedactedCheckResult } from '../analysis/index.js';
import type { Case, Reader } from '../model/index.js';
import { canEditProposal } from './access.js';
import type { Access } from './access.js';

/**
 * The check that gives the verdicts the mediators released (`ProcessSettings.shareVerdicts`): each sealed
 * party's verdicts on the proposals on the table — public proposals the reader may not edit, so that nobody
 * can probe another party's red lines with texts of their own. Undefined when there is nothing to release.
 * The check is a job like any other (it reads every sealed position); `releasedResults` redacts its report.
 * @example releasedCheck(theCase, delegateUa, {}, reader) // { theCase: { …, proposals: [us-28] }, selection: { parties: ['ru', 'eu'] } }
 */
export function releasedCheck(
  theCase: Case,
  access: Access,
  selection: CheckSelection,
  reader: Reader,
): { theCase: Case; selection: CheckSelection } | undefined {
  const onTable = theCase.proposals.filter((p) => p.visibility === 'public' && !canEditProposal(access, p));
  const sealed = theCase.positions
    .map((p) => p.party)
    .filter(
      (party) => !reader.unsealed.has(party) && (!selection.parties || selection.parties.includes(party)),
    );
  if (onTable.length === 0 || sealed.length === 0) return undefined;
  return {
    theCase: { ...theCase, proposals: onTable },
    selection: {
      ...(selection.proposals ? { proposals: selection.proposals } : {}),
      ...(selection.asOf ? { asOf: selection.asOf } : {}),
      parties: sealed,
    },
  };
}

/**
 * What leaves of the released check: only each sealed party's overall verdict; its red lines are withheld
 * altogether (not even how many), as are its numbers. Ordered like a check report.
 * @example releasedResults(report, reader) // [{ proposal: 'us-28', party: 'ru', verdict: 'violated', sealed: true, redlines: [], … }]
 */
export function releasedResults(report: CheckReport, reader: Reader): RedactedCheckResult[] {
  return redactCheck(report, reader).results.map((r) => ({ ...r, redlines: [] }));
}

/** Check results of two reports in one, ordered as a check report orders them: by proposal, then party. */
export function mergeCheckResults(
  theCase: Case,
  a: RedactedCheckResult[],
  b: RedactedCheckResult[],
): RedactedCheckResult[] {
  const proposalOrder = new Map(theCase.proposals.map((p, i) => [p.id, i]));
  const partyOrder = new Map(theCase.parties.map((p, i) => [p.id, i]));
  return [...a, ...b].sort(
    (x, y) =>
      proposalOrder.get(x.proposal)! - proposalOrder.get(y.proposal)! ||
      partyOrder.get(x.party)! - partyOrder.get(y.party)!,
  );
}
