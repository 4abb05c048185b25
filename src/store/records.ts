import { z } from 'zod';
import { Id, Role } from '../model/index.js';

// A role is part of the access policy, which lives in the pure core (model/access.ts) for the server and
// the web app alike; the store keeps it by name.
export { Role };

/**
 * A process's settings, changed by its mediators. `shareVerdicts` releases the overall verdict of every
 * party on the proposals on the table (public proposals the reader cannot edit) to delegates and observers;
 * off by default, when they see their own party's verdicts only (docs/security.md, non-interference).
 */
export const ProcessSettings = z.strictObject({
  shareVerdicts: z
    .boolean()
    .describe(
      "release every party's overall verdict on the proposals on the table to delegates and observers",
    ),
});
export type ProcessSettings = z.infer<typeof ProcessSettings>;

/** A person who can log in. `isAdmin` manages accounts and memberships; it grants no sealed reads. */
export const User = z.object({
  id: z.string(),
  email: z.string(),
  isAdmin: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof User>;

/** A user's account record as stored, with the secrets the server needs to check a login. */
export const UserRecord = User.extend({
  passwordHash: z.string().nullable(),
  failedLogins: z.number().int().min(0),
  lockedUntil: z.string().nullable(),
});
export type UserRecord = z.infer<typeof UserRecord>;

/** A user's role in a process; `party` is set exactly when the role is `delegate`. */
export const Membership = z.object({
  userId: z.string(),
  processId: Id,
  role: Role,
  party: Id.nullable(),
});
export type Membership = z.infer<typeof Membership>;

/** An API token as listed to its owner: never the secret, only its id and when it was made or revoked. */
export const TokenInfo = z.object({
  id: z.string(),
  userId: z.string(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export type TokenInfo = z.infer<typeof TokenInfo>;

/** A login session; the cookie holds the secret, the store only its SHA-256. */
export const Session = z.object({
  userId: z.string(),
  csrfToken: z.string(),
  expiresAt: z.string(),
});
export type Session = z.infer<typeof Session>;

/** One line of the append-only audit log: who did what, when, from where. `id` grows with time. */
export const AuditEntry = z.object({
  id: z.number().int(),
  at: z.string(),
  userId: z.string().nullable(),
  action: z.string(),
  processId: z.string().nullable(),
  target: z.string().nullable(),
  ip: z.string().nullable(),
  detail: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** What a caller supplies to append to the audit log; the store assigns `id`. */
export type NewAuditEntry = Omit<AuditEntry, 'id'>;

/** The outcome of a versioned write: the new version, or a conflict carrying the current one (HTTP 412). */
export type VersionedWrite =
  | { ok: true; version: number }
  | { ok: false; reason: 'stale'; currentVersion: number }
  | { ok: false; reason: 'missing' };
