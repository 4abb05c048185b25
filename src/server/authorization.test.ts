import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { routeTable } from './app.js';
import { callers, routeCases } from './route-cases.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

const denied = [401, 403, 404];

describe.each(storeTargets())('the authorisation matrix on $name', (target) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(target);
  });
  afterAll(async () => h?.close());

  test('every API route has a row in the matrix, and every row is a route', () => {
    const routes = routeTable(h.app)
      .filter((r) => !r.isHidden && r.url.startsWith('/api/'))
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(Object.keys(routeCases).sort()).toEqual(routes);
  });

  for (const [route, cases] of Object.entries(routeCases)) {
    for (const routeCase of cases) {
      for (const caller of callers) {
        const allowed =
          caller === 'anonymous' ? routeCase.anonymous === true : routeCase.allow.includes(caller);
        const variant = routeCase.variant ? ` (${routeCase.variant})` : '';
        test(`${route}${variant} is ${allowed ? 'allowed' : 'denied'} to ${caller}`, async () => {
          const response = await h.app.inject(await routeCase.request(h, caller));
          if (allowed) expect(response.statusCode, response.body).toBeLessThan(300);
          else expect(denied, response.body).toContain(response.statusCode);
        });
      }
    }
  }
});
