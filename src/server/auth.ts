import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Store } from '../store/index.js';
import type { Viewer } from './access.js';
import type { Clock } from './accounts.js';
import { HttpProblem } from './problem.js';
import { equalSecrets, hashSecret } from './secrets.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** False on the login routes, which start a session and so cannot echo its CSRF token yet. */
    csrf?: boolean;
    /**
     * True on the routes an anonymous caller may send a body to (the login routes). Every other route
     * that takes a body answers an anonymous caller 401 before reading it.
     */
    anonymous?: boolean;
  }
  interface FastifyRequest {
    /** The authenticated caller, or null; set for every request before its handler runs. */
    viewer: Viewer | null;
  }
}

/** The name of the session cookie. */
export const sessionCookie = 'parley_session';

/** The header a cookie-authenticated state-changing request must echo the session's CSRF token in. */
export const csrfHeader = 'x-csrf-token';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

async function findViewer(store: Store, req: FastifyRequest, clock: Clock): Promise<Viewer | null> {
  const authorization = req.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer ([A-Za-z0-9_-]{10,200})$/.exec(authorization);
    if (!match?.[1])
      throw new HttpProblem(
        401,
        'bad_token',
        "the Authorization header must be 'Bearer <token>' with a token from 'parley token create'",
      );
    // The user and the memberships at once: two queries side by side, one round trip of waiting.
    const tokenHash = hashSecret(match[1]);
    const [record, memberships] = await Promise.all([
      store.findUserByToken(tokenHash),
      store.listMembershipsByToken(tokenHash),
    ]);
    if (!record)
      throw new HttpProblem(
        401,
        'bad_token',
        'this API token is unknown or revoked; create a new one with parley token create',
      );
    const user = { id: record.id, email: record.email, isAdmin: record.isAdmin, createdAt: record.createdAt };
    return { user, memberships, via: 'token', csrfToken: null };
  }
  const secret = req.cookies[sessionCookie];
  if (!secret) return null;
  const session = await store.readSession(hashSecret(secret));
  if (!session) return null;
  if (session.expiresAt <= clock().toISOString()) {
    await store.deleteSession(hashSecret(secret));
    return null;
  }
  return loadViewer(store, session.userId, 'session', session.csrfToken);
}

async function loadViewer(
  store: Store,
  userId: string,
  via: Viewer['via'],
  csrfToken: string | null,
): Promise<Viewer | null> {
  const [record, memberships] = await Promise.all([store.readUser(userId), store.listMemberships(userId)]);
  if (!record) return null;
  const user = { id: record.id, email: record.email, isAdmin: record.isAdmin, createdAt: record.createdAt };
  return { user, memberships, via, csrfToken };
}

/**
 * Authenticates every request under `/api`: `Authorization: Bearer <token>` (scripts) or the session cookie
 * (the web app). A cookie-authenticated request that changes state must carry the session's CSRF token in
 * `X-CSRF-Token` (double submit: a cross-site page can make the browser send the cookie, not the header).
 * All of it runs in `onRequest`, before the body is read: a request with a body (POST, PUT, PATCH, DELETE)
 * from nobody is answered 401 at once, unless its route is `anonymous` (login), so no one can make the
 * server take in 20 MiB without an account (issue #10).
 */
export function installAuth(app: FastifyInstance, store: Store, clock: Clock): void {
  app.decorateRequest('viewer', null);
  app.addHook('onRequest', async (req) => {
    req.viewer = await findViewer(store, req, clock);
    const hasBody = !safeMethods.has(req.method);
    const isRoute = req.routeOptions.url !== undefined;
    if (!req.viewer && hasBody && isRoute && req.routeOptions.config.anonymous !== true) requireViewer(req);
    if (req.viewer?.via === 'session' && hasBody && req.routeOptions.config.csrf !== false) {
      const sent = req.headers[csrfHeader];
      if (typeof sent !== 'string' || !equalSecrets(sent, req.viewer.csrfToken ?? '')) {
        throw new HttpProblem(
          403,
          'csrf_failed',
          `this request needs the session's CSRF token in the ${csrfHeader} header (from GET /api/session)`,
        );
      }
    }
  });
}

/** The caller, or a 401 problem saying how to authenticate. */
export function requireViewer(req: FastifyRequest): Viewer {
  if (!req.viewer)
    throw new HttpProblem(
      401,
      'unauthenticated',
      'log in first (POST /api/session) or send Authorization: Bearer <token>',
    );
  return req.viewer;
}
