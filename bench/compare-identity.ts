// `node bin/run-ts.js bench/compare-identity.ts --save <dir>` then, after a change meant to make comparing
// faster without changing what it says, `… --check <dir>`: every output of the compare layer byte for byte —
// `compareProposals` as JSON on the demo case's proposals (every ordered pair), on each labelled pair of
// test/fixtures/compare (both ways round) and on generated documents of 250 and 2,000 provisions, and the
// CLI's `--json`, `--html` and plain output on the 2,000-provision pair. Prints the first difference of each
// output that changed and exits 1 when any did. A speed change must leave all of them identical.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compareProposals, type ComparableProvision } from '../src/compare/index.js';
import { loadCase as loadCaseFolder } from '../src/io/index.js';
import { labelledCases, loadCase } from '../test/compare-labelled.test-support.js';
import { generate } from './generate-revision.js';

const [mode, dir] = process.argv.slice(2);
if ((mode !== '--save' && mode !== '--check') || dir === undefined) {
  console.error('usage: node bin/run-ts.js bench/compare-identity.ts --save <dir> | --check <dir>');
  process.exit(2);
}

/** Every output to compare, by name, produced one at a time so that memory stays that of one comparison. */
async function* outputs(): AsyncGenerator<[string, string]> {
  const compared = (a: readonly ComparableProvision[], b: readonly ComparableProvision[]) =>
    JSON.stringify(compareProposals(a, b));
  const demo = await loadCaseFolder('cases/ukraine-2025');
  if (!demo.ok) throw new Error('the demo case does not load');
  for (const x of demo.value.proposals)
    for (const y of demo.value.proposals)
      if (x !== y) yield [`demo-${x.id}-${y.id}`, compared(x.provisions, y.provisions)];
  for (const [k, c] of labelledCases.entries())
    for (const reversed of [false, true]) {
      const { a, b } = await loadCase(c, reversed);
      yield [`labelled-${k}-${c.truth}${reversed ? '-reversed' : ''}`, compared(a, b)];
    }
  for (const n of [250, 2000]) {
    const g = generate(n, 42 + n);
    yield [`generated-${n}`, compared(g.a, g.b)];
  }
  const files = mkdtempSync(join(tmpdir(), 'parley-identity-'));
  try {
    const g = generate(2000, 42 + 2000);
    const write = (name: string, ps: ComparableProvision[]) => {
      const file = join(files, name);
      writeFileSync(file, ps.map((p) => `${p.num}. ${p.text}\n`).join('\n'));
      return file;
    };
    const [fa, fb] = [write('a.md', g.a), write('b.md', g.b)];
    for (const option of ['--json', '--html', '--side-by-side', '']) {
      const args = ['bin/parley.js', 'compare', fa, fb, ...(option ? [option] : [])];
      const run = spawnSync(process.execPath, args, { maxBuffer: 1 << 30, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`parley compare ${option} failed:\n${run.stderr}`);
      // The HTML page is titled by the file names, which are temporary: the title is left out.
      yield [`cli-2000${option.replace(/^-*/, '-')}`, run.stdout.replaceAll(files, '<dir>')];
    }
  } finally {
    rmSync(files, { recursive: true, force: true });
  }
}

mkdirSync(dir, { recursive: true });
let changed = 0;
let count = 0;
for await (const [name, text] of outputs()) {
  count += 1;
  const file = join(dir, `${name}.out`);
  if (mode === '--save') {
    writeFileSync(file, text);
    continue;
  }
  if (!existsSync(file)) {
    // An output added since the save (a new labelled pair) has nothing to be compared with.
    console.log(`${name}: new, not saved before`);
    continue;
  }
  const before = readFileSync(file, 'utf8');
  if (before === text) continue;
  changed += 1;
  let at = 0;
  while (at < before.length && before[at] === text[at]) at++;
  console.log(`${name}: differs at character ${at} (lengths ${before.length} → ${text.length})`);
  console.log(`  before: …${before.slice(Math.max(0, at - 80), at + 120)}…`);
  console.log(`  after:  …${text.slice(Math.max(0, at - 80), at + 120)}…`);
}
console.log(
  mode === '--save'
    ? `${count} outputs saved in ${dir}`
    : `${count - changed} of ${count} outputs identical${changed ? `; ${changed} changed` : ''}`,
);
process.exitCode = changed ? 1 : 0;
