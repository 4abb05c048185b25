import fc from 'fast-check';
import { expect, test } from 'vitest';
import { normalizeWithOffsets } from './segment-nfc.js';

test('NFC input comes back unchanged with the identity map', () => {
  const { text, toOriginal } = normalizeWithOffsets('Café – Україна');
  expect(text).toBe('Café – Україна');
  expect(toOriginal(4)).toBe(4);
});

test('a composed character maps back to the start of its decomposed form', () => {
  const input = 'Cafe\u0301 bar';
  const { text, toOriginal } = normalizeWithOffsets(input);
  expect(text).toBe('Café bar');
  expect([toOriginal(3), toOriginal(4), toOriginal(5), toOriginal(text.length)]).toEqual([
    3,
    5,
    6,
    input.length,
  ]);
});

test('offsets of cluster boundaries round-trip: the original slice normalises to the text slice', () => {
  const pieces = fc.constantFrom(
    'a',
    'e\u0301',
    'и\u0306',
    '\u1100\u1161',
    ' ',
    '\n',
    '\u212B',
    'a\u0344',
    '\u{1D15E}',
    '1.',
  );
  fc.assert(
    fc.property(fc.array(pieces, { maxLength: 20 }), fc.nat(), fc.nat(), (list, a, b) => {
      const input = list.join('');
      const { text, toOriginal } = normalizeWithOffsets(input);
      expect(text).toBe(input.normalize('NFC'));
      const boundaries = [0];
      for (const piece of list) boundaries.push((boundaries.at(-1) ?? 0) + piece.normalize('NFC').length);
      const [from, to] = [
        boundaries[a % boundaries.length] ?? 0,
        boundaries[b % boundaries.length] ?? 0,
      ].sort((x, y) => x - y);
      expect(input.slice(toOriginal(from ?? 0), toOriginal(to ?? 0)).normalize('NFC')).toBe(
        text.slice(from, to),
      );
    }),
  );
});
