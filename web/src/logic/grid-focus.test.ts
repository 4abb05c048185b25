import { expect, test } from 'vitest';
import fc from 'fast-check';
import { moveInGrid } from './grid-focus.js';

test('arrows move one cell and stop at the edges', () => {
  expect(moveInGrid('ArrowDown', { row: 0, column: 1 }, 3, 4)).toEqual({ row: 1, column: 1 });
  expect(moveInGrid('ArrowLeft', { row: 2, column: 0 }, 3, 4)).toEqual({ row: 2, column: 0 });
  expect(moveInGrid('End', { row: 2, column: 0 }, 3, 4)).toEqual({ row: 2, column: 3 });
});

test('other keys do not move the focus', () => {
  expect(moveInGrid('Enter', { row: 0, column: 0 }, 3, 4)).toBeNull();
});

test('every move stays inside the grid', () => {
  const key = fc.constantFrom('ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End');
  fc.assert(
    fc.property(
      key,
      fc.nat(9),
      fc.nat(9),
      fc.integer({ min: 1, max: 10 }),
      fc.integer({ min: 1, max: 10 }),
      (k, r, c, rows, columns) => {
        const next = moveInGrid(
          k,
          { row: Math.min(r, rows - 1), column: Math.min(c, columns - 1) },
          rows,
          columns,
        )!;
        expect(next.row >= 0 && next.row < rows && next.column >= 0 && next.column < columns).toBe(true);
      },
    ),
  );
});
