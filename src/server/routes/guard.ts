import type { FastifyRequest } from 'fastify';
import { accessTo } from '../access.js';
import type { Access, Viewer } from '../access.js';
import { requireViewer } from '../auth.js';
import { notFound } from '../problem.js';

/**
 * The caller and their access to a process; 401 when not logged in, 404 when the process does not exist
 * for them (whether it exists at all is not revealed).
 */
export function processAccess(req: FastifyRequest, processId: string): { viewer: Viewer; access: Access } {
  const viewer = requireViewer(req);
  const access = accessTo(viewer, processId);
  if (!access) throw notFound(`no process '${processId}'`);
  return { viewer, access };
}
