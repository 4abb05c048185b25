import type { Access, ProposalMeta } from '../api/contract.js';

/**
 * Whether to offer editing a proposal's codes and sharing: mediators, and delegates of one of its
 * authors. Only a courtesy to the reader — the server decides (src/server/access.ts) and refuses the rest.
 * @example canEditProposal({ role: 'delegate', party: 'eu' }, e3) // true: the E3/EU wrote it
 */
export function canEditProposal(access: Access, proposal: Pick<ProposalMeta, 'authors'>): boolean {
  if (access.role === 'mediator') return true;
  return access.role === 'delegate' && access.party !== null && proposal.authors.includes(access.party);
}
