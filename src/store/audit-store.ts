import type { Kysely } from 'kysely';
import type { AuditEntry, NewAuditEntry } from './records.js';
import type { Database } from './tables.js';

/** The append-only audit log (the database refuses updates and deletes of its rows). */
export interface AuditStore {
  appendAudit(entry: NewAuditEntry): Promise<void>;
  /** Entries oldest first, after `afterId`, at most `limit`; only one process's when `processId` is set. */
  listAudit(query: { processId?: string; afterId?: number; limit: number }): Promise<AuditEntry[]>;
}

/** An `AuditStore` over a Kysely database. */
export function createAuditStore(db: Kysely<Database>): AuditStore {
  return {
    async appendAudit(e) {
      await db
        .insertInto('audit')
        .values({
          at: e.at,
          user_id: e.userId,
          action: e.action,
          process_id: e.processId,
          target: e.target,
          ip: e.ip,
          detail: e.detail,
        })
        .execute();
    },
    async listAudit({ processId, afterId = 0, limit }) {
      let query = db.selectFrom('audit').selectAll().where('id', '>', afterId);
      if (processId !== undefined) query = query.where('process_id', '=', processId);
      const rows = await query.orderBy('id').limit(limit).execute();
      return rows.map((r) => ({
        id: Number(r.id),
        at: r.at,
        userId: r.user_id,
        action: r.action,
        processId: r.process_id,
        target: r.target,
        ip: r.ip,
        detail: r.detail,
      }));
    },
  };
}
