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
  const git = timeIt(
    () => spawnSync('git', ['diff', '--no-index', '--word-diff', fa, fb], { maxBuffer: 1 << 28 }),
    3,
  );
  if (git.result.error) console.log(`\ngit diff could not run: ${git.result.error.message}`);
  else
    console.log(
      `\ngit diff --no-index --word-diff on the same 2,000-provision files: ${git.ms.toFixed(0)} ms; ` +
        `parley/git = ${(bigWall / git.ms).toFixed(1)} by wall clock, ${(timings[timings.length - 1]! / git.ms).toFixed(1)} ` +
        'with parley on CPU time (git does less: a line diff with word colouring, no alignment)',
    );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
