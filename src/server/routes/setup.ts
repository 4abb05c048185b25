import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CaseManifest, Id } from '../../model/index.js';
import type { Case } from '../../model/index.js';
import type { Access, Viewer } from '../access.js';
import type { RouteContext } from '../context.js';
import { checkManifestChange } from '../manifest-change.js';
import { forbidden, HttpProblem, notFound, Problem } from '../problem.js';
import { assertWritten, requireIfMatch, setVersion } from '../versioning.js';
import { processAccess } from './guard.js';

/** A new, empty process: its id, title and description; parties, tracks and issues are added in set-up. */
export const NewProcess = z.strictObject({
  id: Id,
  title: z.string().trim().min(1, 'give the process a title'),
  description: z.string().optional(),
});

const numericKeys = new Set(['value', 'min', 'max']);
/** JSON cannot spell infinity; as the API answers it, an option value or a rule bound may be "Infinity". */
function restoreInfinity(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => restoreInfinity(v));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, restoreInfinity(v, k)]));
  if (numericKeys.has(key) && (value === 'Infinity' || value === '-Infinity')) return Number(value);
  return value;
}

/** What set-up replaces: everything of the manifest but its id (option values may be "Infinity"). */
export const ManifestBody = z.preprocess((v) => restoreInfinity(v), CaseManifest.omit({ id: true }));

/** Admins and the process's mediators set a process up; nobody else may. */
export function assertCanSetUp(viewer: Viewer, access: Access): void {
  if (!viewer.user.isAdmin && access.role !== 'mediator')
    throw forbidden("only an admin or the process's mediators can change its parties, tracks and issues");
}

/** Creates an empty process from `POST /processes` with a JSON body (admins); answers its summary. */
export async function createEmptyProcess(ctx: RouteContext, req: FastifyRequest, body: unknown) {
  const parsed = NewProcess.safeParse(body);
  if (!parsed.success) {
    const errors = parsed.error.issues.map((i) => ({ path: `body/${i.path.join('/')}`, message: i.message }));
    throw new HttpProblem(400, 'invalid_request', `invalid ${errors[0]?.path}: ${errors[0]?.message}`, {
      errors,
    });
  }
  const empty: Case = {
    ...parsed.data,
    parties: [],
    tracks: [],
    issues: [],
    coherence: [],
    proposals: [],
    positions: [],
  };
  await ctx.write(req, async (tx) => {
    const created = await tx.store.createProcess(empty);
    if (!created.ok)
      throw new HttpProblem(
        409,
        'process_exists',
        `a process '${parsed.data.id}' already exists; choose another id`,
        { errors: [{ path: 'body/id', message: `'${parsed.data.id}' is taken` }] },
      );
    await tx.audit('create-process', { processId: parsed.data.id });
  });
  return { id: parsed.data.id, title: parsed.data.title, proposals: 0, positions: 0 };
}

/**
 * Set-up of a process (issue 14): its title, description, parties, tracks, issues and options are replaced
 * in one versioned write (`If-Match` with the version `GET /processes/{processId}` answers). A change that
 * would break the case (an option still coded by a provision or named by a red line or a released package,
 * a party with a delegate) is refused whole with the list of places, and nothing is written.
 */
export const setupRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.put(
    '/processes/:processId/manifest',
    {
      schema: {
        summary:
          'Replace title, description, parties, tracks, issues and coherence rules (admins, mediators); If-Match with the version',
        tags: ['processes'],
        params: z.object({ processId: Id }),
        body: ManifestBody,
        response: {
          200: CaseManifest.extend({ version: z.number().int() }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
          409: Problem,
          412: Problem,
          422: Problem,
          428: Problem,
        },
      },
    },
    async (req, reply) => {
      const { processId } = req.params;
      const { viewer, access } = processAccess(req, processId);
      assertCanSetUp(viewer, access);
      const ifVersion = requireIfMatch(req);
      // Checked and written in one transaction with its audit entry: nothing half-applied, nothing unaudited.
      const version = await ctx.write(req, async (tx) => {
        const [stored, estimates, releasedPackages, members, users] = await Promise.all([
          tx.store.readCase(processId),
          tx.store.listEstimates(processId),
          tx.store.readReleasedPackages(processId),
          tx.store.listMembers(processId),
          tx.store.listUsers(),
        ]);
        if (!stored) throw notFound(`no process '${processId}'`);
        // The mediators' estimates and the released packages name issues, options and parties too: a change
        // must not break them either.
        const current = {
          ...stored,
          estimates: estimates.map((e) => e.value),
          ...(releasedPackages?.length ? { releasedPackages } : {}),
        };
        const emails = new Map(users.map((u) => [u.id, u.email]));
        const { invalid, inUse } = checkManifestChange(
          current,
          req.body,
          members.map((m) => ({ ...m, email: emails.get(m.userId) })),
          access,
        );
        if (invalid.length > 0)
          throw new HttpProblem(422, 'invalid_manifest', `${invalid[0]?.path}: ${invalid[0]?.message}`, {
            errors: invalid,
          });
        if (inUse.length > 0)
          throw new HttpProblem(
            409,
            'in_use',
            `the change would break ${inUse.length} place${inUse.length === 1 ? '' : 's'} that use what it removes (first: ${inUse[0]?.path}: ${inUse[0]?.message}); recode those provisions, change those positions or roles first, or keep it`,
            { errors: inUse },
          );
        const written = assertWritten(
          await tx.store.writeManifest(processId, req.body, ifVersion),
          `the set-up of '${processId}'`,
        );
        await tx.audit('write-manifest', { processId, detail: `version ${written}` });
        return written;
      });
      setVersion(reply, version);
      return { id: processId, ...req.body, version };
    },
  );
};
