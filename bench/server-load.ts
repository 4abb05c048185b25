// Part of `npm run bench:server` (issue 10): another user's read latency while one user's heavy work runs
// — a 2,000 × 2,000 compare, a 20-proposal matrix and 8 drafts at once. The heavy work runs as jobs off the
// event loop, so the reads should barely notice (target: p99 < 100 ms). Numbers are printed, never asserted.
import autocannon from 'autocannon';

const processId = 'ukraine-2025';

/** `n` provisions of distinct, plausible text (about 40 words each). */
const provisions = (n: number, salt: string) =>
  Array.from({ length: n }, (_, i) => ({
    num: String(i + 1),
    label: `${i + 1}.`,
    text: `Article ${i + 1} (${salt}): ${Array.from({ length: 40 }, (_, k) => `term${(i * 7 + k * 13) % 997}`).join(' ')}.`,
    codes: [],
  }));

async function post(url: string, token: string, path: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/processes/${processId}${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** Stores the large proposals the heavy requests name (by the mediator, through the API). */
async function addLargeProposals(url: string, token: string): Promise<void> {
  const add = async (id: string, count: number) => {
    const body = { id, title: id, authors: ['us'], visibility: 'private', provisions: provisions(count, id) };
    let response = await post(url, token, '/proposals', body);
    // A server just started on a busy machine may shed load (503 busy): wait as it says, then try again.
    for (let tries = 0; response.status === 503 && tries < 10; tries++) {
      const wait = Number(response.headers.get('retry-after') ?? 1);
      await new Promise((resolve) => setTimeout(resolve, wait * 1000));
      response = await post(url, token, '/proposals', body);
    }
    if (!response.ok) throw new Error(`storing ${id}: ${response.status} ${await response.text()}`);
  };
  await add('load-a', 2000);
  await add('load-b', 2000);
  for (let i = 1; i <= 20; i++) await add(`load-m${i}`, 150);
}

/**
 * Measures `readerToken`'s GET p99 with and without the heavy load of `mediatorToken`, and prints how each
 * heavy request ended and when.
 */
export async function runUnderLoad(
  label: string,
  url: string,
  mediatorToken: string,
  readerToken: string,
): Promise<void> {
  await addLargeProposals(url, mediatorToken);
  const read = (duration: number) =>
    autocannon({
      url: `${url}/api/processes/${processId}/proposals/us-28`,
      headers: { authorization: `Bearer ${readerToken}` },
      connections: 4,
      duration,
    });
  const idle = await read(5);
  const started = performance.now();
  const heavy = [
    {
      name: 'compare 2,000 × 2,000',
      send: () => post(url, mediatorToken, '/compare', { a: 'load-a', b: 'load-b' }),
    },
    {
      name: 'matrix of 20 proposals',
      send: () =>
        post(url, mediatorToken, '/matrix', {
          base: 'load-m1',
          proposals: Array.from({ length: 20 }, (_, i) => `load-m${i + 1}`),
        }),
    },
    ...Array.from({ length: 8 }, (_, i) => ({
      name: `draft ${i + 1} (towards Nash)`,
      send: () => post(url, mediatorToken, '/draft', { base: 'us-28', solution: 'nash', format: 'json' }),
    })),
  ].map(async ({ name, send }) => {
    const response = await send();
    await response.arrayBuffer();
    return { name, status: response.status, seconds: (performance.now() - started) / 1000 };
  });
  const loaded = read(20);
  const ended = await Promise.all(heavy);
  const busy = await loaded;
  console.log(`\n${label}: another user's GET of a proposal (4 connections)`);
  const line = (what: string, r: autocannon.Result) =>
    console.log(
      `  ${what.padEnd(44)} p50 ${String(r.latency.p50).padStart(4)} ms   p99 ${String(r.latency.p99).padStart(4)} ms   max ${String(r.latency.max).padStart(5)} ms   ${r.requests.average.toFixed(0)} req/s   ${r.non2xx + r.errors} errors`,
    );
  line('idle', idle);
  line('while the heavy work below runs (20 s)', busy);
  console.log('  target: p99 < 100 ms while the heavy work runs');
  for (const job of ended)
    console.log(`    ${job.name.padEnd(30)} ${job.status} after ${job.seconds.toFixed(1)} s`);
}
