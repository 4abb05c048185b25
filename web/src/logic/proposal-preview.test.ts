import { expect, test } from 'vitest';
import type { Provision } from '../api/contract.js';
import { joinWithPrevious, previewProblems, renumberProvision, splitProvision } from './proposal-preview.js';

const p = (num: string, text: string, parent?: string): Provision => ({
  num,
  label: `${num}.`,
  text,
  codes: [],
  ...(parent ? { parent } : {}),
});
const list = [
  p('1', 'Talks begin. A ceasefire follows.'),
  p('2', 'Elections follow'),
  p('2a', 'within 100 days.', '2'),
];

test('a split keeps the first part under its number and numbers the second after it, for the person to fix', () => {
  const split = splitProvision(list, 0, 'Talks begin.'.length);
  expect(split.map((x) => [x.num, x.text])).toEqual([
    ['1', 'Talks begin.'],
    ['1a', 'A ceasefire follows.'],
    ['2', 'Elections follow'],
    ['2a', 'within 100 days.'],
  ]);
  expect(splitProvision(list, 0, 0)).toEqual(list);
  expect(splitProvision(split, 0, 5).find((x) => x.num === '1b')?.text).toBe('begin.');
});

test('joining to the previous provision appends the text and moves sub-points under it', () => {
  const joined = joinWithPrevious(list, 1);
  expect(joined.map((x) => [x.num, x.text, x.parent])).toEqual([
    ['1', 'Talks begin. A ceasefire follows. Elections follow', undefined],
    ['2a', 'within 100 days.', '1'],
  ]);
  expect(joinWithPrevious(list, 0)).toEqual(list);
});

test('a fixed number sets num and label, and the sub-points follow it', () => {
  const fixed = renumberProvision(list, 1, '3');
  expect(fixed[1]).toMatchObject({ num: '3', label: '3.' });
  expect(fixed[2]!.parent).toBe('3');
  expect(renumberProvision(list, 2, '(b)')[2]).toMatchObject({ num: 'b', label: '(b)' });
});

test('two provisions with one number, or one without text, stop the save with what to do', () => {
  expect(previewProblems(list)).toEqual([]);
  expect(previewProblems(renumberProvision(list, 1, '1'))).toEqual([
    'two provisions are numbered 1: give one of them another number',
  ]);
  expect(previewProblems([])).toHaveLength(1);
});
