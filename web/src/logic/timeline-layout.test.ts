import { expect, test } from 'vitest';
import { byDate, layoutTimeline } from './timeline-layout.js';
import type { ProposalSummary } from '../api/contract.js';

const meta = (id: string, extra: Partial<ProposalSummary>): ProposalSummary => ({
  id,
  title: id,
  authors: [],
  visibility: 'public',
  sharedWith: [],
  version: 1,
  provisionCount: 10,
  ...extra,
});

const tracks = [
  { id: 'us-ru', name: 'US–Russia', parties: [] },
  { id: 'us-ua', name: 'US–Ukraine', parties: [] },
];

test('proposals sit on their track lane, placed by date from first to last', () => {
  const layout = layoutTimeline(
    [
      meta('e3-counter', { date: '2025-11-23', track: 'us-ua', revises: 'us-28' }),
      meta('us-28', { date: '2025-11-20', track: 'us-ua' }),
    ],
    tracks,
  );
  expect(layout.lanes.map((l) => l.id)).toEqual(['us-ua']);
  expect(layout.items.map((i) => [i.proposal.id, i.x, i.revises])).toEqual([
    ['us-28', 0, null],
    ['e3-counter', 1, 0],
  ]);
});

test('a proposal without a track gets a "No track" lane of its own', () => {
  const layout = layoutTimeline([meta('istanbul-2022', { date: '2022-03-29' })], tracks);
  expect(layout.lanes).toEqual([{ id: null, name: 'No track' }]);
  expect(layout.items[0]?.lane).toBe(0);
});

test('the layout does not depend on the order the server lists proposals in', () => {
  const list = [meta('a', { date: '2025-01-01' }), meta('b', { date: '2025-01-01' }), meta('c', {})];
  expect(layoutTimeline([...list].reverse(), tracks)).toEqual(layoutTimeline(list, tracks));
});

test('a gap of years is shortened to a break so days-apart proposals stay apart', () => {
  const layout = layoutTimeline(
    [
      meta('istanbul-2022', { date: '2022-03-29' }),
      meta('us-28', { date: '2025-11-20' }),
      meta('e3', { date: '2025-11-23' }),
    ],
    tracks,
  );
  expect(layout.items.map((i) => i.x)).toEqual([0, 30 / 33, 1]);
  expect(layout.breaks).toEqual([15 / 33]);
  expect(layout.ticks.map((t) => t.date)).toEqual(['2022-03-29', '2025-11-20', '2025-11-23']);
});

test('proposals order by date, then id, with undated ones last', () => {
  const list = [
    meta('b', { date: '2025-01-01' }),
    meta('z', {}),
    meta('a', { date: '2025-01-01' }),
    meta('c', { date: '2024-12-31' }),
  ];
  expect([...list].sort(byDate).map((p) => p.id)).toEqual(['c', 'a', 'b', 'z']);
});
