// Issue #10: "one request stalls everyone". Every route that computes (compare, matrix, merge, check, solve,
// draft, robustness — a delegate's too —, document import, code suggestions, history diffs, a case archive's parsing) does
// its work as a job of the runner (src/jobs), never on the thread answering requests. Generated from the
// route table: with a runner that refuses every job, each such route answers 503 `busy` for every caller
// allowed to use it — an answer computed on the request thread would have come back 200.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFairRunner, createJobPool, runJob } from '../jobs/index.js';
import type { JobExecutor, JobKind, JobRunner } from '../jobs/index.js';
import { storeTargets } from '../store/store-targets.test-support.js';
import { routeCases } from './route-cases.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

/** Routes that compute; every variant that reaches the work must need a job. */
const heavy: Record<string, (variant: string) => boolean> = {
  'POST /api/processes': (variant) => variant.includes('archive'),
  'POST /api/processes/:processId/check': () => true,
  'POST /api/processes/:processId/compare': () => true,
  'POST /api/processes/:processId/matrix': () => true,
  'POST /api/processes/:processId/merge': () => true,
  'POST /api/processes/:processId/solve': () => true,
  'POST /api/processes/:processId/robustness': () => true,
  'POST /api/processes/:processId/draft': () => true,
  'POST /api/processes/:processId/proposals/import': () => true,
  'GET /api/processes/:processId/proposals/:proposalId/suggestions': () => true,
  'POST /api/processes/:processId/proposals/:proposalId/suggestions': () => true,
  'GET /api/processes/:processId/proposals/:proposalId/versions/:version/compare/:other': () => true,
};

const heavyCases = Object.entries(routeCases).flatMap(([route, cases]) =>
  cases
    .filter((c) => heavy[route]?.(c.variant))
    .flatMap((routeCase) => routeCase.allow.map((caller) => ({ route, routeCase, caller }))),
);

describe.each(storeTargets().slice(0, 1))('heavy work off the request thread on $name', (target) => {
  let h: Harness;
  let refusing: JobRunner;
  beforeAll(async () => {
    refusing = createJobPool({ queue: { total: 0, perUser: 0 } });
    h = await openHarness(target, undefined, undefined, { jobs: refusing });
  });
  afterAll(async () => {
    await h?.close();
    await refusing?.close();
  });

  test('every heavy route of the table is covered', () => {
    const routes = new Set(heavyCases.map((c) => c.route));
    expect([...routes].sort()).toEqual(Object.keys(heavy).sort());
  });

  test.each(heavyCases.map((c) => [`${c.route} (${c.routeCase.variant || 'default'}) as ${c.caller}`, c]))(
    '%s needs a job',
    async (_, { routeCase, caller }) => {
      const response = await h.app.inject(await routeCase.request(h, caller));
      expect(response.statusCode, response.body).toBe(503);
      expect(response.json()).toMatchObject({ code: 'busy' });
    },
  );
});

describe.each(storeTargets().slice(0, 1))('released verdicts on $name', (target) => {
  let h: Harness;
  let jobs: JobRunner;
  const kinds: JobKind[] = [];
  beforeAll(async () => {
    // Jobs run at once on this thread, each recorded: enough to see which work a request gives the runner.
    const recording: JobExecutor = {
      concurrency: 1,
      execute: (kind, input, { onStart }) => {
        onStart();
        kinds.push(kind);
        return runJob(kind, input);
      },
      close: async () => {},
    };
    jobs = createFairRunner(recording);
    h = await openHarness(target, undefined, undefined, { jobs });
    await h.store.writeSettings('talks', { shareVerdicts: true });
  });
  afterAll(async () => {
    await h?.close();
    await jobs?.close();
  });

  test("the check of the released verdicts (every sealed party's) is a job too", async () => {
    const response = await h.app.inject({
      method: 'POST',
      url: '/api/processes/talks/check',
      headers: { authorization: `Bearer ${h.tokens['delegate-ua']}` },
      payload: {},
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(kinds).toEqual(['check', 'check']);
    // The released verdicts are there: another party's overall verdict, without its red lines.
    expect(response.json().results).toContainEqual(
      expect.objectContaining({ party: 'ru', sealed: true, redlines: [] }),
    );
  });
});
