import { z } from 'zod';
import { Membership, Role, TokenInfo, User } from '../model/index.js';

// A role is part of the access policy, which lives in the pure core (model/access.ts) for the server and
// the web app alike; the store keeps it by name. Users, memberships and tokens are stored as the API shows
// them (model/api-shapes.ts), the secrets beside them.
export { Membership, Role, TokenInfo, User };

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

/** A user's account record as stored, with the secrets the server needs to check a login. */
export const UserRecord = User.extend({
  passwordHash: z.string().nullable(),
  failedLogins: z.number().int().min(0),
  lockedUntil: z.string().nullable(),
});
export type UserRecord = z.infer<typeof UserRecord>;

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
