/**
 * Where an arrow key moves the focus in a grid of `rows` × `columns` cells, or `null` for any other key.
 * Moves stop at the edges; Home and End go to the first and last cell of the row.
 * @example moveInGrid('ArrowRight', { row: 0, column: 3 }, 3, 4) // { row: 0, column: 3 } (already at the edge)
 */
export function moveInGrid(
  key: string,
  at: { row: number; column: number },
  rows: number,
  columns: number,
): { row: number; column: number } | null {
  const clamp = (value: number, size: number) => Math.max(0, Math.min(size - 1, value));
  switch (key) {
    case 'ArrowUp':
      return { row: clamp(at.row - 1, rows), column: at.column };
    case 'ArrowDown':
      return { row: clamp(at.row + 1, rows), column: at.column };
    case 'ArrowLeft':
      return { row: at.row, column: clamp(at.column - 1, columns) };
    case 'ArrowRight':
      return { row: at.row, column: clamp(at.column + 1, columns) };
    case 'Home':
      return { row: at.row, column: 0 };
    case 'End':
      return { row: at.row, column: columns - 1 };
    default:
      return null;
  }
}
