import { expect, test } from 'vitest';
import { splitFrontMatter } from './front-matter.js';

test('front matter is the yaml between the first two --- lines', () => {
  const text = '---\nid: us-28\n---\n1. text\n';
  const split = splitFrontMatter(text);
  expect(split).toEqual({ yaml: 'id: us-28\n', yamlLine: 2, bodyStart: 18 });
  expect(text.slice(18)).toBe('1. text\n');
});

test('windows line breaks and a byte-order mark are accepted', () => {
  expect(splitFrontMatter('\uFEFF---\r\nid: a\r\n---\r\nbody')).toMatchObject({
    yaml: 'id: a\r\n',
    yamlLine: 2,
  });
});

test('a file without front matter is a problem on line 1', () => {
  expect(splitFrontMatter('1. text\n')).toMatchObject({
    line: 1,
    message: expect.stringMatching(/must start with front matter/),
  });
});

test('front matter that is never closed is a problem on line 1', () => {
  expect(splitFrontMatter('---\nid: a\n1. text\n')).toMatchObject({
    line: 1,
    message: expect.stringMatching(/never closed/),
  });
});
