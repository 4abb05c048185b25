import type { FastifyRequest } from 'fastify';
import type { Store } from '../store/index.js';
import type { Clock } from './accounts.js';
import type { PasswordCost } from './secrets.js';
import type { JobRunner } from '../jobs/index.js';

/** What every route plugin is given: the store, the clock, the password cost and the audit log. */
export interface RouteContext {
  store: Store;
  clock: Clock;
  passwordCost: PasswordCost;
  /** Where heavy work (compare, matrix, merge, check, solve, draft) runs, off the event loop. */
  jobs: JobRunner;
  /** Appends who did `action`, when and from where; `detail` is free text. Awaited: no write goes unlogged. */
  audit(
    req: FastifyRequest,
    action: string,
    where?: { processId?: string; target?: string; detail?: string },
  ): Promise<void>;
}

/** Builds the audit function of a `RouteContext`. */
export function auditWith(store: Store, clock: Clock): RouteContext['audit'] {
  return (req, action, where = {}) =>
    store.appendAudit({
      at: clock().toISOString(),
      userId: req.viewer?.user.id ?? null,
      action,
      processId: where.processId ?? null,
      target: where.target ?? null,
      ip: req.ip,
      detail: where.detail ?? null,
    });
}
