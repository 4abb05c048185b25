import { stripVTControlCharacters } from 'node:util';
import { expect, test } from 'vitest';
import { paint, renderTable, useColor } from './table.js';

test('columns are padded to their widest cell, right-aligned where asked, without trailing spaces', () => {
  const table = renderTable(
    [{ header: 'proposal' }, { header: 'ua', align: 'right' }, { header: 'note' }],
    [
      ['us-28', { text: '✗ 17.5', color: 'red' }, ''],
      ['e3-counter', '✓ 65.0', 'best'],
    ],
    false,
  );
  expect(table).toBe(
    [
      'proposal        ua  note',
      '──────────  ──────  ────',
      'us-28       ✗ 17.5',
      'e3-counter  ✓ 65.0  best',
      '',
    ].join('\n'),
  );
});

test('without colour the output has no escape codes; with colour the cell text is wrapped in them', () => {
  const rows = [[{ text: '✗ 17.5', color: 'red' as const }]];
  expect(renderTable([{ header: 'ua' }], rows, false)).not.toContain('\u001b[');
  const colored = renderTable([{ header: 'ua' }], rows, true);
  expect(colored).toContain('\u001b[31m✗ 17.5\u001b[39m');
});

test('colour padding is computed on the visible text, so coloured and plain tables line up the same', () => {
  const rows = [['a', { text: 'bb', color: 'green' as const }, 'c']];
  const columns = [{ header: 'x' }, { header: 'y' }, { header: 'z' }];
  expect(stripVTControlCharacters(renderTable(columns, rows, true))).toBe(renderTable(columns, rows, false));
});

test('colour is used only on a terminal and never when NO_COLOR is set', () => {
  expect(useColor({ isTTY: true }, {})).toBe(true);
  expect(useColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
  expect(useColor({ isTTY: false }, {})).toBe(false);
  expect(useColor({}, {})).toBe(false);
});

test('paint leaves text alone when colour is off or no colour is given', () => {
  expect(paint('✓', 'green', false)).toBe('✓');
  expect(paint('✓', undefined, true)).toBe('✓');
  expect(paint('✓', 'green', true)).toBe('\u001b[32m✓\u001b[39m');
});
