import type { Generated } from 'kysely';

// Row shapes of the database. They describe storage, not the domain: JSON columns hold text that the
// store parses with the model's zod schemas on the way out, so domain types are still written once.

interface ProcessTable {
  id: string;
  title: string;
  description: string | null;
  /** 1 when the mediators released overall verdicts (`ProcessSettings.shareVerdicts`); 0 by default. */
  share_verdicts: Generated<number>;
  /** Grows by one per set-up change of title, description, parties, tracks, issues or coherence rules. */
  manifest_version: Generated<number>;
  /** The packages the mediators released (issue 17), as a JSON list of `{ issue: option }`; `[]` by default. */
  released_packages: Generated<string>;
}
/**
 * One saved version of a proposal, a position (history, issue 14) or a mediators' estimate (issue 17);
 * `user_id` null for imports.
 */
interface RevisionTable {
  process_id: string;
  kind: 'proposal' | 'position' | 'estimate';
  doc_id: string;
  version: number;
  doc: string;
  user_id: string | null;
  at: string;
}
interface PartyTable {
  process_id: string;
  id: string;
  ord: number;
  doc: string;
}
interface TrackTable {
  process_id: string;
  id: string;
  ord: number;
  doc: string;
}
interface IssueTable {
  process_id: string;
  id: string;
  ord: number;
  doc: string;
}
interface ProposalTable {
  process_id: string;
  id: string;
  ord: number;
  doc: string;
  version: number;
}
interface PositionTable {
  process_id: string;
  party_id: string;
  doc: string;
  version: number;
}
/** A mediators' estimate of a party's position (issue 17), versioned like the position itself. */
interface EstimateTable {
  process_id: string;
  party_id: string;
  doc: string;
  version: number;
}
interface UserTable {
  id: string;
  email: string;
  password_hash: string | null;
  is_admin: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
}
interface MembershipTable {
  user_id: string;
  process_id: string;
  role: string;
  party_id: string | null;
}
interface TokenTable {
  id: string;
  user_id: string;
  token_hash: string;
  name: string;
  created_at: string;
  revoked_at: string | null;
}
interface SessionTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  expires_at: string;
}
interface LoginLinkTable {
  token_hash: string;
  user_id: string;
  expires_at: string;
}
interface AuditTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  action: string;
  process_id: string | null;
  target: string | null;
  ip: string | null;
  detail: string | null;
}

/** Every table Parley keeps, by name. */
export interface Database {
  process: ProcessTable;
  party: PartyTable;
  track: TrackTable;
  issue: IssueTable;
  coherence: IssueTable;
  proposal: ProposalTable;
  position: PositionTable;
  estimate: EstimateTable;
  app_user: UserTable;
  membership: MembershipTable;
  api_token: TokenTable;
  session: SessionTable;
  login_link: LoginLinkTable;
  audit: AuditTable;
  revision: RevisionTable;
}
