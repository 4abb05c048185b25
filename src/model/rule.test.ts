import { expect, test } from 'vitest';
import { Rule, isRuleSatisfiable, issuesOfRule } from './index.js';

test('a nested rule of every form parses', () => {
  const rule = {
    all: [
      { issue: 'military.cap', min: 800000 },
      {
        any: [
          { issue: 'nato.membership', in: ['open'] },
          { not: { issue: 'troops.foreign', notIn: ['none'] } },
        ],
      },
      { if: { issue: 'territory.recognition', in: ['de-jure'] }, then: { issue: 'military.cap', max: 1e6 } },
    ],
  };
  expect(Rule.safeParse(rule).success).toBe(true);
});

test('a mistyped key is an error, not a field silently ignored', () => {
  expect(Rule.safeParse({ issue: 'military.cap', minimum: 800000 }).success).toBe(false);
});

test('issuesOfRule lists each issue once, in first-mention order', () => {
  const rule: Rule = {
    if: { issue: 'b', in: ['x'] },
    then: { all: [{ issue: 'a', min: 1 }, { not: { issue: 'b', notIn: ['y'] } }] },
  };
  expect(issuesOfRule(rule)).toEqual(['b', 'a']);
});

test('a rule is satisfiable when some choice of the options it names makes it hold', () => {
  const issues = [
    {
      id: 'nato',
      title: 'NATO',
      options: [
        { id: 'open', label: 'Open' },
        { id: 'barred', label: 'Barred' },
      ],
    },
  ];
  const both = {
    all: [
      { issue: 'nato', in: ['open'] },
      { issue: 'nato', in: ['barred'] },
    ],
  };
  expect(isRuleSatisfiable(both, issues)).toBe(false);
  expect(isRuleSatisfiable({ not: both }, issues)).toBe(true);
  expect(isRuleSatisfiable({ issue: 'nato', in: ['barred'] }, issues, 1)).toBe(undefined);
});
