// `npm run bench:cli`: how long `parley` takes from the shell prompt to its answer, for `--help` and for
// `check` on the demo case, run from the build in dist/ (target: under 0.3 s each) and, for comparison,
// from the sources through tsx. Each is run several times; the median and the fastest wall time are printed,
// and the median CPU time (user + system of the whole process, which a busy machine inflates less), with
// the load average: on a shared machine the wall time says more about the neighbours than about Parley.
import { spawnSync } from 'node:child_process';
import type { SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { loadavg } from 'node:os';
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

// Each measured process writes its own CPU time (process.cpuUsage: everything since it started) to fd 3 as
// it exits, through a module loaded before the command.
const reportCpu =
  'data:text/javascript,' +
  encodeURIComponent(
    "import { writeSync } from 'node:fs'; process.on('exit', () => { const { user, system } = process.cpuUsage(); writeSync(3, String((user + system) / 1e6)); });",
  );

/** Wall and CPU times in seconds of `runs` runs of one command line, after one unmeasured warm-up run. */
function time(argv: string[]): { wall: number[]; cpu: number[] } {
  const command = ['--import', reportCpu, ...argv];
  const options: SpawnSyncOptionsWithStringEncoding = {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  };
  spawnSync(process.execPath, command, options);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    const child = spawnSync(process.execPath, command, options);
    if (child.status === null) throw new Error(`${argv.join(' ')} was killed`);
    wall.push((performance.now() - started) / 1000);
    cpu.push(Number(child.output[3]));
  }
  return { wall, cpu };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const cell = ({ wall, cpu }: { wall: number[]; cpu: number[] }) =>
  `${median(wall).toFixed(3)} (${Math.min(...wall).toFixed(3)}) cpu ${median(cpu).toFixed(3)}`;
const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
console.log(
  `CLI start-up, ${runs} runs each (seconds): median wall (fastest) and median CPU; load ${load()}`,
);
console.log('command'.padEnd(38) + 'built (dist)'.padEnd(28) + 'sources (tsx)');
console.log('node -e 0 (Node.js alone)'.padEnd(38) + cell(time(['-e', '0'])));
for (const { name, args } of commands) {
  const built = time(['bin/parley.js', ...args]);
  const sources = time([...fromSources, ...args]);
  console.log(name.padEnd(38) + cell(built).padEnd(28) + cell(sources));
}
console.log(`target: under 0.3 s for --help and check, built; load at the end ${load()}`);
