import { expect, test } from 'vitest';
import { describeOwner, describeTarget, showValue } from './describe-path.js';

const raw = {
  issues: [{ id: 'military.cap', options: [{ id: 'none' }, { label: 'no id yet' }] }],
  redlines: [{ id: 'army-floor', rule: {} }],
};

test('owners are named innermost first, by id or by place', () => {
  expect(describeOwner(raw, ['issues', 0, 'options', 0])).toBe("option 'none' of issue 'military.cap'");
  expect(describeOwner(raw, ['issues', 0, 'options', 1])).toBe("option #2 of issue 'military.cap'");
  expect(describeOwner(raw, ['title'])).toBeUndefined();
});

test('targets are fields with their owner, weights, utilities or list items', () => {
  expect(describeTarget(raw, ['issues', 0, 'options', 0, 'value'])).toBe(
    "field 'value' in option 'none' of issue 'military.cap'",
  );
  expect(describeTarget(raw, ['weights', 'military.cap'])).toBe('the weight of issue military.cap');
  expect(describeTarget(raw, ['utilities', 'military.cap', 'none'])).toBe(
    "the utility of option 'none' for issue military.cap",
  );
  expect(describeTarget(raw, ['authors', 1])).toBe("item 2 of field 'authors'");
  expect(describeTarget(raw, [])).toBe('the document');
});

test('values are shown as their author wrote them', () => {
  expect([
    showValue('lots'),
    showValue(null),
    showValue([1]),
    showValue({}),
    showValue(Infinity),
    showValue(3),
  ]).toEqual(["'lots'", 'empty', 'a list', 'a mapping', '.inf', '3']);
});
