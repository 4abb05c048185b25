import { expect, test } from 'vitest';
import { readEventStream } from './event-stream.js';
import type { StreamEvent } from './event-stream.js';

/** A body delivered in the given pieces, as a network may cut it. */
const bodyOf = (...pieces: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const piece of pieces) controller.enqueue(new TextEncoder().encode(piece));
      controller.close();
    },
  });

test('events cut anywhere by the network arrive whole and in order', async () => {
  const events: StreamEvent[] = [];
  await readEventStream(
    bodyOf(
      'event: progress\ndata: {"phase":"nash","do',
      'ne":5}\n\nevent: res',
      'ult\ndata: {"ok":true}\n\n',
    ),
    (e) => events.push(e),
  );
  expect(events).toEqual([
    { event: 'progress', data: { phase: 'nash', done: 5 } },
    { event: 'result', data: { ok: true } },
  ]);
});
