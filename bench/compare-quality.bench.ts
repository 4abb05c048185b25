// `npm run bench:compare-quality`: precision, recall and F1 of the aligner on every labelled pair in
// test/fixtures/compare, each aligned both ways, and the totals (micro-averaged). Then the tuning check: every
// setting of a small grid (feature weights and the two pairing thresholds) is scored, and for each labelled pair
// the setting that does best on the *other* pairs is scored on that pair alone (leave one pair out), so the
// numbers say how the tuning does on a text it was not chosen on. The held-out pairs (`heldOut` in
// test/compare-labelled.test-support.ts) never take part in choosing: each is scored with the setting best on all the others
// that are not held out. Prints numbers; asserts nothing. `--verbose` lists the missed and extra pairs of the
// pairs that are not held out (`--show-held-out` those too); `--quick` skips the grid. The sealed pairs (`sealed`:
// held out and kept out of sight while the aligner changes) are scored only with `--sealed`.
import { compareProposals, defaultTuning, type AlignTuning } from '../src/compare/index.js';
import {
  labelledCases,
  loadCase,
  scoreAlignment,
  type LabelledCase,
} from '../test/compare-labelled.test-support.js';

interface Tally {
  found: number;
  hit: number;
  expected: number;
  recalled: number;
}

const verbose = process.argv.includes('--verbose');
const showHeldOut = process.argv.includes('--show-held-out');
const quick = process.argv.includes('--quick');
const withSealed = process.argv.includes('--sealed');
const prepared = await Promise.all(
  labelledCases
    .filter((c) => withSealed || c.sealed !== true)
    .map(async (c) => ({ c, sides: await Promise.all([loadCase(c, false), loadCase(c, true)]) })),
);

/** Scores one labelled pair, both ways round, under one tuning. */
function tally(index: number, tuning: AlignTuning): Tally {
  const t: Tally = { found: 0, hit: 0, expected: 0, recalled: 0 };
  for (const { a, b, expected } of prepared[index]!.sides) {
    const pairs = compareProposals(a, b, tuning).pairs;
    const s = scoreAlignment(pairs, expected);
    t.found += pairs.length;
    t.hit += pairs.length - s.extra.length;
    t.expected += expected.length;
    t.recalled += expected.length - s.missed.length;
  }
  return t;
}

const f1 = (ts: readonly Tally[]): { precision: number; recall: number; f1: number } => {
  const sum = ts.reduce((s, t) => ({
    found: s.found + t.found,
    hit: s.hit + t.hit,
    expected: s.expected + t.expected,
    recalled: s.recalled + t.recalled,
  }));
  const [precision, recall] = [sum.hit / Math.max(1, sum.found), sum.recalled / Math.max(1, sum.expected)];
  return {
    precision,
    recall,
    f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
  };
};

const short = (name: string): string => name.split('/').pop()!;
const nameOf = (c: LabelledCase, reversed: boolean): string =>
  reversed ? `${short(c.to)} → ${short(c.from)}` : `${short(c.from)} → ${short(c.to)}`;

console.log(`with the shipped tuning ${JSON.stringify(defaultTuning)}:`);
console.log('pair (hand)'.padEnd(66) + 'precision  recall     F1  kinds');
const shipped: Tally[] = [];
prepared.forEach(({ c, sides }, index) => {
  sides.forEach(({ a, b, expected }, way) => {
    const s = scoreAlignment(compareProposals(a, b).pairs, expected);
    console.log(
      `${`${nameOf(c, way === 1)} (${c.hand})`.padEnd(66)}${s.precision.toFixed(3).padStart(9)}` +
        `${s.recall.toFixed(3).padStart(8)}${s.f1.toFixed(3).padStart(7)}${s.kindAgreement.toFixed(2).padStart(7)}`,
    );
    if (verbose && (showHeldOut || !c.heldOut) && s.missed.length + s.extra.length > 0)
      console.log(`    missed ${s.missed.join(', ')}\n    extra ${s.extra.join(', ')}`);
  });
  shipped.push(tally(index, defaultTuning));
});
const isHeldOut = (index: number): boolean => prepared[index]!.c.heldOut === true;
const report = (what: string, ts: readonly Tally[]): void => {
  const s = f1(ts);
  console.log(
    `${what}: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}, F1 ${s.f1.toFixed(3)}`,
  );
};
report(
  'pairs tuned on, both ways (micro-averaged)',
  shipped.filter((_, k) => !isHeldOut(k)),
);
report(
  'held-out pairs, both ways',
  shipped.filter((_, k) => isHeldOut(k)),
);
if (withSealed)
  report(
    'sealed pairs, both ways',
    shipped.filter((_, k) => prepared[k]!.c.sealed === true),
  );
