// `npm run bench:compare`: speed of alignment + redline on the 28-point pair and on generated 2,000-provision
// documents (~200,000 words), the growth with size, and the ratio to `git diff --no-index --word-diff`.
// Prints numbers; asserts nothing (tests never assert on time).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareProposals } from '../src/compare/index.js';
import type { ComparableProvision } from '../src/compare/index.js';
import { segmentText } from '../src/text/index.js';
import { generate, type Generated } from './generate-revision.js';

/** Median wall-clock and CPU milliseconds after one warm-up run. CPU time is steadier on a shared machine. */
function timeIt<T>(run: () => T, repeat: number): { ms: number; cpu: number; result: T } {
  let result = run();
  const times: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < repeat; k++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    result = run();
    const cpu = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    cpus.push((cpu.user + cpu.system) / 1000);
  }
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
  return { ms: median(times), cpu: median(cpus), result };
}

interface CommandTime {
  wall: number;
  cpu?: number | undefined;
  rss?: number | undefined;
}

/** Whether GNU time (the `time` program, not the shell's keyword) is on the PATH. */
const hasGnuTime = spawnSync('time', ['-f', '%U', 'true']).status === 0;

/**
 * Median wall-clock time of a command over 3 runs, with its CPU time (user + system) and peak RSS when
 * GNU time is on the PATH (Debian's package `time`). Output is discarded.
 */
function timeCommand(command: string, args: string[]): CommandTime {
  const runs: CommandTime[] = [];
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    const run = hasGnuTime
      ? spawnSync('time', ['-f', 'parley-time %U %S %M', command, ...args], { maxBuffer: 1 << 28 })
      : spawnSync(command, args, { maxBuffer: 1 << 28 });
    const wall = performance.now() - start;
    const line = /parley-time ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr?.toString() ?? '');
    runs.push(
      line
        ? { wall, cpu: (Number(line[1]) + Number(line[2])) * 1000, rss: Number(line[3]) * 1024 }
        : { wall },
    );
  }
  return runs.sort((x, y) => x.wall - y.wall)[1]!;
}

const fixtures = new URL('../test/fixtures/compare/', import.meta.url);
const us28 = segmentText(readFileSync(new URL('us-28.md', fixtures), 'utf8')).provisions;
const e3 = segmentText(readFileSync(new URL('e3-counter.md', fixtures), 'utf8')).provisions;
const small = timeIt(() => compareProposals(us28, e3), 20);
console.log(
  `us-28 → e3-counter (52 → 38 provisions): ${small.ms.toFixed(1)} ms wall, ${small.cpu.toFixed(1)} ms CPU ` +
    '(median of 20), aligned and redlined',
);

console.log('\ngenerated pairs (median of 3 runs; quality against the generator’s own truth):');
const sizes = [250, 500, 1000, 2000];
const timings: number[] = [];
let big: Generated | undefined;
let bigWall = 0;
for (const n of sizes) {
  const g = generate(n, 42 + n);
  const words =
    g.a.reduce((s, p) => s + p.text.split(' ').length, 0) +
    g.b.reduce((s, p) => s + p.text.split(' ').length, 0);
  const rssBefore = process.memoryUsage().rss;
  const { ms, cpu, result } = timeIt(() => compareProposals(g.a, g.b), 3);
  const rss = process.memoryUsage().rss;
  const found = new Set(result.pairs.map((p) => `${p.from}→${p.to}`));
  const hits = [...found].filter((k) => g.truth.has(k)).length;
  console.log(
    `  ${String(n).padStart(4)} provisions per document, ${String(words).padStart(6)} words in the two: ${ms.toFixed(0).padStart(5)} ms wall, ${cpu.toFixed(0).padStart(5)} ms CPU, ` +
      `rss ${(rss / 1e6).toFixed(0)} MB (+${((rss - rssBefore) / 1e6).toFixed(0)}), ` +
      `precision ${(hits / found.size).toFixed(3)}, recall ${(hits / g.truth.size).toFixed(3)}`,
  );
  timings.push(cpu);
  bigWall = ms;
  big = g;
}
const exponent =
  Math.log(timings[timings.length - 1]! / timings[0]!) / Math.log(sizes[sizes.length - 1]! / sizes[0]!);
console.log(
  `  growth: CPU time ∝ n^${exponent.toFixed(2)} between ${sizes[0]} and ${sizes[sizes.length - 1]} provisions`,
);

// The same two 2,000-provision documents through git's word diff, for scale.
const dir = mkdtempSync(join(tmpdir(), 'parley-bench-'));
try {
  const write = (name: string, ps: ComparableProvision[]) => {
    const file = join(dir, name);
    writeFileSync(file, ps.map((p) => `${p.num}. ${p.text}\n`).join('\n'));
    return file;
  };
  const [fa, fb] = [write('a.md', big!.a), write('b.md', big!.b)];
  // bin/parley.js runs the sources through tsx when dist/ is older than them: time the build, as users run it.
  const built = spawnSync(process.execPath, ['scripts/build-cli.js'], { encoding: 'utf8' });
  if (built.status !== 0) throw new Error(`the CLI build failed:\n${built.stderr}`);
  const git = timeCommand('git', ['diff', '--no-index', '--word-diff', fa, fb]);
  const cli = timeCommand(process.execPath, ['bin/parley.js', 'compare', fa, fb, '--json']);
  const startUp = timeCommand(process.execPath, ['bin/parley.js', 'compare', '--help']);
  const show = (name: string, t: CommandTime) =>
    console.log(
      `  ${name.padEnd(44)} ${t.wall.toFixed(0).padStart(5)} ms wall, ${t.cpu === undefined ? '   ?' : t.cpu.toFixed(0).padStart(5)} ms CPU` +
        (t.rss === undefined ? '' : `, peak rss ${(t.rss / 1e6).toFixed(0)} MB`),
    );
  console.log('\nthe same 2,000-provision files from the command line (median of 3):');
  show('git diff --no-index --word-diff', git);
  show('parley compare --json', cli);
  show('parley compare --help (start-up alone)', startUp);
  const ratio = (x?: number, y?: number) => (x === undefined || !y ? '?' : (x / y).toFixed(1));
  console.log(
    `  parley/git: ${ratio(cli.cpu, git.cpu)}× by CPU, ${ratio(cli.wall, git.wall)}× by wall clock; ` +
      `in process (no start-up) ${ratio(timings[timings.length - 1], git.cpu)}× by CPU, ${ratio(bigWall, git.wall)}× by wall ` +
      '(git does less: a line diff with word colouring, no alignment)',
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
