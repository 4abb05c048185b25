import type { Kysely } from 'kysely';
import type { Database } from './tables.js';

/**
 * Runs `work` atomically: in a transaction of its own, or, when `db` is already a transaction (a write
 * inside `Store.inTransaction`), as part of that one, since Kysely cannot nest transactions.
 */
export const atomically = <T>(
  db: Kysely<Database>,
  work: (tx: Kysely<Database>) => Promise<T>,
): Promise<T> => (db.isTransaction ? work(db) : db.transaction().execute(work));
