// `npm run bench:robustness`: 10,000 samples of the demo case (issue 17) on 1 and on 2 worker threads —
// wall time, speed-up, and memory (this process's peak RSS; the threads live in it). Asserts nothing but
// that both runs give the same report. `--quick` draws 1,000 samples.
import { loadCase } from '../src/io/index.js';
import { createJobPool, runRobustness } from '../src/jobs/index.js';

const quick = process.argv.includes('--quick');
const samples = quick ? 1000 : 10_000;
const loaded = await loadCase('cases/ukraine-2025');
if (!loaded.ok) throw new Error(loaded.errors.map((e) => `${e.file}:${e.line}: ${e.message}`).join('\n'));
const options = { samples, seed: 1, detailSamples: 100 };

const runs: { workers: number; seconds: number; json: string }[] = [];
for (const workers of [1, 2]) {
  const started = performance.now();
  const jobs = createJobPool({ threads: workers, warm: true });
  const report = await runRobustness(jobs, loaded.value, options, {
    owner: { processId: 'bench', userId: 'bench' },
  }).finally(() => jobs.close());
  const seconds = (performance.now() - started) / 1000;
  runs.push({ workers, seconds, json: JSON.stringify(report) });
  console.log(
    `robustness, demo case, ${samples} samples + detail (${report.parameters.length} uncertain parameters), ` +
      `${workers} worker${workers === 1 ? '' : 's'}: ${seconds.toFixed(1)} s; zone ${(report.zone * 100).toFixed(1)}%`,
  );
}
console.log(`speed-up with 2 workers: ${(runs[0]!.seconds / runs[1]!.seconds).toFixed(2)}×`);
console.log(`same report with 1 and 2 workers: ${runs[0]!.json === runs[1]!.json ? 'yes' : 'NO'}`);
console.log(
  `peak memory (RSS, main process and its threads): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
);
if (runs[0]!.json !== runs[1]!.json) process.exitCode = 1;
