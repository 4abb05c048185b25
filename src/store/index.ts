// The store layer: Kysely over SQLite (embedded default) or PostgreSQL (PARLEY_DATABASE_URL).
export { openStore } from './store.js';
export type { Store, StoreScope } from './store.js';
export { defaultDatabaseFile, databaseOptionsFrom } from './connect.js';
export type { DatabaseOptions } from './connect.js';
export type { Versioned, ProcessSummary, ManifestContent } from './case-store.js';
export type { EstimateStore } from './estimate-store.js';
export type { Author, Revision, RevisionKind, RevisionValue } from './revision-store.js';
export {
  ProcessSettings,
  Role,
  User,
  UserRecord,
  Membership,
  TokenInfo,
  Session,
  AuditEntry,
} from './records.js';
export type { NewAuditEntry, VersionedWrite } from './records.js';
