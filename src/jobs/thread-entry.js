// The module piscina loads in each worker thread of the job pool (job-pool.ts). Sources run through tsx
// without a build step, and a worker thread does not inherit the main thread's loader, so this plain
// JavaScript entry registers tsx first, then imports the TypeScript job runner.
import { register } from 'tsx/esm/api';

register();
const { runJob } = await import('./run-job.ts');

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
