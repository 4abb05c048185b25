import fc from 'fast-check';
import { expect, test } from 'vitest';
import { lineCounter } from './text-lines.js';

test('offsets map to 1-based lines, a line break belonging to its line', () => {
  const lineOf = lineCounter('ab\ncd\r\n\nx');
  expect([0, 2, 3, 5, 6, 7, 8].map(lineOf)).toEqual([1, 1, 2, 2, 2, 3, 4]);
});

test('the line of an offset is one more than the line breaks before it', () => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', '\n', '\r', 'я') }), fc.nat(), (text, n) => {
      const offset = text.length === 0 ? 0 : n % text.length;
      expect(lineCounter(text)(offset)).toBe(text.slice(0, offset).split('\n').length);
    }),
  );
});