report('all pairs, both ways', shipped);
if (quick) process.exit(0);

// The grid: the shipped tuning is one of its points. Code weight, minMove and familyContained stay at the
// previous round's choice (0.6, 0.3, 0.15) so that the two new choices (mutualMove, strayContained) keep the grid
// at 128 settings.
const grid: AlignTuning[] = [];
for (const concepts of [0, 0.3])
  for (const grams of [0.5, 1])
    for (const noCounterpart of [0.15, 0.2])
      for (const relativeCost of [0.4, 1])
        for (const adjacency of [0.1, 0.2])
          for (const mutualMove of [0.1, 0.3])
            for (const strayContained of [0.3, 2])
              for (const loneGap of [0.02, 2])
                grid.push({
                  ...defaultTuning,
                  weights: { ...defaultTuning.weights, concepts, grams },
                  noCounterpart,
                  relativeCost,
                  adjacency,
                  mutualMove,
                  strayContained,
                  loneGap,
                });
const sameTuning = (x: AlignTuning, y: AlignTuning): boolean =>
  (Object.keys(x.weights) as (keyof AlignTuning['weights'])[]).every((k) => x.weights[k] === y.weights[k]) &&
  (Object.keys(x) as (keyof AlignTuning)[]).every((k) => k === 'weights' || x[k] === y[k]);
if (!grid.some((t) => sameTuning(t, defaultTuning)))
  console.log('(the shipped tuning is not a point of the grid)');
const table = grid.map((tuning) => prepared.map((_, index) => tally(index, tuning)));

console.log(
  `\nleave one pair out over ${grid.length} settings (each pair scored with the setting best on the others):`,
);
const leftOut: Tally[] = [];
prepared.forEach(({ c }, index) => {
  let best = 0;
  let bestF1 = -1;
  table.forEach((row, g) => {
    // A text pair labelled once but scored twice (plain and coded) is left out as a whole.
    const score = f1(row.filter((_, k) => prepared[k]!.c.truth !== c.truth && !isHeldOut(k))).f1;
    if (score > bestF1 + 1e-9) [best, bestF1] = [g, score];
  });
  const s = f1([table[best]![index]!]);
  leftOut.push(table[best]![index]!);
  const { weights, noCounterpart, relativeCost, adjacency, mutualMove, strayContained, loneGap } =
    grid[best]!;
  console.log(
    `${`${nameOf(c, false)} (${c.hand})`.padEnd(66)}F1 ${s.f1.toFixed(3)} ${c.heldOut ? 'held-out pair' : 'left out'} ` +
      `(concepts ${weights.concepts}, grams ${weights.grams}, codes ${weights.codes}, noCounterpart ${noCounterpart}, ` +
      `relative ${relativeCost}, adjacency ${adjacency}, mutualMove ${mutualMove}, stray ${strayContained}, ` +
      `loneGap ${loneGap}; ` +
      `others ${bestF1.toFixed(3)})`,
  );
});
report(
  'pairs tuned on, each left out',
  leftOut.filter((_, k) => !isHeldOut(k)),
);
report(
  'held-out pairs, each with the setting best on the pairs tuned on',
  leftOut.filter((_, k) => isHeldOut(k)),
);
if (withSealed)
  report(
    'sealed pairs, each with the setting best on the pairs tuned on',
    leftOut.filter((_, k) => prepared[k]!.c.sealed === true),
  );
report('all pairs, each held out', leftOut);
const bestAll = table.map((row) => f1(row.filter((_, k) => !isHeldOut(k))).f1);
const top = bestAll.indexOf(Math.max(...bestAll));
console.log(
  `best setting on the pairs tuned on: ${JSON.stringify(grid[top])} (F1 ${bestAll[top]!.toFixed(3)})`,
);
