import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { segmentText } from '../text/index.js';
import type { ComparableProvision } from './comparison.js';
import { mergeProposals } from './merge-proposals.js';
import { renderMergeMarkdown } from './render-merge.js';

const fixtures = new URL('../../test/fixtures/compare/', import.meta.url);
const read = (name: string) => segmentText(readFileSync(new URL(name, fixtures), 'utf8')).provisions;
const doc = (...texts: string[]): ComparableProvision[] =>
  texts.map((text, k) => ({ num: String(k + 1), text }));

// us-ua-revision.md is an invented revision of the US plan (the Geneva text was never published).
const merged = mergeProposals(
  read('us-28.md'),
  { name: 'e3-counter', provisions: read('e3-counter.md') },
  { name: 'us-ua', provisions: read('us-ua-revision.md') },
);
const at = (num: string) => merged.blocks.find((b) => b.num === num);

test('a change made by one revision only is taken', () => {
  expect(at('14')).toMatchObject({ source: 'a' });
  expect(at('3')).toBeUndefined(); // deleted by the E3, kept by us-ua
  expect(at('24')).toMatchObject({
    source: 'a',
    text: expect.stringContaining(
      'humanitarian committee is set up to deal with outstanding issues: all remaining',
    ),
  });
});

test('rewordings of different words of one provision are merged word by word', () => {
  expect(at('9')).toEqual({
    num: '9',
    text: 'NATO fighter aircraft are to be based in Poland and Romania.',
    source: 'both',
  });
});

test('a deletion against a rewording is a conflict that keeps the base and both variants with their authors', () => {
  expect(at('6')).toEqual({
    num: '6',
    text: null,
    source: 'conflict',
    conflict: {
      base: "Ukraine's armed forces are capped at 600,000 personnel.",
      variants: [
        {
          author: 'e3-counter',
          nums: ['6'],
          text: "Ukraine's armed forces are capped at 800,000 personnel in peacetime.",
        },
        { author: 'us-ua', nums: [], text: null },
      ],
    },
  });
  expect(merged.conflicts).toBe(3);
});

test('the Markdown marks each conflict readably under its number', () => {
  const markdown = renderMergeMarkdown(merged, 'US plan, merged');
  expect(markdown).toContain('3 conflicts to settle');
  expect(markdown).toContain(
    "6. **Conflict**: the revisions disagree here.\n   > base: Ukraine's armed forces are capped at 600,000 personnel.",
  );
  expect(markdown).toContain('   > **us-ua**: *deletes this provision*');
  expect(markdown).toContain('\n    a. the US receives compensation');
});

test('provisions added by either revision come after the provision they follow, the same addition once', () => {
  const base = doc('Ceasefire at midnight.', 'Elections within 100 days.');
  const a = doc(
    'Ceasefire at midnight.',
    'Prisoners are exchanged all for all.',
    'Elections within 100 days.',
  );
  const b = doc(
    'Ceasefire at midnight.',
    'Prisoners are exchanged all for all.',
    'Elections within 100 days.',
  );
  const result = mergeProposals(base, { name: 'a', provisions: a }, { name: 'b', provisions: b });
  expect(result.blocks.map((k) => [k.text, k.source])).toEqual([
    ['Ceasefire at midnight.', 'base'],
    ['Prisoners are exchanged all for all.', 'a'],
    ['Elections within 100 days.', 'base'],
  ]);
});

test('merging a base with two unchanged copies gives the base back', () => {
  const base = doc('Ceasefire at midnight.', 'Elections within 100 days.');
  const result = mergeProposals(base, { name: 'a', provisions: base }, { name: 'b', provisions: base });
  expect(result).toEqual({ blocks: base.map((p) => ({ ...p, source: 'base' })), conflicts: 0 });
});

test('empty documents merge to nothing', () => {
  expect(mergeProposals([], { name: 'a', provisions: [] }, { name: 'b', provisions: [] })).toEqual({
    blocks: [],
    conflicts: 0,
  });
});

test('a split made by one revision is taken whole when the other kept the provision, and a conflict when it changed it', () => {
  const base = doc(
    'Ceasefire at midnight.',
    'Prisoners are exchanged all for all under Red Cross supervision within thirty days.',
  );
  const split = doc(
    'Ceasefire at midnight.',
    'Prisoners are exchanged all for all.',
    'The exchange happens under Red Cross supervision within thirty days.',
  );
  const clean = mergeProposals(base, { name: 'a', provisions: split }, { name: 'b', provisions: base });
  expect(clean.blocks.map((k) => [k.num, k.source])).toEqual([
    ['1', 'base'],
    ['2', 'a'],
    ['3', 'a'],
  ]);
  const reworded = doc(
    'Ceasefire at midnight.',
    'Prisoners are exchanged all for all under UN supervision within thirty days.',
  );
  const clash = mergeProposals(base, { name: 'a', provisions: split }, { name: 'b', provisions: reworded });
  expect(clash.conflicts).toBe(1);
  expect(clash.blocks[1]!.conflict!.variants.map((v) => v.nums)).toEqual([['2', '3'], ['2']]);
});

test('a provision one revision moved goes where that revision put it, with the other side’s rewording', () => {
  const base = doc(
    'The IAEA oversees the restart of the Zaporizhzhia nuclear plant.',
    'Grain shipping across the Black Sea is guaranteed.',
    'Prisoners and bodies are exchanged all for all.',
  );
  const moved = [base[2]!, base[0]!, base[1]!].map((p, k) => ({ ...p, num: String(k + 1) }));
  const reworded = doc(
    'The IAEA oversees the restart of the Zaporizhzhia nuclear plant.',
    'Grain shipping across the Black Sea is fully guaranteed.',
    'Prisoners and bodies are exchanged all for all within 30 days.',
  );
  const result = mergeProposals(base, { name: 'a', provisions: moved }, { name: 'b', provisions: reworded });
  expect(result.blocks.map((k) => [k.num, k.text, k.source])).toEqual([
    ['1', 'Prisoners and bodies are exchanged all for all within 30 days.', 'b'],
    ['2', 'The IAEA oversees the restart of the Zaporizhzhia nuclear plant.', 'base'],
    ['3', 'Grain shipping across the Black Sea is fully guaranteed.', 'b'],
  ]);
});
