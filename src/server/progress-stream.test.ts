import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFairRunner } from '../jobs/index.js';
import type { JobExecutor, JobRunner } from '../jobs/index.js';
import { storeTargets } from '../store/store-targets.test-support.js';
import { openHarness } from './harness.test-support.js';
import type { Harness } from './harness.test-support.js';

/** The events of a text/event-stream body, in order. */
const eventsOf = (body: string): { event: string; data: unknown }[] =>
  body
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? '';
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? 'null';
      return { event, data: JSON.parse(data) as unknown };
    });

describe.each(storeTargets().slice(0, 1))(
  'progress of long jobs as server-sent events on $name',
  (target) => {
    let h: Harness;
    beforeAll(async () => {
      h = await openHarness(target);
    });
    afterAll(() => h?.close());

    const post = (
      url: string,
      payload: object,
      accept: string,
      caller: 'mediator' | 'observer' = 'mediator',
    ) =>
      h.app.inject({
        method: 'POST',
        url,
        headers: { authorization: `Bearer ${h.tokens[caller]}`, accept },
        payload,
      });

    test('a solve asked for events ends with the very answer the JSON request gives', async () => {
      const body = { pareto: true, explain: true };
      const plain = await post('/api/processes/talks/solve', body, 'application/json');
      const streamed = await post('/api/processes/talks/solve', body, 'text/event-stream');
      expect(streamed.statusCode).toBe(200);
      expect(streamed.headers['content-type']).toMatch(/^text\/event-stream/);
      const events = eventsOf(streamed.body);
      expect(events.at(-1)).toEqual({ event: 'result', data: plain.json() });
      expect(events.slice(0, -1).every((e) => e.event === 'progress')).toBe(true);
    });

    test('a robustness run reports solves done out of the total, then the report', async () => {
      const body = { samples: 300, detailSamples: 2 };
      const plain = await post('/api/processes/talks/robustness', body, 'application/json');
      const events = eventsOf(
        (await post('/api/processes/talks/robustness', body, 'text/event-stream')).body,
      );
      const progress = events
        .filter((e) => e.event === 'progress')
        .map((e) => e.data as { done: number; total: number });
      expect(progress.length).toBeGreaterThan(0);
      expect(progress.at(-1)!.done).toBe(progress.at(-1)!.total);
      expect(events.at(-1)).toEqual({ event: 'result', data: plain.json() });
    });

    test('a caller who may not run the job gets the usual problem, not a stream', async () => {
      const response = await post('/api/processes/talks/robustness', {}, 'text/event-stream', 'observer');
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    });
  },
);

describe.each(storeTargets().slice(0, 1))('cancelling a streamed job on $name', (target) => {
  let h: Harness;
  let jobs: JobRunner;
  let url: string;
  const stopped: unknown[] = [];
  let robustnessChunks = 0;
  beforeAll(async () => {
    // Work that runs until stopped, reporting progress, and records why it stopped.
    const endless: JobExecutor = {
      concurrency: 1,
      execute: (kind, input, { signal, onStart, onProgress }) => {
        onStart();
        // A robustness run's first chunk answers at once (placeholders: the run is cancelled before any
        // summary), so the run reports progress; every later chunk runs until stopped.
        if (kind === 'robustness' && robustnessChunks++ === 0)
          return Promise.resolve((input as { tasks: unknown[] }).tasks.map(() => ({})));
        const ticker = setInterval(() => onProgress?.({ phase: 'searching', nodes: 1 }), 50);
        return new Promise((_resolve, reject) =>
          signal.addEventListener('abort', () => {
            clearInterval(ticker);
            stopped.push(signal.reason);
            reject(signal.reason);
          }),
        );
      },
      close: async () => {},
    };
    jobs = createFairRunner(endless);
    h = await openHarness(target, undefined, undefined, { jobs });
    url = await h.app.listen({ port: 0, host: '127.0.0.1' });
  });
  afterAll(async () => {
    // fetch keeps its connection alive for reuse; closing waits for it otherwise.
    h?.app.server.closeAllConnections();
    await h?.close();
    await jobs?.close();
  });

  test('closing the stream stops the work', async () => {
    const controller = new AbortController();
    const response = await fetch(`${url}/api/processes/talks/solve`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${h.tokens.mediator}`,
        accept: 'text/event-stream',
        'content-type': 'application/json',
      },
      body: '{}',
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toMatch(/^event: progress\n/);
    controller.abort();
    for (let waited = 0; stopped.length === 0 && waited < 5_000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toHaveLength(1);
    expect((stopped[0] as Error).name).toBe('JobCancelled');
  });

  test("closing a robustness run's stream, after its progress in solves done of all, stops its chunk on the worker", async () => {
    stopped.length = 0;
    const controller = new AbortController();
    const response = await fetch(`${url}/api/processes/talks/robustness`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${h.tokens.mediator}`,
        accept: 'text/event-stream',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ samples: 1000, detailSamples: 0 }),
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    const progress = JSON.parse(/^data: (.*)$/m.exec(first)![1]!) as { done: number; total: number };
    expect(progress).toEqual({ phase: 'sampling', done: 64, total: 1000 });
    controller.abort();
    for (let waited = 0; stopped.length === 0 && waited < 5_000; waited += 20)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toHaveLength(1);
    expect((stopped[0] as Error).name).toBe('JobCancelled');
    expect(robustnessChunks).toBe(2);
  });
});
