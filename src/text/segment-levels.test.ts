import { expect, test } from 'vitest';
import type { LabelReading } from './segment-label.js';
import { placeLabel } from './segment-levels.js';
import type { Level } from './segment-levels.js';

const number = (value: number): LabelReading => ({
  family: 'number',
  form: 'dot',
  value,
  name: String(value),
});
const latin = (value: number): LabelReading => ({
  family: 'latin',
  form: 'dot',
  value,
  name: String.fromCharCode(96 + value),
});
const roman = (value: number): LabelReading => ({
  family: 'roman',
  form: 'dot',
  value,
  name: 'i'.repeat(value),
});
const level = (key: string, indent: number, last: number): Level => ({
  key,
  indent,
  last,
  parent: undefined,
  latest: '',
});

test('the first label of a document opens the top list at any number', () => {
  expect(placeLabel([], [number(5)], 0, false)).toEqual({ reading: number(5), index: 0, isNew: true });
});

test('a letter cannot open a document unless it is the first letter', () => {
  expect(placeLabel([], [latin(3)], 0, false)).toBeUndefined();
});

test('the innermost list that the label continues wins', () => {
  const levels = [level('number/dot', 0, 10), level('latin/dot', 4, 2)];
  expect(placeLabel(levels, [latin(3)], 4, false)).toMatchObject({ index: 1, isNew: false });
  expect(placeLabel(levels, [number(11)], 0, false)).toMatchObject({ index: 0, isNew: false });
});

test('letters must come in order, numbers may skip a few', () => {
  const levels = [level('number/dot', 0, 2), level('latin/dot', 4, 1)];
  expect(placeLabel(levels, [latin(3)], 4, false)).toBeUndefined();
  expect(placeLabel(levels, [number(4)], 0, false)).toMatchObject({ index: 0 });
  expect(placeLabel(levels, [number(13)], 0, false)).toBeUndefined();
});

test('i after h continues the letters, i after a opens a roman list', () => {
  expect(placeLabel([level('latin/dot', 4, 8)], [latin(9), roman(1)], 4, false)).toMatchObject({
    reading: latin(9),
    isNew: false,
  });
  expect(placeLabel([level('latin/dot', 4, 1)], [latin(9), roman(1)], 8, false)).toMatchObject({
    reading: roman(1),
    index: 1,
    isNew: true,
  });
});

test('a 1 after a heading restarts the top list, without a heading it opens a sub-list', () => {
  const levels = [level('number/dot', 0, 12)];
  expect(placeLabel(levels, [number(1)], 0, true)).toMatchObject({ index: 0, isNew: true });
  expect(placeLabel(levels, [number(1)], 0, false)).toMatchObject({ index: 1, isNew: true });
});

test('a new list opens under the innermost provision at or above its indentation', () => {
  const levels = [level('number/dot', 0, 1), level('latin/dot', 4, 2), level('roman/dot', 8, 3)];
  const bullet: LabelReading = { family: 'bullet', form: '•', value: 0, name: '' };
  expect(placeLabel(levels, [bullet], 4, false)).toMatchObject({ index: 2, isNew: true });
  expect(placeLabel(levels, [bullet], 0, false)).toMatchObject({ index: 1, isNew: true });
});
