// Issue #10: the page had no CSP or frame protection, and nothing shed load. Helmet's headers with a CSP
// the web app works with (the e2e test loads it under this policy), and @fastify/under-pressure's 503.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { storeTargets } from '../store/store-targets.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

const [sqlite] = storeTargets();

describe('security headers', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(sqlite!);
  });
  afterAll(async () => h?.close());

  test.each(['/', '/api/processes', '/api/no-such-route'])(
    '%s forbids framing and foreign scripts',
    async (url) => {
      const response = await h.app.inject({ url, headers: { authorization: `Bearer ${h.tokens.mediator}` } });
      const policy = String(response.headers['content-security-policy']);
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("script-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toContain('upgrade-insecure-requests');
      expect(response.headers['x-frame-options']).toBe('DENY');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    },
  );

  test('the API reference keeps its own policy, which forbids framing too', async () => {
    const response = await h.app.inject({ url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    const policy = String(response.headers['content-security-policy']);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("frame-ancestors 'self'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).not.toContain('upgrade-insecure-requests');
  });
});

describe('load shedding', () => {
  let h: Harness;
  const limitMs = 200;
  beforeAll(async () => {
    h = await openHarness(sqlite!, undefined, undefined, {
      loadShedding: { maxEventLoopDelayMs: limitMs, retryAfterSeconds: 7 },
    });
  });
  afterAll(async () => h?.close());

  const loopDelay = () =>
    (h.app as unknown as { memoryUsage(): { eventLoopDelay: number } }).memoryUsage().eventLoopDelay;
  const tick = () => new Promise((resolve) => setTimeout(resolve, 1));
  const ask = () =>
    h.app.inject({ url: '/api/processes', headers: { authorization: `Bearer ${h.tokens.mediator}` } });

  test('a stalled event loop makes new requests 503 busy with Retry-After, and they are served again after', async () => {
    const until = Date.now() + 1500;
    while (Date.now() < until); // a request that held the loop, as compare did before the job pool
    for (let i = 0; i < 200 && loopDelay() <= limitMs; i++) await tick();
    const refused = await ask();
    expect(refused.statusCode, refused.body).toBe(503);
    expect(refused.headers['retry-after']).toBe('7');
    expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(refused.json().code).toBe('busy');
    for (let i = 0; i < 2000 && loopDelay() > limitMs; i++) await tick();
    expect((await ask()).statusCode).toBe(200);
  });
});
