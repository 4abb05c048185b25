import { expect, test } from 'vitest';
import { segmentText } from '../text/index.js';
import { defaultTuning } from './align-provisions.js';
import { compareProposals } from './compare-proposals.js';

const provisions = (text: string) => segmentText(text).provisions;

// Point 4 is folded into point 2, with point 3 between them: no group grown from neighbours holds both.
const a = provisions(
  [
    '1. The ceasefire along the whole line of contact starts at midnight.',
    '2. The International Committee of the Red Cross visits every place of detention without notice.',
    '3. Heavy artillery is withdrawn fifty kilometres from the line within a fortnight.',
    '4. Detainees held incommunicado are registered with the Red Cross by name and place.',
    '5. Disputes go to a joint commission chaired by the mediators.',
  ].join('\n\n'),
);
const b = provisions(
  [
    '1. A ceasefire holds along the whole line of contact from midnight.',
    '2. The Red Cross visits every place of detention without notice and registers each detainee by name and place, those held incommunicado included.',
    '3. Heavy artillery withdraws fifty kilometres from the line within a fortnight.',
    '4. A joint commission chaired by the mediators settles disputes.',
  ].join('\n\n'),
);

test('a point folded into a point that is not its neighbour joins that merge', () => {
  const pairs = compareProposals(a, b, { ...defaultTuning, strayContained: 0.3 }).pairs;
  expect(pairs.filter((p) => p.to === '2').map((p) => [p.from, p.kind])).toEqual([
    ['2', 'merged'],
    ['4', 'merged'],
  ]);
  expect(pairs.find((p) => p.from === '3')).toMatchObject({ to: '3' });
});

test('the same split the other way round; with the check off one part is lost', () => {
  const pairs = compareProposals(b, a, { ...defaultTuning, strayContained: 0.3 }).pairs;
  expect(pairs.filter((p) => p.from === '2').map((p) => [p.to, p.kind])).toEqual([
    ['2', 'split'],
    ['4', 'split'],
  ]);
  // Off, B's point 2 keeps only its best source (4, out of order) and 2 is lost.
  const off = compareProposals(a, b, { ...defaultTuning, strayContained: 2 }).pairs;
  expect(off.find((p) => p.from === '2')).toMatchObject({ to: null, kind: 'deleted' });
  expect(off.find((p) => p.from === '4')).toMatchObject({ to: '2', kind: 'moved' });
});
