import fc from 'fast-check';
import { expect, test } from 'vitest';
import { compareProposals } from './compare-proposals.js';
import { defaultTuning } from './align-provisions.js';
import { segmentText } from '../text/index.js';
import type { ComparableProvision, ProvisionPair } from './comparison.js';

const doc = (...texts: string[]): ComparableProvision[] =>
  texts.map((text, k) => ({ num: String(k + 1), text }));
const brief = (pairs: ProvisionPair[]) => pairs.map((p) => [p.from, p.to, p.kind]);

function expectEveryProvisionCovered(
  a: ComparableProvision[],
  b: ComparableProvision[],
  pairs: ProvisionPair[],
): void {
  expect(new Set(pairs.map((p) => p.from).filter((n) => n !== null))).toEqual(new Set(a.map((p) => p.num)));
  expect(new Set(pairs.map((p) => p.to).filter((n) => n !== null))).toEqual(new Set(b.map((p) => p.num)));
}

test('two empty documents have nothing to pair', () => {
  expect(compareProposals([], [])).toEqual({ pairs: [] });
});

test('against an empty document every provision is deleted, or added', () => {
  const a = doc('A ceasefire along the line of contact.', 'Prisoners are exchanged.');
  expect(brief(compareProposals(a, []).pairs)).toEqual([
    ['1', null, 'deleted'],
    ['2', null, 'deleted'],
  ]);
  expect(brief(compareProposals([], a).pairs)).toEqual([
    [null, '1', 'added'],
    [null, '2', 'added'],
  ]);
});

test('a bare point over its sub-points, with no words of its own, pairs with its unchanged counterpart', () => {
  const a: ComparableProvision[] = [
    { num: '10', text: '' },
    { num: '10a', parent: '10', text: 'the US receives compensation;' },
    { num: '11', text: 'The' },
  ];
  expect(brief(compareProposals(a, a).pairs)).toEqual([
    ['10', '10', 'same'],
    ['10a', '10a', 'same'],
    ['11', '11', 'same'],
  ]);
});

test('identical documents pair every provision with itself as same, similarity 1', () => {
  const a = doc('A ceasefire along the line of contact.', 'Prisoners are exchanged all for all.');
  const { pairs } = compareProposals(a, a);
  expect(brief(pairs)).toEqual([
    ['1', '1', 'same'],
    ['2', '2', 'same'],
  ]);
  expect(pairs.every((p) => p.similarity === 1)).toBe(true);
});

test('completely unrelated documents are all deletions and additions, even with the same numbers', () => {
  const a = doc('Heavy weapons are withdrawn fifteen kilometres.', 'Grain ships pass the Black Sea freely.');
  const b = doc('The football league admits new clubs.', 'Tax returns are filed in April.');
  expect(
    compareProposals(a, b)
      .pairs.map((p) => p.kind)
      .sort(),
  ).toEqual(['added', 'added', 'deleted', 'deleted']);
});

test('renumbering alone is not a change: a provision that lost its number to a deletion is still the same', () => {
  const a = doc('Ceasefire from midnight.', 'Amnesty for all combatants.', 'Elections within 100 days.');
  const b = doc('Ceasefire from midnight.', 'Elections within 100 days.');
  expect(brief(compareProposals(a, b).pairs)).toEqual([
    ['1', '1', 'same'],
    ['2', null, 'deleted'],
    ['3', '2', 'same'],
  ]);
});

test('a provision moved and reworded is one moved pair, not a deletion and an addition', () => {
  const a = doc(
    'The IAEA oversees the restart of the Zaporizhzhia nuclear plant.',
    'Grain shipping across the Black Sea is guaranteed.',
    'Prisoners and bodies are exchanged all for all.',
  );
  const b = doc(
    'Prisoners and bodies are exchanged on an all-for-all basis.',
    'The IAEA oversees the restart of the Zaporizhzhia nuclear plant.',
    'Grain shipping across the Black Sea is guaranteed.',
  );
  const moved = compareProposals(a, b).pairs.find((p) => p.from === '3');
  expect(moved).toMatchObject({ to: '1', kind: 'moved' });
  expect(moved!.redline.some((o) => o.op === 'insert')).toBe(true);
});

test('a document with no numbering, segmented into paragraphs p1, p2…, still aligns by content', () => {
  const a: ComparableProvision[] = [
    { num: 'p1', text: 'A ceasefire takes effect at midnight.' },
    { num: 'p2', text: 'Prisoners are exchanged all for all.' },
  ];
  const b = doc('Prisoners are exchanged all for all.', 'A ceasefire takes effect at midnight on Sunday.');
  const pairs = compareProposals(a, b).pairs;
  expect(pairs.find((p) => p.from === 'p2')?.to).toBe('1');
  expect(pairs.find((p) => p.from === 'p1')?.to).toBe('2');
});

