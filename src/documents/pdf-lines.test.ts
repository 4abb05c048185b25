import { expect, test } from 'vitest';
import { pdfText } from './index.js';
import type { PositionedText } from './index.js';

const run = (text: string, x: number, y: number, size = 12): PositionedText => ({
  text,
  x,
  y,
  width: text.length * size * 0.5,
  size,
});
const page = (n: number, body: PositionedText[]): PositionedText[] => [
  run('Confidential draft', 200, 800, 9),
  ...body,
  run(`${n}`, 290, 40, 9),
];

test('running headers and page numbers are dropped, lines kept in order with their indentation', () => {
  const pages = [
    page(1, [run('1.', 72, 700), run('First point', 90, 700), run('(a) sub-point', 96, 686)]),
    page(2, [run('2. Second point', 72, 700)]),
    page(3, [run('3. Third point', 72, 700)]),
  ];
  expect(pdfText(pages)).toBe('1. First point\n    (a) sub-point\n2. Second point\n3. Third point');
});

test('a word hyphenated at the end of a line is mended; a dash before a capital is kept', () => {
  const pages = [
    [run('1. The settle-', 72, 700), run('ment holds. Russia-', 72, 686), run('Ukraine talks.', 72, 672)],
  ];
  expect(pdfText(pages)).toBe('1. The settlement holds. Russia-\nUkraine talks.');
});

test('a gap wider than the usual line spacing starts a new paragraph', () => {
  const pages = [[run('Title', 72, 740), run('One', 72, 700), run('two', 72, 686), run('three', 72, 672)]];
  expect(pdfText(pages)).toBe('Title\n\nOne\ntwo\nthree');
});
