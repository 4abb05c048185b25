/** One server-sent event: its name and its data, parsed as JSON. */
export interface StreamEvent {
  event: string;
  data: unknown;
}

/**
 * Reads a `text/event-stream` body (the server's progress streams, src/server/progress-stream.ts) and
 * hands each event to `onEvent` as it arrives. Events are separated by a blank line; each has one
 * `event:` and one `data:` line holding JSON. Resolves when the stream ends.
 * @example await readEventStream(response.body!, ({ event, data }) => console.log(event, data));
 */
export async function readEventStream(
  body: ReadableStream<Uint8Array>,
  onEvent: (event: StreamEvent) => void,
): Promise<void> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += decoder.decode(value, { stream: true });
    let end = buffered.indexOf('\n\n');
    while (end >= 0) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const event = /^event: ?(.*)$/m.exec(block)?.[1];
      const data = /^data: ?(.*)$/m.exec(block)?.[1];
      if (event !== undefined && data !== undefined) onEvent({ event, data: JSON.parse(data) as unknown });
      end = buffered.indexOf('\n\n');
    }
  }
}