test('mixed Latin and Cyrillic text aligns, and a changed figure shows in the redline', () => {
  const a = doc('NATO и Украина: армия 600 000 человек.', 'Выборы в течение 100 дней.');
  const b = doc('NATO и Украина: армия 800 000 человек.', 'Выборы в течение 100 дней.');
  const [first, second] = compareProposals(a, b).pairs;
  expect(first).toMatchObject({ from: '1', to: '1', kind: 'modified' });
  expect(first!.redline).toContainEqual({ op: 'delete', text: '600 000' });
  expect(second).toMatchObject({ kind: 'same' });
});

test('a very long single provision compares without trouble', () => {
  const long = Array.from({ length: 30_000 }, (_, k) => `clause${k % 997} term${k}`).join(' ');
  const { pairs } = compareProposals(doc(long), doc(long + ' Signed in Geneva.'));
  expect(brief(pairs)).toEqual([['1', '1', 'modified']]);
  expect(pairs[0]!.redline.at(-1)).toEqual({ op: 'insert', text: ' Signed in Geneva.' });
});

test('sub-points folded into their chapeau are merged, one pair per source', () => {
  const a: ComparableProvision[] = [
    { num: '24', text: 'A humanitarian committee is set up:' },
    { num: '24a', parent: '24', text: 'prisoners are exchanged all for all;' },
    { num: '24b', parent: '24', text: 'civilian detainees and hostages are returned.' },
  ];
  const b: ComparableProvision[] = [
    {
      num: '24',
      text: 'A humanitarian committee is set up: prisoners are exchanged all for all; civilian detainees and hostages are returned.',
    },
  ];
  const { pairs } = compareProposals(a, b);
  expect(brief(pairs)).toEqual([
    ['24', '24', 'merged'],
    ['24a', '24', 'merged'],
    ['24b', '24', 'merged'],
  ]);
  expect(pairs[0]!.group).toEqual(['24', '24a', '24b']);
});

test('every provision of A is a from and every provision of B a to, whatever the documents', () => {
  const sentence = fc
    .array(
      fc.constantFrom(
        'army',
        'cap',
        'NATO',
        'ceasefire',
        'мир',
        'граница',
        '600,000',
        'prisoners',
        'the',
        'grain',
      ),
      {
        minLength: 0,
        maxLength: 8,
      },
    )
    .map((w) => w.join(' '));
  fc.assert(
    fc.property(fc.array(sentence, { maxLength: 8 }), fc.array(sentence, { maxLength: 8 }), (x, y) => {
      const [a, b] = [doc(...x), doc(...y)];
      const { pairs } = compareProposals(a, b);
      expectEveryProvisionCovered(a, b, pairs);
      for (const p of pairs) expect(p.similarity).toBeGreaterThanOrEqual(0);
      for (const p of pairs) expect(p.similarity).toBeLessThanOrEqual(1);
    }),
  );
});

test('the same input always gives the same output', () => {
  const a = doc('Ceasefire now.', 'Prisoners exchanged.', 'Elections soon.');
  const b = doc('Elections soon after signature.', 'Ceasefire now.');
  expect(compareProposals(a, b)).toEqual(compareProposals(a, b));
});

test('coded proposals get an issue-level change summary', () => {
  const a: ComparableProvision[] = [
    { num: '6', text: 'capped at 600,000', codes: [{ issue: 'military.cap', option: 'cap-600k' }] },
  ];
  const b: ComparableProvision[] = [
    { num: '6', text: 'capped at 800,000', codes: [{ issue: 'military.cap', option: 'cap-800k' }] },
  ];
  expect(compareProposals(a, b).issues).toEqual([
    {
      issue: 'military.cap',
      change: 'changed',
      from: 'cap-600k',
      to: 'cap-800k',
      fromProvisions: ['6'],
      toProvisions: ['6'],
    },
  ]);
});

test('a weak pair out of order is a move only when each side is the other’s best candidate and mutualMove allows it', () => {
  const a = segmentText(
    '1. A ceasefire holds along the line of contact from midnight.\n\n2. Heavy artillery is withdrawn fifty kilometres within a fortnight.\n\n3. Prisoners of war are exchanged on the principle of all for all under Red Cross supervision.',
  ).provisions;
  const b = segmentText(
    '1. Every captured soldier goes home in one prisoner exchange that neutral observers watch closely.\n\n2. A ceasefire holds along the line of contact from midnight.\n\n3. Heavy artillery is withdrawn fifty kilometres within a fortnight.',
  ).provisions;
  const moved = compareProposals(a, b, { ...defaultTuning, mutualMove: 0.1 }).pairs.find(
    (p) => p.from === '3',
  );
  expect(moved).toMatchObject({ to: '1', kind: 'moved' });
  expect(moved!.similarity).toBeLessThan(0.3);
  const apart = compareProposals(a, b, { ...defaultTuning, mutualMove: 0.3 }).pairs.find(
    (p) => p.from === '3',
  );
  expect(apart).toMatchObject({ to: null, kind: 'deleted' });
});
