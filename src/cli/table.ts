import pc from 'picocolors';

/** The colours a cell may take; `dim` and `bold` are for secondary and header text. */
export type Color = 'red' | 'yellow' | 'green' | 'dim' | 'bold';

/** A table cell: plain text, or text with a colour that is dropped when colour is off. */
export type Cell = string | { text: string; color?: Color };

/** A column: its header and how its cells align (`left` by default; numbers read best `right`). */
export interface Column {
  header: string;
  align?: 'left' | 'right';
}

/**
 * Whether human output to `stream` should be coloured: only on a terminal, and never when the `NO_COLOR`
 * environment variable is set to anything non-empty (https://no-color.org).
 * @example useColor(process.stdout) // false when piped to a file or run with NO_COLOR=1
 */
export function useColor(
  stream: { isTTY?: boolean },
  env: Record<string, string | undefined> = process.env,
): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

/**
 * Colours `text` when `isColored`, and returns it unchanged otherwise, so output stays readable without
 * colour (callers put the meaning in the text too: `✗`, `?`, `✓`).
 */
export function paint(text: string, color: Color | undefined, isColored: boolean): string {
  if (!isColored || !color) return text;
  return pc.createColors(true)[color](text);
}

/**
 * Renders rows under a header and a rule, columns padded to their widest cell and separated by two
 * spaces, with no trailing spaces. Widths count code points, so `✓` and `✗` take one column. Ends with
 * a newline.
 * @example
 * renderTable([{ header: 'proposal' }, { header: 'ua', align: 'right' }], [['us-28', { text: '✗ 41.5', color: 'red' }]], false)
 * // 'proposal      ua\n────────  ──────\nus-28     ✗ 41.5\n'
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly Cell[])[],
  isColored: boolean,
): string {
  const textOf = (cell: Cell | undefined): string =>
    cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text;
  const widthOf = (text: string): number => [...text].length;
  const widths = columns.map((column, i) =>
    Math.max(widthOf(column.header), ...rows.map((row) => widthOf(textOf(row[i])))),
  );
  const line = (cells: readonly (Cell | undefined)[], colorAll?: Color): string =>
    columns
      .map((column, i) => {
        const cell = cells[i];
        const text = textOf(cell);
        const padding = ' '.repeat((widths[i] ?? 0) - widthOf(text));
        const color = colorAll ?? (typeof cell === 'object' ? cell.color : undefined);
        const painted = paint(text, color, isColored);
        return column.align === 'right' ? padding + painted : painted + padding;
      })
      .join('  ')
      .trimEnd();
  const header = line(
    columns.map((c) => c.header),
    'bold',
  );
  const rule = widths.map((w) => '─'.repeat(w)).join('  ');
  return [header, paint(rule, 'dim', isColored), ...rows.map((row) => line(row))].join('\n') + '\n';
}
