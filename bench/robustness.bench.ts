// `npm run bench:robustness`: 10,000 samples of the demo case (issue 17) on 1 and on 2 worker threads —
// wall time, speed-up, CPU time of the main thread and of each worker thread, and memory (this process's peak
// RSS; the threads live in it). The pool is started and its threads warmed before the clock starts (a server
// does that once, when it starts); the run is timed in two parts, the solves on the workers and the summary
// on the main thread. Asserts nothing but that both runs give the same report. `--quick` draws 1,000
// samples; `--workers 1,2,3` chooses the pool sizes; `--nice 10` runs the threads niced as a server's are
// (by default they run at this process's priority, as `parley robustness --workers` runs them).
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { loadCase } from '../src/io/index.js';
import { createJobPool, runRobustness } from '../src/jobs/index.js';

const quick = process.argv.includes('--quick');
const samples = quick ? 1000 : 10_000;
const at = process.argv.indexOf('--workers');
const sizes = at > 0 ? process.argv[at + 1]!.split(',').map(Number) : [1, 2];
const niceAt = process.argv.indexOf('--nice');
const nice = niceAt > 0 ? Number(process.argv[niceAt + 1]) : 0;
const loaded = await loadCase('cases/ukraine-2025');
if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
const options = { samples, seed: 1, detailSamples: 100 };
const owner = { processId: 'bench', userId: 'bench' };

/** CPU seconds (user + system) of every thread of this process, by thread id (Linux; empty elsewhere). */
function threadCpu(): Map<string, number> {
  const found = new Map<string, number>();
  try {
    for (const tid of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.set(tid, (Number(fields[11]) + Number(fields[12])) / 100);
    }
  } catch {
    // not Linux: per-thread CPU is not reported
  }
  return found;
}
const seconds = (ms: number) => (ms / 1000).toFixed(1);

const runs: { workers: number; seconds: number; json: string }[] = [];
for (const workers of sizes) {
  const jobs = createJobPool({ threads: workers, warm: true, nice });
  // Warm-up: one empty chunk per thread, at once, so each thread has loaded the job code.
  await Promise.all(
    Array.from({ length: workers }, () =>
      jobs.run('robustness', { theCase: loaded.value, seed: 1, tasks: [] }, { owner }),
    ),
  );
  const cpuBefore = threadCpu();
  const started = performance.now();
  let solved = started;
  const report = await runRobustness(jobs, loaded.value, options, {
    owner,
    onProgress: (done, total) => {
      if (done === total) solved = performance.now();
    },
  });
  const ended = performance.now();
  const cpuAfter = threadCpu();
  await jobs.close();
  const used = [...cpuAfter].map(([tid, cpu]) => ({ tid, cpu: cpu - (cpuBefore.get(tid) ?? 0) }));
  const main = used.find((t) => t.tid === String(process.pid))?.cpu ?? 0;
  const others = used
    .filter((t) => t.tid !== String(process.pid))
    .sort((a, b) => b.cpu - a.cpu)
    .slice(0, workers);
  runs.push({ workers, seconds: (ended - started) / 1000, json: JSON.stringify(report) });
  console.log(
    `robustness, demo case, ${samples} samples + detail (${report.parameters.length} uncertain parameters), ` +
      `${workers} worker${workers === 1 ? '' : 's'} (nice ${nice}): ${seconds(ended - started)} s ` +
      `(solves ${seconds(solved - started)} s, summary ${seconds(ended - solved)} s); ` +
      `CPU main thread ${main.toFixed(1)} s, worker threads ${others.map((t) => t.cpu.toFixed(1)).join(' + ')} s; ` +
      `zone ${(report.zone * 100).toFixed(1)}%`,
  );
}
for (const run of runs.slice(1))
  console.log(
    `speed-up with ${run.workers} workers: ${(runs[0]!.seconds / run.seconds).toFixed(2)}× ` +
      `(same report as with ${runs[0]!.workers}: ${run.json === runs[0]!.json ? 'yes' : 'NO'})`,
  );
console.log(
  `peak memory (RSS, main process and its threads): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
console.log(
  `load average while measured: ${loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')} (1, 5, 15 min)`,
);
if (runs.some((run) => run.json !== runs[0]!.json)) process.exitCode = 1;
