import fc from 'fast-check';
import { expect, test } from 'vitest';
import { redlineText } from './redline.js';
import type { RedlineOp } from './comparison.js';

const oldOf = (ops: RedlineOp[]) =>
  ops
    .filter((o) => o.op !== 'insert')
    .map((o) => o.text)
    .join('');
const newOf = (ops: RedlineOp[]) =>
  ops
    .filter((o) => o.op !== 'delete')
    .map((o) => o.text)
    .join('');

test('the army cap change reads as one figure replaced and one phrase added', () => {
  expect(redlineText('capped at 600,000 personnel.', 'capped at 800,000 personnel in peacetime.')).toEqual([
    { op: 'equal', text: 'capped at ' },
    { op: 'delete', text: '600,000' },
    { op: 'insert', text: '800,000' },
    { op: 'equal', text: ' personnel' },
    { op: 'insert', text: ' in peacetime' },
    { op: 'equal', text: '.' },
  ]);
});

test('equal and deleted texts rebuild the old text, equal and inserted texts the new one', () => {
  const words = fc.constantFrom(
    'the',
    'army',
    'NATO',
    'of',
    ',',
    ' ',
    'мир',
    'переговоры',
    '600,000',
    '.',
    'cap',
  );
  const text = fc.array(words, { maxLength: 30 }).map((w) => w.join(' '));
  fc.assert(
    fc.property(text, text, (before, after) => {
      const ops = redlineText(before, after);
      expect(oldOf(ops)).toBe(before);
      expect(newOf(ops)).toBe(after);
      expect(ops.every((o) => o.text !== '')).toBe(true);
    }),
  );
});

test('arbitrary unicode texts also rebuild exactly', () => {
  fc.assert(
    fc.property(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      (x, y) => {
        const ops = redlineText(x, y);
        expect([oldOf(ops), newOf(ops)]).toEqual([x, y]);
      },
    ),
  );
});

test('a changed phrase is not cut into confetti by the stop words it shares with the new phrase', () => {
  const ops = redlineText(
    'With Washington as the go-between, Russia and NATO talk.',
    'After a peace agreement is the basis, Russia and NATO talk.',
  );
  expect(ops.filter((o) => o.op === 'delete')).toEqual([
    { op: 'delete', text: 'With Washington as the go-between' },
  ]);
  expect(ops.filter((o) => o.op === 'insert')).toEqual([
    { op: 'insert', text: 'After a peace agreement is the basis' },
  ]);
});

test('Cyrillic words are changed whole, never letter by letter', () => {
  const ops = redlineText('ограничивается 600 000 военнослужащих', 'ограничена 800 000 военнослужащих');
  expect(ops).toEqual([
    { op: 'delete', text: 'ограничивается 600 000' },
    { op: 'insert', text: 'ограничена 800 000' },
    { op: 'equal', text: ' военнослужащих' },
  ]);
});

test('identical texts give one equal op, and empty texts none', () => {
  expect(redlineText('same text', 'same text')).toEqual([{ op: 'equal', text: 'same text' }]);
  expect(redlineText('', '')).toEqual([]);
});

test('a very long provision rewritten from end to end is shown as replaced, quickly', () => {
  const before = Array.from({ length: 20_000 }, (_, k) => `alpha${k}`).join(' ');
  const after = Array.from({ length: 20_000 }, (_, k) => `beta${k}`).join(' ');
  expect(redlineText(before, after)).toEqual([
    { op: 'delete', text: before },
    { op: 'insert', text: after },
  ]);
});
