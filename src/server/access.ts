import type { Proposal } from '../model/index.js';
import type { Membership, Role, User } from '../store/index.js';

/** Who is calling: the user, their memberships, and how they proved it (a cookie session or an API token). */
export interface Viewer {
  user: User;
  memberships: Membership[];
  via: 'session' | 'token';
  /** The session's CSRF token; null for API tokens, which browsers never send on their own. */
  csrfToken: string | null;
}

/** What a viewer may do in one process: a role, and the party they act for when they are a delegate. */
export interface Access {
  role: Role;
  party: string | null;
}

/**
 * The viewer's access to a process, or undefined when they may not see it at all. A global admin who is not
 * a member sees the process as an observer does: admins manage accounts, they do not read sealed material.
 */
export function accessTo(viewer: Viewer, processId: string): Access | undefined {
  const membership = viewer.memberships.find((m) => m.processId === processId);
  if (membership) return { role: membership.role, party: membership.party };
  return viewer.user.isAdmin ? { role: 'observer', party: null } : undefined;
}

/**
 * Proposal visibility (issue #5): mediators read every proposal; a delegate reads public ones, those shared
 * with its party and those its party wrote; an observer reads public ones only.
 */
export function canReadProposal(access: Access, proposal: Proposal): boolean {
  if (access.role === 'mediator' || proposal.visibility === 'public') return true;
  if (access.role !== 'delegate' || access.party === null) return false;
  if (proposal.authors.includes(access.party)) return true;
  return proposal.visibility === 'shared' && proposal.sharedWith.includes(access.party);
}

/** Mediators, and delegates of a party that wrote the proposal, may change its codes and sharing. */
export function canEditProposal(access: Access, proposal: Proposal): boolean {
  if (access.role === 'mediator') return true;
  return access.role === 'delegate' && access.party !== null && proposal.authors.includes(access.party);
}

/** A party's position is sealed: only its own delegates and the process's mediators read or change it. */
export function canReadPosition(access: Access, partyId: string): boolean {
  return access.role === 'mediator' || (access.role === 'delegate' && access.party === partyId);
}

/** Whose sealed content a viewer may see in an answer: every party for a mediator, its own for a delegate. */
export function unsealedParties(access: Access, parties: readonly string[]): Set<string> {
  if (access.role === 'mediator') return new Set(parties);
  return new Set(access.role === 'delegate' && access.party !== null ? [access.party] : []);
}
