// `npm run bench`: every benchmark in turn, each in its own process so one's memory peak does not
// colour the next one's numbers. Arguments (e.g. `--quick`) are passed on to each.
import { spawnSync } from 'node:child_process';

const benches = [
  'bench/compare.bench.ts',
  'bench/solve.bench.ts',
  'bench/server.bench.ts',
  'bench/documents.bench.ts',
  'bench/archive.bench.ts',
  'bench/robustness.bench.ts',
  'bench/suggest.bench.ts',
  'bench/cli-start.bench.ts',
];
let failed = 0;
for (const bench of benches) {
  process.stdout.write(`\n== ${bench}\n`);
  const run = spawnSync(process.execPath, ['bin/run-ts.js', bench, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  if (run.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
