// Issue #10: large bodies only where a route needs them, and never read before authentication. Generated
// from the route table, so a new route is covered (at the small limit) without being listed here.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { bodyLimitOf, bodyLimits, routeBodyLimits } from './body-limits.js';
import { routeTable } from './app.js';
import { routeCases } from './route-cases.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

const bodyRoutes = Object.entries(routeCases).filter(([route]) => !route.startsWith('GET '));
const anonymousRoutes = new Set(['POST /api/session', 'POST /api/session/link']);

/** A JSON body of exactly `size` bytes. */
const jsonOfSize = (size: number): string => `{"x":"${'a'.repeat(size - 8)}"}`;

describe.each(storeTargets().slice(0, 1))('body limits on $name', (target) => {
  let h: Harness;
  /** A URL of each route, as its first case calls it. */
  const urls = new Map<string, string>();
  beforeAll(async () => {
    h = await openHarness(target);
    for (const [route, cases] of bodyRoutes) {
      const first = cases[0]!;
      urls.set(route, (await first.request(h, first.allow[0] ?? 'anonymous')).url as string);
    }
  });
  afterAll(async () => h?.close());

  const send = (route: string, payload: string, token?: string) =>
    h.app.inject({
      method: route.split(' ')[0] as 'POST',
      url: urls.get(route)!,
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      payload,
    });

  test('the table names only routes the app has, each above the small limit', () => {
    const routes = new Set(routeTable(h.app).map((r) => `${r.method} ${r.url}`));
    for (const [route, limit] of Object.entries(routeBodyLimits)) {
      expect(routes.has(route), route).toBe(true);
      expect(limit === bodyLimits.login || limit > bodyLimits.small, route).toBe(true);
    }
  });

  test.each(bodyRoutes.map(([route]) => [route, bodyLimitOf(route.split(' ')[0]!, route.split(' ')[1]!)]))(
    '%s reads a body up to %i bytes and refuses one byte more with 413, before its handler',
    async (route, limit) => {
      const token = h.tokens.mediator;
      const over = await send(route, jsonOfSize(limit + 1), token);
      expect(over.statusCode, over.body).toBe(413);
      expect(over.json().code).toBe('body_too_large');
      const at = await send(route, jsonOfSize(limit), token);
      expect(at.statusCode, at.body).not.toBe(413);
    },
  );

  test.each(bodyRoutes.map(([route]) => [route]))(
    '%s: an anonymous 2 MiB body is refused before it is read (401; the login routes 413)',
    async (route) => {
      const response = await send(route, jsonOfSize(2 * 1024 * 1024));
      expect(response.statusCode, response.body).toBe(anonymousRoutes.has(route) ? 413 : 401);
    },
  );
});
