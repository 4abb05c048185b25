import { expect, test } from 'vitest';
import { blankComments, isSpace, splitLines } from './segment-lines.js';

test('lines split at \\n, \\r\\n and a lone \\r', () => {
  expect(splitLines('a\nb\r\nc\rd')).toEqual([
    { start: 0, end: 1 },
    { start: 2, end: 3 },
    { start: 5, end: 6 },
    { start: 7, end: 8 },
  ]);
});

test('a final line break adds no empty line, and empty text has no lines', () => {
  expect(splitLines('a\n')).toEqual([{ start: 0, end: 1 }]);
  expect(splitLines('')).toEqual([]);
  expect(splitLines('\n\n')).toEqual([
    { start: 0, end: 0 },
    { start: 1, end: 1 },
  ]);
});

test('comments become spaces of the same length, keeping their line breaks', () => {
  expect(blankComments('a <!-- x --> b')).toBe(`a ${' '.repeat(10)} b`);
  expect(blankComments('a<!--\r\nx-->b')).toBe('a    \r\n    b');
  expect(blankComments('a <!-- never closed\n2. b')).toBe(`a${' '.repeat(18)}\n${' '.repeat(4)}`);
  expect(blankComments('no comment')).toBe('no comment');
});

test('whitespace is what \\s matches, including no-break and ideographic spaces', () => {
  expect([' ', '\t', '\u00a0', '\u3000', '\u2028'].every((c) => isSpace(c.charCodeAt(0)))).toBe(true);
  expect(['a', '-', 'я', '\u0301'].some((c) => isSpace(c.charCodeAt(0)))).toBe(false);
});
