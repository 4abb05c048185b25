import { checkProposal } from '../../../src/analysis/index.js';
import type { Verdict } from '../../../src/analysis/index.js';
import { Position as PositionSchema } from '../../../src/model/index.js';
import type { CaseManifest, Position, Proposal } from '../../../src/model/index.js';

/** One proposal as the edited position judges it: the party's utility and each red line's verdict. */
export interface PreviewRow {
  proposal: string;
  title: string;
  utility: number;
  aboveReservation: boolean;
  /** In the order of the position's red lines (two red lines may share an id while being edited). */
  verdicts: Verdict[];
}

/**
 * What a position draft makes of the proposals on the table, computed in the browser from the caller's own
 * draft and the proposals it may read (nothing sealed to it is involved): per proposal, the party's utility
 * (rounded to one decimal, open issues at their worst) and each red line's verdict. `null` while the draft
 * does not parse (an incomplete rule), since a half-built rule has no verdict.
 * @example previewPosition(manifest, [us28], ua)?.[0] // { proposal: 'us-28', utility: 41.5, verdicts: ['violated'], … }
 */
export function previewPosition(
  manifest: CaseManifest,
  proposals: readonly Proposal[],
  draft: Position,
): PreviewRow[] | null {
  const parsed = PositionSchema.safeParse(draft);
  if (!parsed.success) return null;
  const position = parsed.data;
  const theCase = { ...manifest, proposals: [], positions: [position] };
  return proposals.map((proposal) => {
    const [result] = checkProposal(theCase, proposal, [position.party]);
    const verdicts = (result?.redlines ?? []).map((r) => r.verdict);
    const utility = Math.round((result?.utility ?? 0) * 10) / 10;
    return {
      proposal: proposal.id,
      title: proposal.title,
      utility,
      aboveReservation: result?.aboveReservation ?? false,
      verdicts,
    };
  });
}
