import type { FastifyRequest } from 'fastify';
import type { NewAuditEntry, Store, StoreScope } from '../store/index.js';
import type { Clock } from './accounts.js';
import type { PasswordCost } from './secrets.js';
import type { JobRunner } from '../jobs/index.js';

/** Where an audited action happened: its process, its target, free text. */
export interface AuditPlace {
  processId?: string;
  target?: string;
  detail?: string;
}

/** A write in progress, as a route sees it: the store inside one transaction, and its audit log. */
export interface WriteScope {
  store: StoreScope;
  /** Appends who did `action`, in the same transaction as the write. */
  audit(action: string, where?: AuditPlace): Promise<void>;
}

/** What every route plugin is given: the store, the clock, the password cost and the audit log. */
export interface RouteContext {
  store: Store;
  clock: Clock;
  passwordCost: PasswordCost;
  /** Where heavy work (compare, matrix, merge, check, solve, draft) runs, off the event loop. */
  jobs: JobRunner;
  /**
   * Appends who did `action`, when and from where, on its own: for reads that are audited (a sealed
   * position, a solve, an export). Writes use `write`, so their entry commits with them.
   */
  audit(req: FastifyRequest, action: string, where?: AuditPlace): Promise<void>;
  /**
   * Runs a write and its audit entries in one database transaction (`Store.inTransaction`): both are
   * stored or neither is, so no committed write lacks its entry, even after a crash (issue #10). A
   * problem thrown inside rolls the write back. Slow work (password hashing) belongs before it.
   * @example await ctx.write(req, async (tx) => { await tx.store.writeSettings(id, s); await tx.audit('settings', { processId: id }); });
   */
  write<T>(req: FastifyRequest, work: (tx: WriteScope) => Promise<T>): Promise<T>;
}

const auditEntry = (req: FastifyRequest, clock: Clock, action: string, where: AuditPlace): NewAuditEntry => ({
  at: clock().toISOString(),
  userId: req.viewer?.user.id ?? null,
  action,
  processId: where.processId ?? null,
  target: where.target ?? null,
  ip: req.ip,
  detail: where.detail ?? null,
});

/** Builds the audit functions of a `RouteContext`: standalone entries and audited writes. */
export function auditWith(store: Store, clock: Clock): Pick<RouteContext, 'audit' | 'write'> {
  return {
    audit: (req, action, where = {}) => store.appendAudit(auditEntry(req, clock, action, where)),
    write: (req, work) =>
      store.inTransaction((scope) =>
        work({
          store: scope,
          // `req.viewer` is read when the entry is made: a login sets it inside the write.
          audit: (action, where = {}) => scope.appendAudit(auditEntry(req, clock, action, where)),
        }),
      ),
  };
}
