import type { NewAuditEntry } from '../store/index.js';

/**
 * An audit entry for administration done at the command line (`ip: cli`): no user unless the command acts
 * for one. Commands append it in the same transaction as their write (`Store.inTransaction`).
 */
export const cliAuditEntry = (
  action: string,
  where: { processId?: string; target?: string; detail?: string; userId?: string } = {},
): NewAuditEntry => ({
  at: new Date().toISOString(),
  userId: where.userId ?? null,
  action,
  processId: where.processId ?? null,
  target: where.target ?? null,
  ip: 'cli',
  detail: where.detail ?? null,
});
