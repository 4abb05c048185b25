import { Worker } from 'node:worker_threads';
import type { Case } from '../model/index.js';
import type { SolveOptions, SolveReport } from '../solver/index.js';
import type { SolveJob } from './solve-worker.js';

/** Solves cases off the event loop, on worker threads. */
export interface SolvePool {
  /** Solves a case within `timeLimitMs` (the best packages found by then, `proven: false`, after it). */
  solve(theCase: Case, options: Omit<SolveOptions, 'control'>, timeLimitMs: number): Promise<SolveReport>;
  close(): Promise<void>;
}

type Answer = { id: number; report: SolveReport } | { id: number; error: string };

const workerUrl = new URL('./solve-worker.ts', import.meta.url).href;
// Resolved from here, not from the working directory the server was started in (a test runner without
// import.meta.resolve runs from the project root, where the bare name resolves too).
const tsxUrl = typeof import.meta.resolve === 'function' ? import.meta.resolve('tsx/esm/api') : 'tsx/esm/api';

// Sources run through tsx (bin/parley.js), and a worker does not inherit the loader, so its first act is to
// register tsx and then import the worker module.
const bootstrap = `import(${JSON.stringify(tsxUrl)}).then(({ register }) => { register(); return import(${JSON.stringify(workerUrl)}); });`;

/**
 * A pool of `size` solver threads (1 by default: on a small machine the other cores serve requests). Jobs
 * queue in arrival order. A thread that dies fails its job and is replaced; `close` ends every thread.
 * @example const pool = createSolvePool(); const report = await pool.solve(theCase, {}, 5000);
 */
export function createSolvePool(size = 1): SolvePool {
  let nextId = 0;
  let closed = false;
  const waiting: { job: SolveJob; resolve: (r: SolveReport) => void; reject: (e: Error) => void }[] = [];
  const idle: Worker[] = [];
  const busy = new Map<
    Worker,
    { id: number; resolve: (r: SolveReport) => void; reject: (e: Error) => void }
  >();
  let started = 0;

  const dispatch = (): void => {
    while (waiting.length > 0 && !closed) {
      const worker = idle.pop() ?? (started < size ? spawn() : undefined);
      if (!worker) return;
      const task = waiting.shift()!;
      busy.set(worker, { id: task.job.id, resolve: task.resolve, reject: task.reject });
      worker.postMessage(task.job);
    }
  };

  const spawn = (): Worker => {
    started++;
    const worker = new Worker(bootstrap, { eval: true });
    worker.on('message', (answer: Answer) => {
      const task = busy.get(worker);
      busy.delete(worker);
      idle.push(worker);
      if (task) {
        if ('report' in answer) task.resolve(answer.report);
        else task.reject(new Error(`the solver failed: ${answer.error}`));
      }
      dispatch();
    });
    const lost = (error: Error) => {
      const task = busy.get(worker);
      busy.delete(worker);
      const at = idle.indexOf(worker);
      if (at >= 0) idle.splice(at, 1);
      started--;
      task?.reject(error);
      dispatch();
    };
    worker.on('error', lost);
    worker.on('exit', (code) => {
      if (!closed) lost(new Error(`the solver thread stopped (exit ${code})`));
    });
    return worker;
  };

  return {
    solve(theCase, options, timeLimitMs) {
      if (closed) return Promise.reject(new Error('the solve pool is closed'));
      return new Promise((resolve, reject) => {
        waiting.push({ job: { id: ++nextId, theCase, options, timeLimitMs }, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const task of waiting.splice(0)) task.reject(new Error('the server is shutting down'));
      const all = [...idle, ...busy.keys()];
      for (const task of busy.values()) task.reject(new Error('the server is shutting down'));
      busy.clear();
      idle.length = 0;
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}
