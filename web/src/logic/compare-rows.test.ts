import { expect, test } from 'vitest';
import { buildCompareRows, changeKinds, countKinds, filterCompareRows } from './compare-rows.js';
import { e3, us28, us28ToE3 } from './fixtures.test-support.js';

test('a deleted point is a row with a gap on the right', () => {
  const [deleted] = buildCompareRows(us28ToE3, us28, e3);
  expect(deleted?.from?.num).toBe('3');
  expect(deleted?.to).toBeNull();
  expect(deleted?.kind).toBe('deleted');
});

test('a row lists the issues either side codes', () => {
  const rows = buildCompareRows(us28ToE3, us28, e3);
  expect(rows.map((r) => r.issues)).toEqual([['nato.enlargement'], ['military.cap']]);
});

test('a pair naming a provision the proposal lacks shows a gap instead of failing', () => {
  const rows = buildCompareRows(
    { pairs: [{ from: '99', to: '6', kind: 'moved', similarity: 1, redline: [] }] },
    us28,
    e3,
  );
  expect(rows[0]?.from).toBeNull();
  expect(rows[0]?.to?.num).toBe('6');
});

test('filtering by issue keeps only the rows that code it', () => {
  const rows = buildCompareRows(us28ToE3, us28, e3);
  const kept = filterCompareRows(rows, { kinds: new Set(changeKinds), issue: 'military.cap' });
  expect(kept.map((r) => r.from?.num)).toEqual(['6']);
});

test('filtering by kind drops the unticked kinds', () => {
  const rows = buildCompareRows(us28ToE3, us28, e3);
  expect(filterCompareRows(rows, { kinds: new Set(['deleted'] as const), issue: null })).toHaveLength(1);
});

test('kinds are counted, absent ones as zero', () => {
  const counts = countKinds(buildCompareRows(us28ToE3, us28, e3));
  expect(counts).toMatchObject({ deleted: 1, modified: 1, same: 0, added: 0 });
});

test('the later pairs of a merge are continuations of the first', () => {
  const merged = { to: '20', kind: 'merged' as const, similarity: 0.9, redline: [] };
  const rows = buildCompareRows(
    {
      pairs: [
        { ...merged, from: '20' },
        { ...merged, from: '20a' },
      ],
    },
    us28,
    e3,
  );
  expect(rows.map((r) => r.isContinuation)).toEqual([false, true]);
});
