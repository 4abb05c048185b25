import { z } from 'zod';
import { Role } from './access.js';
import { Id } from './id.js';
import { Proposal } from './proposal.js';

// The API's own answers that no analysis layer computes — who is signed in, memberships, process lists,
// history entries, import previews. They are declared here, in the pure core, so the server's routes
// validate with them and the web app derives its types from them: one schema per answer (issue 12).

/** A person who can log in. `isAdmin` manages accounts and memberships; it grants no sealed reads. */
export const User = z.object({
  id: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

/** A user's role in a process; `party` is set exactly when the role is `delegate`. */
export const Membership = z.object({
  userId: z.string(),
  processId: Id,
  role: Role,
  party: Id.nullable(),
});
export type Membership = z.infer<typeof Membership>;

/** A member of a process as listed to its admins and mediators: the membership and the member's e-mail. */
export const Member = Membership.extend({ email: z.string() });
export type Member = z.infer<typeof Member>;

/** An API token as listed to its owner: never the secret, only its id and when it was made or revoked. */
export const TokenInfo = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type TokenInfo = z.infer<typeof TokenInfo>;

/** The caller as the web app needs it: who, in which processes with which role, and the CSRF token. */
export const SessionInfo = z.object({
  user: User,
  memberships: z.array(Membership),
  /** `null` when the caller authenticated with an API token rather than a cookie. */
  csrfToken: z.string().nullable(),
});
export type SessionInfo = z.infer<typeof SessionInfo>;

/** The caller's role in a process, as shown with it; `party` is set for delegates. */
export const AccessInfo = z.object({ role: Role, party: Id.nullable() });

/** One entry of `GET /api/processes`; `partyName` is a delegate's party as a person reads it. */
export const ProcessSummary = z.object({
  id: Id,
  title: z.string(),
  access: AccessInfo.extend({ partyName: z.string().optional() }),
});
export type ProcessSummary = z.infer<typeof ProcessSummary>;

/** One saved version as the history lists it: when, by whom (null for imports and the command line). */
export const VersionEntry = z.object({
  version: z.number().int(),
  at: z.string().nullable(),
  author: z.string().nullable(),
});
export type VersionEntry = z.infer<typeof VersionEntry>;

/** What the import answers: the proposal for review (not saved), its Markdown and segmentation warnings. */
export const ImportPreview = z.object({
  proposal: Proposal,
  markdown: z.string(),
  warnings: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;
