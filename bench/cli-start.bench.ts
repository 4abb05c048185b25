// `npm run bench:cli`: how long `parley` takes from the shell prompt to its answer, for `--help` and for
// `check` on the demo case, run from the build in dist/ (target: under 0.3 s each) and, for comparison,
// from the sources through tsx. Each is run several times; the median and the fastest are printed.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';

const runs = process.argv.includes('--quick') ? 3 : 9;
const build = spawnSync(process.execPath, ['scripts/build-cli.js'], { encoding: 'utf8' });
if (build.status !== 0) throw new Error(`the CLI build failed:\n${build.stderr}`);

const fromSources = [
  '--input-type=module',
  '-e',
  "const { register } = await import('tsx/esm/api'); register(); const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(process.argv.slice(1));",
  '--',
];
const commands: { name: string; args: string[] }[] = [
  { name: 'parley --help', args: ['--help'] },
  { name: 'parley check cases/ukraine-2025', args: ['check', 'cases/ukraine-2025'] },
  { name: 'parley validate cases/ukraine-2025', args: ['validate', 'cases/ukraine-2025'] },
];

/** Wall times in seconds of `runs` runs of one command line, after one unmeasured warm-up run. */
function time(argv: string[]): number[] {
  spawnSync(process.execPath, argv, { stdio: 'ignore' });
  return Array.from({ length: runs }, () => {
    const started = performance.now();
    const run = spawnSync(process.execPath, argv, { stdio: 'ignore' });
    if (run.status === null) throw new Error(`${argv.join(' ')} was killed`);
    return (performance.now() - started) / 1000;
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
console.log(`CLI start-up, ${runs} runs each (seconds): median (fastest)`);
console.log('command'.padEnd(38) + 'built (dist)'.padEnd(18) + 'sources (tsx)');
console.log('node -e 0 (Node.js alone)'.padEnd(38) + median(time(['-e', '0'])).toFixed(3));
for (const { name, args } of commands) {
  const built = time(['bin/parley.js', ...args]);
  const sources = time([...fromSources, ...args]);
  const cell = (values: number[]) => `${median(values).toFixed(3)} (${Math.min(...values).toFixed(3)})`;
  console.log(name.padEnd(38) + cell(built).padEnd(18) + cell(sources));
}
console.log('target: under 0.3 s for --help and check, built');
