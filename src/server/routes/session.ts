import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SessionInfo } from '../../model/index.js';
import { checkLogin, lifetimes, lockout, startSession } from '../accounts.js';
import { requireViewer, sessionCookie } from '../auth.js';
import type { RouteContext } from '../context.js';
import { HttpProblem, Problem } from '../problem.js';
import { hashSecret } from '../secrets.js';

/** Login rate limit per client address, applied by @fastify/rate-limit to the two login routes. */
export interface LoginLimit {
  max: number;
  timeWindowMs: number;
}

/** Session routes: log in with a password or a one-time link, read the session, log out. */
export const sessionRoutes: FastifyPluginAsyncZod<RouteContext & { loginLimit: LoginLimit }> = async (
  app,
  ctx,
) => {
  const { store, clock } = ctx;
  const rateLimit = { max: ctx.loginLimit.max, timeWindow: ctx.loginLimit.timeWindowMs };

  // Set once the session's transaction has committed, so a failed write sends no cookie.
  const setSessionCookie = (reply: FastifyReply, secret: string, secure: boolean) =>
    void reply.setCookie(sessionCookie, secret, {
      httpOnly: true,
      sameSite: 'strict',
      secure,
      path: '/',
      maxAge: lifetimes.sessionHours * 3600,
    });
  const isTls = (req: { protocol: string; headers: Record<string, unknown> }) =>
    req.protocol === 'https' || req.headers['x-forwarded-proto'] === 'https';

  app.post(
    '/session',
    {
      config: { csrf: false, anonymous: true, rateLimit },
      // Only an e-mail and a password: nobody logged in may send more than `bodyLimits.login` (body-limits.ts).
      schema: {
        summary: 'Log in with e-mail and password; sets the session cookie',
        tags: ['session'],
        body: z.strictObject({ email: z.string().max(320), password: z.string().max(1000) }),
        response: { 200: SessionInfo, 400: Problem, 401: Problem, 429: Problem },
      },
    },
    async (req, reply) => {
      const outcome = await checkLogin(store, req.body.email, req.body.password, clock, ctx.passwordCost);
      if (!outcome.ok) {
        await ctx.audit(req, outcome.reason === 'locked' ? 'login-locked' : 'login-failed', {
          target: req.body.email.slice(0, 320),
        });
        // A locked account answers as a wrong password does: a different answer would tell that the
        // address has an account.
        throw new HttpProblem(
          401,
          'bad_credentials',
          `the e-mail address or password is wrong, or the account is locked for ${lockout.minutes} minutes after ${lockout.attempts} failed logins`,
        );
      }
      const { secret, csrfToken } = await ctx.write(req, async (tx) => {
        const session = await startSession(tx.store, outcome.user.id, clock);
        req.viewer = { user: outcome.user, memberships: [], via: 'session', csrfToken: session.csrfToken };
        await tx.audit('login');
        return session;
      });
      setSessionCookie(reply, secret, isTls(req));
      return { user: outcome.user, memberships: await store.listMemberships(outcome.user.id), csrfToken };
    },
  );

  app.post(
    '/session/link',
    {
      config: { csrf: false, anonymous: true, rateLimit },
      // Only an e-mail and a password: nobody logged in may send more than `bodyLimits.login` (body-limits.ts).
      schema: {
        summary: 'Log in with a one-time login link token; sets the session cookie',
        tags: ['session'],
        body: z.strictObject({ token: z.string().min(1).max(200) }),
        response: { 200: SessionInfo, 400: Problem, 401: Problem, 429: Problem },
      },
    },
    async (req, reply) => {
      // Using up the link, the session and the entry commit together: a link is never spent unlogged.
      const { user, secret, csrfToken } = await ctx.write(req, async (tx) => {
        const userId = await tx.store.consumeLoginLink(hashSecret(req.body.token), clock().toISOString());
        const record = userId ? await tx.store.readUser(userId) : undefined;
        if (!record)
          throw new HttpProblem(
            401,
            'bad_link',
            'this login link is unknown, used or expired; ask an admin for a new one',
          );
        const linked = {
          id: record.id,
          email: record.email,
          isAdmin: record.isAdmin,
          createdAt: record.createdAt,
        };
        const session = await startSession(tx.store, linked.id, clock);
        req.viewer = { user: linked, memberships: [], via: 'session', csrfToken: session.csrfToken };
        await tx.audit('login-link');
        return { user: linked, ...session };
      });
      setSessionCookie(reply, secret, isTls(req));
      return { user, memberships: await store.listMemberships(user.id), csrfToken };
    },
  );

  app.get(
    '/session',
    {
      schema: {
        summary: 'The caller: user, memberships, CSRF token',
        tags: ['session'],
        response: { 200: SessionInfo, 401: Problem },
      },
    },
    async (req) => {
      const viewer = requireViewer(req);
      return { user: viewer.user, memberships: viewer.memberships, csrfToken: viewer.csrfToken };
    },
  );

  // The web app's first question: answered 200 whoever asks, so loading the app signed out logs no 401.
  app.get(
    '/whoami',
    {
      schema: {
        summary: 'Who is signed in: the session as GET /api/session gives it, or null for nobody',
        tags: ['session'],
        response: { 200: z.object({ session: SessionInfo.nullable() }), 401: Problem },
      },
    },
    async (req) => {
      const viewer = req.viewer;
      if (!viewer) return { session: null };
      return {
        session: { user: viewer.user, memberships: viewer.memberships, csrfToken: viewer.csrfToken },
      };
    },
  );

  app.delete(
    '/session',
    {
      schema: {
        summary: 'Log out',
        tags: ['session'],
        response: { 204: z.null(), 401: Problem, 403: Problem },
      },
    },
    async (req, reply) => {
      requireViewer(req);
      const secret = req.cookies[sessionCookie];
      await ctx.write(req, async (tx) => {
        if (secret) await tx.store.deleteSession(hashSecret(secret));
        await tx.audit('logout');
      });
      void reply.clearCookie(sessionCookie, { path: '/' });
      return reply.code(204).send(null);
    },
  );
};
