import { z } from 'zod';
import type { Proposal } from './proposal.js';

/** A role in a process. Mediators read everything; a delegate reads its own party's sealed material. */
export const Role = z.enum(['mediator', 'delegate', 'observer']);
export type Role = z.infer<typeof Role>;

/** What a caller may do in one process: a role, and the party they act for when they are a delegate. */
export interface Access {
  role: Role;
  party: string | null;
}

/*
 * The access policy, in one place for the server (which enforces it) and the web app (which only offers
 * what the server will allow). Sealing rests on these five functions (docs/security.md).
 */

/**
 * Proposal visibility: mediators read every proposal; a delegate reads public ones, those shared with its
 * party and those its party wrote; an observer reads public ones only.
 */
export function canReadProposal(
  access: Access,
  proposal: Pick<Proposal, 'visibility' | 'authors' | 'sharedWith'>,
): boolean {
  if (access.role === 'mediator' || proposal.visibility === 'public') return true;
  if (access.role !== 'delegate' || access.party === null) return false;
  if (proposal.authors.includes(access.party)) return true;
  return proposal.visibility === 'shared' && proposal.sharedWith.includes(access.party);
}

/**
 * Mediators, and delegates of a party that wrote the proposal, may change its codes and sharing.
 * @example canEditProposal({ role: 'delegate', party: 'eu' }, e3) // true: the E3/EU wrote it
 */
export function canEditProposal(access: Access, proposal: Pick<Proposal, 'authors'>): boolean {
  if (access.role === 'mediator') return true;
  return access.role === 'delegate' && access.party !== null && proposal.authors.includes(access.party);
}

/** A party's position is sealed: only its own delegates and the process's mediators read or change it. */
export function canReadPosition(access: Access, partyId: string): boolean {
  return access.role === 'mediator' || (access.role === 'delegate' && access.party === partyId);
}

/**
 * A mediator's estimate of a party's position is the mediators' own work: only mediators read or change it,
 * not the estimated party's delegates either.
 */
export function canReadEstimate(access: Access): boolean {
  return access.role === 'mediator';
}

/** Whose sealed content a caller may see in an answer: every party for a mediator, its own for a delegate. */
export function unsealedParties(access: Access, parties: readonly string[]): Set<string> {
  if (access.role === 'mediator') return new Set(parties);
  return new Set(access.role === 'delegate' && access.party !== null ? [access.party] : []);
}

/**
 * Who is reading an answer: the parties whose sealed content they may see, and every party's display name
 * (used to say whose red line was sealed). Answers are projected onto a reader next to their schemas
 * (`redactCheck` in analysis, `redactSolveReport` in solver).
 */
export interface Reader {
  unsealed: ReadonlySet<string>;
  partyNames: ReadonlyMap<string, string>;
}

/** How another party's red line appears to a reader who may not see it. */
export const sealedRedLine = (reader: Reader, party: string): string =>
  `a sealed red line of ${reader.partyNames.get(party) ?? party}`;
