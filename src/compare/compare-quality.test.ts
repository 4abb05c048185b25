import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { segmentText } from '../text/index.js';
import { compareProposals } from './compare-proposals.js';

// Labelled pairs: `<from>.md`, `<to>.md` and the expected alignment `align-*.json` (pairs of from/to/kind).
const fixtures = new URL('../../test/fixtures/compare/', import.meta.url);
const labelled = [
  { from: 'us-28', to: 'e3-counter', truth: 'align-us28-e3' },
  { from: 'ceasefire-a', to: 'ceasefire-b', truth: 'align-ceasefire' },
  { from: 'ru-a', to: 'ru-b', truth: 'align-ru' },
  { from: 'us-28', to: 'framework-19', truth: 'align-us28-framework' },
];

interface LabelledPair {
  from: string | null;
  to: string | null;
  kind: string;
}

const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const keyOf = (p: LabelledPair) => `${p.from ?? '∅'} → ${p.to ?? '∅'}`;

/** Precision and recall of (from, to) pairs, deleted and added ones included, and kind agreement on the hits. */
function score(found: LabelledPair[], expected: LabelledPair[]) {
  const truth = new Map(expected.map((p) => [keyOf(p), p.kind]));
  const hits = found.filter((p) => truth.has(keyOf(p)));
  const foundKeys = new Set(found.map(keyOf));
  return {
    precision: hits.length / Math.max(1, found.length),
    recall: expected.filter((p) => foundKeys.has(keyOf(p))).length / Math.max(1, expected.length),
    kindAgreement: hits.filter((p) => truth.get(keyOf(p)) === p.kind).length / Math.max(1, hits.length),
    missed: expected.filter((p) => !foundKeys.has(keyOf(p))).map(keyOf),
  };
}

for (const { from, to, truth } of labelled) {
  test(`aligning ${from} with ${to} finds the labelled pairs with precision and recall of at least 0.95`, () => {
    const a = segmentText(read(`${from}.md`)).provisions;
    const b = segmentText(read(`${to}.md`)).provisions;
    const expected = (JSON.parse(read(`${truth}.json`)) as { pairs: LabelledPair[] }).pairs;
    const result = score(compareProposals(a, b).pairs, expected);
    console.log(
      `${from} → ${to}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}, ` +
        `kind agreement ${result.kindAgreement.toFixed(3)}` +
        (result.missed.length > 0 ? `; missed ${result.missed.join(', ')}` : ''),
    );
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });
}

const reversedKind: Record<string, string> = {
  merged: 'split',
  split: 'merged',
  deleted: 'added',
  added: 'deleted',
};

for (const { from, to, truth } of labelled) {
  test(`aligning ${to} back to ${from} finds the mirrored pairs (merges as splits) just as well`, () => {
    const a = segmentText(read(`${to}.md`)).provisions;
    const b = segmentText(read(`${from}.md`)).provisions;
    const expected = (JSON.parse(read(`${truth}.json`)) as { pairs: LabelledPair[] }).pairs.map((p) => ({
      from: p.to,
      to: p.from,
      kind: reversedKind[p.kind] ?? p.kind,
    }));
    const result = score(compareProposals(a, b).pairs, expected);
    console.log(
      `${to} → ${from}: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}, ` +
        `kind agreement ${result.kindAgreement.toFixed(3)}`,
    );
    expect(result.precision).toBeGreaterThanOrEqual(0.95);
    expect(result.recall).toBeGreaterThanOrEqual(0.95);
  });
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
