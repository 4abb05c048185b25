import type { Access } from '../model/index.js';
import type { Membership, User } from '../store/index.js';

/** Who is calling: the user, their memberships, and how they proved it (a cookie session or an API token). */
export interface Viewer {
  user: User;
  memberships: Membership[];
  via: 'session' | 'token';
  /** The session's CSRF token; null for API tokens, which browsers never send on their own. */
  csrfToken: string | null;
}

// The access policy itself is in the pure core, shared with the web app (src/model/access.ts).
export {
  canEditProposal,
  canReadEstimate,
  canReadPosition,
  canReadProposal,
  unsealedParties,
} from '../model/index.js';
export type { Access } from '../model/index.js';

/**
 * The viewer's access to a process, or undefined when they may not see it at all. A global admin who is not
 * a member sees the process as an observer does: admins manage accounts, they do not read sealed material.
 */
export function accessTo(viewer: Viewer, processId: string): Access | undefined {
  const membership = viewer.memberships.find((m) => m.processId === processId);
  if (membership) return { role: membership.role, party: membership.party };
  return viewer.user.isAdmin ? { role: 'observer', party: null } : undefined;
}
