import { createAccountStore } from './account-store.js';
import type { AccountStore } from './account-store.js';
import { createAuditStore } from './audit-store.js';
import type { AuditStore } from './audit-store.js';
import { createCaseStore } from './case-store.js';
import type { CaseStore } from './case-store.js';
import { openDatabase } from './connect.js';
import type { DatabaseOptions } from './connect.js';
import type { Dialect } from './migrations.js';

/** Everything the server keeps: negotiation data, accounts and the audit log, on SQLite or PostgreSQL. */
export interface Store extends CaseStore, AccountStore, AuditStore {
  readonly dialect: Dialect;
  close(): Promise<void>;
}

/**
 * Opens (and migrates) the store: PostgreSQL when `url` is set, otherwise the SQLite `file` (`./parley.db`).
 * @example const store = await openStore({ url: process.env.PARLEY_DATABASE_URL, file: '--db value' });
 */
export async function openStore(options: DatabaseOptions): Promise<Store> {
  const { db, dialect, close } = await openDatabase(options);
  return {
    ...createCaseStore(db),
    ...createAccountStore(db),
    ...createAuditStore(db),
    dialect,
    close,
  };
}
