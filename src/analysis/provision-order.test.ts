import fc from 'fast-check';
import { expect, test } from 'vitest';
import { compareProvisionNums, sortProvisionNums } from './provision-order.js';

test('provision numbers sort in document order: 2 < 10 < 10a < 11', () => {
  expect(['11', '10a', '2', '10', '0'].sort(compareProvisionNums)).toEqual(['0', '2', '10', '10a', '11']);
});

test('sub-points sort by letter under their point', () => {
  expect(sortProvisionNums(['21d', '21a', '21', '21c'])).toEqual(['21', '21a', '21c', '21d']);
});

test('duplicates are dropped', () => {
  expect(sortProvisionNums(['6', '6', '14'])).toEqual(['6', '14']);
});

test('labels that are not plain numbers still get a fixed place', () => {
  expect(sortProvisionNums(['art10', 'art2', '3'])).toEqual(['3', 'art2', 'art10']);
});

test('the order is a total order: antisymmetric and consistent with equality', () => {
  const num = fc.stringMatching(/^[0-9]{1,3}[a-z]{0,2}$/);
  fc.assert(
    fc.property(num, num, (a, b) => {
      expect(Math.sign(compareProvisionNums(a, b)) + Math.sign(compareProvisionNums(b, a))).toBe(0);
      expect(compareProvisionNums(a, b) === 0).toBe(a === b);
    }),
  );
});
