import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { Id, Member } from '../../model/index.js';
import { Membership, Role, TokenInfo, User } from '../../store/index.js';
import { createApiToken, createLoginLink, prepareUser, storeUser } from '../accounts.js';
import { requireViewer } from '../auth.js';
import type { RouteContext } from '../context.js';
import { badRequest, forbidden, HttpProblem, notFound, Problem } from '../problem.js';
import { processAccess } from './guard.js';

const userParams = z.object({ userId: z.string().min(1).max(100) });

/**
 * Account routes: users (admins create them; without a password the answer carries a one-time login link),
 * memberships of a process (admins set them, mediators list them) and the caller's own API tokens.
 */
export const accountRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  const { store, clock } = ctx;
  const requireAdmin = (req: Parameters<typeof requireViewer>[0]) => {
    const viewer = requireViewer(req);
    if (!viewer.user.isAdmin) throw forbidden('only an admin can manage accounts and memberships');
    return viewer;
  };

  // Memberships are read on every request (auth.ts), so a change of role or a removal holds from the next
  // request of every session and token of that user.
  const requireMemberManager = (req: Parameters<typeof requireViewer>[0], processId: string) => {
    const { viewer, access } = processAccess(req, processId);
    if (!viewer.user.isAdmin && access.role !== 'mediator')
      throw forbidden("only an admin or the process's mediators can change its members");
    return viewer;
  };

  app.get(
    '/users',
    {
      schema: {
        summary: 'Every user (admins)',
        tags: ['accounts'],
        response: { 200: z.object({ users: z.array(User) }), 401: Problem, 403: Problem },
      },
    },
    async (req) => {
      requireAdmin(req);
      return { users: await store.listUsers() };
    },
  );

  app.post(
    '/users',
    {
      schema: {
        summary: 'Add a user (admins); without a password, answers a one-time login link token',
        tags: ['accounts'],
        body: z.strictObject({
          email: z.string().max(320),
          password: z.string().max(1000).optional(),
          isAdmin: z.boolean().default(false),
        }),
        response: {
          201: z.object({ user: User, loginLink: z.string().nullable() }),
          400: Problem,
          401: Problem,
          403: Problem,
          409: Problem,
        },
      },
    },
    async (req, reply) => {
      requireAdmin(req);
      const prepared = await prepareUser(
        { email: req.body.email, password: req.body.password ?? null, isAdmin: req.body.isAdmin },
        clock,
        ctx.passwordCost,
      );
      if (!prepared.ok) throw new HttpProblem(400, 'bad_user', prepared.message);
      const { added, loginLink } = await ctx.write(req, async (tx) => {
        const stored = await storeUser(tx.store, prepared.user);
        if (!stored.ok) throw new HttpProblem(409, 'bad_user', stored.message);
        const link =
          req.body.password === undefined ? await createLoginLink(tx.store, stored.user.id, clock) : null;
        await tx.audit('create-user', {
          target: stored.user.email,
          detail: stored.user.isAdmin ? 'admin' : undefined,
        });
        return { added: stored, loginLink: link };
      });
      return reply.code(201).send({ user: added.user, loginLink });
    },
  );

  app.get(
    '/users/:userId',
    {
      schema: {
        summary: 'A user and their memberships (admins, or the user themselves)',
        tags: ['accounts'],
        params: userParams,
        response: {
          200: z.object({ user: User, memberships: z.array(Membership) }),
          401: Problem,
          404: Problem,
        },
      },
    },
    async (req) => {
      const viewer = requireViewer(req);
      const { userId } = req.params;
      const record =
        viewer.user.isAdmin || viewer.user.id === userId ? await store.readUser(userId) : undefined;
      if (!record) throw notFound(`no user '${userId}'`);
      const user = {
        id: record.id,
        email: record.email,
        isAdmin: record.isAdmin,
        createdAt: record.createdAt,
      };
      return { user, memberships: await store.listMemberships(userId) };
    },
  );

  app.get(
    '/processes/:processId/members',
    {
      schema: {
        summary: 'Who holds which role in a process (admins and mediators)',
        tags: ['accounts'],
        params: z.object({ processId: Id }),
        response: {
          200: z.object({ members: z.array(Member) }),
          401: Problem,
          403: Problem,
          404: Problem,
        },
      },
    },
    async (req) => {
      const { viewer, access } = processAccess(req, req.params.processId);
      if (!viewer.user.isAdmin && access.role !== 'mediator')
        throw forbidden('only admins and mediators can list the members of a process');
      const [members, users] = await Promise.all([
        store.listMembers(req.params.processId),
        store.listUsers(),
      ]);
      const emails = new Map(users.map((u) => [u.id, u.email]));
      return { members: members.map((m) => ({ ...m, email: emails.get(m.userId) ?? '' })) };
    },
  );

  app.put(
    '/processes/:processId/members/:userId',
    {
      schema: {
        summary:
          "Set a user's role in a process (admins, the process's mediators); delegates name their party",
        tags: ['accounts'],
        params: z.object({ processId: Id, userId: z.string().min(1).max(100) }),
        body: z.strictObject({ role: Role, party: Id.nullable().optional() }),
        response: { 200: Membership, 400: Problem, 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req) => {
      const { processId, userId } = req.params;
      requireMemberManager(req, processId);
      const manifest = await store.readManifest(processId);
      if (!manifest) throw notFound(`no process '${processId}'`);
      if (!(await store.readUser(userId))) throw notFound(`no user '${userId}'`);
      const party = req.body.party ?? null;
      if ((req.body.role === 'delegate') !== (party !== null))
        throw badRequest('bad_membership', 'a delegate needs a party, and only a delegate has one');
      if (party !== null && !manifest.parties.some((p) => p.id === party)) {
        throw badRequest(
          'unknown_party',
          `'${party}' is not a party of '${processId}' (expected one of: ${manifest.parties.map((p) => p.id).join(', ')})`,
        );
      }
      const membership = { userId, processId, role: req.body.role, party };
      await ctx.write(req, async (tx) => {
        await tx.store.setMembership(membership);
        await tx.audit('set-membership', {
          processId,
          target: userId,
          detail: `${membership.role}${party ? ` ${party}` : ''}`,
        });
      });
      return membership;
    },
  );

  app.delete(
    '/processes/:processId/members/:userId',
    {
      schema: {
        summary:
          "Remove a user from a process (admins, the process's mediators); their sessions and tokens lose it at once",
        tags: ['accounts'],
        params: z.object({ processId: Id, userId: z.string().min(1).max(100) }),
        response: { 204: z.null(), 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      const { processId, userId } = req.params;
      requireMemberManager(req, processId);
      await ctx.write(req, async (tx) => {
        if (!(await tx.store.removeMembership(userId, processId)))
          throw notFound(`user '${userId}' is not a member of '${processId}'`);
        await tx.audit('remove-membership', { processId, target: userId });
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/tokens',
    {
      schema: {
        summary: "The caller's API tokens (never their secrets)",
        tags: ['accounts'],
        response: { 200: z.object({ tokens: z.array(TokenInfo) }), 401: Problem },
      },
    },
    async (req) => ({ tokens: await store.listTokens(requireViewer(req).user.id) }),
  );

  app.post(
    '/tokens',
    {
      schema: {
        summary: 'Create an API token for the caller; the secret is shown once',
        tags: ['accounts'],
        body: z.strictObject({ name: z.string().min(1).max(100) }),
        response: {
          201: z.object({ token: z.string(), info: TokenInfo }),
          400: Problem,
          401: Problem,
          403: Problem,
        },
      },
    },
    async (req, reply) => {
      const viewer = requireViewer(req);
      const created = await ctx.write(req, async (tx) => {
        const token = await createApiToken(tx.store, viewer.user.id, req.body.name, clock);
        await tx.audit('create-token', { target: token.info.id });
        return token;
      });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/tokens/:tokenId',
    {
      schema: {
        summary: 'Revoke an API token (its owner or an admin)',
        tags: ['accounts'],
        params: z.object({ tokenId: z.string().min(1).max(100) }),
        response: { 204: z.null(), 401: Problem, 403: Problem, 404: Problem },
      },
    },
    async (req, reply) => {
      const viewer = requireViewer(req);
      const { tokenId } = req.params;
      const own = (await store.listTokens(viewer.user.id)).some((t) => t.id === tokenId);
      await ctx.write(req, async (tx) => {
        if ((!own && !viewer.user.isAdmin) || !(await tx.store.revokeToken(tokenId, clock().toISOString())))
          throw notFound(`no active token '${tokenId}'`);
        await tx.audit('revoke-token', { target: tokenId });
      });
      return reply.code(204).send(null);
    },
  );
};
