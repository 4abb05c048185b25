import type { Proposal } from '../model/index.js';

/** The proposal with no code on any provision: how leave-one-proposal-out hides a proposal's coding. */
export function stripCodes(proposal: Proposal): Proposal {
  return { ...proposal, provisions: proposal.provisions.map((p) => ({ ...p, codes: [] })) };
}
