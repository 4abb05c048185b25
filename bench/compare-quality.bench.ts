// `npm run bench:compare-quality`: precision, recall and F1 of the aligner on every labelled pair in
// test/fixtures/compare, each aligned both ways, and the totals over all pairs (micro-averaged). Prints numbers;
// asserts nothing.
import { compareProposals } from '../src/compare/index.js';
import { labelledCases, loadCase, scoreAlignment } from '../test/compare-labelled.js';

const verbose = process.argv.includes('--verbose');
let [found, hit, expected, recalled] = [0, 0, 0, 0];
console.log('pair (hand)'.padEnd(62) + 'precision  recall     F1  kinds');
for (const c of labelledCases) {
  for (const reversed of [false, true]) {
    const { a, b, expected: truth } = loadCase(c, reversed);
    const pairs = compareProposals(a, b).pairs;
    const s = scoreAlignment(pairs, truth);
    const name = reversed ? `${c.to} → ${c.from}` : `${c.from} → ${c.to}`;
    console.log(
      `${`${name} (${c.hand})`.padEnd(62)}${s.precision.toFixed(3).padStart(9)}${s.recall.toFixed(3).padStart(8)}` +
        `${s.f1.toFixed(3).padStart(7)}${s.kindAgreement.toFixed(2).padStart(7)}`,
    );
    if (verbose && s.missed.length > 0)
      console.log(`    missed ${s.missed.join(', ')}\n    extra ${s.extra.join(', ')}`);
    found += pairs.length;
    hit += pairs.length - s.extra.length;
    expected += truth.length;
    recalled += truth.length - s.missed.length;
  }
}
const [p, r] = [hit / found, recalled / expected];
console.log(
  `all pairs, both ways (micro-averaged): precision ${p.toFixed(3)}, recall ${r.toFixed(3)}, F1 ${((2 * p * r) / (p + r)).toFixed(3)}`,
);
