// The module piscina loads in each worker thread of the job pool (job-pool.ts). Compiled into dist/, it
// finds the compiled job runner beside it; run from the sources (tests, or a stale build), it registers tsx
// first, since a worker thread does not inherit the main thread's loader, then imports the TypeScript.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const compiledRunner = new URL('./run-job.js', import.meta.url);
const fromSources = !existsSync(fileURLToPath(compiledRunner));
if (fromSources) {
  const { register } = await import('tsx/esm/api');
  register();
}
const { runJob } = await import(fromSources ? './run-job.ts' : compiledRunner.href);

/**
 * One task of the pool: `{ kind, input, port, hasProgress }`. The port hears `{ type: 'start' }` when the
 * job begins (its time limit counts from there), then `{ type: 'progress', progress }` when asked for.
 */
export default async function runTask({ kind, input, port, hasProgress }) {
  port.postMessage({ type: 'start' });
  const onProgress = hasProgress ? (progress) => port.postMessage({ type: 'progress', progress }) : undefined;
  try {
    return await runJob(kind, input, onProgress);
  } finally {
    port.close();
  }
}
