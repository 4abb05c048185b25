import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { labelledCases, loadCase, scoreAlignment } from '../../test/compare-labelled.test-support.js';
import { segmentText } from '../text/index.js';
import { compareProposals } from './compare-proposals.js';

const fixtures = new URL('../../test/fixtures/compare/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');

// The floor of precision and recall each labelled pair must keep, both ways round (merges become splits,
// deletions additions): the revisions the aligner was first built on, then the heavy rewrites and translations,
// each a little under what it scores now so that a regression shows. `npm run bench:compare-quality` prints
// every pair's scores and the leave-one-pair-out check of the tuning.
const floors: Record<string, number> = {
  'align-us28-e3': 0.95,
  'align-ceasefire': 0.95,
  'align-ru': 0.95,
  'align-us28-framework': 0.95,
  'align-us28-plain': 0.8,
  'align-humanitarian': 0.75,
  'align-ceasefire-ru': 0.95,
  'align-ceasefire-uk': 0.65,
  'align-ru-en': 0.95,
  'align-water': 0.7,
  'align-prisoners-ru-en': 0.4,
  'align-mines': 0.95,
  // Held out (written after the tuning, never tuned on): the floor guards against regressions only.
  'align-grain': 0.4,
  'align-elections-uk': 0.65,
  'align-gaza': 0.65,
  'align-nuclear-ru-en': 0.5,
  'align-detainees': 0.4,
  'align-energy-ru': 0.5,
  'align-ports': 0.75,
  // Sealed (written and scored before the third round's first change, scored again only at its end): their
  // misses are not printed, so that tuning keeps not seeing them.
  'align-monitoring': 0.55,
  'align-returns': 0.55,
  'align-fund': 0.95,
  'align-transport-ru-en': 0.65,
};

for (const c of labelledCases) {
  const floor = floors[c.truth];
  if (floor === undefined) continue;
  for (const reversed of [false, true]) {
    const [x, y] = reversed ? [c.to, c.from] : [c.from, c.to];
    test(`aligning ${x} with ${y} (${c.hand}) finds the labelled pairs with precision and recall of at least ${floor}`, async () => {
      const { a, b, expected } = await loadCase(c, reversed);
      const result = scoreAlignment(compareProposals(a, b).pairs, expected);
      console.log(
        `${x} → ${y}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}, ` +
          `kind agreement ${result.kindAgreement.toFixed(3)}` +
          (result.missed.length > 0 && c.sealed !== true ? `; missed ${result.missed.join(', ')}` : ''),
      );
      expect(result.precision).toBeGreaterThanOrEqual(floor);
      expect(result.recall).toBeGreaterThanOrEqual(floor);
    });
  }
}

test('the E3 counter-proposal shows point 3 deleted, the army cap raised and the NATO clause rewritten', () => {
  const pairs = compareProposals(
    segmentText(read('us-28.md')).provisions,
    segmentText(read('e3-counter.md')).provisions,
  ).pairs;
  expect(pairs.find((p) => p.from === '3')).toMatchObject({ to: null, kind: 'deleted' });
  const cap = pairs.find((p) => p.from === '6')!;
  expect(cap.redline.filter((o) => o.op !== 'equal')).toEqual([
    { op: 'delete', text: '600,000' },
    { op: 'insert', text: '800,000' },
    { op: 'insert', text: ' in peacetime' },
  ]);
  expect(pairs.find((p) => p.from === '7')).toMatchObject({ to: '7', kind: 'modified' });
});
