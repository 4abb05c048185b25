import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id } from '../../model/index.js';
import { Membership, Role } from '../../store/index.js';
import { createLoginLink, normaliseEmail, prepareUser, storeUser } from '../accounts.js';
import { requireViewer } from '../auth.js';
import type { RouteContext } from '../context.js';
import { badRequest, forbidden, HttpProblem, Problem } from '../problem.js';
import { hashPassword, minimumPasswordLength, verifyPassword } from '../secrets.js';
import { processAccess } from './guard.js';

/**
 * Members and one's own account in the browser (issue 14): an admin or a mediator invites someone to a
 * process by e-mail with a role (and a party for a delegate), and gets a one-time login link to pass on; a
 * signed-in user sets or changes their own password.
 */
export const memberRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { store, clock } = ctx;

  app.post(
    '/processes/:processId/invitations',
    {
      schema: {
        summary:
          'Invite someone to a process (admins, its mediators): a new account answers a one-time login link to pass on; an existing one just gains the role',
        tags: ['accounts'],
        params: z.object({ processId: Id }),
        body: z.strictObject({ email: z.string().max(320), role: Role, party: Id.nullable().optional() }),
        response: {
          201: z.object({
            membership: Membership,
            email: z.string(),
            isNewUser: z.boolean(),
            loginLink: z.string().nullable(),
          }),
          400: Problem,
          401: Problem,
          403: Problem,
          404: Problem,
        },
      },
    },
    async (req, reply) => {
      const { processId } = req.params;
      const { viewer, access } = processAccess(req, processId);
      if (!viewer.user.isAdmin && access.role !== 'mediator')
        throw forbidden("only an admin or the process's mediators can invite members");
      const party = req.body.party ?? null;
      if ((req.body.role === 'delegate') !== (party !== null))
        throw new HttpProblem(
          400,
          'bad_membership',
          'a delegate needs a party, and only a delegate has one',
          {
            errors: [{ path: 'body/party', message: 'choose the party this delegate acts for' }],
          },
        );
      const manifest = await store.readManifest(processId);
      if (party !== null && !manifest?.parties.some((p) => p.id === party))
        throw new HttpProblem(400, 'unknown_party', `'${party}' is not a party of '${processId}'`, {
          errors: [{ path: 'body/party', message: `'${party}' is not a party of this process` }],
        });
      const email = normaliseEmail(req.body.email);
      const existing = await store.findUserByEmail(email);
      const prepared = existing
        ? undefined
        : await prepareUser(
            { email: req.body.email, password: null, isAdmin: false },
            clock,
            ctx.passwordCost,
          );
      if (prepared && !prepared.ok)
        throw new HttpProblem(400, 'bad_user', prepared.message, {
          errors: [{ path: 'body/email', message: prepared.message }],
        });
      const answer = await ctx.write(req, async (tx) => {
        let userId = existing?.id;
        let loginLink: string | null = null;
        if (prepared?.ok) {
          const stored = await storeUser(tx.store, prepared.user);
          if (!stored.ok) throw new HttpProblem(409, 'bad_user', stored.message);
          userId = stored.user.id;
          // Only a new account gets a link: a link for an existing one would let an inviter sign in as them.
          loginLink = await createLoginLink(tx.store, userId, clock);
          await tx.audit('create-user', { target: email });
        }
        const membership = { userId: userId!, processId, role: req.body.role, party };
        await tx.store.setMembership(membership);
        await tx.audit('invite-member', {
          processId,
          target: userId,
          detail: `${membership.role}${party ? ` ${party}` : ''}`,
        });
        return { membership, email, isNewUser: existing === undefined, loginLink };
      });
      return reply.code(201).send(answer);
    },
  );

  app.put(
    '/session/password',
    {
      schema: {
        summary:
          "Set or change the caller's own password; the current one is needed when the account has one",
        tags: ['session'],
        body: z.strictObject({
          currentPassword: z.string().max(1000).optional(),
          newPassword: z.string().max(1000),
        }),
        response: { 204: z.null(), 400: Problem, 401: Problem, 403: Problem },
      },
    },
    async (req, reply) => {
      const viewer = requireViewer(req);
      const record = await store.readUser(viewer.user.id);
      if (!record) throw forbidden('this account no longer exists');
      if (req.body.newPassword.length < minimumPasswordLength)
        throw new HttpProblem(400, 'weak_password', `use at least ${minimumPasswordLength} characters`, {
          errors: [{ path: 'body/newPassword', message: `use at least ${minimumPasswordLength} characters` }],
        });
      if (record.passwordHash !== null) {
        const current = req.body.currentPassword ?? '';
        if (!(await verifyPassword(record.passwordHash, current)))
          throw new HttpProblem(403, 'wrong_password', 'the current password is wrong', {
            errors: [{ path: 'body/currentPassword', message: 'the current password is wrong' }],
          });
      } else if (req.body.currentPassword !== undefined && req.body.currentPassword !== '') {
        throw badRequest('no_password', 'this account has no password yet; leave the current password empty');
      }
      // Hashing is slow: before the write, never inside its transaction.
      const hash = await hashPassword(req.body.newPassword, ctx.passwordCost);
      await ctx.write(req, async (tx) => {
        await tx.store.setPasswordHash(viewer.user.id, hash);
        await tx.audit('set-password', { target: viewer.user.email });
      });
      return reply.code(204).send(null);
    },
  );
};
