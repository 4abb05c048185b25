import type { Kysely } from 'kysely';
import { createAccountStore } from './account-store.js';
import type { AccountStore } from './account-store.js';
import { createAuditStore } from './audit-store.js';
import type { AuditStore } from './audit-store.js';
import { createCaseStore } from './case-store.js';
import type { CaseStore } from './case-store.js';
import { openDatabase } from './connect.js';
import { createEstimateStore } from './estimate-store.js';
import type { EstimateStore } from './estimate-store.js';
import { createRevisionStore } from './revision-store.js';
import type { RevisionStore } from './revision-store.js';
import type { DatabaseOptions } from './connect.js';
import type { Dialect } from './migrations.js';
import type { Database } from './tables.js';

/** What can be read and written, on its own or inside one transaction: negotiation data, accounts, audit. */
export interface StoreScope extends CaseStore, EstimateStore, RevisionStore, AccountStore, AuditStore {}

/** Everything the server keeps: negotiation data, accounts and the audit log, on SQLite or PostgreSQL. */
export interface Store extends StoreScope {
  readonly dialect: Dialect;
  /**
   * Runs `work` in one database transaction and answers what it returns: every write made through the
   * scope it is given, audit entries included, commits together when `work` resolves, and none does when
   * it throws (the error is thrown on). So a write is never stored without its audit entry, or the other
   * way round (issue #10). Work inside must use the scope, never this store, and do nothing slow (no
   * password hashing): on SQLite every other query waits for the transaction.
   * @example await store.inTransaction(async (tx) => { await tx.writeSettings(id, s); await tx.appendAudit(entry); });
   */
  inTransaction<T>(work: (scope: StoreScope) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The store's parts over one database handle: the pool, or an open transaction. */
const scopeOver = (db: Kysely<Database>): StoreScope => ({
  ...createCaseStore(db),
  ...createEstimateStore(db),
  ...createRevisionStore(db),
  ...createAccountStore(db),
  ...createAuditStore(db),
});

/**
 * Opens (and migrates) the store: PostgreSQL when `url` is set, otherwise the SQLite `file` (`./parley.db`).
 * @example const store = await openStore({ url: process.env.PARLEY_DATABASE_URL, file: '--db value' });
 */
export async function openStore(options: DatabaseOptions): Promise<Store> {
  const { db, dialect, close } = await openDatabase(options);
  return {
    ...scopeOver(db),
    inTransaction: (work) => db.transaction().execute((tx) => work(scopeOver(tx))),
    dialect,
    close,
  };
}
