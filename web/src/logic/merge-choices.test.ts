import { describe, expect, test } from 'vitest';
import type { MergeBlock, Proposal, ProposalSummary } from '../api/contract.js';
import { defaultMerge, settleMerge } from './merge-choices.js';

const meta = { authors: [], visibility: 'public' as const, sharedWith: [], preamble: '' };
const provision = (num: string, text: string, option: string) => ({
  num,
  label: `${num}.`,
  text,
  codes: [{ issue: 'cap', option }],
});
const base: Proposal = {
  ...meta,
  id: 'plan',
  title: 'Plan',
  provisions: [provision('1', 'Peace.', 'x'), provision('6', 'Cap at 600,000.', 'cap-600k')],
};
const a: Proposal = {
  ...base,
  id: 'a',
  provisions: [provision('1', 'Peace now.', 'x'), provision('6', 'Cap at 800,000.', 'cap-800k')],
};
const b: Proposal = {
  ...base,
  id: 'b',
  provisions: [
    provision('1', 'Peace.', 'x'),
    provision('6', 'Cap at 900,000.', 'cap-900k'),
    provision('7', 'New.', 'y'),
  ],
};
const conflict: MergeBlock = {
  num: '6',
  text: null,
  source: 'conflict',
  conflict: {
    base: 'Cap at 600,000.',
    variants: [
      { author: 'a', nums: ['6'], text: 'Cap at 800,000.' },
      { author: 'b', nums: ['6'], text: 'Cap at 900,000.' },
    ],
  },
};
const blocks: MergeBlock[] = [
  { num: '1', text: 'Peace now.', source: 'a' },
  conflict,
  { num: '7', text: 'New.', source: 'b' },
];

describe('settling a three-way merge', () => {
  test('an unsettled conflict is named by its place and nothing is built', () => {
    expect(settleMerge(blocks, new Map(), { base, a, b })).toEqual({ ok: false, unsettled: [1] });
  });

  test("choosing B at the conflict takes B's provision with its own codes; decided blocks keep their source's", () => {
    const settled = settleMerge(blocks, new Map([[1, { pick: 'b' }]]), { base, a, b });
    expect(settled).toEqual({
      ok: true,
      provisions: [
        provision('1', 'Peace now.', 'x'),
        provision('6', 'Cap at 900,000.', 'cap-900k'),
        provision('7', 'New.', 'y'),
      ],
    });
  });

  test("the base's text or a text of one's own keeps the base provision's codes; an empty text drops the point", () => {
    const kept = settleMerge(blocks, new Map([[1, { pick: 'base' }]]), { base, a, b });
    expect(kept.ok && kept.provisions[1]).toEqual(provision('6', 'Cap at 600,000.', 'cap-600k'));
    const edited = settleMerge(blocks, new Map([[1, { pick: 'edit', text: ' Cap at 700,000. ' }]]), {
      base,
      a,
      b,
    });
    expect(edited.ok && edited.provisions[1]).toEqual(provision('6', 'Cap at 700,000.', 'cap-600k'));
    const dropped = settleMerge(blocks, new Map([[1, { pick: 'edit', text: '' }]]), { base, a, b });
    expect(dropped.ok && dropped.provisions.map((p) => p.num)).toEqual(['1', '7']);
  });

  test('a number used twice (each side added a point after the same place) is made unique', () => {
    const twice: MergeBlock[] = [
      { num: '7', text: 'New.', source: 'b' },
      { num: '7', text: 'Other.', source: 'a' },
    ];
    const settled = settleMerge(twice, new Map(), { base, a, b });
    expect(settled.ok && settled.provisions.map((p) => p.num)).toEqual(['7', '7-2']);
  });
});

describe('the merge to open first', () => {
  const summary = (id: string, date: string, revises?: string): ProposalSummary => ({
    ...meta,
    id,
    title: id,
    date,
    version: 1,
    provisionCount: 1,
    ...(revises ? { revises } : {}),
  });

  test('the latest base revised twice, its earlier reviser as A and its later as B', () => {
    const list = [
      summary('us-28', '2025-11-20'),
      summary('ua-rev', '2025-11-24', 'us-28'),
      summary('e3', '2025-11-23', 'us-28'),
      summary('old', '2022-03-29'),
    ];
    expect(defaultMerge(list)).toEqual(['us-28', 'e3', 'ua-rev']);
    expect(defaultMerge(list.filter((p) => p.id !== 'ua-rev'))).toBeUndefined();
  });
});
